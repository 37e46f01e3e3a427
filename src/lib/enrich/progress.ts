/**
 * The progress line of a run: `12/340 · 3 matched · about 16 min left`.
 */

/**
 * How long the papers left will take: at the pace measured so far, and never faster than the
 * pace arXiv allows (`paceMs` per request), so the first estimate is not wildly short.
 * @example remainingMs({ done: 10, total: 40, elapsedMs: 35_000, paceMs: 3000 }) // 105000
 */
export function remainingMs({ done, total, elapsedMs, paceMs }: { done: number; total: number; elapsedMs: number; paceMs: number }): number {
  const perPaper = Math.max(done > 0 ? elapsedMs / done : 0, paceMs);
  return Math.max(0, total - done) * perPaper;
}

/**
 * A duration, roughly, as a person says it.
 * @example aboutDuration(960_000) // 'about 16 min'
 * @example aboutDuration(20_000) // 'about 20 s'
 */
export function aboutDuration(ms: number): string {
  if (ms < 60_000) return `about ${Math.max(1, Math.round(ms / 1000))} s`;
  if (ms < 3_600_000) return `about ${Math.round(ms / 60_000)} min`;
  const hours = Math.floor(ms / 3_600_000);
  return `about ${hours} h ${Math.round((ms - hours * 3_600_000) / 60_000)} min`;
}

/**
 * The time left, as a progress line says it.
 * @example timeLeft(960_000) // 'about 16 min left'
 * @example timeLeft(0) // 'done'
 */
export function timeLeft(ms: number): string {
  return ms <= 0 ? 'done' : `${aboutDuration(ms)} left`;
}

/**
 * One progress line.
 * @example progressLine({ done: 12, total: 340, matched: 3, remainingMs: 960_000 }) // '12/340 · 3 matched · about 16 min left'
 */
export function progressLine({ done, total, matched, remainingMs }: { done: number; total: number; matched: number; remainingMs: number }): string {
  return `${done}/${total} · ${matched} matched · ${timeLeft(remainingMs)}`;
}
