import { inIdOrder, nearestByTfidf, relatedText, tfidfVectors } from '../related/related.ts';
import type { Paper } from '../schemas/paper.ts';
import { layoutMethod, mapLayout, MAP_NEIGHBOURS } from './layout.ts';

/** Each paper's place on the map, in the order the papers were given, and how it was laid out. */
export interface TextMap {
  /** Places on the map, x and y in [0, 1]. */
  map: { x: number; y: number }[];
  /** How the map was laid out and how long that took (the build logs it; the bench reads it). */
  layout: { method: 'umap' | 'pca'; seconds: number };
}

/**
 * The map from the papers' text: tf-idf vectors and their nearest-neighbour graph (UMAP reads
 * `MAP_NEIGHBOURS` neighbours; PCA reads none, so none are looked for), then the layout
 * (src/lib/map/layout.ts). Related papers are ranked separately (src/lib/related/rank.ts), with
 * richer features than the map needs. Papers are worked on in short-id order, so the input
 * order changes nothing.
 */
export function textMap(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract'>[], now: () => number = () => 0): TextMap {
  const order = inIdOrder(papers.map((paper, i) => ({ id: paper.shortId, i, text: relatedText(paper.title, paper.abstract) })));
  const vectors = tfidfVectors(order.map((doc) => doc.text));
  const method = layoutMethod(papers.length);
  // The shortlist the map was tuned with (src/lib/map/layout.ts): related papers' own of 60.
  const nearest = method === 'umap' ? nearestByTfidf(vectors, MAP_NEIGHBOURS, { shortlist: 60 }) : order.map(() => []);
  const started = now();
  const points = mapLayout(vectors, nearest);
  const seconds = (now() - started) / 1000;
  const map: { x: number; y: number }[] = new Array(papers.length);
  order.forEach(({ i }, d) => {
    map[i] = { x: points[d]![0], y: points[d]![1] };
  });
  return { map, layout: { method, seconds } };
}
