import { isAbbreviationWord } from '../text/abbreviations.ts';
import { isFunctionWord } from './stop-words.ts';
import { americanSpelling } from './spelling-variants.ts';
import { normalizePhrase } from './synonyms.ts';

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What an excerpt is cut from: Pagefind's page content, the matched word positions, the anchors. */
export interface ExcerptSource {
  content: string;
  locations?: readonly number[] | undefined;
  anchors?: readonly { id?: string | undefined; location: number }[] | undefined;
}

/** The longest excerpt, in words; a longer sentence is cut to its densest part. */
export const EXCERPT_WORDS = 36;

/**
 * Whether a word of page text is one Pagefind matched for `term` (Pagefind matches prefixes and
 * stems, so a word need only share the term's start), in either spelling.
 */
export function matchesTerm(word: string, term: string): boolean {
  const w = americanSpelling(normalizePhrase(word).replace(/ /g, ''));
  if (term.length <= 2) return w === term;
  if (term.length <= 4) return w.startsWith(term);
  return w.startsWith(term.slice(0, term.length - 2));
}

/** Word indices where sentences start, from `first` on: after a word ending in . ! or ? that is followed by a capital or a digit. */
export function sentenceStarts(words: readonly string[], first: number): number[] {
  const starts = [first];
  for (let i = first; i < words.length - 1; i++) {
    const word = words[i]!;
    if (/[.!?]["')\]]?$/.test(word) && !isAbbreviationWord(word) && /^["'(\[]?[\p{Lu}\p{N}]/u.test(words[i + 1]!)) starts.push(i + 1);
  }
  return starts;
}

/**
 * The abstract's sentence that holds the most of the query's words (then the most matches), as
 * text and marks, cut to its densest `length` words when longer; the abstract's first sentence
 * when only the title matched. The abstract starts after the `abstract-heading` anchor: the
 * title and the heading are never part of it. A stop word between two marked words is marked
 * too, so that a phrase reads as one mark.
 */
export function abstractExcerpt(data: ExcerptSource, terms: readonly string[], length = EXCERPT_WORDS): ExcerptPart[] {
  const words = data.content.split(/[^\S\uFEFF]+/);
  const heading = data.anchors?.find((a) => a.id === 'abstract-heading');
  const first = heading ? heading.location + 1 : 0;
  const termOf = new Map<number, string>();
  for (const l of data.locations ?? []) {
    const word = words[l];
    if (l < first || word === undefined || isFunctionWord(normalizePhrase(word))) continue;
    const term = terms.find((t) => matchesTerm(word, t));
    if (term) termOf.set(l, term);
  }
  const starts = sentenceStarts(words, first);
  let best = { from: first, to: starts[1] ?? words.length, distinct: 0, marks: 0 };
  starts.forEach((from, i) => {
    const to = starts[i + 1] ?? words.length;
    const inside = [...termOf.keys()].filter((l) => l >= from && l < to);
    const distinct = new Set(inside.map((l) => termOf.get(l))).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.marks)) best = { from, to, distinct, marks: inside.length };
  });
  let { from: start, to: end } = best;
  if (end - start > length) {
    // The densest window of the sentence, starting a few words before a match.
    const marked = [...termOf.keys()].filter((l) => l >= start && l < end).sort((a, b) => a - b);
    let bestCount = -1;
    let windowStart = start;
    for (const location of marked) {
      const from = Math.max(start, Math.min(location - 4, end - length));
      const count = marked.filter((l) => l >= from && l < from + length).length;
      if (count > bestCount) [bestCount, windowStart] = [count, from];
    }
    start = windowStart;
    end = start + length;
  }
  const marked = new Set(termOf.keys());
  for (const l of [...marked]) if (marked.has(l + 2) && isFunctionWord(normalizePhrase(words[l + 1] ?? ''))) marked.add(l + 1);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > first) push('… ', false);
  // A mark holds the word, not the brackets and punctuation around it: "(LoRA)," marks "LoRA".
  let openEnded = false; // the word before is marked and ends without punctuation
  for (let i = start; i < end; i++) {
    const [lead, core, trail] = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su.exec(words[i]!)!.slice(1) as [string, string, string];
    const mark = marked.has(i) && core !== '';
    // A space is marked only between two marked words with nothing around them, so a phrase is one mark.
    if (i > start) push(' ', mark && openEnded && lead === '');
    if (!mark) push(words[i]!, false);
    else {
      push(lead, false);
      push(core, true);
      push(trail, false);
    }
    openEnded = mark && trail === '';
  }
  if (end < words.length) push(' …', false);
  return parts;
}
