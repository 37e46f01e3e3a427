import { repairTitle } from '../repair/repair-abstract.ts';
import type { ArxivEntry } from './atom.ts';

/**
 * When an arXiv entry is the survey's paper: its title is the same title, once the ways two
 * copies of one title differ are set aside, and no other entry of the answer has that title.
 *
 * The comparison key of a title, in order:
 * 1. TeX and scrape damage are read as text, the way the site shows titles (`repairTitle`):
 *    `$\ell_1$` → `ℓ₁`, `Schr\"odinger` → `Schrödinger`, `\emph{x}` → `x`, `34.4times` → `34.4×`.
 * 2. Unicode compatibility forms are folded (NFKC: `ﬁ` → `fi`, `ℓ₁` → `l1`, `ϵ` → `ε`,
 *    full-width letters), then accents are dropped (NFD, combining marks removed: `ö` → `o`).
 * 3. Case is folded (lower case).
 * 4. Only letters and digits count: whitespace and every punctuation or symbol character
 *    (`: - – — , . ' " ( ) ? !`, `×`, `→`) are ignored, so `Linear-Time` = `Linear Time` =
 *    `LinearTime`, and `Mamba: …` = `Mamba - …`.
 *
 * This is lenient on form and strict on words: a different, added or missing letter or digit is
 * a different title (`GPT-3` ≠ `GPT-4`, `O(n)` ≠ `O(n²)`, a subtitle left out is no match).
 */

/**
 * The key two copies of one title share (see the module comment).
 * @example matchKey('Mamba: Linear-Time Sequence Modeling') === matchKey('MAMBA -- linear time sequence modeling') // true
 */
export function matchKey(title: string): string {
  const key = repairTitle(title)
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  // A title of symbols only would match every other such title: it then keeps its symbols.
  return key || title.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export type TitleMatch =
  | { status: 'matched'; entry: ArxivEntry }
  /** Several arXiv papers carry the title: which one the survey means is not guessed. */
  | { status: 'ambiguous'; ids: string[] }
  | { status: 'missed' };

/**
 * The entry of an arXiv answer that is the paper titled `title`.
 * @example matchTitle('LoRA', [{ id: '2106.09685', title: 'LoRA', … }]) // { status: 'matched', entry: … }
 */
export function matchTitle(title: string, entries: readonly ArxivEntry[]): TitleMatch {
  const key = matchKey(title);
  const same = new Map<string, ArxivEntry>();
  for (const entry of entries) if (matchKey(entry.title) === key && !same.has(entry.id)) same.set(entry.id, entry);
  if (same.size === 0) return { status: 'missed' };
  if (same.size > 1) return { status: 'ambiguous', ids: [...same.keys()] };
  return { status: 'matched', entry: [...same.values()][0]! };
}
