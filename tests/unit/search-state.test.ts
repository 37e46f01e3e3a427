import { describe, expect, it } from 'vitest';
import { emptyState, facetCounts, hasFilters, matchesFilters, parseSearchState, sameState, serializeSearchState, toggle } from '../../src/lib/search/state.ts';

describe('parseSearchState', () => {
  it('reads the query, topics and code filter', () => {
    expect(parseSearchState('?q=mamba&topic=ssm&code=yes')).toEqual({ q: 'mamba', topics: ['ssm'], code: ['yes'] });
    expect(parseSearchState('q=mixture+of++experts')).toEqual({ q: 'mixture of experts', topics: [], code: [] });
  });
  it('reads repeated and comma-separated topics, sorted and without repeats', () => {
    expect(parseSearchState('?topic=moe&topic=lora,ssm&topic=moe').topics).toEqual(['lora', 'moe', 'ssm']);
  });
  it('ignores unknown parameters and malformed values', () => {
    expect(parseSearchState('?topic=<script>&topic=SSM&code=maybe&code=NO&page=3&q=%20%20')).toEqual({ q: '', topics: ['ssm'], code: ['no'] });
    expect(parseSearchState('')).toEqual(emptyState());
    expect(parseSearchState(new URLSearchParams({ q: 'x'.repeat(500) })).q).toHaveLength(200);
  });
});

describe('serializeSearchState', () => {
  it('writes a canonical query string', () => {
    expect(serializeSearchState({ q: ' mamba ', topics: ['ssm', 'linear-rnn'], code: ['yes'] })).toBe('?q=mamba&topic=linear-rnn&topic=ssm&code=yes');
    expect(serializeSearchState({ q: 'mixture of experts', topics: [], code: [] })).toBe('?q=mixture+of+experts');
    expect(serializeSearchState(emptyState())).toBe('');
  });
  it('round-trips through parseSearchState', () => {
    const state = { q: 'low-rank adaptation & co', topics: ['lora', 'peft'], code: ['no' as const] };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(sameState(state, { ...state, topics: ['peft', 'lora'] })).toBe(true);
    expect(sameState(state, { ...state, q: 'lora' })).toBe(false);
  });
});

describe('filters', () => {
  const papers = [
    { topics: ['moe', 'lora'], code: 'yes' },
    { topics: ['moe'], code: 'no' },
    { topics: ['lora'], code: 'yes' },
    { topics: ['ssm'], code: 'no' },
  ];

  it('match any checked topic (OR) and the code choice (AND)', () => {
    const state = { q: '', topics: ['moe', 'ssm'], code: ['no' as const] };
    expect(papers.map((p) => matchesFilters(p, state))).toEqual([false, true, false, true]);
    expect(papers.map((p) => matchesFilters(p, { ...state, code: [] }))).toEqual([true, true, false, true]);
  });

  it('count each facet ignoring its own selection', () => {
    const counts = facetCounts(papers, { q: '', topics: ['moe'], code: ['yes'] });
    // Topics: over papers with code.
    expect(Object.fromEntries(counts.topic)).toEqual({ moe: 1, lora: 2 });
    // Code: over papers in "moe".
    expect(Object.fromEntries(counts.code)).toEqual({ yes: 1, no: 1 });
  });

  it('know when something narrows the results', () => {
    expect(hasFilters(emptyState())).toBe(false);
    expect(hasFilters({ q: '', topics: [], code: ['yes', 'no'] })).toBe(false);
    expect(hasFilters({ q: '', topics: [], code: ['yes'] })).toBe(true);
    expect(hasFilters({ q: '', topics: ['moe'], code: [] })).toBe(true);
  });

  it('toggle values in sorted lists', () => {
    expect(toggle(['ssm'], 'moe')).toEqual(['moe', 'ssm']);
    expect(toggle(['moe', 'ssm'], 'moe')).toEqual(['ssm']);
    expect(toggle(['moe'], 'moe', true)).toEqual(['moe']);
  });
});
