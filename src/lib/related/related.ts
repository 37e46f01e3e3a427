import type { Paper } from '../schemas/paper.ts';

/**
 * "Related papers": for every paper, the k papers whose title and abstract are most alike,
 * by tf-idf cosine similarity, computed once per build.
 *
 * Text → terms: URLs are dropped, text is case- and accent-folded and split into runs of
 * letters and digits; tokens shorter than 3 characters, all-digit tokens and a short list of
 * English stopwords are dropped; plurals are folded (`networks` → `network`, `studies` →
 * `study`). Weights are `(1 + ln tf) · idf`, `idf = ln((1 + N) / (1 + df)) + 1`, each vector
 * normalized to length 1, so a score is a cosine in (0, 1]. The title counts more than the
 * abstract because `relatedText` repeats it `TITLE_WEIGHT` times; the module itself only
 * sees `{ id, text }`.
 *
 * Cost is sub-quadratic. Each document keeps its `topTerms` (16) heaviest terms that occur in
 * at least 2 and at most `maxDf` documents (5% of the corpus, but at least 100): a term in more
 * documents says little about any pair, and a term in one document pairs it with nothing.
 * An inverted index over those top terms yields candidates, with an approximate score summed
 * only along shared postings; the best `shortlist` (10·k, at least 60) candidates are then
 * scored exactly against the full vectors. Outside the fallback below, no pair of documents
 * without a shared top term is ever looked at. (On the 627-paper corpus this finds ~90% of
 * the exact top 6; 60,000 synthetic abstracts take ~15 s and < 1 GB.)
 *
 * Fallback, so every document gets k results whenever the corpus has more than k documents:
 * 1. candidates that share a top term with it (as above), best exact score first;
 * 2. if those are fewer than k: documents sharing any term at all, rarest terms first (at most
 *    `fallbackPool` of them are scored), ranked by exact score together with the first tier;
 * 3. if still fewer than k (say, an empty abstract): the remaining documents in id order,
 *    with score 0.
 * Results never include the document itself. Equal scores are ordered by id, and nothing
 * depends on the order of the input, so the output is deterministic.
 */

export interface RelatedDoc {
  id: string;
  text: string;
}

export interface RelatedPaper {
  id: string;
  /** Cosine similarity of the two tf-idf vectors; 0 for a last-resort filler. */
  score: number;
}

export interface RelatedOptions {
  /** Heaviest terms per document that go into the candidate index. */
  topTerms?: number;
  /** Terms in more than this share of documents do not generate candidates. */
  maxDfRatio?: number;
  /** ...unless they are in at most this many documents (keeps small corpora exact). */
  minMaxDf?: number;
  /** Candidates per document that are scored exactly. */
  shortlist?: number;
  /** At most this many documents are scored in fallback tier 2. */
  fallbackPool?: number;
}

/** How many times `relatedText` writes the title. */
export const TITLE_WEIGHT = 3;

/**
 * The text to compare a paper by: the title `TITLE_WEIGHT` times, then the abstract.
 * @example relatedText('Model Soups', 'Averaging weights.') // 'Model Soups\nModel Soups\nModel Soups\nAveraging weights.'
 */
export function relatedText(title: string, abstract: string): string {
  return `${`${title}\n`.repeat(TITLE_WEIGHT)}${abstract}`;
}

// Function words and words every abstract uses; idf discounts the rest. Tokens under three
// characters are dropped before this list is consulted.
const STOPWORDS = new Set(
  `the and for with from that this these those are was were been being has have had its our their
  they them which who whom whose what when where why how than then there here also can could may
  might will would should shall such not nor into onto over under between both each more most
  other some any all only very via using use used uses based while however thus therefore hence
  does did doing done upon about above below after before during through across against among
  within without just many much few own same too one two three first second new well
  paper propose proposed proposes present presents show shows shown demonstrate approach method
  methods result results work existing recent recently furthermore moreover respectively
  need towards toward https http www com org github html`.split(/\s+/),
);

/**
 * A web address up to the next space, `www.` ones too. Wider than the link finder's
 * `URL_PATTERN` on purpose: glued braces, quotes and paths go with it, so no piece of an
 * address becomes a term.
 */
const URL_TOKEN = /\b(?:https?:\/\/|www\.)\S+/gi;
const WORD = /[\p{L}\p{N}]+/gu;

/** Folds plurals: `studies` → `study`, `classes` → `class`, `networks` → `network`. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The terms of a text, in order, repeats kept.
 * @example tokenize('Mixture-of-Experts Networks for the LLMs: https://github.com/x') // ['mixture', 'expert', 'network', 'llm']
 */
export function tokenize(text: string): string[] {
  const words = text.replace(URL_TOKEN, ' ').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    const term = stem(word);
    if (!STOPWORDS.has(term)) terms.push(term);
  }
  return terms;
}

