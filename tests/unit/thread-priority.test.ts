import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_ARG } from '../../src/build/thread-priority.ts';

const MODULE = new URL('../../src/build/thread-priority.ts', import.meta.url).href;

/** Starts a worker that loads thread-priority.ts, calls lowerPriorityIfAsked and reports its own thread's nice value. */
function niceInWorker(argv: string[]): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { readlinkSync } = require('node:fs');
    const { getPriority } = require('node:os');
    import(${JSON.stringify(MODULE)}).then((m) => {
      m.lowerPriorityIfAsked();
      parentPort.postMessage(getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop())));
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, argv });
    worker.once('message', (nice: number) => void worker.terminate().then(() => resolve(nice)));
    worker.once('error', reject);
  });
}

// Linux keeps a nice value per thread; the analysis workers of `astro dev` use that (src/build/thread-priority.ts).
describe.runIf(process.platform === 'linux')('background priority of a worker thread', () => {
  it('lowers only the worker started with the background argument, never the process', async () => {
    const before = getPriority(process.pid);
    expect(await niceInWorker([BACKGROUND_ARG])).toBe(19);
    expect(await niceInWorker([])).toBe(before);
    expect(getPriority(process.pid)).toBe(before);
  });
});
