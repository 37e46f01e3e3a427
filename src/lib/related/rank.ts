/**
 * Related papers a reader of a paper would want next, with the reasons shown beside them.
 *
 * Single surface words ("polynomial", "diverse", "distilled") no longer decide. A paper is
 * compared by
 * 1. sublinear TF-IDF over terms *and bigrams* of adjacent terms ("low rank", "mixture
 *    expert"), the title counted three times: weight `(1 + ln tf) · ln(N / df) · √(cf / df)`
 *    (the last factor, burstiness, favours words a paper repeats — its subject — over words
 *    said once in passing), unit length;
 *    a *corpus stop list* learned from document frequency drops what more than
 *    `stopRatio` (25%) of the papers say ("model", "layer", "performance" in a survey of
 *    layers), and a feature in one paper only pairs it with nothing and is dropped;
 * 2. latent semantic analysis: a rank-`lsaRank` truncated SVD of that TF-IDF matrix
 *    (`svd.ts`), so papers that say the same thing in other words meet;
 * 3. the topic structure as a prior: sharing topics raises a candidate (by their Jaccard
 *    overlap), two papers whose topics are disjoint are lowered.
 * score = `tfidfWeight` · lexical + `lsaWeight` · max(0, cos_lsa) + prior, where lexical is the
 * TF-IDF cosine with no single concept counting for more than the rest of the shared features
 * together (`concept-cap.ts`: "factorized" alone does not make two papers related). A candidate
 * needs `minLexical` of that evidence to be listed at all: the latent space and the topics can
 * raise a paper that shares the subject's words, never stand in for them (in the labelled
 * sample no clearly related pair has less than 0.05, a third of the unrelated ones do).
 *
 * Sub-quadratic: no pair of papers is scored unless it is a candidate, and candidates come
 * from (a) an inverted index over each paper's `topTerms` heaviest features rarer than 5% of
 * the corpus, best `shortlist` by the summed weights of shared postings, and (b) random-
 * hyperplane LSH on the LSA coordinates (`lshTables` tables, about 12 papers a bucket), best
 * `lshShortlist` by LSA cosine. A paper with fewer than k candidates falls back to papers
 * sharing any feature (rarest first, at most `fallbackPool`), then to the rest in id order
 * with score 0. Cost is O(nonzeros · (rank + oversample) + N · candidates · (rank + terms)).
 *
 * Deterministic: papers are processed in id order, the random projections are seeded, and
 * ties go to the smaller id.
 */
import { inIdOrder } from './related.ts';
import { isBigram, paperFeatures } from './features.ts';
import { conceptCappedEvidence } from './concept-cap.ts';
import { stringHash } from './prng.ts';
import { latentHyperplanes, truncatedSvd, type SparseRows } from './svd.ts';

export interface RankedDoc {
  id: string;
  title: string;
  abstract: string;
  /** Topic ids (the prior); empty when unknown. */
  topics: readonly string[];
}

/** One related paper and why: the features and topics the two share, most telling first. */
export interface RelatedMatch {
  id: string;
  score: number;
  /** Up to three shared features (words or two-word phrases), heaviest in both first. */
  terms: string[];
  /** Topic ids both papers have, in the order of the paper's own topics. */
  topics: string[];
  /** The parts of the score: capped TF-IDF evidence, LSA cosine (0 when negative), topic prior. */
  evidence: { lexical: number; latent: number; topical: number };
}

export interface RankOptions {
  stopRatio?: number;
  lsaRank?: number;
  /** Power iterations of the randomized SVD: more give a steadier latent space, each one more pass. */
  powerIterations?: number;
  /** At most this many of the most frequent features span the LSA space. */
  lsaFeatures?: number;
  tfidfWeight?: number;
  /** The least concept-capped TF-IDF evidence a listed paper needs. */
  minLexical?: number;
  lsaWeight?: number;
  /** Added, times the Jaccard overlap of topics, when the two papers share topics. */
  sharedTopicBonus?: number;
  /** Subtracted when both papers have topics and share none. */
  disjointTopicPenalty?: number;
  topTerms?: number;
  shortlist?: number;
  lshTables?: number;
  lshShortlist?: number;
  fallbackPool?: number;
  seed?: number;
}

