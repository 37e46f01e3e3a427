import type { Paper } from '../schemas/paper.ts';

/**
 * The facets a paper is filed under in the search index besides its topics: its year and its
 * venue. Pagefind filters are strings compared exactly, so the index (src/lib/search/document.ts),
 * `search-data.json`, the search page and the address bar all spell a venue through `venueFacet`.
 */

/** The survey's years and venues, with how many papers each has: what the year and venue filters offer. */
export interface FacetSummary {
  /** Oldest first. */
  years: { year: number; count: number }[];
  /** Most papers first, then by name. */
  venues: { venue: string; count: number }[];
}

/**
 * A venue as a filter value: whitespace collapsed (as Pagefind stores filter values), or undefined
 * when there is none.
 * @example venueFacet('  Advances in\nNeural Information Processing Systems ') // 'Advances in Neural Information Processing Systems'
 */
export function venueFacet(venue: string | null | undefined): string | undefined {
  const name = (venue ?? '').replace(/\s+/g, ' ').trim();
  return name || undefined;
}

/** Years and venues of the papers with their counts; both empty when no source gave any (page dumps alone). */
export function facetSummary(papers: readonly Pick<Paper, 'year' | 'venue'>[]): FacetSummary {
  const years = new Map<number, number>();
  const venues = new Map<string, number>();
  for (const paper of papers) {
    if (paper.year !== null) years.set(paper.year, (years.get(paper.year) ?? 0) + 1);
    const venue = venueFacet(paper.venue);
    if (venue) venues.set(venue, (venues.get(venue) ?? 0) + 1);
  }
  return {
    years: [...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
    venues: [...venues].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([venue, count]) => ({ venue, count })),
  };
}
