import { describe, expect, it } from 'vitest';
import { inReadingOrder, isSurveyTitle, leadingTopics, readingRole } from '../../src/lib/topics/reading-order.ts';

const paper = (slug: string, title: string, year: number | null) => ({ slug, title, year });

describe('isSurveyTitle', () => {
  it('knows surveys, reviews, overviews, tutorials and primers by their titles', () => {
    for (const title of ['A Survey on Mixture of Experts', 'Mamba-360: Survey of State Space Models', 'A Review of Sparse Expert Models in Deep Learning', 'Continual Learning: An Overview', 'A Tutorial on LoRA', 'A Primer on Neural Network Models']) {
      expect(isSurveyTitle(title), title).toBe(true);
    }
  });

  it('does not take a method, a revisit or peer review for a survey', () => {
    for (const title of ['LoRA: Low-Rank Adaptation of Large Language Models', 'Revisiting LARS for Large Batch Training', 'Automated Peer Review with Large Language Models', 'Surveillance Video Compression']) {
      expect(isSurveyTitle(title), title).toBe(false);
    }
    expect(isSurveyTitle('Peer Review Automation: A Survey')).toBe(true);
  });
});

describe('inReadingOrder', () => {
  const papers = [
    paper('old-method', 'Zeta Method', 2019),
    paper('no-year', 'Alpha Without Year', null),
    paper('new-b', 'Beta Method', 2024),
    paper('survey-old', 'A Survey of Things', 2020),
    paper('new-a', 'Alpha Method', 2024),
    paper('key', 'The Key Idea', 2017),
    paper('survey-new', 'Things: An Overview', 2023),
  ];

  it('lists surveys, then foundational papers, then the rest; newest first within each, papers without a year last, then by title', () => {
    const ordered = inReadingOrder(papers, (p) => p, new Set(['key']));
    expect(ordered.map((p) => p.slug)).toEqual(['survey-new', 'survey-old', 'key', 'new-a', 'new-b', 'old-method', 'no-year']);
  });

  it('gives the same order whatever order the papers come in (a paginated list agrees on every page)', () => {
    const reversed = inReadingOrder([...papers].reverse(), (p) => p, new Set(['key']));
    expect(reversed).toEqual(inReadingOrder(papers, (p) => p, new Set(['key'])));
  });

  it('breaks a tie of year and title by slug', () => {
    const twins = [paper('b', 'Same', 2020), paper('a', 'Same', 2020)];
    expect(inReadingOrder(twins, (p) => p).map((p) => p.slug)).toEqual(['a', 'b']);
  });

  it('names the role that put a paper first', () => {
    expect(readingRole(paper('x', 'A Survey of X', 2020), new Set())).toBe('survey');
    expect(readingRole(paper('key', 'The Key Idea', 2017), new Set(['key']))).toBe('foundational');
    expect(readingRole(paper('y', 'Y', 2020), new Set(['key']))).toBeUndefined();
  });
});

describe('leadingTopics', () => {
  const foundational = new Map([['moe', new Set(['switch'])], ['peft', new Set<string>()]]);
  it('is every topic of a survey, and the topics naming a paper foundational', () => {
    expect(leadingTopics(paper('review', 'A Review of Sparse Expert Models', 2022), ['moe', 'peft'], foundational)).toEqual(['moe', 'peft']);
    expect(leadingTopics(paper('switch', 'Switch Transformers', 2021), ['moe', 'peft'], foundational)).toEqual(['moe']);
    expect(leadingTopics(paper('other', 'Sparse Upcycling', 2023), ['moe'], foundational)).toEqual([]);
  });
  it('only counts the topics the paper is in', () => {
    expect(leadingTopics(paper('switch', 'Switch Transformers', 2021), ['peft'], foundational)).toEqual([]);
  });
});