const DEFAULTS: Required<RankOptions> = {
  stopRatio: 0.25,
  lsaRank: 64,
  powerIterations: 3,
  lsaFeatures: 30000,
  tfidfWeight: 0.6,
  minLexical: 0.04,
  lsaWeight: 0.4,
  sharedTopicBonus: 0.12,
  disjointTopicPenalty: 0.08,
  topTerms: 24,
  shortlist: 60,
  lshTables: 6,
  lshShortlist: 40,
  fallbackPool: 1000,
  seed: 19,
};

/** Whether (s1, c1) ranks below (s2, c2): lower score, or equal score and larger index. */
const worse = (s1: number, c1: number, s2: number, c2: number) => s1 < s2 || (s1 === s2 && c1 > c2);

/**
 * The `count` best of `items` by `score`, best first; ties favour the smaller index. A min-heap
 * of `count` entries: O(m log count) for m items instead of sorting them all.
 */
function best(items: readonly number[], score: (c: number) => number, count: number): { c: number; score: number }[] {
  const heapC: number[] = [];
  const heapS: number[] = [];
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heapC.length) return;
      const r = l + 1;
      const child = r < heapC.length && worse(heapS[r]!, heapC[r]!, heapS[l]!, heapC[l]!) ? r : l;
      if (!worse(heapS[child]!, heapC[child]!, heapS[i]!, heapC[i]!)) return;
      [heapC[i], heapC[child]] = [heapC[child]!, heapC[i]!];
      [heapS[i], heapS[child]] = [heapS[child]!, heapS[i]!];
      i = child;
    }
  };
  for (const c of items) {
    const s = score(c);
    if (heapC.length < count) {
      heapC.push(c);
      heapS.push(s);
      for (let i = heapC.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heapS[i]!, heapC[i]!, heapS[parent]!, heapC[parent]!)) break;
        [heapC[i], heapC[parent]] = [heapC[parent]!, heapC[i]!];
        [heapS[i], heapS[parent]] = [heapS[parent]!, heapS[i]!];
        i = parent;
      }
    } else if (count > 0 && worse(heapS[0]!, heapC[0]!, s, c)) {
      heapC[0] = c;
      heapS[0] = s;
      siftDown(0);
    }
  }
  return heapC.map((c, i) => ({ c, score: heapS[i]! })).sort((a, b) => b.score - a.score || a.c - b.c);
}

/** The corpus's weighted features as sparse rows, the feature names, and the stop list. */
interface Weighted {
  matrix: SparseRows;
  names: string[];
  df: Int32Array;
  stopped: string[];
}

