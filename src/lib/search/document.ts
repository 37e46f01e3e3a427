import { escapeMarkup } from '../text/escape.ts';

/** What the search index knows of a paper. */
export interface SearchablePaper {
  title: string;
  /** The normalized plain text of the abstract. */
  abstract: string;
  /** Topic ids, the values of the `topic` facet. */
  topics: readonly string[];
  /** Links found in the abstract: whether one is a code repository is the `code` facet. */
  links: readonly { kind: string }[];
}

/**
 * The HTML Pagefind indexes for a paper: its title (the result title, weighted above the
 * abstract), its facets, and its abstract as plain text. The index is built from data rather
 * than from the rendered page so it can be made while the pages render; the page shows the
 * same title and abstract. Seed text is escaped here like everywhere else: it is data.
 */
export function searchDocument(paper: SearchablePaper): string {
  const facets = [...paper.topics.map((id) => `topic:${id}`), `code:${paper.links.some((link) => link.kind === 'code') ? 'yes' : 'no'}`];
  return [
    '<!DOCTYPE html><html lang="en"><body><article data-pagefind-body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeMarkup(paper.title)}</h1>`,
    ...facets.map((facet) => `<span data-pagefind-filter="${escapeMarkup(facet)}"></span>`),
    `<h2>Abstract</h2><p>${escapeMarkup(paper.abstract)}</p>`,
    '</article></body></html>',
  ].join('');
}
