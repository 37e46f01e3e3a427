import type { ScoredHit } from './synonyms.ts';

/**
 * How a query's results are told apart, so that the count a reader sees counts what was asked:
 *
 * 1. **matches**: pages that hold every word of the query (or of its corrected spelling), in
 *    either British or American spelling, in any form Pagefind's stemmer folds together, or
 *    an acronym's expansion ("moe" / "mixture of experts"). These are counted.
 * 2. **related**: pages found only by a topic's other names (aliases, the topic title): shown
 *    after the matches, under "Also related", not counted as matches.
 * 3. **partial**: when no page holds every word, pages holding some of them, most first
 *    (`rankPartialMatches`); also after the matches when a query of three words or more has
 *    few (`FEW_MATCHES`), labelled, not counted.
 *
 * A page that matches no word of the query and no expansion is in none of them.
 */

/** Fewer matches than this, and a query of three words or more also lists the pages holding most of its words. */
export const FEW_MATCHES = 5;

/** One query word and the pages that hold it, with Pagefind's score for that word alone. */
export interface TermMatches<T> {
  term: string;
  hits: readonly ScoredHit<T>[];
}

/** A page that holds some of the query's words. */
export interface PartialHit<T> extends ScoredHit<T> {
  /** The query words it holds, in query order. */
  matched: string[];
}

/**
 * The fewest words a page must hold to be listed among partial matches: one of two, else half
 * of them and at least two (one common word of a long question matches half the survey).
 * @example minimumMatched(7) // 4
 */
export const minimumMatched = (terms: number): number => (terms <= 2 ? 1 : Math.max(2, Math.ceil(terms / 2)));

/**
 * Pages that hold some of the query's words, ranked by how many they hold; among pages holding
 * as many, by how well they hold them: for each word, Pagefind's score for it (a word in the
 * title counts more) as a share of the word's best score, times how rare the word is (its
 * inverse document frequency, `ln(1 + pages / pages holding the word)`), summed; then by
 * rarity alone. A common word ("learning") then weighs less than a rare one ("forgetting").
 * @example rankPartialMatches([{ term: 'memory', hits }, { term: 'pruning', hits }], 627)
 */
export function rankPartialMatches<T>(terms: readonly TermMatches<T>[], totalPages: number, minimum = minimumMatched(terms.length)): PartialHit<T>[] {
  const pages = new Map<string, { hit: ScoredHit<T>; matched: string[]; rarity: number; score: number }>();
  for (const { term, hits } of terms) {
    if (hits.length === 0) continue;
    const idf = Math.log(1 + Math.max(totalPages, hits.length) / hits.length);
    const best = Math.max(...hits.map((hit) => hit.score)) || 1;
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, matched: [], rarity: 0, score: 0 };
      if (page.matched.includes(term)) continue;
      page.matched.push(term);
      page.rarity += idf;
      page.score += (idf * hit.score) / best;
      pages.set(hit.id, page);
    }
  }
  return [...pages.values()]
    .filter((page) => page.matched.length >= minimum)
    .sort((a, b) => b.matched.length - a.matched.length || b.score - a.score || b.rarity - a.rarity || (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0))
    .map(({ hit, matched, score }) => ({ id: hit.id, item: hit.item, score, matched }));
}

/**
 * The related pages that are not already matches, order kept: a page the query itself finds is
 * listed (and counted) once, as a match.
 */
export function relatedOnly<H extends { id: string }>(matches: readonly { id: string }[], related: readonly H[]): H[] {
  const seen = new Set(matches.map((hit) => hit.id));
  return related.filter((hit) => !seen.has(hit.id) && (seen.add(hit.id), true));
}