/** A growable Int32Array. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** A fixed-size min-heap of (score, doc) keeping the `capacity` best; ties favour the smaller doc. */
class TopHeap {
  readonly capacity: number;
  readonly scores: Float64Array;
  readonly docs: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.scores = new Float64Array(capacity);
    this.docs = new Int32Array(capacity);
  }
  /** Whether (s1, d1) ranks below (s2, d2). */
  private worse(s1: number, d1: number, s2: number, d2: number) {
    return s1 < s2 || (s1 === s2 && d1 > d2);
  }
  offer(score: number, doc: number) {
    const { scores, docs } = this;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, doc, scores[parent]!, docs[parent]!)) break;
        scores[i] = scores[parent]!;
        docs[i] = docs[parent]!;
        i = parent;
      }
      scores[i] = score;
      docs[i] = doc;
      return;
    }
    if (this.capacity === 0 || !this.worse(scores[0]!, docs[0]!, score, doc)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (right < this.size && this.worse(scores[right]!, docs[right]!, scores[left]!, docs[left]!)) child = right;
      if (!this.worse(scores[child]!, docs[child]!, score, doc)) break;
      scores[i] = scores[child]!;
      docs[i] = docs[child]!;
      i = child;
    }
    scores[i] = score;
    docs[i] = doc;
  }
}

/**
 * The k most similar documents of every document, best first (see the module comment for
 * the scoring, the candidate index and the fallback). Throws on duplicate ids.
 */
