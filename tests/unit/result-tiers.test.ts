import { describe, expect, it } from 'vitest';
import { minimumMatched, rankPartialMatches, relatedOnly, type TermMatches } from '../../src/lib/search/result-tiers.ts';

const hits = (...ids: string[]) => ids.map((id, i) => ({ id, score: 10 - i, item: id }));

describe('rankPartialMatches', () => {
  it('ranks pages by how many of the words they hold, then by how well they hold the rarer ones', () => {
    const scored = (entries: [string, number][]) => entries.map(([id, score]) => ({ id, score, item: id }));
    const terms: TermMatches<string>[] = [
      { term: 'memory', hits: scored([['a', 5], ['b', 1], ['c', 1], ['x', 2]]) },
      { term: 'pruning', hits: scored([['b', 1], ['d', 1], ['y', 3]]) },
      { term: 'models', hits: hits('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'x', 'y') },
    ];
    const ranked = rankPartialMatches(terms, 20);
    expect(ranked[0]!.id).toBe('b');
    expect(ranked[0]!.matched).toEqual(['memory', 'pruning', 'models']);
    // Two words each, by score share × rarity: y holds the rare "pruning" at its best score and
    // comes before d, c and x, which hold their words weakly; a holds "memory" at its best.
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'y', 'd', 'c', 'x']);
    // Equal shares: the page holding the rarer word first.
    const tie = rankPartialMatches([{ term: 'memory', hits: scored([['p', 1], ['q', 1], ['r', 1], ['s', 1]]) }, { term: 'pruning', hits: scored([['t', 1], ['u', 1]]) }], 20);
    expect(tie.map((r) => r.id).slice(0, 2)).toEqual(['t', 'u']);
    // e to h hold one word of three: not listed.
    expect(ranked.some((r) => r.id === 'e')).toBe(false);
  });

  it('lists pages with one word of two, and none with nothing', () => {
    const ranked = rankPartialMatches([{ term: 'lottery', hits: hits('a', 'b') }, { term: 'xyzzy', hits: [] }], 10);
    expect(ranked.map((r) => [r.id, r.matched])).toEqual([
      ['a', ['lottery']],
      ['b', ['lottery']],
    ]);
    expect(rankPartialMatches([{ term: 'xyzzy', hits: [] }], 10)).toEqual([]);
  });

  it('asks for half of a long query', () => {
    expect([1, 2, 3, 4, 5, 7].map(minimumMatched)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe('relatedOnly', () => {
  it('leaves out pages that are already matches, so each page is counted once', () => {
    expect(relatedOnly(hits('a', 'b'), hits('c', 'a', 'd', 'c')).map((h) => h.id)).toEqual(['c', 'd']);
  });
});
