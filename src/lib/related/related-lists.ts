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
 * a broad area; a page lists fewer papers rather than unrelated ones. (Chosen from the scores
 * of the hand-labelled sample in tests/fixtures/related-labels.json: most pairs labelled
 * unrelated score under it, almost every pair labelled related above.)
 */
export const MIN_RELATED_SCORE = 0.2;

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
  return { ids: lists.map((list) => list.map((match) => match.id)), terms: lists.map((list) => list.map((match) => match.terms)) };
}
