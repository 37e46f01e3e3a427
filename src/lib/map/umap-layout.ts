import { UMAP } from 'umap-js';
import { seededRandom } from '../related/prng.ts';

/** A paper's nearest papers by text: indices into the corpus with their cosine distances (1 − similarity), nearest first. */
export interface NeighbourList {
  indices: readonly number[];
  distances: readonly number[];
}

export interface UmapOptions {
  /** Neighbours per point that shape the layout, the point itself included (UMAP's convention). */
  nNeighbors: number;
  /** How tightly points may pack: small values give dense topic islands. */
  minDist: number;
  /** Optimisation epochs; umap-js chooses 200–500 by corpus size when 0. */
  nEpochs: number;
  seed: number;
  /** A starting layout (say, PCA's), scaled here to UMAP's usual ±10 box; random when absent. */
  initial?: readonly (readonly [number, number])[];
}

/**
 * 2-D UMAP of a corpus from its precomputed k-nearest-neighbour graph (tf-idf cosine
 * neighbours, src/lib/map/text-map.ts), so UMAP never sees the sparse vectors. Every random draw comes from a seeded PRNG: the same
 * graph gives the same coordinates (not yet normalised). Needs more points than `nNeighbors`.
 */
export function umapLayout(neighbours: readonly NeighbourList[], { nNeighbors, minDist, nEpochs, seed, initial }: UmapOptions): [number, number][] {
  const n = neighbours.length;
  const k = nNeighbors - 1;
  // umap-js expects each row to start with the point itself at distance 0.
  const knnIndices = neighbours.map((row, i) => [i, ...row.indices.slice(0, k)]);
  const knnDistances = neighbours.map((row) => [0, ...row.distances.slice(0, k)]);
  for (let i = 0; i < n; i++) {
    if (knnIndices[i]!.length !== nNeighbors) throw new Error(`map layout: paper ${i} has ${knnIndices[i]!.length - 1} neighbours, ${k} needed`);
  }
  const umap = new UMAP({ nComponents: 2, nNeighbors, minDist, nEpochs, random: seededRandom(seed) });
  umap.setPrecomputedKNN(knnIndices, knnDistances);
  // The data itself is never read once the kNN graph is given; UMAP only needs its length.
  const placeholder = Array.from({ length: n }, () => [] as number[]);
  const epochs = umap.initializeFit(placeholder);
  if (initial) {
    // getEmbedding() is the very array the optimiser moves, so a start layout goes in place.
    const embedding = umap.getEmbedding();
    const scale = 10 / Math.max(1e-12, ...initial.map(([x, y]) => Math.max(Math.abs(x), Math.abs(y))));
    initial.forEach(([x, y], i) => {
      embedding[i]![0] = x * scale;
      embedding[i]![1] = y * scale;
    });
  }
  for (let epoch = 0; epoch < epochs; epoch++) umap.step();
  return umap.getEmbedding().map(([x, y]) => [x!, y!]);
}
