/**
 * What related papers compare: the terms of `tokenize` (case- and plural-folded words, no
 * stopwords) and the bigrams of adjacent terms within a phrase ("low rank", "mixture expert",
 * "post training"), which tell a "low-rank adaptation" paper from one that only says "rank".
 * The title counts `TITLE_WEIGHT` times, as in `relatedText`.
 */
import { TITLE_WEIGHT, tokenize } from './related.ts';

/** Phrase breaks: a bigram never spans a sentence, a bracket or a list. */
const PHRASE_BREAK = /[.;:!?()[\]{}"“”,\n]+/;

/** A bigram's key joins its terms with a space; a unigram has none. */
export const isBigram = (feature: string): boolean => feature.includes(' ');

/**
 * Counts of a text's terms and bigrams.
 * @example textFeatures('Low-rank adaptation of LLMs') // Map { 'low' => 1, 'rank' => 1, 'adaptation' => 1, 'llm' => 1, 'low rank' => 1, 'rank adaptation' => 1, 'adaptation llm' => 1 }
 */
export function textFeatures(text: string, into = new Map<string, number>(), weight = 1): Map<string, number> {
  for (const phrase of text.split(PHRASE_BREAK)) {
    const terms = tokenize(phrase);
    for (let i = 0; i < terms.length; i++) {
      into.set(terms[i]!, (into.get(terms[i]!) ?? 0) + weight);
      if (i > 0 && terms[i - 1] !== terms[i]) {
        const bigram = `${terms[i - 1]} ${terms[i]}`;
        into.set(bigram, (into.get(bigram) ?? 0) + weight);
      }
    }
  }
  return into;
}

/** A paper's feature counts: its title's `TITLE_WEIGHT` times, then its abstract's. */
export function paperFeatures(title: string, abstract: string): Map<string, number> {
  return textFeatures(abstract, textFeatures(title, new Map(), TITLE_WEIGHT));
}
