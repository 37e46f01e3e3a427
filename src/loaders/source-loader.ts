import type { Loader, LoaderContext } from 'astro/loaders';
import type { SurveySource } from '../build/survey-source.ts';

/**
 * A content loader fed by the survey source: it syncs its collection once, then again whenever
 * a file of one of its inputs changes in `astro dev` (the source has already forgotten what the
 * change invalidates). A failing first sync fails the build; a failing later one is logged,
 * so the dev server keeps serving while the author fixes the file.
 */
export function sourceLoader(source: SurveySource, name: string, inputs: readonly ('seeds' | 'topics')[], sync: (context: LoaderContext) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      source.connect(context);
      await sync(context);
      // One sync at a time: a change during a sync asks for one more after it, not a second
      // sync racing the first over the same store.
      let running: Promise<void> | undefined;
      let again = false;
      const resync = (): void => {
        if (running) {
          again = true;
          return;
        }
        running = sync(context)
          .catch((error: Error) => context.logger.error(error.message))
          .finally(() => {
            running = undefined;
            if (again) {
              again = false;
              resync();
            }
          });
      };
      for (const input of inputs) source.onChange(input, name, resync);
    },
  };
}
