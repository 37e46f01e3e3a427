import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { topicIdsOf, type PaperText } from '../lib/topics/score.ts';
import { inWorker } from '../build/in-worker.ts';

/**
 * Each paper's topic ids, best first, computed on a second core. Classifying is the largest
 * piece of work a build does besides rendering (about 0.35 ms a paper, 7 s at 20,000 papers);
 * in a worker it overlaps the main thread's markdown rendering.
 */
export function classifyInWorker(papers: readonly PaperText[], topics: readonly TopicDefinition[]): Promise<string[][]> {
  return inWorker(new URL('./classify-worker.ts', import.meta.url), { papers, topics }, () => topicIdsOf(papers, topics), 'topic classification');
}
