import type { Loader } from 'astro/loaders';
import type { SurveySource } from '../build/survey-source.ts';

/**
 * Data quality collection: one entry (`report`) holding what the data quality report shows:
 * files read, duplicates merged, text repairs, warnings. Refreshed when a seed changes.
 */
export function dataQualityLoader(source: SurveySource): Loader {
  return {
    name: 'survey-data-quality-loader',
    load: async (context) => {
      const { store, parseData, generateDigest, logger } = context;
      source.connect(context);

      async function sync(): Promise<void> {
        // The papers loader reports unreadable seeds; this one has nothing to show then.
        const survey = await source.survey().catch(() => undefined);
        if (!survey) return;
        const digest = generateDigest(survey.report);
        if (store.get('report')?.digest === digest) return;
        store.set({ id: 'report', data: await parseData({ id: 'report', data: survey.report }), digest });
      }

      await sync();
      source.onChange('seeds', 'dataQuality', () => sync().catch((error: Error) => logger.error(error.message)));
    },
  };
}
