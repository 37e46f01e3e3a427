import { describe, expect, it } from 'vitest';
import { reasonWords } from '../../src/lib/topics/reasons.ts';
import { compileTopics } from '../../src/lib/topics/compile.ts';
import { classifyPaper } from '../../src/lib/topics/score.ts';

const m = (match: string, where: 'title' | 'abstract', weight = 1) => ({ pattern: 'p', in: where, weight, match });

describe('reasonWords', () => {
  it('gives each matched phrase once, title matches first, leaving penalties out', () => {
    expect(reasonWords([m('low-rank adaptation', 'abstract'), m('LoRA', 'title', 3), m('lora', 'abstract'), m('compared with LoRA', 'abstract', -2), m('adapter', 'abstract')])).toEqual(['LoRA', 'low-rank adaptation', 'adapter']);
  });

  it('keeps at most four, and collapses whitespace inside a match', () => {
    expect(reasonWords(['a', 'b', 'c', 'd', 'e'].map((w) => m(w, 'abstract')))).toEqual(['a', 'b', 'c', 'd']);
    expect(reasonWords([m('mixture  of\nexperts', 'abstract')])).toEqual(['mixture of experts']);
  });

  it('explains a real classification in the paper’s own words', () => {
    const topics = compileTopics([
      { id: 'moe', title: 'MoE', description: 'd', aliases: [], rules: { threshold: 3, include: [{ pattern: 'mixture[- ]of[- ]experts', weight: 3, in: 'any' }, { pattern: '\\brout(?:er|ing)\\b', weight: 1, in: 'abstract', max: 2 }] } },
    ]);
    const [assignment] = classifyPaper({ title: 'Sparse Mixture-of-Experts at Scale', abstract: 'A learned router sends tokens; routing is balanced.' }, topics);
    expect(reasonWords(assignment!.matches)).toEqual(['Mixture-of-Experts', 'router', 'routing']);
  });
});
