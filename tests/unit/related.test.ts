import { describe, expect, it } from 'vitest';
import { TITLE_WEIGHT, relatedPapers, relatedText, tokenize, type RelatedDoc } from '../../src/lib/related/related.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

const doc = (id: string, text: string): RelatedDoc => ({ id, text });

// Three obvious clusters of two papers each, plus words every paper shares.
const CLUSTERS: RelatedDoc[] = [
  doc('ssm-a', relatedText('Selective State Space Models', 'Linear-time sequence modeling with selective state spaces and a hardware-aware recurrent scan.')),
  doc('ssm-b', relatedText('Structured State Spaces for Long Sequences', 'State space sequence models with structured matrices model very long sequences.')),
  doc('quant-a', relatedText('Post-Training Quantization of Transformers', 'Weight quantization to four bits with outlier channels kept in higher precision.')),
  doc('quant-b', relatedText('Outlier-Aware Weight Quantization', 'Quantization of weights and activations, handling outlier channels, for low-bit inference.')),
  doc('diff-a', relatedText('Denoising Diffusion Image Generation', 'A diffusion model generates images by iterative denoising of Gaussian noise.')),
  doc('diff-b', relatedText('Latent Diffusion for High-Resolution Images', 'Diffusion in a latent space makes high-resolution image generation cheaper; denoising steps.')),
  doc('misc-a', relatedText('Federated Learning Under Label Shift', 'Clients with different label distributions train one model together.')),
  doc('misc-b', relatedText('Curriculum Learning for Robot Control', 'Tasks ordered from easy to hard speed up reinforcement learning for robots.')),
];
const PARTNER: Record<string, string> = {
  'ssm-a': 'ssm-b',
  'ssm-b': 'ssm-a',
  'quant-a': 'quant-b',
  'quant-b': 'quant-a',
  'diff-a': 'diff-b',
  'diff-b': 'diff-a',
};

describe('tokenize', () => {
  it('lower-cases, folds accents, splits on punctuation and folds plurals', () => {
    expect(tokenize('Mixture-of-Experts Networks: Poincaré STUDIES, classes!')).toEqual([
      'mixture',
      'expert',
      'network',
      'poincare',
      'study',
      'class',
    ]);
  });

  it('drops tokens under three characters, numbers, stopwords and URLs', () => {
    expect(tokenize('We propose a new LLM with 175 billion parameters at https://github.com/org/repo and the GPT4 code')).toEqual([
      'llm',
      'billion',
      'parameter',
      'gpt4',
      'code',
    ]);
  });

  it('keeps words that only look plural', () => {
    expect(tokenize('focus analysis loss')).toEqual(['focus', 'analysis', 'loss']);
  });
});

describe('relatedText', () => {
  it(`weighs the title by writing it ${TITLE_WEIGHT} times before the abstract`, () => {
    expect(relatedText('Model Soups', 'Averaging weights.')).toBe('Model Soups\nModel Soups\nModel Soups\nAveraging weights.');
    expect(TITLE_WEIGHT).toBe(3);
  });
});

