import { facetSummary, type FacetSummary } from '../lib/search/facets.ts';
import { getPapers } from './papers.ts';

export interface SearchOffer extends FacetSummary {
  /** Whether any paper names its authors (then a name finds its papers). */
  authors: boolean;
}

let cached: Promise<SearchOffer> | undefined;

/** What search can go by in this survey: its years and venues with their counts (as in search-data.json), and whether authors are known. Once per build. */
export function getSearchOffer(): Promise<SearchOffer> {
  cached ??= getPapers().then((papers) => ({
    ...facetSummary(papers.map((paper) => paper.data)),
    authors: papers.some((paper) => paper.data.authors.length > 0),
  }));
  return cached;
}
