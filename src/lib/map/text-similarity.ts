import { inIdOrder, nearestByTfidf, relatedText, tfidfVectors } from '../related/related.ts';
import type { Paper } from '../schemas/paper.ts';
import { layoutMethod, mapLayout, MAP_NEIGHBOURS } from './layout.ts';

/** Related papers listed on a paper page. */
export const RELATED_COUNT = 6;

/** What the text of all papers gives each paper, in the order the papers were given. */
export interface TextSimilarity {
  /** Short ids of the most similar papers, best first. */
  related: string[][];
  /** Places on the map, x and y in [0, 1]. */
  map: { x: number; y: number }[];
  /** How the map was laid out and how long that took (the build logs it; the bench reads it). */
  layout: { method: 'umap' | 'pca'; seconds: number };
}

/**
 * Related papers and the map from one pass over the text: the tf-idf vectors and their
 * nearest-neighbour graph are computed once, the first `RELATED_COUNT` neighbours are a
 * paper's related papers and `MAP_NEIGHBOURS` of them shape the map (src/lib/map/layout.ts).
 * Papers are worked on in short-id order, so the input order changes nothing.
 */
export function relatedAndMap(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract'>[], now: () => number = () => 0): TextSimilarity {
  const order = inIdOrder(papers.map((paper, i) => ({ id: paper.shortId, i, text: relatedText(paper.title, paper.abstract) })));
  const vectors = tfidfVectors(order.map((doc) => doc.text));
  // UMAP reads MAP_NEIGHBOURS neighbours, PCA none. The shortlist stays related papers' own
  // (10 · 6), so a paper's first six are what they were.
  const method = layoutMethod(papers.length);
  const k = method === 'umap' ? Math.max(RELATED_COUNT, MAP_NEIGHBOURS) : RELATED_COUNT;
  const nearest = nearestByTfidf(vectors, k, { shortlist: 10 * RELATED_COUNT });
  const started = now();
  const points = mapLayout(vectors, nearest);
  const seconds = (now() - started) / 1000;
  const related: string[][] = new Array(papers.length);
  const map: { x: number; y: number }[] = new Array(papers.length);
  order.forEach(({ i }, d) => {
    related[i] = nearest[d]!.slice(0, RELATED_COUNT).map(({ index }) => order[index]!.id);
    map[i] = { x: points[d]![0], y: points[d]![1] };
  });
  return { related, map, layout: { method, seconds } };
}
