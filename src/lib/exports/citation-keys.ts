import { shortHash } from '../hash-node.ts';
import type { Paper } from '../schemas/paper.ts';
import { generatedKey } from './generated-key.ts';

/** What a citation key is made from. */
export type KeyedPaper = Pick<Paper, 'slug' | 'titleRepaired' | 'authors' | 'year' | 'citekey' | 'bibtex'>;

/** The key a paper is cited by: the author's own (from their bibliography), else a generated one. */
export function preferredKey(paper: KeyedPaper): string {
  return paper.bibtex?.key ?? paper.citekey ?? generatedKey(paper);
}

/**
 * A unique citation key for every paper, compared case-insensitively as BibTeX does. Keys the
 * authors chose win; of papers wanting the same key the smallest slug keeps it and the others
 * get a short hash of their slug, so a paper's key never depends on which others exist.
 */
export function assignCitationKeys(papers: readonly KeyedPaper[]): Map<string, string> {
  const own = (paper: KeyedPaper) => Boolean(paper.bibtex?.key ?? paper.citekey);
  const wanting = new Map<string, KeyedPaper[]>();
  for (const paper of papers) {
    const key = preferredKey(paper).toLowerCase();
    wanting.set(key, [...(wanting.get(key) ?? []), paper]);
  }
  const keys = new Map<string, string>();
  const taken = new Set(wanting.keys());
  for (const group of wanting.values()) {
    const [first, ...rest] = [...group].sort((a, b) => Number(own(b)) - Number(own(a)) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    keys.set(first!.slug, preferredKey(first!));
    for (const paper of rest) {
      let length = 6;
      let key = `${preferredKey(paper)}-${shortHash(paper.slug, length)}`;
      while (taken.has(key.toLowerCase())) key = `${preferredKey(paper)}-${shortHash(paper.slug, ++length)}`;
      taken.add(key.toLowerCase());
      keys.set(paper.slug, key);
    }
  }
  return keys;
}
