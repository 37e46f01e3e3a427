import { describe, expect, it } from 'vitest';
import {
  anyYear,
  describeYearRange,
  emptyState,
  facetCounts,
  formatYearRange,
  hasFilters,
  inYearRange,
  matchesFilters,
  parseSearchState,
  parseYearRange,
  sameState,
  serializeSearchState,
  toggle,
  type PaperFacets,
  type SearchState,
} from '../../src/lib/search/state.ts';

const state = (fields: Partial<SearchState>): SearchState => ({ ...emptyState(), ...fields });

describe('parseSearchState', () => {
  it('reads the query, topics and code filter', () => {
    expect(parseSearchState('?q=mamba&topic=ssm&code=yes')).toEqual(state({ q: 'mamba', topics: ['ssm'], code: ['yes'] }));
    expect(parseSearchState('q=mixture+of++experts')).toEqual(state({ q: 'mixture of experts' }));
  });
  it('reads repeated and comma-separated topics, sorted and without repeats', () => {
    expect(parseSearchState('?topic=moe&topic=lora,ssm&topic=moe').topics).toEqual(['lora', 'moe', 'ssm']);
  });
  it('ignores unknown parameters and malformed values', () => {
    expect(parseSearchState('?topic=<script>&topic=SSM&code=maybe&code=NO&page=3&q=%20%20&year=recent')).toEqual(state({ topics: ['ssm'], code: ['no'] }));
    expect(parseSearchState('')).toEqual(emptyState());
    expect(parseSearchState(new URLSearchParams({ q: 'x'.repeat(500) })).q).toHaveLength(200);
  });
  it('reads a year range, one year, and ranges open at either end', () => {
    expect(parseSearchState('?q=mamba&year=2021-2023').years).toEqual({ from: 2021, to: 2023 });
    expect(parseSearchState('?year=2022').years).toEqual({ from: 2022, to: 2022 });
    expect(parseSearchState('?year=2021-').years).toEqual({ from: 2021, to: null });
    expect(parseSearchState('?year=-2019').years).toEqual({ from: null, to: 2019 });
    expect(parseSearchState('?year=2021%E2%80%932023').years).toEqual({ from: 2021, to: 2023 }); // an en dash, as people write ranges
  });
  it('swaps a range given the wrong way round and ignores what is no range', () => {
    expect(parseYearRange('2023-2021')).toEqual({ from: 2021, to: 2023 });
    for (const text of ['', '-', '21-23', '2021-2023-2025', '2021,2022', 'last year', '20211', undefined, null]) expect(parseYearRange(text), String(text)).toEqual(anyYear());
  });
  it('reads venues whole, as named: repeated, commas and case kept, whitespace collapsed, sorted', () => {
    const parsed = parseSearchState('?venue=arXiv&venue=Proceedings+of+ICML%2C+PMLR&venue=%20NeurIPS%20&venue=arXiv&venue=');
    expect(parsed.venues).toEqual(['NeurIPS', 'Proceedings of ICML, PMLR', 'arXiv']);
    expect(parseSearchState(`?venue=${'x'.repeat(201)}`).venues).toEqual([]);
  });
});

describe('serializeSearchState', () => {
  it('writes a canonical query string', () => {
    expect(serializeSearchState(state({ q: ' mamba ', topics: ['ssm', 'linear-rnn'], code: ['yes'] }))).toBe('?q=mamba&topic=linear-rnn&topic=ssm&code=yes');
    expect(serializeSearchState(state({ q: 'mixture of experts' }))).toBe('?q=mixture+of+experts');
    expect(serializeSearchState(emptyState())).toBe('');
  });
  it('writes the year range and the venues after the other filters', () => {
    expect(serializeSearchState(state({ q: 'mamba', code: ['yes'], years: { from: 2021, to: 2022 }, venues: ['arXiv', 'NeurIPS'] }))).toBe(
      '?q=mamba&code=yes&year=2021-2022&venue=NeurIPS&venue=arXiv',
    );
    expect(serializeSearchState(state({ years: { from: 2022, to: 2022 } }))).toBe('?year=2022');
    expect(serializeSearchState(state({ years: { from: null, to: 2019 } }))).toBe('?year=-2019');
    expect(serializeSearchState(state({ years: { from: 2021, to: null } }))).toBe('?year=2021-');
    expect(serializeSearchState(state({ venues: ['Proceedings of ICML, PMLR'] }))).toBe('?venue=Proceedings+of+ICML%2C+PMLR');
  });
  it('round-trips through parseSearchState', () => {
    const full = state({ q: 'low-rank adaptation & co', topics: ['lora', 'peft'], code: ['no'], years: { from: 2021, to: 2023 }, venues: ['ICLR', 'Proceedings of ICML, PMLR'] });
    expect(parseSearchState(serializeSearchState(full))).toEqual(full);
    for (const years of [{ from: 2021, to: null }, { from: null, to: 2019 }, { from: 2022, to: 2022 }, anyYear()]) {
      expect(parseSearchState(serializeSearchState(state({ q: 'x', years }))).years).toEqual(years);
    }
    expect(sameState(full, { ...full, topics: ['peft', 'lora'], venues: ['Proceedings of ICML, PMLR', 'ICLR'] })).toBe(true);
    expect(sameState(full, { ...full, q: 'lora' })).toBe(false);
    expect(sameState(full, { ...full, years: { from: 2021, to: 2024 } })).toBe(false);
  });
});