describe('relatedPapers', () => {
  it('puts the obvious neighbour first', () => {
    const related = relatedPapers(CLUSTERS, 3);
    for (const [id, partner] of Object.entries(PARTNER)) expect(related.get(id)![0]!.id).toBe(partner);
  });

  it('gives every paper k results, best first, never itself', () => {
    const related = relatedPapers(CLUSTERS, 6);
    expect([...related.keys()]).toEqual(CLUSTERS.map((d) => d.id));
    for (const [id, results] of related) {
      expect(results).toHaveLength(6);
      expect(results.map((r) => r.id)).not.toContain(id);
      expect(new Set(results.map((r) => r.id)).size).toBe(6);
      for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
      for (const { score } of results) expect(score >= 0 && score <= 1 + 1e-12).toBe(true);
    }
  });

  it('gives n - 1 results when the corpus has no more than k papers', () => {
    const related = relatedPapers(CLUSTERS.slice(0, 3), 6);
    for (const results of related.values()) expect(results).toHaveLength(2);
    expect(relatedPapers([doc('only', 'a lonely paper')], 6).get('only')).toEqual([]);
    expect(relatedPapers([], 6).size).toBe(0);
  });

  it('is deterministic and independent of input order', () => {
    const once = relatedPapers(CLUSTERS, 4);
    const reversed = relatedPapers([...CLUSTERS].reverse(), 4);
    expect(relatedPapers(CLUSTERS, 4)).toEqual(once);
    for (const { id } of CLUSTERS) expect(reversed.get(id)).toEqual(once.get(id));
  });

  it('breaks ties by id', () => {
    const twins = ['d', 'b', 'c', 'a'].map((id) => doc(id, 'sparse mixture experts routing'));
    const related = relatedPapers([...twins, doc('z', 'unrelated gardening tips')], 3);
    expect(related.get('a')!.map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(related.get('c')!.map((r) => r.id)).toEqual(['a', 'b', 'd']);
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    const related = relatedPapers([doc('a', 'kernel attention'), doc('b', 'kernel attention'), doc('c', 'gardening tips')], 2);
    expect(related.get('a')![0]).toEqual({ id: 'b', score: expect.closeTo(1, 10) });
    expect(related.get('a')![1]).toEqual({ id: 'c', score: 0 });
  });

  describe('fallback', () => {
    it('falls back to papers sharing any term, even one too common to index', () => {
      // "transformer" is in every paper, so with a 5% document-frequency cap it is never
      // indexed; "pruning" pairs the two pruning papers through the index.
      const docs = [
        doc('p1', 'transformer pruning'),
        doc('p2', 'transformer pruning heads'),
        doc('p3', 'transformer'),
        doc('p4', 'transformer tokenizer'),
      ];
      const related = relatedPapers(docs, 3, { maxDfRatio: 0.05, minMaxDf: 2 });
      const p3 = related.get('p3')!;
      expect(p3.map((r) => r.id).sort()).toEqual(['p1', 'p2', 'p4']);
      for (const { score } of p3) expect(score).toBeGreaterThan(0);
      expect(related.get('p1')![0]!.id).toBe('p2');
    });

    it('fills up with the remaining papers in id order, score 0, when nothing is shared', () => {
      const docs = [doc('c', 'kernel attention'), doc('a', 'kernel attention heads'), doc('e', 'gardening'), doc('b', ''), doc('d', '---')];
      const related = relatedPapers(docs, 3);
      expect(related.get('e')).toEqual([
        { id: 'a', score: 0 },
        { id: 'b', score: 0 },
        { id: 'c', score: 0 },
      ]);
      expect(related.get('c')!.map((r) => r.id)).toEqual(['a', 'b', 'd']);
      expect(related.get('c')![0]!.score).toBeGreaterThan(0);
      expect(related.get('c')![1]!.score).toBe(0);
    });
  });

  it('refuses duplicate ids', () => {
    expect(() => relatedPapers([doc('a', 'x'), doc('a', 'y')])).toThrow(/duplicate id "a"/);
  });

  it('scores the related papers of the shipped seeds with the documented tf-idf cosine', () => {
    const docs = shippedSurvey().papers.map((p) => doc(p.shortId, relatedText(p.title, p.abstract)));
    expect(docs).toHaveLength(SHIPPED_PAPER_COUNT);
    // The formula of the module comment, computed here with plain maps as an independent oracle.
    const bags = docs.map((d) => tokenize(d.text).reduce((bag, term) => bag.set(term, (bag.get(term) ?? 0) + 1), new Map<string, number>()));
    const df = new Map<string, number>();
    for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const vectors = new Map(
      bags.map((bag, i) => {
        const weights = [...bag].map(([term, tf]) => [term, (1 + Math.log(tf)) * (Math.log((1 + docs.length) / (1 + df.get(term)!)) + 1)] as const);
        const norm = Math.hypot(...weights.map(([, w]) => w));
        return [docs[i]!.id, new Map(weights.map(([term, w]) => [term, w / norm]))];
      }),
    );
    const cosine = (a: Map<string, number>, b: Map<string, number>) => [...a].reduce((dot, [term, w]) => dot + w * (b.get(term) ?? 0), 0);
    const wrong: string[] = [];
    for (const [id, results] of relatedPapers(docs)) {
      expect(results).toHaveLength(6);
      for (const r of results) {
        const expected = cosine(vectors.get(id)!, vectors.get(r.id)!);
        if (Math.abs(r.score - expected) > 1e-9) wrong.push(`${id}→${r.id}: ${r.score} ≠ ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds most of the exact nearest neighbours of the shipped seeds, without scanning all pairs', () => {
    const docs = shippedSurvey().papers.map((p) => doc(p.shortId, relatedText(p.title, p.abstract)));
    expect(docs).toHaveLength(SHIPPED_PAPER_COUNT);
    const fast = relatedPapers(docs);
    // Every term indexed and every candidate scored exactly: brute-force cosine.
    const exact = relatedPapers(docs, 6, { topTerms: Infinity, maxDfRatio: 1, shortlist: Infinity });
    let found = 0;
    for (const [id, results] of exact) {
      const ids = new Set(fast.get(id)!.map((r) => r.id));
      found += results.filter((r) => ids.has(r.id)).length;
      expect(fast.get(id)).toHaveLength(6);
    }
    expect(found / (docs.length * 6)).toBeGreaterThan(0.85);
  });
});
