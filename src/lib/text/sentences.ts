/**
 * Sentences of an abstract: where one ends and the next begins, past abbreviations ("e.g.",
 * "et al."), decimals, list numbers and inline math. Used by the gist (`gist.ts`).
 */

import { mathSpans } from './math-spans.ts';
import { ENDS_WITH_ABBREVIATION, ENDS_WITH_DOTTED } from './abbreviations.ts';

/** Sentence-final punctuation, with the closing quotes and brackets that may follow it. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;
/** A list item number such as `2.` or `(iii).` on its own. */
const LIST_MARKER = /^\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]$/;

/**
 * Splits plain text into sentences. A boundary is `.`, `!` or `?` followed by whitespace and a
 * character that is not a lowercase letter (or a name such as "iCaRL" or "decoupleQ"), outside math, and not the period of an
 * abbreviation ("e.g.", "et al.", "Fig.", "vs."), unless a second period follows it ("i.i.d.. In"); decimals like
 * "34.4" never qualify.
 * @example splitSentences('We use e.g. Fig. 2 and 34.4 points. It works.') // ['We use e.g. Fig. 2 and 34.4 points.', 'It works.']
 */
export function splitSentences(text: string): string[] {
  const math = mathSpans(text);
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (math.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const next = /\S/.exec(text.slice(end));
    // A name that starts in lowercase ("… progressively. iCaRL learns …", "decoupleQ abandons …") opens a sentence too.
    if (!next || (/[a-z]/.test(next[0]) && !/^[a-z]{1,12}[A-Z][\w-]*(?:['’]s)?[\s,:;]/.test(text.slice(end + next.index)))) continue;
    // "… non i.i.d.. In this paper": the first period ends the abbreviation, the second the sentence.
    if (m[0].startsWith('.') && !/^\.\.(?!\.)/.test(m[0])) {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const etc = /(?:^|\s)etc$/i.test(before);
      if (!etc && (ENDS_WITH_ABBREVIATION.test(before) || ENDS_WITH_DOTTED.test(before))) continue;
      if (etc && !/[A-Z]/.test(next[0])) continue;
      if (/:\s*\(?\d{1,2}$/.test(before)) continue; // "as follows: 1. Single-path …"
      // "…: 1. Domain-specific fine-tuning, …, and 2. Universal …": the next item of a list the sentence numbered
      const item = /\(?(\d{1,2})$/.exec(before);
      if (item && Number(item[1]) > 1 && new RegExp(String.raw`(?:^|[\s:(])${Number(item[1]) - 1}[.)]\s`).test(text.slice(start, m.index))) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (LIST_MARKER.test(sentence)) continue; // "2. NAS efficiency: …" is one item
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
