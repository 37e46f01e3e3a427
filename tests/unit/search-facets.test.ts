import { describe, expect, it } from 'vitest';
import { facetSummary, venueFacet } from '../../src/lib/search/facets.ts';

describe('venueFacet', () => {
  it('collapses whitespace, keeps case and punctuation, and has nothing for no venue', () => {
    expect(venueFacet('  Advances in\n Neural Information Processing Systems ')).toBe('Advances in Neural Information Processing Systems');
    expect(venueFacet('Proc. ICML, PMLR')).toBe('Proc. ICML, PMLR');
    expect(venueFacet('   ')).toBeUndefined();
    expect(venueFacet(null)).toBeUndefined();
  });
});

describe('facetSummary', () => {
  it('counts years oldest first and venues most papers first, then by name', () => {
    const summary = facetSummary([
      { year: 2023, venue: 'arXiv' },
      { year: 2021, venue: 'ICLR' },
      { year: 2023, venue: 'arXiv ' },
      { year: null, venue: 'NeurIPS' },
      { year: 2022, venue: null },
    ]);
    expect(summary.years).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 1 },
      { year: 2023, count: 2 },
    ]);
    expect(summary.venues).toEqual([
      { venue: 'arXiv', count: 2 },
      { venue: 'ICLR', count: 1 },
      { venue: 'NeurIPS', count: 1 },
    ]);
  });
  it('has no years and no venues for papers that give none (page dumps)', () => {
    expect(facetSummary([{ year: null, venue: null }])).toEqual({ years: [], venues: [] });
    expect(facetSummary([])).toEqual({ years: [], venues: [] });
  });
});
