import type { Paper, PaperText } from '../lib/schemas/paper.ts';
import { textMap, type TextMap } from '../lib/map/text-map.ts';
import { relatedWithTerms, type RelatedLists } from '../lib/related/related-lists.ts';
import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { reasonWords } from '../lib/topics/reasons.ts';
import { compileTopics, type CompiledTopic } from '../lib/topics/compile.ts';
import { scorePaper, topicAssignmentsOf } from '../lib/topics/score.ts';
import { inWorker } from './in-worker.ts';

/**
 * The analyses of the whole survey, each in a worker so that they overlap the main thread's
 * markdown rendering: topic classification, then related papers, which take the topics as a
 * prior (src/lib/related/rank.ts); the map's layout (src/lib/map/) needs neither and runs beside
 * them. `npm run bench` measures them.
 */
export type AnalysisTask =
  | { task: 'topics'; papers: PaperText[]; topics: TopicDefinition[] }
  | { task: 'related'; papers: Pick<Paper, 'shortId' | 'title' | 'abstract' | 'topics'>[] }
  | { task: 'map'; papers: Pick<Paper, 'shortId' | 'title' | 'abstract'>[] };

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

/** What an analysis task answers. */
export type AnalysisResult<T extends AnalysisTask> = T extends { task: 'topics' } ? PaperTopics[] : T extends { task: 'related' } ? RelatedLists : TextMap;

function paperTopics(papers: readonly PaperText[], definitions: readonly TopicDefinition[]): PaperTopics[] {
  let compiled: CompiledTopic[] | undefined;
  return topicAssignmentsOf(papers, definitions).map((assignments, i) => {
    const topics: PaperTopics = { ids: assignments.map((assignment) => assignment.topic), reasons: assignments.map((assignment) => reasonWords(assignment.matches)) };
    if (assignments.length > 0) return topics;
    const best = scorePaper(papers[i]!, (compiled ??= compileTopics(definitions)))[0];
    return best ? { ...topics, closest: { topic: best.topic, score: best.score, threshold: best.threshold, words: reasonWords(best.matches), excluded: best.excludedBy !== undefined } } : topics;
  });
}

/** Runs an analysis task: what the worker does, and what runs here where no worker can start. */
export function runAnalysisTask<T extends AnalysisTask>(job: T): AnalysisResult<T> {
  const answer = job.task === 'topics' ? paperTopics(job.papers, job.topics) : job.task === 'related' ? relatedWithTerms(job.papers) : textMap(job.papers, () => performance.now());
  return answer as AnalysisResult<T>;
}

const WORKER = new URL('./analysis-worker.ts', import.meta.url);

/** How an analysis runs: `background` (in `astro dev`) lowers its worker's priority, so the author's edit reaches the page first. */
export interface AnalysisOptions {
  background?: boolean;
}

/** Each paper's topic ids, best first, and why, in the order given. */
export function topicsInWorker(papers: readonly PaperText[], topics: readonly TopicDefinition[], options: AnalysisOptions = {}): Promise<PaperTopics[]> {
  const job = { task: 'topics' as const, papers: papers.map(({ title, abstract }) => ({ title, abstract })), topics: [...topics] };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'topic classification', options);
}

/** Each paper's related papers (short ids, best first) and the terms each shares with it, in the order given. */
export function relatedInWorker(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract' | 'topics'>[], options: AnalysisOptions = {}): Promise<RelatedLists> {
  const job = { task: 'related' as const, papers: papers.map(({ shortId, title, abstract, topics }) => ({ shortId, title, abstract, topics })) };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'related papers', options);
}

/** Each paper's place on the map, in the order given. */
export function mapInWorker(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract'>[], options: AnalysisOptions = {}): Promise<TextMap> {
  const job = { task: 'map' as const, papers: papers.map(({ shortId, title, abstract }) => ({ shortId, title, abstract })) };
  return inWorker(WORKER, job, () => runAnalysisTask(job), 'map layout', options);
}
