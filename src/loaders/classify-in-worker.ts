import { Worker } from 'node:worker_threads';
import { topicIdsOf, type PaperText, type TopicDefinition } from '../lib/classify.ts';

/**
 * Each paper's topic ids, best first, computed on a second core. Classifying is the largest
 * piece of work a build does besides rendering (about 0.35 ms a paper, 7 s at 20,000 papers);
 * in a worker it overlaps the main thread's markdown rendering. Where a worker cannot start
 * (a runtime that cannot load TypeScript), it runs here instead.
 */
export function classifyInWorker(papers: readonly PaperText[], topics: readonly TopicDefinition[]): Promise<string[][]> {
  const inline = () => topicIdsOf(papers, topics);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./classify-worker.ts', import.meta.url), { workerData: { papers, topics } });
  } catch {
    return Promise.resolve(inline());
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (result: string[][]) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (settled) return;
      settled = true;
      // A worker that cannot load its module fails before classifying anything: do it here.
      if (error.code === 'ERR_UNKNOWN_FILE_EXTENSION' || error.code === 'ERR_MODULE_NOT_FOUND') resolve(inline());
      else reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The topic classification worker stopped (exit code ${code}) before it answered`));
    });
  });
}
