import { fullName } from '../exports/authors.ts';
import type { Paper } from '../schemas/paper.ts';
import { escapeMarkup } from '../text/escape.ts';
import { readableText } from '../text/plain-math.ts';
import { authorsField } from './meta-fields.ts';
import { spellingVariants } from './spelling-variants.ts';
import { venueFacet } from './facets.ts';

/** What the search index knows of a paper: the text readers see, who wrote it, when and where, its topics and whether it links code. */
export type SearchablePaper = Pick<Paper, 'shortId' | 'titleRepaired' | 'abstractRepaired' | 'topics' | 'links' | 'authors' | 'year' | 'venue'> & {
  /** The topics whose lists the paper leads (a survey, or foundational: src/lib/topics/reading-order.ts). */
  leads: readonly string[];
};

/** The other spellings of the title's words (weighted like the title) and of the abstract's. */
function variantBlocks(paper: SearchablePaper, abstractText: string): string[] {
  const title = spellingVariants(paper.titleRepaired);
  const abstract = spellingVariants(abstractText).filter((word) => !title.includes(word));
  return [
    ...(title.length ? [`<p data-pagefind-weight="10">${escapeMarkup(title.join(' '))}</p>`] : []),
    ...(abstract.length ? [`<p>${escapeMarkup(abstract.join(' '))}</p>`] : []),
  ];
}

/**
 * The HTML Pagefind indexes for a paper: its title (the result title, weighted above the
 * abstract), its authors and venue as searchable metadata fields (a name finds the papers, and a
 * result can show a byline), its facets (`topic`, `code`, `year`, `venue`; `lead`, the topics it
 * leads), and its repaired
 * abstract as plain text, formulas written out, so excerpts read like the page; the abstract's
 * heading carries the id the client starts excerpts after. Between them, the other spelling of
 * the title's and the abstract's British words ("quantisation" gives "quantization",
 * src/lib/search/spelling-variants.ts), weighted like their source, so that either spelling
 * finds the paper; excerpts start after the heading, so readers never see them. The index is built from data rather
 * than from the rendered page so it can be made while the pages render. Seed text is escaped
 * here like everywhere else: it is data.
 */
export function searchDocument(paper: SearchablePaper): string {
  const venue = venueFacet(paper.venue);
  const abstractText = readableText(paper.abstractRepaired);
  const authors = authorsField(paper.authors.map(fullName));
  // `id`, the short id, lets a result carry an "Add to list" button (src/client/talk-list/buttons.ts).
  const meta = [...(authors ? [`authors:${authors}`] : []), ...(venue ? [`venue:${venue}`] : []), `id:${paper.shortId}`];
  const facets = [
    ...paper.topics.map((id) => `topic:${id}`),
    // Not a filter readers see: search moves these papers first when the query names the topic.
    ...paper.leads.map((id) => `lead:${id}`),
    `code:${paper.links.some((link) => link.kind === 'code') ? 'yes' : 'no'}`,
    ...(paper.year !== null ? [`year:${paper.year}`] : []),
    ...(venue ? [`venue:${venue}`] : []),
  ];
  return [
    '<!DOCTYPE html><html lang="en"><body><article data-pagefind-body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeMarkup(paper.titleRepaired)}</h1>`,
    // Metadata and filters given inline (`key:value`): Pagefind reads everything after the first colon as the value.
    ...meta.map((field) => `<span data-pagefind-meta="${escapeMarkup(field)}"></span>`),
    ...facets.map((facet) => `<span data-pagefind-filter="${escapeMarkup(facet)}"></span>`),
    ...variantBlocks(paper, abstractText),
    `<h2 id="abstract-heading">Abstract</h2><p>${escapeMarkup(abstractText)}</p>`,
    '</article></body></html>',
  ].join('');
}
