import { describe, expect, it } from 'vitest';
import { indexRow, type IndexRow } from '../../src/lib/browse/index-row.ts';
import { applyIndexState, changesList, defaultIndexState, matchesIndexFilters, pageOf, parseIndexState, serializeIndexState, sortRows } from '../../src/lib/browse/index-state.ts';

const row = (slug: string, title: string, topics: string[], year: number | null, code: string | null = null): IndexRow => ({ slug, title, topics, year, code, authors: '', venue: null });
const rows = [
  row('mixlora', 'MixLoRA', ['lora', 'moe'], 2024, 'https://github.com/x/mixlora'),
  row('lora', 'LoRA', ['lora'], 2021, 'https://github.com/microsoft/LoRA'),
  row('switch', 'Switch Transformers', ['moe'], 2021),
  row('mamba', 'Mamba', ['ssm'], 2023),
  row('undated', 'An Undated Paper', ['moe'], null),
];

describe('the paper index state in the address', () => {
  it('reads topics (a comma list or repeated), match, code, sort and page, ignoring anything else', () => {
    expect(parseIndexState('?topics=moe,LoRA&match=all&code=yes&sort=-year&page=3')).toEqual({ topics: ['lora', 'moe'], match: 'all', code: 'yes', sort: '-year', page: 3 });
    expect(parseIndexState('?topic=ssm&topic=moe')).toMatchObject({ topics: ['moe', 'ssm'], match: 'any' });
    expect(parseIndexState('?topics=<script>,ok&match=both&code=maybe&sort=random&page=-2')).toEqual({ ...defaultIndexState(), topics: ['ok'] });
  });

  it('writes the shortest address that reads back the same', () => {
    const state = { topics: ['moe', 'lora'], match: 'all' as const, code: 'no' as const, sort: 'year' as const, page: 2 };
    const query = serializeIndexState(state);
    expect(query).toBe('?topics=lora,moe&match=all&code=no&sort=year&page=2');
    expect(parseIndexState(query)).toEqual({ ...state, topics: ['lora', 'moe'] });
    expect(serializeIndexState(defaultIndexState())).toBe('');
    // AND over one topic is the same list as OR: not written.
    expect(serializeIndexState({ ...defaultIndexState(), topics: ['ssm'], match: 'all' })).toBe('?topics=ssm');
  });

  it('knows when the list differs from the static pages (all papers by title)', () => {
    expect(changesList(defaultIndexState())).toBe(false);
    expect(changesList({ ...defaultIndexState(), page: 4 })).toBe(false);
    expect(changesList({ ...defaultIndexState(), sort: '-year' })).toBe(true);
  });
});

describe('filtering, sorting and paging the index', () => {
  it('keeps papers in any chosen topic (OR) or in every one (AND), and by code', () => {
    const kept = (state: Partial<ReturnType<typeof defaultIndexState>>) => rows.filter((r) => matchesIndexFilters(r, { ...defaultIndexState(), ...state })).map((r) => r.slug);
    expect(kept({ topics: ['lora', 'moe'] })).toEqual(['mixlora', 'lora', 'switch', 'undated']);
    expect(kept({ topics: ['lora', 'moe'], match: 'all' })).toEqual(['mixlora']);
    expect(kept({ code: 'yes' })).toEqual(['mixlora', 'lora']);
    expect(kept({ topics: ['moe'], code: 'no' })).toEqual(['switch', 'undated']);
  });

  it('sorts by title either way, and by year either way with undated papers last', () => {
    expect(sortRows(rows, 'title').map((r) => r.slug)).toEqual(['undated', 'lora', 'mamba', 'mixlora', 'switch']);
    expect(sortRows(rows, '-title').map((r) => r.slug)).toEqual(['switch', 'mixlora', 'mamba', 'lora', 'undated']);
    expect(sortRows(rows, '-year').map((r) => r.slug)).toEqual(['mixlora', 'mamba', 'lora', 'switch', 'undated']);
    expect(sortRows(rows, 'year').map((r) => r.slug)).toEqual(['lora', 'switch', 'mamba', 'mixlora', 'undated']);
  });

  it('pages the list, clamping a page past the end to the last', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual({ rows: [3, 4], page: 2, pages: 3 });
    expect(pageOf([1, 2, 3, 4, 5], 9, 2)).toEqual({ rows: [5], page: 3, pages: 3 });
    expect(pageOf([], 1, 2)).toEqual({ rows: [], page: 1, pages: 1 });
    const shown = applyIndexState(rows, { ...defaultIndexState(), topics: ['moe'], sort: '-year', page: 2 }, 2);
    expect(shown).toMatchObject({ total: 3, page: 2, pages: 2 });
    expect(shown.rows.map((r) => r.slug)).toEqual(['undated']);
  });
});

describe('indexRow', () => {
  it('keeps only a web address of code, and names the authors as a citation does', () => {
    const base = { slug: 's', titleRepaired: 'T', topics: ['moe'], year: 2023, venue: 'ICML', authors: [{ family: 'Gu' }, { family: 'Dao' }] };
    expect(indexRow({ ...base, links: [{ url: 'https://example.org/p', kind: 'project' }, { url: 'https://github.com/a/b', kind: 'code' }] })).toEqual({
      slug: 's',
      title: 'T',
      topics: ['moe'],
      code: 'https://github.com/a/b',
      year: 2023,
      authors: 'Gu and Dao',
      venue: 'ICML',
    });
    expect(indexRow({ ...base, links: [{ url: 'javascript:alert(1)', kind: 'code' }] }).code).toBeNull();
  });
});
