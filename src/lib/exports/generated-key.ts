import type { Paper } from '../schemas/paper.ts';
import { citedName } from './authors.ts';

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
  // Scholar's order when the author is known (`gu2023mamba`); else the title words lead, since a
  // key that starts with a year reads like a number.
  const key = author ? `${author}${year}${words[0] ?? ''}` : `${words.slice(0, 2).join('')}${year}`;
  return key.slice(0, 40) || 'paper';
}
