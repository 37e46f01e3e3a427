import type { TfidfNeighbour, TfidfVectors } from '../related/related.ts';
import { normalizeLayout } from './normalize.ts';
import { pcaLayout } from './pca-layout.ts';
import { umapLayout } from './umap-layout.ts';

export interface MapLayoutOptions {
  /** UMAP's neighbourhood, the point itself included: needs `nNeighbors − 1` neighbours per paper. */
  nNeighbors: number;
  minDist: number;
  seed: number;
  /** Above this many papers the map is PCA alone (UMAP's cost grows past the build's budget). */
  umapMaxPapers: number;
  /**
   * UMAP's epochs × papers: epochs fall as the survey grows (never above umap-js's own choice),
   * so its optimisation costs about the same beyond `epochBudget / 500` papers.
   */
  epochBudget: number;
}

/** Tuned on the shipped seeds by the neighbour-agreement test (tests/unit/map-layout.test.ts). */
export const MAP_LAYOUT_DEFAULTS: MapLayoutOptions = {
  nNeighbors: 15,
  minDist: 0.1,
  seed: 1,
  umapMaxPapers: 5_000,
  epochBudget: 1_000_000,
};

/** How many neighbours per paper `mapLayout` reads (ask the related-papers step for this many). */
export const MAP_NEIGHBOURS = MAP_LAYOUT_DEFAULTS.nNeighbors - 1;

/** Which method lays out a survey of `n` papers. */
export function layoutMethod(n: number, options: MapLayoutOptions = MAP_LAYOUT_DEFAULTS): 'umap' | 'pca' {
  return n > options.nNeighbors && n <= options.umapMaxPapers ? 'umap' : 'pca';
}

/**
 * Each paper's place on the map, in the order of the vectors, x and y in [0, 1] rounded to
 * 4 decimals: UMAP over the tf-idf nearest-neighbour graph, started from PCA, or PCA alone for
 * a survey too small for UMAP's neighbourhood or too large for its time. Same input, same
 * output, bit for bit.
 */
export function mapLayout(
  vectors: TfidfVectors,
  neighbours: readonly (readonly TfidfNeighbour[])[],
  options: MapLayoutOptions = MAP_LAYOUT_DEFAULTS,
): [number, number][] {
  if (vectors.n !== neighbours.length) throw new Error(`map layout: ${vectors.n} vectors but ${neighbours.length} neighbour lists`);
  const pca = pcaLayout(vectors, options.seed);
  if (layoutMethod(vectors.n, options) === 'pca') return normalizeLayout(pca);
  const lists = neighbours.map((row) => ({ indices: row.map((r) => r.index), distances: row.map((r) => 1 - r.score) }));
  const defaultEpochs = vectors.n <= 2500 ? 500 : vectors.n <= 5000 ? 400 : vectors.n <= 7500 ? 300 : 200;
  const nEpochs = Math.max(30, Math.min(defaultEpochs, Math.floor(options.epochBudget / vectors.n)));
  return normalizeLayout(umapLayout(lists, { ...options, nEpochs, initial: pca }));
}
