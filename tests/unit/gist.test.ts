import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/mangled-abstracts.json' with { type: 'json' };
import { gistOf, splitSentences } from '../../src/lib/text/gist.ts';
import { repairAbstract } from '../../src/lib/repair/repair-abstract.ts';

describe('splitSentences', () => {
  it('splits on sentence punctuation followed by a capital, digit or bracket', () => {
    expect(splitSentences('Diagrams matter. Unfortunately, nobody agrees! Why? (See below.) 3 cases.')).toEqual([
      'Diagrams matter.',
      'Unfortunately, nobody agrees!',
      'Why?',
      '(See below.)',
      '3 cases.',
    ]);
  });

  it('does not split on abbreviations, initials-like dotted words or decimals', () => {
    const text =
      'Several works, e.g. LoRA, i.e. Hu et al. (2021), reach 34.4 points vs. 30.1 in Fig. 2 and Eq. 3 w.r.t. the U.S. Army baseline. A second sentence.';
    expect(splitSentences(text)).toEqual([
      'Several works, e.g. LoRA, i.e. Hu et al. (2021), reach 34.4 points vs. 30.1 in Fig. 2 and Eq. 3 w.r.t. the U.S. Army baseline.',
      'A second sentence.',
    ]);
  });

  it('does not split before a lowercase word', () => {
    expect(splitSentences('The approx. cost is low. it is fine.')).toEqual(['The approx. cost is low. it is fine.']);
  });

  it('ends a sentence at "etc." only before a capital', () => {
    expect(splitSentences('Mamba, Hyena, etc. are fast. They scale, etc. We test them.')).toEqual([
      'Mamba, Hyena, etc. are fast.',
      'They scale, etc.',
      'We test them.',
    ]);
  });

  it('keeps numbered list items with their text', () => {
    expect(splitSentences('Our contributions are as follows: 1. A search space. 2. Hardware-aware NAS. 3. NAS efficiency.')).toEqual([
      'Our contributions are as follows: 1. A search space.',
      '2. Hardware-aware NAS.',
      '3. NAS efficiency.',
    ]);
  });

  it('never splits inside math', () => {
    expect(splitSentences('We bound it by $a. B$ here. Next one.')).toEqual(['We bound it by $a. B$ here.', 'Next one.']);
  });
});

describe('gistOf', () => {
  it('prefers the sentence stating the contribution', () => {
    const abstract =
      'Large language models are expensive to fine-tune. Adapters reduce the cost. In this paper, we propose FastAdapt, a linear-time adapter. It is 3× faster.';
    expect(gistOf(abstract)).toBe('In this paper, we propose FastAdapt, a linear-time adapter.');
  });

  it('recognises the usual contribution phrasings', () => {
    for (const sentence of [
      'We introduce TIDEE, an embodied agent that tidies up a disordered scene.',
      'This paper proposes SortedNet, a generalized solution for dynamic inference.',
      'In this work, we study how routing affects adapters.',
      'To address this challenge, we present a new benchmark for continual learning.',
      'Here we propose AutoTransfer, an AutoML solution for knowledge transfer.',
      'Our main contribution is Matryoshka Representation Learning.',
      'We further develop a sparse variant of the model for long inputs.',
    ]) {
      expect(gistOf(`Deep networks are everywhere today. They are costly to run at scale. ${sentence} Results follow.`)).toBe(sentence);
    }
  });

  it('falls back to the first sentence when no contribution comes early', () => {
    const abstract =
      'Modern retrieval systems recompute every embedding when the model changes. That is slow. It is costly. Nobody likes it. It wastes energy. Sixth sentence here. We propose BT², a fix.';
    expect(gistOf(abstract)).toBe('Modern retrieval systems recompute every embedding when the model changes.');
  });

  it('skips a too-short first sentence for the fallback', () => {
    expect(gistOf('Diagrams matter. Unfortunately, the deep learning community has no standard method for diagrams.')).toBe(
      'Unfortunately, the deep learning community has no standard method for diagrams.',
    );
  });

  it('trims long sentences at a word boundary with an ellipsis', () => {
    const sentence =
      'We propose a novel multi-level hierarchical class incremental task configuration with an online learning constraint, called hierarchical label expansion, that models realistic deployment scenarios.';
    const gist = gistOf(sentence, 100);
    expect(gist.length).toBeLessThanOrEqual(100);
    expect(gist).toBe('We propose a novel multi-level hierarchical class incremental task configuration with an online…');
    expect(gistOf(sentence, 400)).toBe(sentence);
  });

  it('does not leave dangling punctuation before the ellipsis', () => {
    expect(gistOf('We propose MOS, a method, and more words follow here.', 26)).toBe('We propose MOS, a method…');
  });

  it('turns math into plain text and never cuts inside it', () => {
    expect(gistOf('We propose a sort that runs in $O(n \\log n)$ time.')).toBe('We propose a sort that runs in O(n log n) time.');
    // The cut would fall inside "O(n log n)": the whole formula goes.
    expect(gistOf('We propose a sorting method in $O(n \\log n)$ time for all inputs.', 38)).toBe('We propose a sorting method in…');
  });

  it('prefers a contribution sentence without math', () => {
    const abstract = 'Attention is quadratic. We propose $\\mathcal{X}_{\\alpha}^{\\beta\\gamma}$-attention. We introduce LinAttn, a linear-time attention.';
    expect(gistOf(abstract)).toBe('We introduce LinAttn, a linear-time attention.');
  });

  it('drops an "Abstract:" label and extra whitespace', () => {
    expect(gistOf('Abstract:  We present   a model.\n')).toBe('We present a model.');
    expect(gistOf('')).toBe('');
    expect(gistOf('   ')).toBe('');
  });

  it('gives a clean one-liner for every real mangled abstract', () => {
    for (const { abstract } of fixtures) {
      const repaired = repairAbstract(abstract).text;
      for (const max of [200, 160]) {
        const gist = gistOf(repaired, max);
        expect(gist.length).toBeGreaterThan(20);
        expect(gist.length).toBeLessThanOrEqual(max);
        expect(gist).not.toMatch(/[$\n]/);
        expect(gist).toMatch(/[.!?…)]$/);
        expect(gistOf(repaired, max)).toBe(gist);
      }
    }
  });

  it('uses the contribution sentence of a real abstract', () => {
    const { abstract } = fixtures.find((f) => f.title.startsWith('Sketching Meets Differential Privacy'))!;
    expect(gistOf(repairAbstract(abstract).text)).toBe('In this work, we further extend this framework to the Kronecker product structure.');
  });
});