function weigh(order: readonly RankedDoc[], stopRatio: number): Weighted {
  const n = order.length;
  // Pass 1: document frequency of every feature; each paper's features are kept for pass 2.
  const dfByName = new Map<string, number>();
  const cfByName = new Map<string, number>();
  const features = order.map((doc) => {
    const own = paperFeatures(doc.title, doc.abstract);
    for (const [feature, tf] of own) {
      dfByName.set(feature, (dfByName.get(feature) ?? 0) + 1);
      cfByName.set(feature, (cfByName.get(feature) ?? 0) + tf);
    }
    return own;
  });
  // The corpus stop list: too common to tell papers apart (only in a corpus big enough to say).
  const maxDf = n >= 100 ? stopRatio * n : Infinity;
  const stopped = [...dfByName].filter(([, f]) => f > maxDf).map(([name]) => name).sort();
  const names = [...dfByName].filter(([, f]) => f >= 2 && f <= maxDf).map(([name]) => name).sort();
  const column = new Map(names.map((name, i) => [name, i]));
  const df = Int32Array.from(names, (name) => dfByName.get(name)!);
  // Burstiness: a topical word comes back within the papers that use it ("quantization" 3 times
  // a paper), a generic one is said once ("insight", "remain"); √(cf / df) weighs the former up.
  const burst = Float64Array.from(names, (name) => Math.sqrt(cfByName.get(name)! / dfByName.get(name)!));
  dfByName.clear();
  cfByName.clear();
  // Pass 2: unit-length sublinear tf-idf rows, columns ascending.
  const start = new Int32Array(n + 1);
  const index: number[] = [];
  const value: number[] = [];
  features.forEach((own, d) => {
    const row: [number, number][] = [];
    for (const [feature, tf] of own) {
      const c = column.get(feature);
      if (c !== undefined) row.push([c, (1 + Math.log(tf)) * Math.log(n / df[c]!) * burst[c]!]);
    }
    row.sort((a, b) => a[0] - b[0]);
    let squares = 0;
    for (const [, w] of row) squares += w * w;
    const norm = Math.sqrt(squares) || 1;
    for (const [c, w] of row) {
      index.push(c);
      value.push(w / norm);
    }
    start[d + 1] = index.length;
  });
  return { matrix: { rows: n, columns: names.length, start, index: Int32Array.from(index), value: Float64Array.from(value) }, names, df, stopped };
}

/**
 * The LSA coordinates of each row, unit length (n × rank, row-major), over the most frequent
 * features; and `planeCount` random hyperplanes through them for LSH (`latentHyperplanes`).
 */
function lsaCoordinates(
  { matrix, df, names }: Weighted,
  rank: number,
  maxFeatures: number,
  seed: number,
  powerIterations: number,
  planeCount: number,
): { vectors: Float32Array; rank: number; planes: Float64Array } {
  const n = matrix.rows;
  const k = Math.min(rank, Math.floor(n / 8));
  if (k < 2) return { vectors: new Float32Array(0), rank: 0, planes: new Float64Array(0) };
  let keep: Int32Array | undefined;
  let kept = names;
  if (matrix.columns > maxFeatures) {
    const byDf = Array.from({ length: matrix.columns }, (_, c) => c).sort((a, b) => df[b]! - df[a]! || a - b);
    keep = new Int32Array(matrix.columns).fill(-1);
    byDf.slice(0, maxFeatures).forEach((c, i) => (keep![c] = i));
    kept = byDf.slice(0, maxFeatures).map((c) => names[c]!);
  }
  let a = matrix;
  if (keep) {
    const start = new Int32Array(n + 1);
    const index: number[] = [];
    const value: number[] = [];
    for (let d = 0; d < n; d++) {
      for (let e = matrix.start[d]!; e < matrix.start[d + 1]!; e++) {
        const c = keep[matrix.index[e]!]!;
        if (c >= 0) {
          index.push(c);
          value.push(matrix.value[e]!);
        }
      }
      start[d + 1] = index.length;
    }
    a = { rows: n, columns: maxFeatures, start, index: Int32Array.from(index), value: Float64Array.from(value) };
  }
  // Each feature's random numbers follow its name, not its column: a new word in the sorted
  // vocabulary (a paper added) must not redraw the projection of every word after it, which
  // moved the latent space and re-ordered most papers' related lists (issue 20).
  const columnSeeds = Uint32Array.from(kept, stringHash);
  const svd = truncatedSvd(a, k, { seed, powerIterations, columnSeeds });
  const vectors = new Float32Array(n * svd.rank);
  for (let d = 0; d < n; d++) {
    let norm = 0;
    for (let j = 0; j < svd.rank; j++) norm += svd.rowCoordinates[d * svd.rank + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < svd.rank; j++) vectors[d * svd.rank + j] = svd.rowCoordinates[d * svd.rank + j]! / norm;
  }
  // LSH planes drawn in the singular vectors' own coordinates flipped with any singular vector
  // whose sign or place among near-equal ones moved: one paper added re-bucketed the survey.
  return { vectors, rank: svd.rank, planes: latentHyperplanes(a, svd, planeCount, { seed: seed + 1, columnSeeds }) };
}