describe('year ranges', () => {
  it('include both ends; papers without a year are in no range', () => {
    const range = { from: 2021, to: 2023 };
    expect([2020, 2021, 2022, 2023, 2024, undefined].map((year) => inYearRange(year, range))).toEqual([false, true, true, true, false, false]);
    expect(inYearRange(1999, { from: null, to: 2019 })).toBe(true);
    expect(inYearRange(2030, { from: 2021, to: null })).toBe(true);
    expect(inYearRange(undefined, anyYear())).toBe(true);
  });
  it('read in words and in the address', () => {
    expect(describeYearRange({ from: 2021, to: 2023 })).toBe('from 2021 to 2023');
    expect(describeYearRange({ from: 2022, to: 2022 })).toBe('in 2022');
    expect(describeYearRange({ from: 2021, to: null })).toBe('from 2021 on');
    expect(describeYearRange({ from: null, to: 2019 })).toBe('up to 2019');
    expect(formatYearRange(anyYear())).toBe('');
  });
});

describe('filters', () => {
  const paper = (topics: string[], code: string, year?: number, venue?: string): PaperFacets => ({ topics, code, year, venue });
  const papers = [paper(['moe', 'lora'], 'yes', 2021, 'ICLR'), paper(['moe'], 'no', 2023, 'arXiv'), paper(['lora'], 'yes', 2022, 'arXiv'), paper(['ssm'], 'no')];

  it('match any checked topic (OR) and the code choice (AND)', () => {
    const chosen = state({ topics: ['moe', 'ssm'], code: ['no'] });
    expect(papers.map((p) => matchesFilters(p, chosen))).toEqual([false, true, false, true]);
    expect(papers.map((p) => matchesFilters(p, { ...chosen, code: [] }))).toEqual([true, true, false, true]);
  });

  it('match every checked topic (AND) when topics are combined so, and count what checking a topic would leave', () => {
    const both = state({ topics: ['lora', 'moe'], allTopics: true });
    expect(papers.map((p) => matchesFilters(p, both))).toEqual([true, false, false, false]);
    expect(papers.map((p) => matchesFilters(p, { ...both, allTopics: false }))).toEqual([true, true, true, false]);
    expect(Object.fromEntries(facetCounts(papers, state({ topics: ['moe'], allTopics: true })).topic)).toEqual({ moe: 2, lora: 1 });
  });

  it('match a year range and any checked venue, with the other filters (AND)', () => {
    expect(papers.map((p) => matchesFilters(p, state({ years: { from: 2022, to: 2023 } })))).toEqual([false, true, true, false]);
    expect(papers.map((p) => matchesFilters(p, state({ venues: ['arXiv', 'ICLR'] })))).toEqual([true, true, true, false]);
    expect(papers.map((p) => matchesFilters(p, state({ venues: ['arXiv'], years: { from: null, to: 2022 } })))).toEqual([false, false, true, false]);
    expect(papers.map((p) => matchesFilters(p, state({ topics: ['moe'], years: { from: 2022, to: null } })))).toEqual([false, true, false, false]);
  });

  it('count each facet ignoring its own selection', () => {
    const counts = facetCounts(papers, state({ topics: ['moe'], code: ['yes'] }));
    // Topics: over papers with code.
    expect(Object.fromEntries(counts.topic)).toEqual({ moe: 1, lora: 2 });
    // Code: over papers in "moe".
    expect(Object.fromEntries(counts.code)).toEqual({ yes: 1, no: 1 });
    // Venues: over papers in "moe" with code.
    expect(Object.fromEntries(counts.venue)).toEqual({ ICLR: 1 });
  });

  it('count venues within the year range, and topics within the checked venues', () => {
    const counts = facetCounts(papers, state({ venues: ['arXiv'], years: { from: 2022, to: null } }));
    expect(Object.fromEntries(counts.venue)).toEqual({ arXiv: 2 });
    expect(Object.fromEntries(counts.topic)).toEqual({ moe: 1, lora: 1 });
    expect(Object.fromEntries(facetCounts(papers, state({ venues: ['ICLR'] })).venue)).toEqual({ ICLR: 1, arXiv: 2 });
  });

  it('know when something narrows the results', () => {
    expect(hasFilters(emptyState())).toBe(false);
    expect(hasFilters(state({ code: ['yes', 'no'] }))).toBe(false);
    expect(hasFilters(state({ code: ['yes'] }))).toBe(true);
    expect(hasFilters(state({ topics: ['moe'] }))).toBe(true);
    expect(hasFilters(state({ years: { from: null, to: 2020 } }))).toBe(true);
    expect(hasFilters(state({ venues: ['arXiv'] }))).toBe(true);
  });

  it('toggle values in sorted lists', () => {
    expect(toggle(['ssm'], 'moe')).toEqual(['moe', 'ssm']);
    expect(toggle(['moe', 'ssm'], 'moe')).toEqual(['ssm']);
    expect(toggle(['moe'], 'moe', true)).toEqual(['moe']);
  });
});

describe('topic combination and verbatim search in the address', () => {
  it('read topics=all and verbatim=1, and write them only when they mean something', () => {
    const read = parseSearchState('?q=knowledge+distilation&topic=moe&topic=lora&topics=all&verbatim=1');
    expect(read).toMatchObject({ q: 'knowledge distilation', topics: ['lora', 'moe'], allTopics: true, verbatim: true });
    expect(serializeSearchState(read)).toBe('?q=knowledge+distilation&topic=lora&topic=moe&topics=all&verbatim=1');
    // One topic reads the same either way; verbatim without a query searches nothing.
    expect(serializeSearchState(state({ topics: ['moe'], allTopics: true }))).toBe('?topic=moe');
    expect(serializeSearchState(state({ verbatim: true }))).toBe('');
    expect(parseSearchState('?q=x&topics=any&verbatim=yes')).toMatchObject({ allTopics: false, verbatim: false });
  });
});
