import { Worker } from 'node:worker_threads';
import { BACKGROUND_ARG } from './thread-priority.ts';

/**
 * Runs a worker module (which posts one message: its answer) on another thread and resolves
 * with that answer. Where the worker cannot start or cannot load its module (a runtime that
 * cannot run TypeScript), `inline` does the same work on this thread instead. An error the
 * worker throws rejects; a worker that exits without answering rejects too, never hangs.
 * With `background`, the worker runs at the lowest thread priority (a worker module that calls
 * `lowerPriorityIfAsked`, src/build/thread-priority.ts). `transfer` lists what `data` holds
 * that moves to the worker rather than being copied (a MessagePort to talk to it later).
 */
export function inWorker<T>(module: URL, data: unknown, inline: () => T | Promise<T>, what: string, { background = false, transfer = [] as Transferable[] } = {}): Promise<T> {
  let worker: Worker;
  try {
    worker = new Worker(module, { workerData: data, argv: background ? [BACKGROUND_ARG] : [], transferList: transfer as never });
  } catch {
    return Promise.resolve().then(inline);
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (result: T) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (settled) return;
      settled = true;
      // A worker that cannot load its module fails before doing anything: do it here.
      if (error.code === 'ERR_UNKNOWN_FILE_EXTENSION' || error.code === 'ERR_MODULE_NOT_FOUND') resolve(Promise.resolve().then(inline));
      else reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The ${what} worker stopped (exit code ${code}) before it answered`));
    });
  });
}