/** Bits of an LSH key: about 12 papers a bucket. */
const lshBits = (n: number) => Math.max(1, Math.min(20, Math.round(Math.log2(n / 12))));

/** Random-hyperplane LSH buckets of the LSA vectors (`lshBits(n)` planes a table, from `latentHyperplanes`): for each table, bucket key → papers (ascending). */
function lshBuckets(vectors: Float32Array, planes: Float64Array, n: number, rank: number, tables: number): { keys: Int32Array; buckets: Map<number, number[]>[] } {
  const bits = lshBits(n);
  const keys = new Int32Array(n * tables);
  const buckets: Map<number, number[]>[] = [];
  for (let t = 0; t < tables; t++) {
    const table = new Map<number, number[]>();
    for (let d = 0; d < n; d++) {
      let key = 0;
      for (let b = 0; b < bits; b++) {
        const plane = (t * bits + b) * rank;
        let dot = 0;
        for (let j = 0; j < rank; j++) dot += planes[plane + j]! * vectors[d * rank + j]!;
        if (dot > 0) key |= 1 << b;
      }
      keys[d * tables + t] = key;
      const members = table.get(key);
      if (members) members.push(d);
      else table.set(key, [d]);
    }
    buckets.push(table);
  }
  return { keys, buckets };
}

/**
 * For every paper, its k most related papers with the reasons, best first (see the module
 * comment). Throws on duplicate ids.
 */
