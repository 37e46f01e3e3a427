import { describe, expect, it } from 'vitest';
import { aboutDuration, progressLine, remainingMs, timeLeft } from '../../src/lib/enrich/progress.ts';

describe('remainingMs', () => {
  it('extrapolates the pace measured so far', () => {
    expect(remainingMs({ done: 10, total: 40, elapsedMs: 35_000, paceMs: 3000 })).toBe(105_000);
  });

  it('never estimates faster than the allowed pace, before the first answer included', () => {
    expect(remainingMs({ done: 0, total: 340, elapsedMs: 0, paceMs: 3000 })).toBe(1_020_000);
    expect(remainingMs({ done: 10, total: 20, elapsedMs: 1000, paceMs: 3000 })).toBe(30_000);
  });

  it('is nothing once every paper is done', () => {
    expect(remainingMs({ done: 5, total: 5, elapsedMs: 15_000, paceMs: 3000 })).toBe(0);
  });
});

describe('aboutDuration and timeLeft', () => {
  it.each([
    [900, 'about 1 s'],
    [20_000, 'about 20 s'],
    [960_000, 'about 16 min'],
    [5_400_000, 'about 1 h 30 min'],
  ])('says %i ms as "%s"', (ms, words) => {
    expect(aboutDuration(ms)).toBe(words);
    expect(timeLeft(ms)).toBe(`${words} left`);
  });

  it('says done when nothing is left', () => {
    expect(timeLeft(0)).toBe('done');
  });
});

describe('progressLine', () => {
  it('reads papers done of all, matches so far and the time left', () => {
    expect(progressLine({ done: 12, total: 340, matched: 3, remainingMs: 960_000 })).toBe('12/340 · 3 matched · about 16 min left');
  });
});
