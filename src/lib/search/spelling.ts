/**
 * Spelling correction for query words, against the survey's vocabulary
 * (src/lib/search/vocabulary.ts): Damerau–Levenshtein distance (optimal string alignment: an
 * insertion, a deletion, a substitution or a swap of two neighbours each count one), a maximum
 * that grows with the word's length, and ties broken by the keyboard (a slip to a neighbouring
 * key is the likelier typo) and then by how often the survey uses the word.
 *
 * A word the vocabulary holds is never changed; a word of three letters or fewer, or one with a
 * digit, is never corrected (too many words are one edit away from it).
 */

/**
 * How many edits a word of this length may be away from its correction. Two edits in a word of
 * six or seven letters change a third of it and land on other words, not on what was meant:
 * "folding" → "finding", "mixtral" → "mitra" (a surname); a typo there is one slip.
 */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Each letter's position on a QWERTY keyboard (rows are staggered by about half a key). */
const KEY_POSITION = new Map<string, [number, number]>(KEY_ROWS.flatMap((row, r) => [...row].map((key, c): [string, [number, number]] => [key, [r, c + r * 0.5]])));

/** Whether two letters sit next to each other on a QWERTY keyboard. */
export function adjacentKeys(a: string, b: string): boolean {
  const p = KEY_POSITION.get(a);
  const q = KEY_POSITION.get(b);
  if (!p || !q || a === b) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/**
 * The edit distance between two words (optimal string alignment), with substitutions of
 * neighbouring keys costing `neighbourCost` (1: the plain distance). Stops early and returns
 * `Infinity` once the distance must exceed `max`.
 * @example editDistance('distilation', 'distillation') // 1
 * @example editDistance('tiket', 'ticket') // 1
 * @example editDistance('teh', 'the') // 1 (a swap)
 */
export function editDistance(a: string, b: string, max = Infinity, neighbourCost = 1): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const substitution = ca === cb ? 0 : adjacentKeys(ca, cb) ? neighbourCost : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + substitution);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return Infinity;
    rows.push(row);
  }
  const d = rows[a.length]![b.length]!;
  return d > max ? Infinity : d;
}

/** What correction looks words up in: each known word and how often the survey uses it. */
export interface WordCounts {
  has(word: string): boolean;
  entries(): Iterable<[string, number]>;
}

/** Whether a word is one correction leaves alone whatever the vocabulary says. */
export const uncorrectable = (word: string): boolean => maxEdits(word.length) === 0 || /\d/.test(word) || !/^\p{L}+$/u.test(word);

interface Candidate {
  word: string;
  d: number;
  keyed: number;
  count: number;
  sameStart: boolean;
}

/** Negative when `a` is the likelier correction. */
function closer(a: Candidate, b: Candidate): number {
  return a.d - b.d || a.keyed - b.keyed || b.count - a.count || Number(b.sameStart) - Number(a.sameStart) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
}

/**
 * The known word closest to `word`, or undefined when `word` is known, uncorrectable, or nothing
 * is close enough. Closest: fewest edits; then fewest edits counting a slip to a neighbouring
 * key as half of one; then the most used word; then the same first letter; then alphabetical.
 * @example correctWord('mamaba', vocabulary) // 'mamba'
 */
export function correctWord(word: string, vocabulary: WordCounts): string | undefined {
  if (vocabulary.has(word) || uncorrectable(word)) return undefined;
  const max = maxEdits(word.length);
  let best: Candidate | undefined;
  for (const [candidate, count] of vocabulary.entries()) {
    if (Math.abs(candidate.length - word.length) > max || candidate.length < 3) continue;
    const d = editDistance(word, candidate, max);
    if (d === Infinity) continue;
    const next: Candidate = { word: candidate, d, keyed: editDistance(word, candidate, max, 0.5), count, sameStart: candidate[0] === word[0] };
    if (!best || closer(next, best) < 0) best = next;
  }
  return best?.word;
}
