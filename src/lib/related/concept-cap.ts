/**
 * Lexical evidence that no single surface word can carry.
 *
 * The TF-IDF cosine of two papers is a sum over the features they share. When one word
 * ("factorized", "diagram", "orthogonal") and the phrases built on it make up most of that sum,
 * the two papers share a word, not a subject: the hand-labelled sample
 * (tests/fixtures/related-labels.json) calls such pairs unrelated. So the shared features are
 * grouped into the *strongest concept* — the heaviest shared feature together with every shared
 * feature that has a word in common with it ("low rank" with "low", "rank", "rank adaptation")
 * — and that concept may count for at most as much as all the other shared evidence together:
 *
 *   capped = min(total, 2 · (total − concept))
 *
 * A pair that shares "mixture of experts", "routing" and "load balancing" keeps its whole
 * cosine; a pair that shares "factorized" and little else keeps almost nothing.
 */

/**
 * The capped lexical evidence of the shared features `features[0 … count)` with their
 * contributions `weights` (each the product of the two papers' weights, so that they sum to
 * the cosine); `wordsOf(feature)` names the words of a feature (one for a word, two for a
 * phrase) by any stable number or string.
 * @example
 * // "factorized" ×0.10, "zero shot" ×0.01: the word carries the pair, so little is left.
 * conceptCappedEvidence([0, 1], [0.1, 0.01], 2, (f) => [["factorized"], ["zero", "shot"]][f]) // { total: 0.11, concept: 0.1, capped: ≈0.02 }
 */
export function conceptCappedEvidence<W>(
  features: ArrayLike<number>,
  weights: ArrayLike<number>,
  count: number,
  wordsOf: (feature: number) => readonly W[],
): { total: number; concept: number; capped: number } {
  let total = 0;
  let heaviest = -1;
  for (let i = 0; i < count; i++) {
    total += weights[i]!;
    if (heaviest < 0 || weights[i]! > weights[heaviest]!) heaviest = i;
  }
  if (heaviest < 0) return { total: 0, concept: 0, capped: 0 };
  const words = wordsOf(features[heaviest]!);
  let concept = 0;
  for (let i = 0; i < count; i++) {
    if (i === heaviest || wordsOf(features[i]!).some((word) => words.includes(word))) concept += weights[i]!;
  }
  return { total, concept, capped: Math.min(total, 2 * (total - concept)) };
}
