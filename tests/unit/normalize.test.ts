import { describe, expect, it } from 'vitest';
import { normalizeText, titleKey } from '../../src/lib/seeds/normalize.ts';

describe('normalizeText', () => {
  it('strips a BOM and zero-width characters', () => {
    expect(normalizeText('\uFEFFMix\u200Bture\u200C of\u200D Experts\u2060')).toBe('Mixture of Experts');
  });

  it('turns NBSP into a space and collapses whitespace runs', () => {
    expect(normalizeText('Low-Rank\u00A0Adaptation \t  of\u202FLLMs')).toBe('Low-Rank Adaptation of LLMs');
  });

  it('trims and composes to NFC', () => {
    const decomposed = 'Poincare\u0301 ResNet ';
    expect(normalizeText(decomposed)).toBe('Poincaré ResNet');
    expect(normalizeText(decomposed)).toHaveLength('Poincaré ResNet'.length);
  });
});

describe('titleKey', () => {
  it('is equal for titles that differ only in case, spacing or invisible characters', () => {
    expect(titleKey('Mamba:  Linear-Time Sequence Modeling')).toBe(titleKey('MAMBA: linear-time\u00A0sequence modeling\u200B'));
  });

  it('keeps punctuation, so differently punctuated titles stay different papers', () => {
    expect(titleKey('LoRA: Adaptation')).not.toBe(titleKey('LoRA Adaptation'));
  });
});
