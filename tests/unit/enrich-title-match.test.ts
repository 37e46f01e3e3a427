import { describe, expect, it } from 'vitest';
import type { ArxivEntry } from '../../src/lib/enrich/atom.ts';
import { matchKey, matchTitle } from '../../src/lib/enrich/title-match.ts';

const entry = (id: string, title: string): ArxivEntry => ({ id, title, summary: '', authors: [], year: null, month: null, primaryCategory: null, doi: null, journalRef: null });

describe('matchKey', () => {
  it.each([
    ['case', 'Low-Rank Adapters for Frozen Language Models', 'low-rank adapters for frozen language models'],
    ['whitespace and line wrapping', 'Sparse  Experts\n   at Scale', 'Sparse Experts at Scale'],
    ['punctuation', 'Mamba: Linear-Time Sequence Modeling', 'Mamba -- Linear Time Sequence Modeling.'],
    ['a hyphen against a closed compound', 'Pre-Training at Scale', 'Pretraining at Scale'],
    ['TeX accents against Unicode', 'Schr\\"odinger Bridges', 'Schrödinger Bridges'],
    ['accents against none', 'Schrödinger Bridges', 'Schrodinger Bridges'],
    ['TeX math against its Unicode', '$\\ell_1$-Regularized Regression in $O(n^2)$', 'ℓ1-Regularized Regression in O(n²)'],
    ['a TeX font command', '\\emph{Efficient} Transformers', 'Efficient Transformers'],
    ['compatibility characters (ligature, full width)', 'Eﬃcient ＧＰＵ Kernels', 'Efficient GPU Kernels'],
    ['NFC against NFD', 'Cafe\u0301 Models', 'Café Models'],
    ['quotes and dashes', '“Attention” Is All You Need — Again', '"Attention" Is All You Need - Again'],
  ])('ignores %s', (_, a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ['another number', 'GPT-3 Is a Few-Shot Learner', 'GPT-4 Is a Few-Shot Learner'],
    ['another exponent', 'Attention in O(n)', 'Attention in O(n²)'],
    ['a missing subtitle', 'Model Soups', 'Model Soups: Averaging Weights of Fine-Tuned Models'],
    ['an added word', 'Sparse Experts at Scale', 'Sparse Experts at Scale Revisited'],
    ['another word', 'Learning to Route', 'Learning to Rank'],
  ])('tells apart %s', (_, a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it('is letters and digits only, lower case', () => {
    expect(matchKey('Mamba: Linear-Time (v2)')).toBe('mambalineartimev2');
  });

  it('keeps the symbols of a title that has nothing else', () => {
    expect(matchKey('∀ ∃')).not.toBe(matchKey('→ ←'));
    expect(matchKey('∀ ∃')).not.toBe('');
  });
});

describe('matchTitle', () => {
  it('matches the entry with the same title, whatever else the answer holds', () => {
    const wanted = entry('2401.00001', 'Low-rank adapters for frozen\n language models');
    const result = matchTitle('Low-Rank Adapters for Frozen Language Models', [entry('2405.00009', 'Low-Rank Adapters for Frozen Language Models Are Secretly Ensembles'), wanted]);
    expect(result).toEqual({ status: 'matched', entry: wanted });
  });

  it('misses when no entry has the title, even if the phrase occurs in one', () => {
    expect(matchTitle('Model Soups', [entry('2203.05482', 'Model Soups: Averaging Weights of Multiple Fine-Tuned Models')])).toEqual({ status: 'missed' });
    expect(matchTitle('Model Soups', [])).toEqual({ status: 'missed' });
  });

  it('calls several ids with the same title ambiguous, and lists them', () => {
    const result = matchTitle('Continual Learning without Forgetting', [
      entry('1901.00003', 'Continual Learning without Forgetting'),
      entry('2105.00007', 'Something Else'),
      entry('2001.00004', 'Continual learning without forgetting'),
    ]);
    expect(result).toEqual({ status: 'ambiguous', ids: ['1901.00003', '2001.00004'] });
  });

  it('counts one id listed twice once', () => {
    const twice = entry('1901.00003', 'Continual Learning without Forgetting');
    expect(matchTitle('Continual Learning without Forgetting', [twice, { ...twice }])).toEqual({ status: 'matched', entry: twice });
  });
});
