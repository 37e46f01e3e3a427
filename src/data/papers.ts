import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { toBibtex } from '../lib/exports/bibtex.ts';
import { markdownLink } from '../lib/exports/citation.ts';
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

/** The ways to cite a paper from a slide: its absolute page URL, short link, a Markdown link and a BibTeX entry. */
export function citationsOf(paper: PaperEntry): { page: string; short: string; markdown: string; bibtex: string } {
  const page = urls.paperAbsolute(paper.id);
  const { titleRepaired, sources } = paper.data;
  return {
    page,
    short: urls.short(paper.data.shortId),
    markdown: markdownLink(titleRepaired, page),
    bibtex: toBibtex({ slug: paper.id, titleRepaired, abstractRepaired: abstractOf(paper), url: page, sources }),
  };
}
