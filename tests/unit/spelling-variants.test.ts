import { describe, expect, it } from 'vitest';
import { americanSpelling, spellingVariants } from '../../src/lib/search/spelling-variants.ts';

describe('americanSpelling', () => {
  it('maps British spellings to American ones', () => {
    const pairs: [string, string][] = [
      ['quantisation', 'quantization'],
      ['optimise', 'optimize'],
      ['optimised', 'optimized'],
      ['optimiser', 'optimizer'],
      ['generalisation', 'generalization'],
      ['normalisation', 'normalization'],
      ['regularising', 'regularizing'],
      ['modelling', 'modeling'],
      ['labelled', 'labeled'],
      ['behaviour', 'behavior'],
      ['neighbourhood', 'neighborhood'],
      ['analyse', 'analyze'],
      ['centre', 'center'],
      ['catalogue', 'catalog'],
    ];
    for (const [british, american] of pairs) expect(americanSpelling(british), british).toBe(american);
  });

  it('leaves American spellings, other words and words spelled "-ise" everywhere alone', () => {
    for (const word of ['quantization', 'optimize', 'modeling', 'model', 'analysis', 'noise', 'denoising', 'supervised', 'unsupervised', 'precise', 'promise', 'exercise', 'four', 'your', 'called', 'this', 'rise'])
      expect(americanSpelling(word), word).toBe(word);
  });
});

describe('spellingVariants', () => {
  it('lists the American forms of the British words of a text, once each, in order', () => {
    expect(spellingVariants('Optimisation of colour models: optimisation, quantisation and modelling')).toEqual(['optimization', 'color', 'quantization', 'modeling']);
    expect(spellingVariants('Quantization of models')).toEqual([]);
  });
});
