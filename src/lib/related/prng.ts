/**
 * A seeded pseudo-random generator, so that every build draws the same random numbers
 * (`Math.random` would make `dist/` differ between builds).
 */

/**
 * Mulberry32: a small, fast 32-bit generator, good enough for random projections.
 * @example const next = seededRandom(19); next() // 0 ≤ x < 1, the same on every run
 */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal numbers from a uniform generator (Box–Muller). */
export function seededGaussian(seed: number): () => number {
  const uniform = seededRandom(seed);
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const u = Math.max(uniform(), 1e-300);
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/**
 * FNV-1a, 32 bits, of a string's UTF-16 code units: a seed that follows a name rather than a
 * position (no Node crypto here: the module runs in the analysis worker and in tests alike).
 * @example stringHash('low rank') // the same number on every run
 */
export function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
