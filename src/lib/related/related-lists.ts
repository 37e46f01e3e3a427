/**
 * The related papers the site shows: `rankRelated`'s matches that clear `MIN_RELATED_SCORE`,
 * as short ids with the terms each shares, in the order of the papers given.
 */
import type { Paper } from '../schemas/paper.ts';
import { rankRelated } from './rank.ts';

/** How many related papers a page lists at most. */
export const RELATED_COUNT = 6;

/**
 * The least score a related paper needs. Below it two papers share little more than a word or
 * a broad area; a page lists fewer papers, or none (the paper page then has no related
 * section), rather than unrelated ones. Chosen on the hand-labelled sample in
 * tests/fixtures/related-labels.json and checked on the shipped papers' best matches: at 0.28
 * a shown pair is labelled unrelated about 1 time in 30 and pages list 3.6 papers on average,
 * 7% of them none; at 0.2 it was 1 in 10 and 4.5; the best matches scoring 0.25–0.28 are
 * mostly a shared word or a broad area ("stage; generation; sequence" between a piano-music
 * and a CAD paper).
 */
export const MIN_RELATED_SCORE = 0.28;

export interface RelatedLists {
  /** Per paper, the short ids of its related papers, best first. */
  ids: string[][];
  /** Per paper and related paper, the words and phrases they share. */
  terms: string[][][];
}

/**
 * Related papers with the terms that explain them, for each paper in the order given.
 * @example relatedWithTerms(papers).ids[0] // ['x7k2pq', …]
 */
export function relatedWithTerms(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract' | 'topics'>[]): RelatedLists {
  const ranked = rankRelated(
    papers.map(({ shortId, title, abstract, topics }) => ({ id: shortId, title, abstract, topics })),
    RELATED_COUNT,
  );
  const lists = papers.map(({ shortId }) => (ranked.get(shortId) ?? []).filter((match) => match.score >= MIN_RELATED_SCORE));
  const spelling = surfaceForms();
  return {
    ids: lists.map((list) => list.map((match) => match.id)),
    terms: lists.map((list, i) => {
      const text = `${papers[i]!.title}\n${papers[i]!.abstract}`;
      return list.map((match) => match.terms.map((term) => spelling(term, text)));
    }),
  };
}

/** Words the tokenizer drops between the two words of a phrase ("mixture of experts"). */
const BETWEEN = String.raw`[\s-]+(?:(?:of|the|a|an|and|for|to|in|on|with|by|via)[\s-]+)*`;

/** Accents off, so that a folded term ("poincare") finds its word ("Poincaré" reads "Poincare" then). */
const plain = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** The pattern of a folded term: each word with its plural, the dropped small words allowed between. */
function termPattern(term: string): RegExp {
  const words = term.split(' ').map((word) => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}(?:y|ies)` : `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?`));
  // ASCII word boundaries: the text is accent-folded, and `\b` is far cheaper than a Unicode lookbehind.
  return new RegExp(`\\b${words.join(BETWEEN)}\\b`, 'gi');
}

/**
 * `surfaceForm` for many papers: patterns are compiled once per term, each text is folded
 * once, and a term whose first word is not in the text is not searched for.
 */
function surfaceForms(): (term: string, text: string) => string {
  const patterns = new Map<string, RegExp>();
  let lastText = '';
  let lastPlain = '';
  let lastLower = '';
  return (term, text) => {
    if (text !== lastText) {
      lastText = text;
      lastPlain = plain(text);
      lastLower = lastPlain.toLowerCase();
    }
    const first = term.split(' ', 1)[0]!;
    const at = lastLower.indexOf(first.length > 3 ? first.slice(0, -1) : first);
    if (at < 0) return term;
    let pattern = patterns.get(term);
    if (!pattern) patterns.set(term, (pattern = termPattern(term)));
    // Search from the first place the word can start, not from the top of the abstract.
    pattern.lastIndex = Math.max(0, at - 1);
    return pattern.exec(lastPlain)?.[0] ?? term;
  };
}

/**
 * A shared term as the paper writes it: features are folded ("lora", "mixture expert",
 * "study"), readers should see "LoRA", "mixture of experts", "studies". The first spelling in
 * the title, else the abstract; the folded term when neither has it.
 * @example surfaceForm('mixture expert', 'Sparse Mixture-of-Experts layers') // 'Mixture-of-Experts'
 */
export function surfaceForm(term: string, text: string): string {
  return surfaceForms()(term, text);
}
