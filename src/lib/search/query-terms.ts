import { isQueryFiller } from './stop-words.ts';
import { americanSpelling } from './spelling-variants.ts';
import { normalizePhrase } from './synonyms.ts';

/**
 * A query's words as search looks them up: every word in its American spelling (the index holds
 * that spelling for every paper, src/lib/search/document.ts), and the terms, the words that are
 * not filler ("which", "the", "how"), each once.
 */

/**
 * The query with every word in its American spelling, punctuation and case as typed otherwise.
 * @example searchSpelling('Optimisation of LLMs') // 'optimization of LLMs'
 */
export function searchSpelling(query: string): string {
  return query.replace(/\p{L}+/gu, (word) => {
    const american = americanSpelling(word.toLowerCase());
    return american === word.toLowerCase() ? word : american;
  });
}

/**
 * The terms of a query: its normalised words in American spelling without filler, each once, in
 * order; all its words when every one is filler ("how to" still searches something).
 * @example queryTerms('Which methods cut memory when fine-tuning?') // ['methods', 'cut', 'memory', 'fine', 'tuning']
 */
export function queryTerms(query: string): string[] {
  const words = normalizePhrase(searchSpelling(query)).split(' ').filter(Boolean);
  const terms = words.filter((word) => !isQueryFiller(word));
  return [...new Set(terms.length ? terms : words)];
}

/**
 * Whether a word of a page that Pagefind matched for `term` is the term as typed, or a form of it:
 * the word starts with the term (the term may be a word still being typed, or a stem), or the
 * term is the word plus at most two letters ("models" for "model", "tuned" for "tune"). Pagefind
 * also matches, when no word starts with a term, the longest word the term starts with ("x" for
 * "xyzzy"), and the stemmer folds some misspellings into the right stem ("distilation" and
 * "distillation" both stem to "distil"): neither is the word typed.
 * @example isTypedForm('distillation', 'distil') // true
 * @example isTypedForm('x', 'xyzzy') // false
 * @example isTypedForm('distillation', 'distilation') // false
 */
export function isTypedForm(pageWord: string, term: string): boolean {
  const word = americanSpelling(normalizePhrase(pageWord).replace(/ /g, ''));
  if (!word) return false;
  if (word.startsWith(term)) return true;
  return word.length >= 3 && term.startsWith(word) && term.length - word.length <= 2;
}

/**
 * The query with corrected words put in, as one line of normalised words.
 * @example correctedQuery('knowledge distilation', new Map([['distilation', 'distillation']])) // 'knowledge distillation'
 */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return normalizePhrase(searchSpelling(query))
    .split(' ')
    .map((word) => corrections.get(word) ?? word)
    .join(' ');
}
