import type { TfidfVectors } from '../related/related.ts';
import { seededRandom } from '../related/prng.ts';

/** Power iterations per component: plenty for a picture, and each costs one pass over the vectors. */
const ITERATIONS = 60;

/**
 * The first two principal components of the (centred) tf-idf vectors, by power iteration with
 * deflation on the sparse matrix, never forming the v×v covariance: O(iterations · non-zeros).
 * The map's fallback where UMAP is too slow, and UMAP's starting layout (a global shape for
 * its local optimisation). Deterministic: the start vector comes from a seeded PRNG and each
 * component's sign is fixed so that its largest coordinate is positive.
 */
export function pcaLayout({ n, v, docStart, terms, weights }: TfidfVectors, seed = 1): [number, number][] {
  const mean = new Float64Array(v);
  for (let e = 0; e < terms.length; e++) mean[terms[e]!]! += weights[e]! / Math.max(n, 1);
  const project = (w: Float64Array, out: Float64Array) => {
    let shift = 0;
    for (let t = 0; t < v; t++) shift += mean[t]! * w[t]!;
    for (let d = 0; d < n; d++) {
      let dot = 0;
      for (let e = docStart[d]!; e < docStart[d + 1]!; e++) dot += weights[e]! * w[terms[e]!]!;
      out[d] = dot - shift;
    }
  };
  const random = seededRandom(seed);
  const components: Float64Array[] = [];
  const scores = [new Float64Array(n), new Float64Array(n)];
  for (let c = 0; c < 2; c++) {
    let w = Float64Array.from({ length: v }, () => random() - 0.5);
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const y = scores[c]!;
      project(w, y);
      // w ← Xcᵀ y, with Xc = X − 1·meanᵀ.
      const next = new Float64Array(v);
      let sumY = 0;
      for (let d = 0; d < n; d++) {
        sumY += y[d]!;
        for (let e = docStart[d]!; e < docStart[d + 1]!; e++) next[terms[e]!]! += weights[e]! * y[d]!;
      }
      for (let t = 0; t < v; t++) next[t]! -= mean[t]! * sumY;
      for (const previous of components) {
        let dot = 0;
        for (let t = 0; t < v; t++) dot += next[t]! * previous[t]!;
        for (let t = 0; t < v; t++) next[t]! -= dot * previous[t]!;
      }
      const norm = Math.hypot(...norms(next));
      if (norm === 0) break;
      for (let t = 0; t < v; t++) next[t]! /= norm;
      w = next;
    }
    let largest = 0;
    for (let t = 0; t < v; t++) if (Math.abs(w[t]!) > Math.abs(largest)) largest = w[t]!;
    if (largest < 0) for (let t = 0; t < v; t++) w[t] = -w[t]!;
    components.push(w);
    project(w, scores[c]!);
  }
  return Array.from({ length: n }, (_, d) => [scores[0]![d]!, scores[1]![d]!]);
}

/** √(sum of squares) in chunks, so `Math.hypot` never sees a huge argument list. */
function norms(vector: Float64Array): number[] {
  const parts: number[] = [];
  for (let start = 0; start < vector.length; start += 4096) {
    let sum = 0;
    for (let t = start; t < Math.min(start + 4096, vector.length); t++) sum += vector[t]! * vector[t]!;
    parts.push(Math.sqrt(sum));
  }
  return parts;
}
