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
   * UMAP's epochs × papers: epochs fall as the survey grows (from `MAX_EPOCHS`, never under
   * 30), so the optimisation costs about the same beyond `epochBudget / MAX_EPOCHS` papers.
   */
  epochBudget: number;
}

/**
 * Epochs for a small survey (umap-js would pick 500 below 2,500 points). On the shipped seeds
 * 200 epochs from PCA's start score 0.70 / 0.52 on neighbour agreement (core / any topic)
 * against 500's 0.71 / 0.55, at 40% of the cost (about 1 CPU second instead of 2.5).
 */
const MAX_EPOCHS = 200;

/** Tuned on the shipped seeds by the neighbour-agreement test (tests/unit/map-layout.test.ts). */
export const MAP_LAYOUT_DEFAULTS: MapLayoutOptions = {
  nNeighbors: 20,
  minDist: 0.05,
  seed: 1,
  umapMaxPapers: 2_500,
  epochBudget: 500_000,
};

/** How many neighbours per paper `mapLayout` reads (src/lib/map/text-map.ts finds this many). */
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
  const nEpochs = Math.max(30, Math.min(MAX_EPOCHS, Math.floor(options.epochBudget / vectors.n)));
  return normalizeLayout(umapLayout(lists, { ...options, nEpochs, initial: pca }));
}
