import { describe, expect, it } from 'vitest';
import { definedAcronyms, expandAcronyms } from '../../src/lib/text/acronyms.ts';
import { gistOf } from '../../src/lib/text/gist.ts';

describe('definedAcronyms', () => {
  it('finds the shortest long form whose letters spell the acronym (sentences of the shipped abstracts)', () => {
    const defined = definedAcronyms(
      'Recent work showed that using weight matching (WM) finds permutations that satisfy linear mode connectivity (LMC) between two independently trained models. ' +
        'Parameter-efficient transfer learning (PETL) has emerged as a flourishing research field; memory-efficient series (METL) avoid backpropagating gradients. ' +
        'Recent advances in Large Language Models (LLMs) and Post-training quantization (PTQ) …',
    );
    expect(defined.get('WM')).toBe('weight matching');
    expect(defined.get('LMC')).toBe('linear mode connectivity');
    expect(defined.get('PETL')).toBe('Parameter-efficient transfer learning');
    expect(defined.get('LLMs')).toBe('Large Language Models');
    expect(defined.get('PTQ')).toBe('Post-training quantization');
    // "memory-efficient series" does not spell METL: no definition rather than a wrong one.
    expect(defined.has('METL')).toBe(false);
  });

  it('ignores parentheses that are no acronym, and keeps the first definition', () => {
    const defined = definedAcronyms('Results improve (see Table 2) over vision transformers (ViTs) and (a) the baseline; Vision Transformers (ViTs) again.');
    expect([...defined.keys()]).toEqual(['ViTs']);
    expect(defined.get('ViTs')).toBe('vision transformers');
  });
});

describe('expandAcronyms', () => {
  const defined = new Map([
    ['LMC', 'linear mode connectivity'],
    ['WM', 'weight matching'],
    ['PTQ', 'Post-training quantization'],
    ['KAN', 'Kolmogorov-Arnold Network'],
  ]);

  it('writes out the first use, in lower case when only a sentence start capitalised it', () => {
    expect(expandAcronyms('Provides a theoretical analysis of LMC using WM.', defined, '', 200)).toBe(
      'Provides a theoretical analysis of linear mode connectivity (LMC) using weight matching (WM).',
    );
    expect(expandAcronyms('Proposes an innovative PTQ algorithm termed COMQ.', defined, '', 200)).toBe(
      'Proposes an innovative post-training quantization (PTQ) algorithm termed COMQ.',
    );
  });

  it('leaves an acronym the title or the gist defines, one in a hyphenated word or before a parenthesis, and a gist that would grow too long', () => {
    expect(expandAcronyms('Analyses LMC.', defined, 'On LMC and Permutations', 200)).toBe('Analyses LMC.');
    expect(expandAcronyms('Analyses linear mode connectivity (LMC) under WM-based alignment.', defined, '', 200)).toBe(
      'Analyses linear mode connectivity (LMC) under WM-based alignment.',
    );
    expect(expandAcronyms('Proposes an activation space Selectable KAN (S-KAN) for each KAN node.', defined, '', 200)).toBe(
      'Proposes an activation space Selectable KAN (S-KAN) for each KAN node.',
    );
    expect(expandAcronyms('Provides a theoretical analysis of LMC.', defined, '', 50)).toBe('Provides a theoretical analysis of LMC.');
  });
});

describe('gists with the acronyms their abstract defines', () => {
  it('writes out "LMC" and "WM" within the default 280 characters; at 200 only "WM" fits (the shipped abstract of the weight-matching analysis)', () => {
    const abstract =
      'Recently, Ainsworth et al. showed that using weight matching (WM) to minimize the L₂ distance in a permutation search of model parameters effectively identifies permutations that satisfy linear mode connectivity (LMC), in which the loss along a linear path between two independently trained models with different seeds remains nearly constant. ' +
      'This paper provides a theoretical analysis of LMC using WM, which is crucial for understanding stochastic gradient descent\'s effectiveness and its application in areas like model merging.';
    const title = 'Analysis of Linear Mode Connectivity via Permutation-Based Weight Matching';
    expect(gistOf(abstract, { title })).toBe(
      'Provides a theoretical analysis of linear mode connectivity (LMC) using weight matching (WM), which is crucial for understanding stochastic gradient descent\'s effectiveness and its application in areas like model merging.',
    );
    expect(gistOf(abstract, { title, maxLength: 200 })).toBe(
      'Provides a theoretical analysis of LMC using weight matching (WM), which is crucial for understanding stochastic gradient descent\'s effectiveness and its application in areas like model merging.',
    );
  });
});
