import { describe, expect, it } from 'vitest';
import { adjacentKeys, correctWord, editDistance, maxEdits, uncorrectable, type WordCounts } from '../../src/lib/search/spelling.ts';

/** A vocabulary from word → count. */
const vocabulary = (counts: Record<string, number>): WordCounts => ({
  has: (word) => word in counts,
  entries: () => Object.entries(counts),
});

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('distilation', 'distillation')).toBe(1);
    expect(editDistance('tiket', 'ticket')).toBe(1);
    expect(editDistance('mamaba', 'mamba')).toBe(1);
    expect(editDistance('transfromer', 'transformer')).toBe(1);
    expect(editDistance('pruning', 'pruning')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('gives up past the maximum', () => {
    expect(editDistance('attention', 'retention', 1)).toBe(Infinity);
    expect(editDistance('abc', 'abcdef', 2)).toBe(Infinity);
  });
  it('can count a slip to a neighbouring key as less', () => {
    expect(adjacentKeys('r', 't')).toBe(true);
    expect(adjacentKeys('a', 'z')).toBe(true);
    expect(adjacentKeys('a', 'p')).toBe(false);
    expect(editDistance('lira', 'lora', Infinity, 0.5)).toBe(0.5); // i is next to o
    expect(editDistance('lara', 'lora', Infinity, 0.5)).toBe(1);
  });
});

describe('maxEdits', () => {
  it('grows with the length of the word, and is nothing for three letters or fewer', () => {
    expect([3, 4, 5, 6, 7, 8, 11, 12].map(maxEdits)).toEqual([0, 1, 1, 1, 1, 2, 2, 3]);
    expect(uncorrectable('kd')).toBe(true);
    expect(uncorrectable('gpt4')).toBe(true);
    expect(uncorrectable('lotery')).toBe(false);
  });
});

describe('correctWord', () => {
  const words = vocabulary({ distillation: 12, ticket: 4, lottery: 5, mamba: 20, mambo: 1, lora: 40, lola: 2, quantization: 30, attention: 90, retention: 3, gamba: 1 });

  it('corrects an unknown word to the nearest known one', () => {
    expect(correctWord('distilation', words)).toBe('distillation');
    expect(correctWord('tiket', words)).toBe('ticket');
    expect(correctWord('lotery', words)).toBe('lottery');
    expect(correctWord('quantizaton', words)).toBe('quantization');
    expect(correctWord('atention', words)).toBe('attention');
  });

  it('never changes a known word, a short word, or one too far from any', () => {
    expect(correctWord('retention', words)).toBeUndefined();
    expect(correctWord('lra', words)).toBeUndefined();
    expect(correctWord('xyzzy', words)).toBeUndefined();
    expect(correctWord('diffusion', words)).toBeUndefined();
  });

  it('does not take two edits in a word of six or seven letters: they reach other words, not the one meant', () => {
    const survey = vocabulary({ finding: 40, folded: 1, mitra: 2, mixture: 60, expert: 50 });
    expect(correctWord('folding', survey)).toBeUndefined(); // "finding" is two substitutions away
    expect(correctWord('mixtral', survey)).toBeUndefined(); // "mitra" is two deletions away
    expect(correctWord('mixtue', survey)).toBe('mixture');
  });

  it('breaks ties by the keyboard, then by how often the survey uses the word', () => {
    // "mamba" and "mambo" are both one substitution from "mambq": q sits next to a, far from o.
    expect(correctWord('mambq', words)).toBe('mamba');
    // "mamba" (used 20 times) and "gamba" (once) are one substitution from "hamba"; h is next to g, not to m.
    expect(correctWord('hamba', words)).toBe('gamba');
    // Same distance, same keys: the more used word.
    expect(correctWord('lova', words)).toBe('lora');
  });
});
