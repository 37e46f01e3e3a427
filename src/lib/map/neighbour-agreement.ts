import { seededRandom } from '../related/prng.ts';

/**
 * How well a map keeps topics together: for each paper that has at least one of the topics
 * asked about, the share of its `k` nearest papers on the map (Euclidean, ties by index) that
 * share one of those topics with it; the mean over those papers. 1 means every paper's map
 * neighbours are on its topics; a random layout scores about the topics' base rate.
 * O(n²): meant for tests and reports on a survey's worth of papers, not for the build.
 */
export function neighbourAgreement(
  points: readonly (readonly [number, number])[],
  topicsOf: readonly (readonly string[])[],
  topicsCounted: ReadonlySet<string> | 'all',
  k = 10,
): { papers: number; agreement: number } {
  const counted = topicsOf.map((topics) => new Set(topicsCounted === 'all' ? topics : topics.filter((t) => topicsCounted.has(t))));
  let papers = 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    if (counted[i]!.size === 0) continue;
    const [x, y] = points[i]!;
    const nearest = points
      .map(([px, py], j) => ({ j, d: (px - x) ** 2 + (py - y) ** 2 }))
      .filter(({ j }) => j !== i)
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, k);
    const shared = nearest.filter(({ j }) => topicsOf[j]!.some((t) => counted[i]!.has(t))).length;
    papers++;
    total += shared / Math.max(1, nearest.length);
  }
  return { papers, agreement: papers ? total / papers : 0 };
}

/** `n` points uniformly at random in the unit square, from a seed: the baseline a map must beat. */
export function randomLayout(n: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => [random(), random()]);
}