export function rankRelated(docs: readonly RankedDoc[], k = 6, options: RankOptions = {}): Map<string, RelatedMatch[]> {
  const o = { ...DEFAULTS, ...options };
  const order = inIdOrder(docs);
  const n = order.length;
  const weighted = weigh(order, o.stopRatio);
  const { matrix, names, df } = weighted;
  const { start, index, value } = matrix;
  const v = matrix.columns;
  const lsa = lsaCoordinates(weighted, o.lsaRank, o.lsaFeatures, o.seed, o.powerIterations, o.lshTables * lshBits(n));
  const lsh = lsa.rank > 0 && o.lshTables > 0 ? lshBuckets(lsa.vectors, lsa.planes, n, lsa.rank, o.lshTables) : undefined;
  const topicSets = order.map((doc) => new Set(doc.topics));
  // The words of each feature as numbers, for grouping shared features into concepts.
  const wordNumber = new Map<string, number>();
  const featureWords = names.map((name) => name.split(' ').map((word) => wordNumber.get(word) ?? (wordNumber.set(word, wordNumber.size), wordNumber.size - 1)));
  wordNumber.clear();

  // The candidate index: each paper's heaviest features that are neither unique nor common,
  // as postings in compressed arrays (feature → papers and weights).
  const indexDf = Math.max(Math.floor(0.05 * n), 100);
  const topStart = new Int32Array(n + 1);
  const topEntries: number[] = [];
  for (let d = 0; d < n; d++) {
    const entries: number[] = [];
    for (let e = start[d]!; e < start[d + 1]!; e++) if (df[index[e]!]! <= indexDf) entries.push(e);
    entries.sort((a, b) => value[b]! - value[a]! || index[a]! - index[b]!);
    for (const e of entries.slice(0, o.topTerms)) topEntries.push(e);
    topStart[d + 1] = topEntries.length;
  }
  const postingStart = new Int32Array(v + 1);
  for (const e of topEntries) postingStart[index[e]! + 1]!++;
  for (let f = 0; f < v; f++) postingStart[f + 1]! += postingStart[f]!;
  const postingDoc = new Int32Array(topEntries.length);
  const postingWeight = new Float64Array(topEntries.length);
  const fill = postingStart.slice(0, v);
  for (let d = 0; d < n; d++) {
    for (let i = topStart[d]!; i < topStart[d + 1]!; i++) {
      const e = topEntries[i]!;
      const slot = fill[index[e]!]!++;
      postingDoc[slot] = d;
      postingWeight[slot] = value[e]!;
    }
  }

  const accumulator = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const want = Math.min(k, n - 1);
  // Each pair's LSA cosine is computed once: a latent-space candidate is ranked by it, then scored with it.
  const cosineWith = new Float64Array(n);
  const cosineOf = new Int32Array(n).fill(-1);
  const lsaCosine = (d: number, c: number) => {
    if (cosineOf[c] === d) return cosineWith[c]!;
    let dot = 0;
    for (let j = 0, a = d * lsa.rank, b = c * lsa.rank; j < lsa.rank; j++) dot += lsa.vectors[a + j]! * lsa.vectors[b + j]!;
    cosineOf[c] = d;
    cosineWith[c] = dot;
    return dot;
  };
  // The features paper d shares with c, with their contributions to the cosine, in c's feature
  // order (`sharedFeature`, `sharedWeight`; the count is returned). Paper d's row is scattered
  // once into `ownWeight` (`ownOf` marks whose it is), so each candidate's row is read once, with
  // no merge against d's. The evidence is the concept-capped sum of them; the reasons shown are
  // the heaviest of them (`sharedTerms`).
  const sharedFeature = new Int32Array(v);
  const sharedWeight = new Float64Array(v);
  const ownWeight = new Float64Array(v);
  const ownOf = new Int32Array(v).fill(-1);
  const scatterOwn = (d: number) => {
    for (let f = start[d]!; f < start[d + 1]!; f++) {
      ownOf[index[f]!] = d;
      ownWeight[index[f]!] = value[f]!;
    }
  };
  const collectShared = (d: number, c: number) => {
    let count = 0;
    for (let e = start[c]!, eEnd = start[c + 1]!; e < eEnd; e++) {
      const feature = index[e]!;
      if (ownOf[feature] === d) {
        sharedFeature[count] = feature;
        sharedWeight[count++] = ownWeight[feature]! * value[e]!;
      }
    }
    return count;
  };
  const lexicalEvidence = (d: number, c: number) => conceptCappedEvidence(sharedFeature, sharedWeight, collectShared(d, c), (feature) => featureWords[feature]!).capped;
  const prior = (d: number, c: number) => {
    const a = topicSets[d]!;
    const b = topicSets[c]!;
    if (a.size === 0 || b.size === 0) return 0;
    let shared = 0;
    for (const t of a) if (b.has(t)) shared++;
    return shared > 0 ? (o.sharedTopicBonus * shared) / (a.size + b.size - shared) : -o.disjointTopicPenalty;
  };

  const byId = new Map<string, RelatedMatch[]>();
  for (let d = 0; d < n; d++) {
    // (a) shared rare features.
    const touched: number[] = [];
    for (let i = topStart[d]!; i < topStart[d + 1]!; i++) {
      const e = topEntries[i]!;
      const f = index[e]!;
      for (let p = postingStart[f]!; p < postingStart[f + 1]!; p++) {
        const c = postingDoc[p]!;
        const w = postingWeight[p]!;
        if (c === d) continue;
        if (seen[c] !== d) {
          seen[c] = d;
          accumulator[c] = 0;
          touched.push(c);
        }
        accumulator[c]! += value[e]! * w;
      }
    }
    const candidates = new Set(best(touched, (c) => accumulator[c]!, o.shortlist).map(({ c }) => c));
    // (b) neighbours in the latent space.
    if (lsh) {
      const near: number[] = [];
      for (let t = 0; t < o.lshTables; t++) {
        for (const c of lsh.buckets[t]!.get(lsh.keys[d * o.lshTables + t]!) ?? []) if (c !== d && seen[c] !== n + d) {
          seen[c] = n + d;
          near.push(c);
        }
      }
      for (const { c } of best(near, (c) => lsaCosine(d, c), o.lshShortlist)) candidates.add(c);
    }
    // Fallback: any shared feature, rarest first.
    if (candidates.size < want) {
      const own: number[] = [];
      for (let e = start[d]!; e < start[d + 1]!; e++) own.push(index[e]!);
      own.sort((a, b) => df[a]! - df[b]! || a - b);
      const shared = new Set(own);
      scan: for (let c = 0; c < n && candidates.size < o.fallbackPool; c++) {
        if (c === d || candidates.has(c)) continue;
        for (let e = start[c]!; e < start[c + 1]!; e++) {
          if (shared.has(index[e]!)) {
            candidates.add(c);
            continue scan;
          }
        }
      }
    }

    const evidence = new Map<number, RelatedMatch['evidence']>();
    scatterOwn(d);
    for (const c of candidates) {
      const lexical = lexicalEvidence(d, c);
      if (lexical > 0 && lexical >= o.minLexical) evidence.set(c, { lexical, latent: lsa.rank > 0 ? Math.max(0, lsaCosine(d, c)) : 0, topical: prior(d, c) });
    }
    const score = (c: number) => {
      const { lexical, latent, topical } = evidence.get(c)!;
      return o.tfidfWeight * lexical + o.lsaWeight * latent + topical;
    };
    const picked: RelatedMatch[] = best([...evidence.keys()], score, want).map(({ c, score }) => ({ id: order[c]!.id, score, terms: sharedTerms(d, c), topics: order[d]!.topics.filter((t) => topicSets[c]!.has(t)), evidence: evidence.get(c)! }));
    // Last resort: the rest in id order, score 0.
    if (picked.length < want) {
      const taken = new Set(picked.map((r) => r.id));
      for (let c = 0; c < n && picked.length < want; c++) {
        if (c !== d && !taken.has(order[c]!.id)) picked.push({ id: order[c]!.id, score: 0, terms: [], topics: order[d]!.topics.filter((t) => topicSets[c]!.has(t)), evidence: { lexical: 0, latent: 0, topical: 0 } });
      }
    }
    byId.set(order[d]!.id, picked);
  }

  /** The features two papers share, heaviest in both first; a word inside a chosen phrase is not repeated. Paper d's row must be scattered. */
  function sharedTerms(d: number, c: number): string[] {
    const shared: { name: string; weight: number }[] = [];
    for (let i = 0, count = collectShared(d, c); i < count; i++) shared.push({ name: names[sharedFeature[i]!]!, weight: sharedWeight[i]! });
    shared.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
    const chosen: string[] = [];
    for (const { name } of shared) {
      if (isBigram(name)) {
        // A phrase takes the place of the words of it chosen before it.
        const words = name.split(' ');
        const before = chosen.length;
        for (let i = chosen.length - 1; i >= 0; i--) if (words.includes(chosen[i]!)) chosen.splice(i, 1);
        if (chosen.length < 3 || chosen.length < before) chosen.push(name);
      } else if (chosen.length < 3 && !chosen.some((other) => isBigram(other) && other.split(' ').includes(name))) {
        chosen.push(name);
      }
    }
    return chosen;
  }

  const result = new Map<string, RelatedMatch[]>();
  for (const { id } of docs) result.set(id, byId.get(id)!);
  return result;
}

/** The corpus stop list `rankRelated` learns (features in more than `stopRatio` of the papers), for reports. */
export function corpusStopList(docs: readonly Pick<RankedDoc, 'title' | 'abstract'>[], stopRatio = DEFAULTS.stopRatio): string[] {
  return weigh(docs.map((doc, i) => ({ ...doc, id: String(i), topics: [] })), stopRatio).stopped;
}
