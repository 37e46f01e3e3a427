import { describe, expect, it } from 'vitest';
import { namesTitle } from '../../src/lib/search/title-match.ts';

describe('namesTitle', () => {
  it('knows a title typed whole, in another spelling, case or punctuation', () => {
    expect(namesTitle('layer normalisation', 'Layer Normalization')).toBe(true);
    expect(namesTitle('Layer-Normalization.', 'Layer Normalization')).toBe(true);
    expect(namesTitle('model soups averaging weights of multiple fine tuned models improves accuracy without increasing inference time', 'Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time')).toBe(true);
  });

  it('knows the name before the colon or dash, and the subtitle after it', () => {
    const mamba = 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces';
    expect(namesTitle('Mamba', mamba)).toBe(true);
    expect(namesTitle('linear time sequence modeling with selective state spaces', mamba)).toBe(true);
    expect(namesTitle('FitNets', 'FitNets: Hints for Thin Deep Nets')).toBe(true);
    expect(namesTitle('GaLore', 'GaLore – Memory-Efficient LLM Training by Gradient Low-Rank Projection')).toBe(true);
    expect(namesTitle('memory efficient llm training by gradient low rank projection', 'GaLore - Memory-Efficient LLM Training by Gradient Low-Rank Projection')).toBe(true);
    expect(namesTitle('model soups', 'Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time')).toBe(true);
  });

  it('does not take part of a title, or a title holding the query, for the title', () => {
    expect(namesTitle('state spaces', 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces')).toBe(false);
    expect(namesTitle('normalization', 'Layer Normalization')).toBe(false);
    expect(namesTitle('layer normalization', 'Peri-LN: Revisiting Layer Normalization in the Transformer Architecture')).toBe(false);
    expect(namesTitle('LoRA', 'LoRA-drop: Efficient LoRA Parameter Pruning based on Output Evaluation')).toBe(false);
    expect(namesTitle('', 'Layer Normalization')).toBe(false);
    expect(namesTitle('?', 'Layer Normalization')).toBe(false);
  });
});
