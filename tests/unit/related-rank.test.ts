import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paperFeatures, textFeatures } from '../../src/lib/related/features.ts';
import { corpusStopList, rankRelated, type RankedDoc } from '../../src/lib/related/rank.ts';
import { MIN_RELATED_SCORE, RELATED_COUNT, relatedWithTerms, surfaceForm } from '../../src/lib/related/related-lists.ts';
import { runAnalysisTask } from '../../src/build/analysis.ts';
import { analysedText } from '../../src/lib/survey.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

const doc = (id: string, title: string, abstract: string, topics: string[] = []): RankedDoc => ({ id, title, abstract, topics });

describe('textFeatures', () => {
  it('counts terms and the bigrams of adjacent terms within a phrase', () => {
    expect([...textFeatures('Low-rank adaptation of LLMs. Rank matters')]).toEqual([
      ['low', 1],
      ['rank', 2],
      ['low rank', 1],
      ['adaptation', 1],
      ['rank adaptation', 1],
      ['llm', 1],
      ['adaptation llm', 1],
      ['matter', 1],
      ['rank matter', 1],
    ]);
  });

  it('never joins across a sentence or bracket', () => {
    expect(textFeatures('sparse experts (routing) gates').has('expert routing')).toBe(false);
    expect(textFeatures('sparse experts. Routing gates').has('expert routing')).toBe(false);
  });

  it('counts the title three times', () => {
    expect(paperFeatures('Sparse Experts', 'Experts route tokens.').get('expert')).toBe(4);
  });
});

// Pairs that share a method, plus noise papers that share only a surface word with them.
const CORPUS: RankedDoc[] = [
  doc('lora-a', 'Low-Rank Adaptation of Language Models', 'We freeze weights and train low-rank adapter matrices; low-rank adaptation cuts trainable parameters.', ['lora']),
  doc('lora-b', 'Rank Allocation for Low-Rank Adapters', 'Adapters with low-rank updates; we allocate the rank of each adapter matrix by importance during adaptation.', ['lora']),
  doc('moe-a', 'Sparse Mixture of Experts Routing', 'A router sends each token to a few experts; the mixture of experts layer scales capacity with sparse routing.', ['moe']),
  doc('moe-b', 'Load Balancing for Expert Routing', 'Experts in a sparse mixture receive unbalanced tokens; a balancing loss for the router of the mixture of experts.', ['moe']),
  doc('rank-noise', 'Learning to Rank Search Results', 'Ranking documents for a search engine with pairwise losses; rank metrics such as NDCG.', ['retrieval']),
  doc('expert-noise', 'Expert Systems for Medical Diagnosis', 'Rule-based expert knowledge for diagnosis by physicians; an expert panel reviews the rules.', ['medicine']),
];

describe('rankRelated', () => {
  const ranked = rankRelated(CORPUS, 3);

  it('puts the paper of the same method first, not the one sharing a surface word', () => {
    expect(ranked.get('lora-a')![0]!.id).toBe('lora-b');
    expect(ranked.get('moe-a')![0]!.id).toBe('moe-b');
    expect(ranked.get('lora-a')!.findIndex((r) => r.id === 'rank-noise')).not.toBe(0);
  });

  it('explains a match by shared phrases and topics, a phrase before its words', () => {
    const match = ranked.get('lora-a')![0]!;
    expect(match.topics).toEqual(['lora']);
    expect(match.terms).toContain('low rank');
    expect(match.terms).not.toContain('low');
    expect(match.terms.length).toBeLessThanOrEqual(3);
  });

  it('never matches papers by one shared word: the phrases of it count with it, and the rest must carry as much', () => {
    // lora-b and rank-noise share "rank" and nothing else; expert-noise shares "expert" with the MoE papers.
    for (const [from, noise] of [['lora-b', 'rank-noise'], ['moe-a', 'expert-noise'], ['moe-b', 'expert-noise']] as const) {
      const filler = ranked.get(from)!.find((r) => r.id === noise);
      expect(filler === undefined || (filler.score === 0 && filler.terms.length === 0)).toBe(true);
    }
    const match = ranked.get('moe-a')!.find((r) => r.id === 'moe-b')!;
    expect(match.evidence.lexical).toBeGreaterThan(0);
    expect(match.score).toBeCloseTo(0.6 * match.evidence.lexical + 0.4 * match.evidence.latent + match.evidence.topical);
  });

  it('lists no paper with less lexical evidence than minLexical, whatever its topics', () => {
    const strict = rankRelated(CORPUS, 3, { minLexical: 0.99 });
    for (const { id } of CORPUS) expect(strict.get(id)!.every((r) => r.score === 0 && r.evidence.lexical === 0)).toBe(true);
    expect(ranked.get('lora-a')![0]!.score).toBeGreaterThan(0);
  });

  it('lowers a candidate whose topics are disjoint, raises one that shares them', () => {
    const prior = rankRelated(CORPUS, 3, { lsaRank: 0, lshTables: 0 });
    const flat = rankRelated(CORPUS, 3, { lsaRank: 0, lshTables: 0, sharedTopicBonus: 0, disjointTopicPenalty: 0 });
    const score = (m: Map<string, { id: string; score: number }[]>, from: string, to: string) => m.get(from)!.find((r) => r.id === to)?.score ?? 0;
    expect(score(prior, 'lora-a', 'lora-b')).toBeGreaterThan(score(flat, 'lora-a', 'lora-b'));
    expect(score(prior, 'lora-b', 'rank-noise')).toBeLessThan(score(flat, 'lora-b', 'rank-noise') || 1);
  });

  it('is deterministic, independent of input order, never lists a paper itself, and refuses duplicate ids', () => {
    const reversed = rankRelated([...CORPUS].reverse(), 3);
    for (const { id } of CORPUS) {
      expect(reversed.get(id)).toEqual(ranked.get(id));
      expect(ranked.get(id)!.map((r) => r.id)).not.toContain(id);
    }
    expect(() => rankRelated([CORPUS[0]!, CORPUS[0]!])).toThrow(/duplicate id/);
    expect(rankRelated([]).size).toBe(0);
  });
});

