import type { Paper, PaperText } from '../lib/schemas/paper.ts';
import { relatedIds } from '../lib/related/related.ts';
import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { topicIdsOf } from '../lib/topics/score.ts';
import { inWorker } from './in-worker.ts';

/**
 * The two analyses of the whole survey, each on another core: classifying is about 0.35 ms a
 * paper and tf-idf related papers about 0.2 ms (7 s and 4 s at 20,000 papers); in workers they
 * overlap the main thread's markdown rendering.
 */
export type AnalysisTask =
  | { task: 'topics'; papers: PaperText[]; topics: TopicDefinition[] }
  | { task: 'related'; papers: Pick<Paper, 'shortId' | 'title' | 'abstract'>[]; topics?: string[][] };

/** Runs an analysis task: what the worker does, and what runs here where no worker can start. */
export function runAnalysisTask(job: AnalysisTask): string[][] {
  return job.task === 'topics' ? topicIdsOf(job.papers, job.topics) : relatedIds(job.papers, job.topics);
}

const WORKER = new URL('./analysis-worker.ts', import.meta.url);

/** Each paper's topic ids, best first, in the order given. */
export function topicIdsInWorker(papers: readonly PaperText[], topics: readonly TopicDefinition[]): Promise<string[][]> {
  const job: AnalysisTask = { task: 'topics', papers: papers.map(({ title, abstract }) => ({ title, abstract })), topics: [...topics] };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'topic classification');
}

/** Each paper's related papers (short ids, best first), in the order given. */
export function relatedIdsInWorker(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract'>[]): Promise<string[][]> {
  const job: AnalysisTask = { task: 'related', papers: papers.map(({ shortId, title, abstract }) => ({ shortId, title, abstract })) };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'related papers');
}
