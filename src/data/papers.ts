import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { textOfPlainParagraph } from '../lib/text/markdown.ts';

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

/** A paper's abstract as the seeds had it (normalized plain text). */
export function abstractOf(paper: PaperEntry): string {
  const abstract = paper.data.abstract ?? textOfPlainParagraph(paper.rendered?.html ?? '');
  if (abstract === undefined) throw new Error(`Paper "${paper.id}" has neither an abstract nor a plain rendered one`);
  return abstract;
}
