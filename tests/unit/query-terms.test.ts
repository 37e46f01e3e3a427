import { describe, expect, it } from 'vitest';
import { correctedQuery, isTypedForm, queryTerms, searchSpelling } from '../../src/lib/search/query-terms.ts';
import { isQueryFiller } from '../../src/lib/search/stop-words.ts';

describe('searchSpelling', () => {
  it('puts every word in American spelling and keeps the rest as typed', () => {
    expect(searchSpelling('Optimisation of LLMs')).toBe('optimization of LLMs');
    expect(searchSpelling('post-training quantisation')).toBe('post-training quantization');
    expect(searchSpelling('"Albert Gu"')).toBe('"Albert Gu"');
  });
});

describe('queryTerms', () => {
  it('drops the filler of questions and function words, keeps each term once', () => {
    expect(queryTerms('Which methods cut memory when fine-tuning large models?')).toEqual(['methods', 'cut', 'memory', 'fine', 'tuning', 'large', 'models']);
    expect(queryTerms('how do I prune a transformer')).toEqual(['prune', 'transformer']);
    expect(queryTerms('lottery ticket lottery')).toEqual(['lottery', 'ticket']);
    expect(queryTerms('generalisation of the normalising flows')).toEqual(['generalization', 'normalizing', 'flows']);
  });
  it('keeps every word when all are filler', () => {
    expect(queryTerms('how to')).toEqual(['how', 'to']);
    expect(isQueryFiller('which')).toBe(true);
    expect(isQueryFiller('memory')).toBe(false);
  });
});

describe('isTypedForm', () => {
  it('accepts a page word that starts with the term, or that the term extends by a plural or so', () => {
    expect(isTypedForm('Distillation,', 'distil')).toBe(true);
    expect(isTypedForm('transformers', 'transfor')).toBe(true);
    expect(isTypedForm('model', 'models')).toBe(true);
    expect(isTypedForm('Quantisation', 'quantization')).toBe(true);
  });
  it("rejects Pagefind's fallback to a shorter word and misspellings folded by the stemmer", () => {
    expect(isTypedForm('x', 'xyzzy')).toBe(false);
    expect(isTypedForm('(X,', 'xyzzy')).toBe(false);
    expect(isTypedForm('distillation', 'distilation')).toBe(false);
    expect(isTypedForm('ma', 'mamaba')).toBe(false);
  });
});

describe('correctedQuery', () => {
  it('puts the corrections in, word by word', () => {
    expect(correctedQuery('Knowledge distilation', new Map([['distilation', 'distillation']]))).toBe('knowledge distillation');
    expect(correctedQuery('lottery tiket hypothesis', new Map([['tiket', 'ticket']]))).toBe('lottery ticket hypothesis');
  });
});
