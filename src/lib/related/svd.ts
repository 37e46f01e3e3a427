/**
 * Truncated SVD of a sparse matrix by randomized range finding (Halko, Martinsson and Tropp,
 * "Finding structure with randomness", 2011, algorithms 4.4 and 5.1): the few directions that
 * carry most of a TF-IDF matrix, which is what latent semantic analysis keeps. Hand-written
 * because no maintained JavaScript library does a sparse truncated SVD; the routine is small
 * and `tests/unit/related-svd.test.ts` checks it against known decompositions.
 *
 * Cost: (2q + 2) passes over the nonzeros with l = `rank + oversample` columns, plus
 * Gram–Schmidt on the n × l block q + 1 times and an l × l eigenproblem: linear in the size of
 * the matrix.
 */
import { seededGaussian } from './prng.ts';

/** A sparse matrix in compressed sparse rows: row i's entries are `index/value[start[i] … start[i+1])`. */
export interface SparseRows {
  rows: number;
  columns: number;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

export interface SvdOptions {
  /** Extra columns drawn beyond the rank, for accuracy (default 10). */
  oversample?: number;
  /** Power iterations, for matrices whose singular values fall slowly (default 1). */
  powerIterations?: number;
  /** Seed of the random projection: same seed, same result (default 19). */
  seed?: number;
  /**
   * A seed for each column's row of the random projection (mixed with `seed`). Without them
   * the rows are drawn in column order, so a column inserted anywhere (a new word in a sorted
   * vocabulary) shifts every later column onto other random numbers and the approximate
   * subspace moves for all rows; with them each column keeps its numbers, and a small change
   * of the matrix makes a small change of the result.
   */
  columnSeeds?: ArrayLike<number>;
}

export interface TruncatedSvd {
  /** Singular values, largest first. */
  values: Float64Array;
  /** Left singular vectors scaled by their singular values, row-major rows × rank: the rows' coordinates. */
  rowCoordinates: Float64Array;
  rank: number;
}

/** Y = A·X for a dense column block X (columns × l, row-major). */
function multiply(a: SparseRows, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.rows * l);
  for (let i = 0; i < a.rows; i++) {
    const out = i * l;
    for (let e = a.start[i]!; e < a.start[i + 1]!; e++) {
      const w = a.value[e]!;
      const from = a.index[e]! * l;
      for (let k = 0; k < l; k++) y[out + k]! += w * x[from + k]!;
    }
  }
  return y;
}

/** Z = Aᵀ·Y for a dense row block Y (rows × l, row-major). */
function multiplyTransposed(a: SparseRows, y: Float64Array, l: number): Float64Array {
  const z = new Float64Array(a.columns * l);
  for (let i = 0; i < a.rows; i++) {
    const from = i * l;
    for (let e = a.start[i]!; e < a.start[i + 1]!; e++) {
      const w = a.value[e]!;
      const out = a.index[e]! * l;
      for (let k = 0; k < l; k++) z[out + k]! += w * y[from + k]!;
    }
  }
  return z;
}

/** Orthonormalizes the l columns of a row-major m × l block in place (modified Gram–Schmidt, twice for stability). */
function orthonormalize(block: Float64Array, m: number, l: number): void {
  // Columns are worked on contiguous (column-major copy): the row-major stride would miss the cache.
  const columns = new Float64Array(m * l);
  for (let i = 0; i < m; i++) for (let k = 0; k < l; k++) columns[k * m + i] = block[i * l + k]!;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < l; k++) {
      const ck = k * m;
      for (let j = 0; j < k; j++) {
        const cj = j * m;
        let dot = 0;
        for (let i = 0; i < m; i++) dot += columns[ck + i]! * columns[cj + i]!;
        if (dot === 0) continue;
        for (let i = 0; i < m; i++) columns[ck + i]! -= dot * columns[cj + i]!;
      }
      let norm = 0;
      for (let i = 0; i < m; i++) norm += columns[ck + i]! ** 2;
      norm = Math.sqrt(norm);
      // A column with nothing left (rank deficiency) becomes zero rather than noise.
      const scale = norm > 1e-12 ? 1 / norm : 0;
      for (let i = 0; i < m; i++) columns[ck + i]! *= scale;
    }
  }
  for (let i = 0; i < m; i++) for (let k = 0; k < l; k++) block[i * l + k] = columns[k * m + i]!;
}

/**
 * Eigen-decomposition of a small symmetric matrix (l × l, row-major) by cyclic Jacobi
 * rotations: eigenvalues, and eigenvectors as the columns of a row-major l × l matrix.
 */
export function symmetricEigen(matrix: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  let scale = 0;
  for (let i = 0; i < l * l; i++) scale += a[i]! ** 2;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    // Converged when what is off the diagonal is negligible next to the whole matrix.
    if (off <= 1e-22 * scale || off === 0) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = a[i * l + i]!;
  return { values, vectors: v };
}

