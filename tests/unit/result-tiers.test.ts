import { describe, expect, it } from 'vitest';
import { minimumMatched, rankPartialMatches, relatedOnly, type TermMatches } from '../../src/lib/search/result-tiers.ts';

const hits = (...ids: string[]) => ids.map((id, i) => ({ id, score: 10 - i, item: id }));

describe('rankPartialMatches', () => {
  it('ranks pages by how many of the words they hold, rarer words first among equals', () => {
    const terms: TermMatches<string>[] = [
      { term: 'memory', hits: hits('a', 'b', 'c') },
      { term: 'pruning', hits: hits('b', 'd') },
      { term: 'models', hits: hits('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h') },
    ];
    const ranked = rankPartialMatches(terms, 10);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(ranked[0]!.matched).toEqual(['memory', 'pruning', 'models']);
    // d holds "pruning" (in 2 pages) and "models"; a holds "memory" (in 3) and "models": d first.
    expect(ranked[1]!.matched).toEqual(['pruning', 'models']);
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
