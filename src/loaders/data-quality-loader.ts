import type { Loader } from 'astro/loaders';
import type { SurveySource } from '../build/survey-source.ts';
import { sourceLoader } from './source-loader.ts';

/**
 * Data quality collection: one entry (`report`) holding what the data quality report shows:
 * files read, duplicates merged, text repairs, warnings. Refreshed when a seed changes.
 */
export function dataQualityLoader(source: SurveySource): Loader {
  return sourceLoader(source, 'survey-data-quality-loader', ['seeds'], async ({ store, parseData, generateDigest }) => {
    // The papers loader reports unreadable seeds; this one has nothing to show then.
    const survey = await source.survey().catch(() => undefined);
    if (!survey) return;
    const digest = generateDigest(survey.report);
    if (store.get('report')?.digest === digest) return;
    store.set({ id: 'report', data: await parseData({ id: 'report', data: survey.report }), digest });
  });
}
