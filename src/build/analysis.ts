import type { Paper, PaperText } from '../lib/schemas/paper.ts';
import { relatedWithTerms, type RelatedLists } from '../lib/related/related-lists.ts';
import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { topicIdsOf } from '../lib/topics/score.ts';
import { inWorker } from './in-worker.ts';

/**
 * The two analyses of the whole survey, in a worker so that they overlap the main thread's
 * markdown rendering: topic classification, then related papers, which take the topics as
 * a prior (see `src/lib/related/rank.ts`; `npm run bench` measures both).
 */
export type AnalysisTask =
  | { task: 'topics'; papers: PaperText[]; topics: TopicDefinition[] }
  | { task: 'related'; papers: Pick<Paper, 'shortId' | 'title' | 'abstract' | 'topics'>[] };

/** What an analysis task answers. */
export type AnalysisResult<T extends AnalysisTask> = T extends { task: 'topics' } ? string[][] : RelatedLists;

/** Runs an analysis task: what the worker does, and what runs here where no worker can start. */
export function runAnalysisTask<T extends AnalysisTask>(job: T): AnalysisResult<T> {
  return (job.task === 'topics' ? topicIdsOf(job.papers, job.topics) : relatedWithTerms(job.papers)) as AnalysisResult<T>;
}

const WORKER = new URL('./analysis-worker.ts', import.meta.url);

/** Each paper's topic ids, best first, in the order given. */
export function topicIdsInWorker(papers: readonly PaperText[], topics: readonly TopicDefinition[]): Promise<string[][]> {
  const job: AnalysisTask = { task: 'topics', papers: papers.map(({ title, abstract }) => ({ title, abstract })), topics: [...topics] };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'topic classification');
}

/** Each paper's related papers (short ids, best first) and the terms each shares with it, in the order given. */
export function relatedInWorker(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract' | 'topics'>[]): Promise<RelatedLists> {
  const job = { task: 'related' as const, papers: papers.map(({ shortId, title, abstract, topics }) => ({ shortId, title, abstract, topics })) };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'related papers');
}
