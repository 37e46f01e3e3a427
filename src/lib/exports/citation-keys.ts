import { shortHash } from '../hash-node.ts';
import type { Paper } from '../schemas/paper.ts';
import { citedName } from './authors.ts';

/** What a citation key is made from. */
export type KeyedPaper = Pick<Paper, 'slug' | 'titleRepaired' | 'authors' | 'year' | 'citekey' | 'bibtex'>;

/** Title words a key skips, as Google Scholar's keys do. */
const SKIPPED = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward', 'via', 'is', 'are', 'do', 'does', 'how', 'what', 'when', 'why', 'can', 'from', 'by', 'at', 'as']);

/** Letters and digits of a name or word, ASCII-folded, lower-case. */
const ascii = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * A short readable key for a paper no bibliography keyed: first author's family name, year and
 * first significant title word (`gu2023mamba`, as Google Scholar makes them), or the first two
 * significant title words when authors and year are unknown.
 * @example generatedKey({ titleRepaired: 'Mamba: Linear-Time Sequence Modeling', authors: [{ family: 'Gu', given: 'Albert' }], year: 2023 }) // 'gu2023mamba'
 */
export function generatedKey(paper: Pick<Paper, 'titleRepaired' | 'authors' | 'year'>): string {
  const words = paper.titleRepaired
    .split(/[\s\-–—:/]+/)
    .map(ascii)
    .filter((word) => word && !SKIPPED.has(word));
  const author = paper.authors[0] ? ascii(citedName(paper.authors[0])) : '';
  const year = paper.year === null ? '' : String(paper.year);
  const title = author || year ? (words[0] ?? '') : words.slice(0, 2).join('');
  return `${author}${year}${title}`.slice(0, 40) || 'paper';
}

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