export function relatedPapers(
  docs: readonly RelatedDoc[],
  k = 6,
  {
    topTerms = 16,
    maxDfRatio = 0.05,
    minMaxDf = 100,
    shortlist = Math.max(10 * k, 60),
    fallbackPool = Math.max(50 * k, 1000),
  }: RelatedOptions = {},
): Map<string, RelatedPaper[]> {
  // Work in id order, so "ties by id" is "ties by index" and input order cannot matter.
  const order = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < order.length; i++) {
    if (order[i]!.id === order[i - 1]!.id) throw new Error(`related papers: duplicate id "${order[i]!.id}"`);
  }
  const n = order.length;

  // 1. Term counts per document, with provisional term numbers.
  const vocabulary = new Map<string, number>();
  const docStart = new Int32Array(n + 1);
  const rawTerms = new IntBuffer();
  const rawCounts = new IntBuffer();
  const counts = new Map<number, number>();
  for (let d = 0; d < n; d++) {
    counts.clear();
    for (const term of tokenize(order[d]!.text)) {
      let t = vocabulary.get(term);
      if (t === undefined) vocabulary.set(term, (t = vocabulary.size));
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const [t, c] of counts) {
      rawTerms.push(t);
      rawCounts.push(c);
    }
    docStart[d + 1] = rawTerms.length;
  }

  // 2. Final term numbers in alphabetical order (input-order independent), document frequencies.
  const words = [...vocabulary.keys()];
  const sortedWords = [...words].sort();
  const rank = new Map(sortedWords.map((word, i) => [word, i]));
  const remap = Int32Array.from(words, (word) => rank.get(word)!);
  const v = words.length;
  const entries = rawTerms.length;
  const terms = new Int32Array(entries);
  const weights = new Float64Array(entries);
  const df = new Int32Array(v);
  for (let e = 0; e < entries; e++) df[(terms[e] = remap[rawTerms.data[e]!]!)]!++;

  // 3. Unit-length tf-idf vectors, terms sorted within each document.
  for (let d = 0; d < n; d++) {
    const start = docStart[d]!;
    const end = docStart[d + 1]!;
    // Sort (term, count) pairs packed into one exact float: term · 2²⁰ + count.
    const packed = new Float64Array(end - start);
    for (let e = start; e < end; e++) packed[e - start] = terms[e]! * 1048576 + Math.min(rawCounts.data[e]!, 1048575);
    packed.sort();
    let norm = 0;
    for (let i = 0; i < packed.length; i++) {
      const t = Math.floor(packed[i]! / 1048576);
      const w = (1 + Math.log(packed[i]! - t * 1048576)) * (Math.log((1 + n) / (1 + df[t]!)) + 1);
      terms[start + i] = t;
      weights[start + i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (let e = start; e < end; e++) weights[e]! /= norm;
  }

  // 4. Each document's top terms, and the inverted index over them.
  const maxDf = Math.max(Math.floor(maxDfRatio * n), minMaxDf);
  const topStart = new Int32Array(n + 1);
  const topTermsFlat = new IntBuffer();
  for (let d = 0; d < n; d++) {
    const eligible: number[] = [];
    for (let e = docStart[d]!; e < docStart[d + 1]!; e++) {
      const f = df[terms[e]!]!;
      if (f >= 2 && f <= maxDf) eligible.push(e);
    }
    eligible.sort((a, b) => weights[b]! - weights[a]! || terms[a]! - terms[b]!);
    for (const e of eligible.slice(0, topTerms)) topTermsFlat.push(e);
    topStart[d + 1] = topTermsFlat.length;
  }
  const postingStart = new Int32Array(v + 1);
  for (let i = 0; i < topTermsFlat.length; i++) postingStart[terms[topTermsFlat.data[i]!]! + 1]!++;
  for (let t = 0; t < v; t++) postingStart[t + 1]! += postingStart[t]!;
  const postingDoc = new Int32Array(topTermsFlat.length);
  const postingWeight = new Float64Array(topTermsFlat.length);
  const fill = postingStart.slice(0, v);
  for (let d = 0; d < n; d++) {
    for (let i = topStart[d]!; i < topStart[d + 1]!; i++) {
      const e = topTermsFlat.data[i]!;
      const slot = fill[terms[e]!]!++;
      postingDoc[slot] = d;
      postingWeight[slot] = weights[e]!;
    }
  }

  // The full inverted index, built only if some document needs fallback tier 2.
  let fullStart: Int32Array | undefined;
  let fullDoc: Int32Array | undefined;
  const fullIndex = () => {
    if (!fullStart) {
      fullStart = new Int32Array(v + 1);
      for (let e = 0; e < entries; e++) fullStart[terms[e]! + 1]!++;
      for (let t = 0; t < v; t++) fullStart[t + 1]! += fullStart[t]!;
      fullDoc = new Int32Array(entries);
      const next = fullStart.slice(0, v);
      for (let d = 0; d < n; d++) for (let e = docStart[d]!; e < docStart[d + 1]!; e++) fullDoc[next[terms[e]!]!++] = d;
    }
    return { fullStart, fullDoc: fullDoc! };
  };

  // 5. Per document: approximate scores along shared postings → shortlist → exact cosine.
  const accumulator = new Float64Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const dense = new Float64Array(v);
  const result = new Map<string, RelatedPaper[]>();
  const byId = new Map<string, RelatedPaper[]>();
  const want = Math.min(k, n - 1);

  const exact = (c: number) => {
    let dot = 0;
    for (let e = docStart[c]!; e < docStart[c + 1]!; e++) dot += dense[terms[e]!]! * weights[e]!;
    return dot;
  };

  for (let d = 0; d < n; d++) {
    const touched: number[] = [];
    for (let i = topStart[d]!; i < topStart[d + 1]!; i++) {
      const e = topTermsFlat.data[i]!;
      const t = terms[e]!;
      const w = weights[e]!;
      for (let p = postingStart[t]!; p < postingStart[t + 1]!; p++) {
        const c = postingDoc[p]!;
        if (c === d) continue;
        if (seenBy[c] !== d) {
          seenBy[c] = d;
          accumulator[c] = 0;
          touched.push(c);
        }
        accumulator[c]! += w * postingWeight[p]!;
      }
    }
    const heap = new TopHeap(Math.min(Math.max(shortlist, want), n));
    for (const c of touched) heap.offer(accumulator[c]!, c);
    const candidates = Array.from(heap.docs.subarray(0, heap.size));

    for (let e = docStart[d]!; e < docStart[d + 1]!; e++) dense[terms[e]!] = weights[e]!;
    if (candidates.length < want) {
      // Tier 2: any shared term, rarest first.
      const { fullStart: starts, fullDoc: postings } = fullIndex();
      const own: number[] = [];
      for (let e = docStart[d]!; e < docStart[d + 1]!; e++) own.push(terms[e]!);
      own.sort((a, b) => df[a]! - df[b]! || a - b);
      for (const c of candidates) seenBy[c] = n + d; // mark as already a candidate
      scan: for (const t of own) {
        for (let p = starts[t]!; p < starts[t + 1]!; p++) {
          const c = postings[p]!;
          if (c === d || seenBy[c] === n + d) continue;
          seenBy[c] = n + d;
          candidates.push(c);
          if (candidates.length >= fallbackPool) break scan;
        }
      }
    }
    const scored = candidates.map((c) => ({ c, score: exact(c) })).filter(({ score }) => score > 0);
    for (let e = docStart[d]!; e < docStart[d + 1]!; e++) dense[terms[e]!] = 0;
    scored.sort((a, b) => b.score - a.score || a.c - b.c);
    const picked = scored.slice(0, want).map(({ c, score }) => ({ id: order[c]!.id, score }));
    // Tier 3: fill in id order.
    if (picked.length < want) {
      const taken = new Set(picked.map((r) => r.id));
      for (let c = 0; c < n && picked.length < want; c++) {
        if (c !== d && !taken.has(order[c]!.id)) picked.push({ id: order[c]!.id, score: 0 });
      }
    }
    byId.set(order[d]!.id, picked);
  }
  for (const { id } of docs) result.set(id, byId.get(id)!);
  return result;
}

/** For each paper, in the order given, the short ids of its most similar papers, best first. */
export function relatedIds(papers: readonly Pick<Paper, 'shortId' | 'title' | 'abstract'>[]): string[][] {
  const related = relatedPapers(papers.map(({ shortId, title, abstract }) => ({ id: shortId, text: relatedText(title, abstract) })));
  return papers.map(({ shortId }) => (related.get(shortId) ?? []).map((paper) => paper.id));
}
