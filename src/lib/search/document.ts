import type { Paper } from '../schemas/paper.ts';
import { escapeMarkup } from '../text/escape.ts';
import { readableText } from '../text/plain-math.ts';

/** What the search index knows of a paper: the text readers see, its topics and whether it links code. */
export type SearchablePaper = Pick<Paper, 'titleRepaired' | 'abstractRepaired' | 'topics' | 'links'>;

/**
 * The HTML Pagefind indexes for a paper: its title (the result title, weighted above the
 * abstract), its facets (`topic`, `code`), and its repaired abstract as plain text, formulas
 * written out, so excerpts read like the page. The index is built from data rather than from
 * the rendered page so it can be made while the pages render. Seed text is escaped here like
 * everywhere else: it is data.
 */
export function searchDocument(paper: SearchablePaper): string {
  const facets = [...paper.topics.map((id) => `topic:${id}`), `code:${paper.links.some((link) => link.kind === 'code') ? 'yes' : 'no'}`];
  return [
    '<!DOCTYPE html><html lang="en"><body><article data-pagefind-body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeMarkup(paper.titleRepaired)}</h1>`,
    ...facets.map((facet) => `<span data-pagefind-filter="${escapeMarkup(facet)}"></span>`),
    `<h2>Abstract</h2><p>${escapeMarkup(readableText(paper.abstractRepaired))}</p>`,
    '</article></body></html>',
  ].join('');
}
