import { markdownLink } from '../exports/citation.ts';
import type { ListPaper } from '../schemas/talk-list.ts';

/**
 * A talk list in the forms a presenter pastes: BibTeX, Markdown (links, and a `\cite` line for
 * Beamer), CSV and plain text. The per-paper pieces (BibTeX entry, CSV row, plain citation)
 * were written by the build with the same code as papers.bib and papers.csv
 * (src/lib/talk-list/list-data.ts); here they are only put in the list's order.
 */

/** The list's papers in order, and the ids the survey does not know (removed papers, typos). */
export interface ResolvedList {
  papers: ListPaper[];
  unknown: string[];
}

/** Looks up each id; unknown ids are reported, never dropped silently. */
export function resolveList(ids: readonly string[], lookup: (id: string) => ListPaper | undefined): ResolvedList {
  const papers: ListPaper[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const paper = lookup(id);
    if (paper) papers.push(paper);
    else unknown.push(id);
  }
  return { papers, unknown };
}

/** A `.bib` file of the list, entries in list order separated by blank lines. */
export function listBibtex(papers: readonly ListPaper[]): string {
  return papers.map((paper) => paper.bibtex).join('\n');
}

/**
 * A bulleted Markdown list of links, each with its short citation.
 * @example listMarkdown([{ title: 'Mamba', href: '/papers/mamba/', cite: 'Gu and Dao, 2023', … }], (href) => `https://example.org${href}`)
 * // '- [Mamba](https://example.org/papers/mamba/) (Gu and Dao, 2023)\n'
 */
export function listMarkdown(papers: readonly ListPaper[], absolute: (href: string) => string): string {
  return papers.map((paper) => `- ${markdownLink(paper.title, absolute(paper.href))}${paper.cite ? ` (${paper.cite})` : ''}\n`).join('');
}

/** `\cite{k1,k2}` for a Beamer slide, keys as in papers.bib and the list's BibTeX. */
export function citeCommand(papers: readonly ListPaper[]): string {
  return `\\cite{${papers.map((paper) => paper.key).join(',')}}`;
}

/** The list as CSV: papers.csv's columns (`header`, with its CRLF) and a byte-order mark, rows in list order. */
export function listCsv(header: string, papers: readonly ListPaper[]): string {
  return `\ufeff${header}${papers.map((paper) => paper.csv).join('')}`;
}

/** Numbered plain-text citations, one a line. */
export function listText(papers: readonly ListPaper[]): string {
  return papers.map((paper, i) => `${i + 1}. ${paper.text}\n`).join('');
}
