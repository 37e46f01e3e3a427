import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { shortCitation } from '../lib/exports/authors.ts';
import { bibtexEntry } from '../lib/exports/bibtex.ts';
import { markdownLink } from '../lib/exports/citation.ts';
import { assignCitationKeys } from '../lib/exports/citation-keys.ts';
import { textOfPlainParagraph } from '../lib/text/markdown.ts';
import { urls } from './site.ts';

export type PaperEntry = CollectionEntry<'papers'>;

let cached: Promise<PaperEntry[]> | undefined;

/**
 * All paper entries sorted by slug, read from the content layer once per build: every page
 * shares this one array instead of calling getCollection again.
 */
export function getPapers(): Promise<PaperEntry[]> {
  cached ??= getCollection('papers').then((entries) => entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return cached;
}

/** What the build derived from all papers at once (topics and related papers by slug), or undefined before the first sync. */
export async function getAnalysis(): Promise<CollectionEntry<'analysis'> | undefined> {
  return getEntry('analysis', 'all');
}

/** A paper's repaired abstract (what the page shows), from the entry or its plain rendered paragraph. */
export function abstractOf(paper: PaperEntry): string {
  const abstract = paper.data.abstractRepaired ?? textOfPlainParagraph(paper.rendered?.html ?? '');
  if (abstract === undefined) throw new Error(`Paper "${paper.id}" has neither an abstract nor a plain rendered one`);
  return abstract;
}

let keys: Promise<Map<string, string>> | undefined;

/**
 * Every paper's citation key, unique across the survey: the same key as in papers.bib. A key
 * depends on the other papers (a second "gu2023" makes "gu2023a"), so a paper page gets its key
 * in its props (src/data/paper-paths.ts), which its cache key covers.
 */
export function getCitationKeys(): Promise<Map<string, string>> {
  keys ??= getPapers().then((papers) => assignCitationKeys(papers.map((paper) => ({ slug: paper.id, ...paper.data }))));
  return keys;
}

/**
 * The ways to cite a paper from a slide: its absolute page URL, short link, a short citation
 * ("Gu and Dao, 2023") when authors are known, a Markdown link and a BibTeX entry
 * (without the abstract: papers.bib has it). `key` is its citation key (getCitationKeys).
 */
export function citationsOf(paper: PaperEntry, key: string): { page: string; short: string; text: string | undefined; markdown: string; bibtex: string } {
  const page = urls.paperAbsolute(paper.id);
  return {
    page,
    short: urls.short(paper.data.shortId),
    // A year alone ("2025") cites nothing a reader could look up.
    text: paper.data.authors.length > 0 ? shortCitation(paper.data) : undefined,
    markdown: markdownLink(paper.data.titleRepaired, page),
    bibtex: bibtexEntry({ slug: paper.id, ...paper.data, abstractRepaired: abstractOf(paper), url: page }, key, { abstract: false }),
  };
}
