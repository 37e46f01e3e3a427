import { describe, expect, it } from 'vitest';
import { seededGaussian, seededRandom } from '../../src/lib/related/prng.ts';
import { latentHyperplanes, symmetricEigen, truncatedSvd, type SparseRows } from '../../src/lib/related/svd.ts';

/** A dense row-major matrix as sparse rows (zeros left out). */
function sparse(dense: number[][]): SparseRows {
  const start = [0];
  const index: number[] = [];
  const value: number[] = [];
  for (const row of dense) {
    row.forEach((x, j) => {
      if (x !== 0) {
        index.push(j);
        value.push(x);
      }
    });
    start.push(index.length);
  }
  return { rows: dense.length, columns: dense[0]!.length, start: Int32Array.from(start), index: Int32Array.from(index), value: Float64Array.from(value) };
}

/** U·diag(s)·Vᵀ from orthonormal columns built by Gram–Schmidt on seeded noise: a matrix whose singular values are known. */
function withSingularValues(rows: number, columns: number, values: number[], seed: number): number[][] {
  const gaussian = seededGaussian(seed);
  const orthonormal = (m: number) => {
    const cols: number[][] = [];
    for (let k = 0; k < values.length; k++) {
      let v = Array.from({ length: m }, () => gaussian());
      for (const c of cols) {
        const dot = v.reduce((s, x, i) => s + x * c[i]!, 0);
        v = v.map((x, i) => x - dot * c[i]!);
      }
      const norm = Math.hypot(...v);
      cols.push(v.map((x) => x / norm));
    }
    return cols;
  };
  const u = orthonormal(rows);
  const v = orthonormal(columns);
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => values.reduce((s, sv, k) => s + sv * u[k]![i]! * v[k]![j]!, 0)));
}

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = seededRandom(8);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });
});

describe('symmetricEigen', () => {
  it('diagonalizes a symmetric matrix: A·v = λ·v for each pair', () => {
    const a = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]);
    const { values, vectors } = symmetricEigen(a, 3);
    for (let e = 0; e < 3; e++) {
      for (let i = 0; i < 3; i++) {
        const av = [0, 1, 2].reduce((s, j) => s + a[i * 3 + j]! * vectors[j * 3 + e]!, 0);
        expect(av).toBeCloseTo(values[e]! * vectors[i * 3 + e]!, 10);
      }
    }
    expect([...values].reduce((s, x) => s + x, 0)).toBeCloseTo(12, 10); // the trace
  });
});

describe('truncatedSvd', () => {
  it('recovers the singular values of a matrix of known low rank', () => {
    const a = sparse(withSingularValues(40, 30, [9, 5, 2], 3));
    const svd = truncatedSvd(a, 3);
    expect(svd.rank).toBe(3);
    expect([...svd.values].map((x) => Number(x.toFixed(6)))).toEqual([9, 5, 2]);
  });

  it('finds the leading singular values of a full-rank matrix to good accuracy', () => {
    const values = [10, 6, 3, 1, 0.5, 0.25, 0.1, 0.05];
    const a = sparse(withSingularValues(60, 50, values, 11));
    const svd = truncatedSvd(a, 3, { powerIterations: 3 });
    for (let k = 0; k < 3; k++) expect(svd.values[k]!).toBeCloseTo(values[k]!, 4);
  });

  it("gives each row's coordinates U·Σ, whose Gram matrix is A·Aᵀ for a matrix of that rank", () => {
    const dense = withSingularValues(12, 9, [4, 2], 5);
    const svd = truncatedSvd(sparse(dense), 2);
    for (let i = 0; i < 12; i++) {
      for (let j = 0; j < 12; j++) {
        const aat = dense[i]!.reduce((s, x, c) => s + x * dense[j]![c]!, 0);
        const uu = svd.rowCoordinates[i * 2]! * svd.rowCoordinates[j * 2]! + svd.rowCoordinates[i * 2 + 1]! * svd.rowCoordinates[j * 2 + 1]!;
        expect(uu).toBeCloseTo(aat, 8);
      }
    }
  });

  it('is deterministic for a seed and handles empty and tiny matrices', () => {
    const a = sparse(withSingularValues(20, 15, [3, 2, 1], 9));
    expect(truncatedSvd(a, 2)).toEqual(truncatedSvd(a, 2));
    expect(truncatedSvd(a, 0).rank).toBe(0);
    expect(truncatedSvd(sparse([[0, 0], [0, 0]]), 1).values[0]).toBe(0);
  });
});

describe('a truncated SVD steady under a small change (issue 20: one paper added re-rendered most pages)', () => {
  const dense = withSingularValues(40, 30, [9, 5, 3, 2, 1, 0.5], 21);
  // A new word in a sorted vocabulary: a column inserted in the middle, used by no row yet.
  const widened = dense.map((row) => [...row.slice(0, 12), 0, ...row.slice(12)]);
  const seeds = Array.from({ length: 30 }, (_, c) => 1000 + 7 * c);
  const widenedSeeds = [...seeds.slice(0, 12), 424242, ...seeds.slice(12)];

  it("keeps each column's random numbers with column seeds, so a column inserted changes nothing it does not touch", () => {
    const before = truncatedSvd(sparse(dense), 3, { columnSeeds: seeds });
    const after = truncatedSvd(sparse(widened), 3, { columnSeeds: widenedSeeds });
    expect(after.rowCoordinates).toEqual(before.rowCoordinates);
    // Drawn in column order, every later column gets other numbers and the approximate space moves.
    expect(truncatedSvd(sparse(widened), 3).rowCoordinates).not.toEqual(truncatedSvd(sparse(dense), 3).rowCoordinates);
    expect(() => truncatedSvd(sparse(dense), 3, { columnSeeds: widenedSeeds })).toThrow(/column seeds/);
  });

  it('draws hyperplanes that keep every row on its side whatever signs and order the singular vectors take', () => {
    const a = sparse(dense);
    const svd = truncatedSvd(a, 4, { columnSeeds: seeds });
    const sides = (s: typeof svd) => {
      const planes = latentHyperplanes(a, s, 8, { columnSeeds: seeds });
      return Array.from({ length: 40 * 8 }, (_, i) => {
        const [d, p] = [Math.floor(i / 8), i % 8];
        let dot = 0;
        for (let j = 0; j < s.rank; j++) dot += s.rowCoordinates[d * s.rank + j]! * planes[p * s.rank + j]!;
        return dot > 0;
      });
    };
    // The same latent space in another basis: the first vector's sign flipped, the last two swapped.
    const order = [0, 1, 3, 2];
    const sign = [-1, 1, 1, 1];
    const turned = {
      rank: 4,
      values: Float64Array.from(order, (j) => svd.values[j]!),
      rowCoordinates: Float64Array.from({ length: 40 * 4 }, (_, i) => sign[i % 4]! * svd.rowCoordinates[Math.floor(i / 4) * 4 + order[i % 4]!]!),
    };
    const original = sides(svd);
    expect(sides(turned)).toEqual(original);
    // Not trivially so: the rows fall on both sides of the planes.
    expect(original.filter(Boolean).length).toBeGreaterThan(40);
    expect(original.filter((x) => !x).length).toBeGreaterThan(40);
  });
});