describe('surfaceForm', () => {
  it('shows a folded term as the paper writes it', () => {
    expect(surfaceForm('mixture expert', 'Sparse Mixture-of-Experts layers route tokens')).toBe('Mixture-of-Experts');
    expect(surfaceForm('lora', 'We extend LoRA to tensors.')).toBe('LoRA');
    expect(surfaceForm('study', 'Two case studies follow.')).toBe('studies');
    expect(surfaceForm('approache', 'Prior approaches fail.')).toBe('approaches');
    expect(surfaceForm('low rank', 'no such words')).toBe('low rank');
  });
});

describe('related papers of the shipped seeds', () => {
  const papers = shippedSurvey().papers;
  const texts = papers.map(analysedText);
  const topics = runAnalysisTask({ task: 'topics', papers: texts, topics: loadTopicDefinitions(fileURLToPath(new URL('../../content/topics', import.meta.url))) });
  const lists = relatedWithTerms(papers.map((p, i) => ({ shortId: p.shortId, ...texts[i]!, topics: topics[i]!.ids })));

  it('list at most six papers, each with the words it shares; most papers have some, a few none rather than weak ones', () => {
    expect(lists.ids).toHaveLength(SHIPPED_PAPER_COUNT);
    lists.ids.forEach((ids, i) => {
      expect(ids.length).toBeLessThanOrEqual(RELATED_COUNT);
      expect(ids).not.toContain(papers[i]!.shortId);
      expect(lists.terms[i]).toHaveLength(ids.length);
    });
    // MIN_RELATED_SCORE leaves a page with fewer papers, or none, rather than unrelated ones.
    const share = (least: number) => lists.ids.filter((ids) => ids.length >= least).length / papers.length;
    expect(share(1)).toBeGreaterThan(0.9);
    expect(share(3)).toBeGreaterThan(0.6);
    expect(share(RELATED_COUNT)).toBeLessThan(0.75);
    expect(lists.terms.flat().every((terms) => terms.length > 0)).toBe(true);
  });

  it('mostly stay as they were when a paper is added: the latent space and its buckets do not move for it (issue 20)', () => {
    // Every paper page's cache key covers its related list: a list that moves re-renders its page.
    // One new paper used to re-order about 70% of them (the random projection and LSH planes were
    // drawn by position, so one new word redrew them all); only near-ties and the new paper's
    // neighbours should move.
    const docs = papers.map((p, i) => ({ shortId: p.shortId, ...texts[i]!, topics: topics[i]!.ids }));
    const added = {
      shortId: 'm4dd3d', // sorts among the others: rows after it move down one
      title: 'Adaptive Low-Rank Experts for Continual Fine-Tuning of Efficient Transformers',
      abstract:
        'Parameter-efficient fine-tuning with low-rank adapters lets a large pretrained transformer learn new tasks cheaply, but a single adapter forgets earlier tasks when trained in sequence. We propose adaptive low-rank experts: a mixture of LoRA modules with a learned router that grows a new expert for each new task and freezes the old ones.',
      topics: ['lora', 'moe', 'continual-learning'],
    };
    const after = relatedWithTerms([...docs, added]);
    const moved = docs.filter((_, i) => JSON.stringify([after.ids[i], after.terms[i]]) !== JSON.stringify([lists.ids[i], lists.terms[i]]));
    const listing = docs.filter((_, i) => after.ids[i]!.includes('m4dd3d'));
    expect(listing.length).toBeGreaterThan(0); // a real addition, which some papers list
    expect(moved.length / docs.length).toBeLessThan(0.2);
  });

  it('never explain a match by a word of the corpus stop list', () => {
    const stop = new Set(corpusStopList(texts));
    expect(stop.has('model')).toBe(true); // the corpus says "model" everywhere
    expect(lists.terms.flat(2).filter((term) => stop.has(term))).toEqual([]);
    expect(MIN_RELATED_SCORE).toBeGreaterThan(0);
  });
});
