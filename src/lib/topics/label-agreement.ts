/**
 * Agreement of topic assignments with labels made by reviewers who never saw the rules
 * (tests/fixtures/topic-labels-A.json, miss-labels-A.json; issue 19):
 * - precision: of the labelled (paper, topic) pairs the rules still assign, the share labelled
 *   yes (strict) and yes or borderline (lenient). Pairs the rules no longer assign drop out;
 *   they are counted by label, so dropping a "yes" shows as lost recall, not as precision.
 * - misses: on a sample of papers labelled with the topics that obviously apply ("obvious") and
 *   the defensible ones ("maybe"), the share of obvious topics assigned, and the assigned topics
 *   outside both lists.
 */

/**
 * The blind samples in tests/fixtures, in the order they were labelled (topic-labels-<sample>.json
 * and topics-at-labelling-<sample>.json; miss-labels-<sample>.json where there is one). K was a
 * check of 40 papers whose labels were not kept. N is not a random sample: it is every assigned
 * pair the others had not labelled, so that together they label every non-core assignment. O is
 * the held-out check after the rules were tuned on all of them (a new reviewer, a random sample);
 * P the same after the rules were tuned on O too, and Q after P. R and S (two new reviewers, two
 * random samples) after the third pass on the borderline pairs of A to Q; T and U likewise after
 * the pairs two reviewers of A to S called secondary were mended, V and W after T and U, and X and Y
 * after V and W; Z and Z2 after X and Y, and Z3 and Z4 on the same rules again (no rule changed
 * after Z and Z2).
 */
export const TOPIC_LABEL_SAMPLES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Z2', 'Z3', 'Z4'] as const;

export type PairLabel = 'yes' | 'borderline' | 'no';

/** One reviewer-labelled pair: was this assigned topic right for this paper? */
export interface LabelledPair {
  slug: string;
  topic: string;
  label: PairLabel;
  why?: string;
}

/** One reviewer-labelled paper: the topics it should have. */
export interface MissLabel {
  slug: string;
  obvious: string[];
  maybe: string[];
}

export interface PairPrecision {
  /** Labelled pairs whose topic the paper still has. */
  assigned: number;
  /** Of those, by label. */
  yes: number;
  borderline: number;
  no: number;
  /** Labelled pairs no longer assigned, by label. */
  dropped: Record<PairLabel, number>;
  /** yes / assigned. */
  strict: number;
  /** (yes + borderline) / assigned. */
  lenient: number;
}

export interface MissAgreement {
  obvious: number;
  found: number;
  /** found / obvious. */
  recall: number;
  /** Obvious topics not assigned, as `slug topic`. */
  missed: string[];
  /** Assigned topics outside obvious ∪ maybe, as `slug topic`. */
  extra: string[];
}

const share = (k: number, of: number): number => (of === 0 ? 1 : k / of);

/**
 * Precision of the labelled pairs the current topics still assign.
 * @example pairPrecision([{ slug: 'a', topic: 't', label: 'yes' }], new Map([['a', ['t']]])).strict // 1
 */
export function pairPrecision(labels: readonly LabelledPair[], topicsOf: ReadonlyMap<string, readonly string[]>): PairPrecision {
  const p: PairPrecision = { assigned: 0, yes: 0, borderline: 0, no: 0, dropped: { yes: 0, borderline: 0, no: 0 }, strict: 1, lenient: 1 };
  for (const { slug, topic, label } of labels) {
    if (topicsOf.get(slug)?.includes(topic) === true) {
      p.assigned++;
      p[label]++;
    } else p.dropped[label]++;
  }
  p.strict = share(p.yes, p.assigned);
  p.lenient = share(p.yes + p.borderline, p.assigned);
  return p;
}

/**
 * Recall of the obvious topics, and the assigned topics a reviewer would not defend. `judged`
 * limits both to the topics measured (the audit's topic section measures the non-core ones; and
 * the reviewers of samples F and G were shown no core topic, so a core topic they did not list is
 * not one they rejected).
 * @example missAgreement([{ slug: 'a', obvious: ['t'], maybe: [] }], new Map([['a', ['u']]])).extra // ['a u']
 */
export function missAgreement(
  labels: readonly MissLabel[],
  topicsOf: ReadonlyMap<string, readonly string[]>,
  judged: (topic: string) => boolean = () => true,
): MissAgreement {
  const m: MissAgreement = { obvious: 0, found: 0, recall: 1, missed: [], extra: [] };
  for (const { slug, obvious, maybe } of labels) {
    const assigned = topicsOf.get(slug) ?? [];
    for (const topic of obvious) {
      if (!judged(topic)) continue;
      m.obvious++;
      if (assigned.includes(topic)) m.found++;
      else m.missed.push(`${slug} ${topic}`);
    }
    for (const topic of assigned) if (judged(topic) && !obvious.includes(topic) && !maybe.includes(topic)) m.extra.push(`${slug} ${topic}`);
  }
  m.recall = share(m.found, m.obvious);
  return m;
}

/**
 * The pairs a reviewer who classified each paper against the whole taxonomy labelled implicitly:
 * every judged topic now assigned to a paper of `labels` that has no explicit pair label is
 * "yes" when the reviewer listed it as obvious, "borderline" when as maybe, and "no" otherwise.
 * Lets the precision of a sample labelled exhaustively (F, G, H) count topics first assigned
 * after the labelling, which its explicit pairs cannot.
 * @example impliedPairs([{ slug: 'a', obvious: ['t'], maybe: [] }], [], new Map([['a', ['t', 'u']]])).map((p) => p.label) // ['yes', 'no']
 */
export function impliedPairs(
  labels: readonly MissLabel[],
  explicit: readonly LabelledPair[],
  topicsOf: ReadonlyMap<string, readonly string[]>,
  judged: (topic: string) => boolean = () => true,
): LabelledPair[] {
  const labelled = new Set(explicit.map((p) => `${p.slug} ${p.topic}`));
  const implied: LabelledPair[] = [];
  for (const { slug, obvious, maybe } of labels) {
    for (const topic of topicsOf.get(slug) ?? []) {
      if (!judged(topic) || labelled.has(`${slug} ${topic}`)) continue;
      implied.push({ slug, topic, label: obvious.includes(topic) ? 'yes' : maybe.includes(topic) ? 'borderline' : 'no' });
    }
  }
  return implied;
}

/**
 * One label per pair from several samples' labels of it: "yes" when every reviewer said yes, "no"
 * when every one said no, "borderline" when they said borderline or disagreed. Pools the samples
 * into one measure over every pair any of them labelled, each pair counted once.
 * @example poolLabels([[{ slug: 'a', topic: 't', label: 'yes' }], [{ slug: 'a', topic: 't', label: 'no' }]])[0]?.label // 'borderline'
 */
export function poolLabels(samples: readonly (readonly LabelledPair[])[]): LabelledPair[] {
  const labels = new Map<string, { slug: string; topic: string; seen: Set<PairLabel> }>();
  for (const pairs of samples) {
    for (const { slug, topic, label } of pairs) {
      const key = `${slug} ${topic}`;
      const entry = labels.get(key) ?? { slug, topic, seen: new Set<PairLabel>() };
      entry.seen.add(label);
      labels.set(key, entry);
    }
  }
  return [...labels.values()].map(({ slug, topic, seen }) => ({ slug, topic, label: seen.size === 1 ? [...seen][0]! : 'borderline' }));
}
