import { inWorker } from '../build/in-worker.ts';
import { relatedIds, type RelatedInput } from '../lib/related/related.ts';

/**
 * Each paper's related papers (ids, best first), computed on another core: tf-idf over every
 * title and abstract is about 0.2 ms a paper (4 s at 20,000 papers), and in a worker it overlaps
 * the main thread's markdown rendering.
 */
export function relatedInWorker(papers: readonly RelatedInput[]): Promise<string[][]> {
  return inWorker(new URL('./related-worker.ts', import.meta.url), papers, () => relatedIds(papers), 'related papers');
}
