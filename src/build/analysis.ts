import type { Paper, PaperText } from '../lib/schemas/paper.ts';
import { relatedAndMap, type TextSimilarity } from '../lib/map/text-similarity.ts';
import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { reasonWords } from '../lib/topics/reasons.ts';
import { compileTopics, type CompiledTopic } from '../lib/topics/compile.ts';
import { scorePaper, topicAssignmentsOf } from '../lib/topics/score.ts';
import { inWorker } from './in-worker.ts';

/**
 * The two analyses of the whole survey, each on another core: classifying is about 0.35 ms a
 * paper and tf-idf related papers about 0.2 ms (7 s and 4 s at 20,000 papers), followed by the
 * map's layout from the same vectors (src/lib/map/layout.ts); in workers they overlap the main
 * thread's markdown rendering.
 */
export type AnalysisTask =
  | { task: 'topics'; papers: PaperText[]; topics: TopicDefinition[] }
  | { task: 'related'; papers: Pick<Paper, 'shortId' | 'title' | 'abstract'>[] };

/** A paper's topics, best first, each with the words that put the paper there (src/lib/topics/reasons.ts). */
export interface PaperTopics {
  ids: string[];
  reasons: string[][];
  /** For a paper no topic takes: the topic that came closest, for the data report to say why none fits. */
  closest?: ClosestTopic;
}

/** The best score a paper without a topic reached: which topic, how far from its threshold, on which words, and whether an exclude rule kept it out. */
export interface ClosestTopic {
  topic: string;
  score: number;
  threshold: number;
  words: string[];
  excluded: boolean;
}

/** Runs an analysis task: what the worker does, and what runs here where no worker can start. */
export function runAnalysisTask(job: AnalysisTask): PaperTopics[] | TextSimilarity {
  if (job.task === 'related') return relatedAndMap(job.papers, () => performance.now());
  let compiled: CompiledTopic[] | undefined;
  return topicAssignmentsOf(job.papers, job.topics).map((assignments, i) => {
    const topics: PaperTopics = { ids: assignments.map((assignment) => assignment.topic), reasons: assignments.map((assignment) => reasonWords(assignment.matches)) };
    if (assignments.length > 0) return topics;
    const best = scorePaper(job.papers[i]!, (compiled ??= compileTopics(job.topics)))[0];
    return best ? { ...topics, closest: { topic: best.topic, score: best.score, threshold: best.threshold, words: reasonWords(best.matches), excluded: best.excludedBy !== undefined } } : topics;
  });
}

const WORKER = new URL('./analysis-worker.ts', import.meta.url);

/** Each paper's topic ids, best first, and why, in the order given. */
export function topicsInWorker(papers: readonly PaperText[], topics: readonly TopicDefinition[]): Promise<PaperTopics[]> {
  const job: AnalysisTask = { task: 'topics', papers: papers.map(({ title, abstract }) => ({ title, abstract })), topics: [...topics] };
  return inWorker(WORKER, job, () => runAnalysisTask(job) as PaperTopics[], 'topic classification');
}

/** Each paper's related papers (short ids, best first) and place on the map, in the order given. */
export function relatedAndMapInWorker(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract'>[]): Promise<TextSimilarity> {
  const job: AnalysisTask = { task: 'related', papers: papers.map(({ shortId, title, abstract }) => ({ shortId, title, abstract })) };
  return inWorker(WORKER, job, () => runAnalysisTask(job) as TextSimilarity, 'related papers and map');
}
