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
      for (const input of inputs) source.onChange(input, name, () => sync(context).catch((error: Error) => context.logger.error(error.message)));
    },
  };
}
