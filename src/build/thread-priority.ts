import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * The argument a worker is started with (Worker's `argv`) when it should run at background
 * priority: see `inWorker` and `lowerPriorityIfAsked`.
 */
export const BACKGROUND_ARG = '--survey-background-priority';

/**
 * Lowers the calling thread's scheduling priority to the lowest ("nice 19"), where Linux allows
 * it, so that a thread doing background work (the analysis in `astro dev`) takes only CPU time
 * nothing else wants, and the dev server answers the author's reload first. Linux keeps a nice
 * value per thread: `setpriority` on the thread's own id (read from /proc/thread-self) changes
 * this thread only. Elsewhere it does nothing. Returns whether the priority was lowered.
 */
export function lowerThreadPriority(): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return false;
    setPriority(threadId, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    return false; // no /proc (macOS, Windows) or not allowed: run at normal priority
  }
}

/** In a worker started with BACKGROUND_ARG: lowers its priority (lowerThreadPriority). */
export function lowerPriorityIfAsked(): void {
  if (process.argv.includes(BACKGROUND_ARG)) lowerThreadPriority();
}
