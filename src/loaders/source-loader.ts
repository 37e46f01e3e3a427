import type { Loader, LoaderContext } from 'astro/loaders';
import { REFRESH_MARK, refreshLoader } from '../build/dev-refresh.ts';
import type { SurveySource } from '../build/survey-source.ts';

/**
 * A content loader fed by the survey source: it syncs its collection once, then again whenever
 * a file of one of its inputs changes in `astro dev` (the source has already forgotten what the
 * change invalidates). A failing first sync fails the build; a failing later one is logged,
 * so the dev server keeps serving while the author fixes the file.
 *
 * With `saveAtOnce` (the loaders of what a page shows as text: papers, topics), a change in
 * `astro dev` asks Astro to run the loader again (src/build/dev-refresh.ts), which saves the
 * store as soon as the loader is done rather than after the store's 500 ms save debounce. Astro
 * runs such syncs one at a time, so the slow analysis loader keeps syncing on its own: a quick
 * text sync must not queue behind the analysis of the previous save.
 */
export function sourceLoader(
  source: SurveySource,
  name: string,
  inputs: readonly ('seeds' | 'topics')[],
  sync: (context: LoaderContext) => Promise<void>,
  { saveAtOnce = false } = {},
): Loader {
  // Runs Astro started at this loader's request, and whether one asked for has not started yet
  // (then a further change needs no further run: that one reads it).
  let refreshRuns = 0;
  let refreshWaiting = false;
  // Syncs run here, one at a time across loads: a change during a sync asks for one more after
  // it, not a second sync racing the first over the same store.
  let running: Promise<void> | undefined;
  let again = false;
  let latest: LoaderContext | undefined;
  const syncHere = (): void => {
    if (running) {
      again = true;
      return;
    }
    const context = latest!;
    running = sync(context)
      .catch((error: Error) => context.logger.error(error.message))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          syncHere();
        }
      });
  };
  const resync = (): void => {
    if (saveAtOnce && refreshWaiting) return;
    const runsBefore = refreshRuns;
    const refreshed = saveAtOnce ? refreshLoader(name) : undefined;
    if (!refreshed) return syncHere();
    refreshWaiting = true;
    // Astro skips a refresh while its content config is reloading, and a refresh can fail: then
    // sync here after all.
    const fallBack = () => {
      if (refreshRuns !== runsBefore) return;
      refreshWaiting = false;
      syncHere();
    };
    refreshed.then(fallBack, (error: Error) => {
      latest?.logger.error(error.message);
      fallBack();
    });
  };
  return {
    name,
    load: async (context) => {
      source.connect(context);
      latest = context;
      if (context.refreshContextData?.[REFRESH_MARK]) {
        refreshRuns++;
        refreshWaiting = false;
        await sync(context).catch((error: Error) => context.logger.error(error.message));
      } else {
        await sync(context);
      }
      for (const input of inputs) source.onChange(input, name, resync);
    },
  };
}
