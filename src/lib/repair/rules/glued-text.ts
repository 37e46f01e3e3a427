/**
 * Text the scrape glued or broke at line ends:
 * - sentences and clauses without their space: `images.In this project`, `(MLP).It takes`,
 *   `channels,finally embedding`;
 * - words without theirs: `asystem`, `combinationof`, `stateof-the-art` — split only where the
 *   corpus gives the evidence (`splitGluedWord` in `../vocabulary.ts`);
 * - a hyphenation break kept: `over- head` → `overhead`, when the corpus writes `overhead`
 *   (suspended hyphens such as `low- and high-frequency` stay).
 * The last two need the corpus's vocabulary: repairing one abstract alone leaves them.
 */
import { replace, type Plan } from '../engine.ts';
import { corpusUses, splitGluedWord } from '../vocabulary.ts';

/** `.`, `!` or `?` between a lower-case word (or a bracket) and a capitalized word. */
const GLUED_SENTENCE = /(?<=[a-z]{2}|[)\]])[.!?](?=[A-Z][a-z])/g;
/** The token before the punctuation, back to the last space. */
const TOKEN_BEFORE = /\S*$/;

/** A comma between two lower-case words with no space after it: `channels,finally`. */
const GLUED_COMMA = /(?<=[a-z]{2}),(?=[a-z]{2})/g;

export function repairGluedSentences(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(GLUED_COMMA)) {
    const token = TOKEN_BEFORE.exec(text.slice(0, m.index))?.[0] ?? '';
    // `_{in,out}`, `f(x,y)`, `a.io/x,y`: lists inside formulas, calls and addresses.
    if (/[{(\[_^\\/.@:=]/.test(token)) continue;
    replace(plan, 'sentence-space', m.index, m.index + 1, ', ');
  }
  for (const m of text.matchAll(GLUED_SENTENCE)) {
    const token = TOKEN_BEFORE.exec(text.slice(0, m.index))?.[0] ?? '';
    // `github.io/Repo`, `e.g.Fig`, `arXiv.Org`: addresses and abbreviations, not sentences.
    if (/[./@:\\]|^(?:e\.g|i\.e|etc|vs|al|Fig|Eq|Sec)$/i.test(token)) continue;
    replace(plan, 'sentence-space', m.index, m.index + 1, `${m[0]} `);
  }
}

/** A word of five or more letters standing alone (not part of an address or identifier). */
const WORD = /(?<![\p{L}\d_/.@\\])\p{L}{5,}(?![\p{L}\d_@])/gu;

export function repairGluedWords(plan: Plan): void {
  const { text, vocabulary } = plan;
  if (!vocabulary) return;
  for (const m of text.matchAll(WORD)) {
    const parts = splitGluedWord(m[0], vocabulary);
    if (!parts) continue;
    // Inside a hyphenated compound the halves join with its hyphen: `stateof-the-art` → `state-of-the-art`.
    const compound = text.charAt(m.index + m[0].length) === '-' || text.charAt(m.index - 1) === '-';
    replace(plan, 'glued-words', m.index, m.index + m[0].length, parts.join(compound ? '-' : ' '));
  }
}

/** `over- head`: a word, a hyphen, one space, a lower-case word. */
const BROKEN_HYPHEN = /(?<![\p{L}\d-])(\p{L}{2,})- (\p{L}{2,})(?![\p{L}\d-])/gu;
/** Second halves of a suspended hyphen: `low- and high-frequency`, `inter- or intra-layer`. */
const SUSPENDED = /^(?:and|or|to|as|vs|nor|versus|but|than)$/i;

export function repairBrokenHyphens(plan: Plan): void {
  const { text, vocabulary } = plan;
  if (!vocabulary) return;
  for (const m of text.matchAll(BROKEN_HYPHEN)) {
    const [, first = '', second = ''] = m;
    if (SUSPENDED.test(second) || !/^\p{Ll}/u.test(second)) continue;
    if (corpusUses(vocabulary, first + second, 2)) replace(plan, 'broken-hyphen', m.index, m.index + m[0].length, first + second);
  }
}