/** A columns × l Gaussian matrix (row-major): one stream in column order, or one stream per column seed. */
function randomProjection(columns: number, l: number, seed: number, columnSeeds: ArrayLike<number> | undefined): Float64Array {
  const omega = new Float64Array(columns * l);
  if (columnSeeds === undefined) {
    const gaussian = seededGaussian(seed);
    for (let i = 0; i < omega.length; i++) omega[i] = gaussian();
    return omega;
  }
  if (columnSeeds.length !== columns) throw new Error(`truncatedSvd: ${columnSeeds.length} column seeds for ${columns} columns`);
  for (let c = 0; c < columns; c++) {
    const gaussian = seededGaussian(Math.imul(columnSeeds[c]! ^ seed, 0x9e3779b1));
    for (let j = 0; j < l; j++) omega[c * l + j] = gaussian();
  }
  return omega;
}

/**
 * The rank-`rank` truncated SVD of A: singular values and the rows' coordinates U·Σ (for
 * LSA, each document's position in the latent space).
 * @example truncatedSvd(tfidf, 64).rowCoordinates // n × 64, row-major
 */
export function truncatedSvd(a: SparseRows, rank: number, { oversample = 10, powerIterations = 1, seed = 19, columnSeeds }: SvdOptions = {}): TruncatedSvd {
  const k = Math.max(0, Math.min(rank, a.rows, a.columns));
  if (k === 0) return { values: new Float64Array(0), rowCoordinates: new Float64Array(0), rank: 0 };
  const l = Math.min(k + oversample, a.rows, a.columns);
  const omega = randomProjection(a.columns, l, seed, columnSeeds);

  let q = multiply(a, omega, l);
  orthonormalize(q, a.rows, l);
  for (let it = 0; it < powerIterations; it++) {
    // (A·Aᵀ)·Q, re-orthonormalized on the row side only (the cheap side for a documents × features matrix).
    q = multiply(a, multiplyTransposed(a, q, l), l);
    orthonormalize(q, a.rows, l);
  }
  // B = Qᵀ·A, kept as its transpose Z = Aᵀ·Q (v × l); B·Bᵀ = Zᵀ·Z is l × l.
  const z = multiplyTransposed(a, q, l);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < a.columns; r++) {
    const row = r * l;
    for (let i = 0; i < l; i++) {
      const zi = z[row + i]!;
      if (zi === 0) continue;
      for (let j = i; j < l; j++) gram[i * l + j]! += zi * z[row + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i]!;
  const { values: eigenvalues, vectors } = symmetricEigen(gram, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => eigenvalues[y]! - eigenvalues[x]! || x - y);
  const values = Float64Array.from(order.slice(0, k), (i) => Math.sqrt(Math.max(0, eigenvalues[i]!)));
  // U·Σ = Q·W·Σ with W the eigenvectors of B·Bᵀ; a column's sign is fixed so its largest entry is positive.
  const coordinates = new Float64Array(a.rows * k);
  order.slice(0, k).forEach((e, c) => {
    let sign = 1;
    let largest = 0;
    for (let i = 0; i < l; i++) {
      const w = vectors[i * l + e]!;
      if (Math.abs(w) > largest + 1e-12) {
        largest = Math.abs(w);
        sign = w < 0 ? -1 : 1;
      }
    }
    const scale = sign * values[c]!;
    for (let r = 0; r < a.rows; r++) {
      let u = 0;
      for (let i = 0; i < l; i++) u += q[r * l + i]! * vectors[i * l + e]!;
      coordinates[r * k + c] = u * scale;
    }
  });
  return { values, rowCoordinates: coordinates, rank: k };
}

/**
 * `count` random hyperplanes through the latent space of `svd` (a truncated SVD of `a`), for
 * random-hyperplane hashing of the rows' coordinates, that do not depend on the basis the SVD
 * happened to pick: each is a Gaussian vector g over the columns, projected into the latent
 * space, Vᵀ·g = Σ⁻²·(U·Σ)ᵀ·(A·g) (row-major, count × rank). A row's side of a plane is the side
 * of g its rank-k reconstruction is on, so flipping a singular vector's sign or turning the
 * basis within near-equal singular values (which a small change of `a` can do) leaves every
 * row on its side. `columnSeeds` as in `truncatedSvd`.
 */
export function latentHyperplanes(a: SparseRows, svd: TruncatedSvd, count: number, { seed = 20, columnSeeds }: Pick<SvdOptions, 'seed' | 'columnSeeds'> = {}): Float64Array {
  const { rank, rowCoordinates, values } = svd;
  const planes = new Float64Array(count * rank);
  if (count === 0 || rank === 0) return planes;
  const projected = multiply(a, randomProjection(a.columns, count, seed, columnSeeds), count);
  for (let d = 0; d < a.rows; d++) {
    for (let p = 0; p < count; p++) {
      const y = projected[d * count + p]!;
      if (y === 0) continue;
      for (let j = 0; j < rank; j++) planes[p * rank + j]! += rowCoordinates[d * rank + j]! * y;
    }
  }
  for (let p = 0; p < count; p++) for (let j = 0; j < rank; j++) planes[p * rank + j] = values[j]! > 0 ? planes[p * rank + j]! / values[j]! ** 2 : 0;
  return planes;
}
