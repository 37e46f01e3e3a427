import type { Loader } from 'astro/loaders';
import { handOverAnalysisFailure, handOverIndexedPapers, handOverSurvey, indexedPapers } from '../build/handoff.ts';
import type { SurveySource } from '../build/survey-source.ts';
import { sourceLoader } from './source-loader.ts';

/**
 * Analysis collection: one entry (`all`) with what is computed from all papers at once, each
 * paper's topics (and the words that put it there) and related papers (src/lib/schemas/paper.ts). Both run in workers, from a
 * loader of their own, because loaders run concurrently: meanwhile the papers loader renders
 * abstracts on the main thread. It hands the classified papers, then the completed survey, to
 * the data-files integration (src/build/handoff.ts), which makes the search index and the data files.
 */
export function analysisLoader(source: SurveySource): Loader {
  return sourceLoader(source, 'survey-analysis-loader', ['seeds', 'topics'], async ({ store, parseData, generateDigest }) => {
    // The search index needs only the papers and their topics: it starts while related papers
    // are ranked. The papers and topics loaders report unreadable seeds and topic files.
    source
      .classified()
      .then(({ papers, topics, taxonomy }) =>
        handOverIndexedPapers(indexedPapers(papers.map((paper, i) => ({ ...paper, topics: topics[i]!.ids })), taxonomy.map((topic) => topic.definition))),
      )
      .catch(() => undefined);
    const survey = await source.analysed().catch((error: Error) => void handOverAnalysisFailure(error));
    if (!survey) return;
    handOverSurvey({
      papers: survey.papers,
      topics: survey.topics.map(({ id, definition: { title, description, aliases, parent, area, foundational } }) => ({ id, title, description, aliases, parent, area, foundational })),
      report: survey.report,
    });
    const data = {
      topics: Object.fromEntries(survey.papers.map((paper) => [paper.slug, paper.topics])),
      related: Object.fromEntries(survey.papers.map((paper) => [paper.slug, paper.related])),
      map: Object.fromEntries(survey.papers.map((paper) => [paper.slug, paper.map])),
      reasons: Object.fromEntries(survey.reasons),
      closest: Object.fromEntries(survey.closest),
      relatedTerms: Object.fromEntries(survey.papers.map((paper) => [paper.slug, paper.relatedTerms])),
    };
    const digest = generateDigest(data);
    if (store.get('all')?.digest === digest) return;
    store.set({ id: 'all', data: await parseData({ id: 'all', data }), digest });
  });
}
