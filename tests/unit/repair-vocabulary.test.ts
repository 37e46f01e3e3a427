import { describe, expect, it } from 'vitest';
import { buildCorpusVocabulary, decompose, VocabularyCounter } from '../../src/lib/repair/vocabulary.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

describe('decompose', () => {
  it('splits a letter run glued from variables and lost-backslash commands', () => {
    expect(decompose('mtimes')).toEqual(['m', 'times']);
    expect(decompose('LlogL')).toEqual(['L', 'log', 'L']);
    expect(decompose('Omegasubseteq')).toEqual(['Omega', 'subseteq']);
    expect(decompose('Xin')).toEqual(['X', 'in']);
  });

  it('leaves bare commands, English words and plurals alone', () => {
    for (const run of ['times', 'alpha', 'alphas', 'subsets', 'deltax', 'within', 'sometimes', 'begin']) expect(decompose(run), run).toBeUndefined();
  });
});

describe('VocabularyCounter', () => {
  const texts = shippedSurvey().papers.flatMap(({ title, abstract }) => [title, abstract]);
  /** Every word of the texts and every pair of neighbouring words, as the vocabulary is asked. */
  const questions = (corpus: string[]) => {
    const words = new Set<string>();
    const pairs = new Set<string>();
    for (const text of corpus) {
      const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      tokens.forEach((word, i) => {
        words.add(word);
        if (i > 0) pairs.add(`${tokens[i - 1]} ${word}`);
      });
    }
    return { words: [...words], pairs: [...pairs].map((pair) => pair.split(' ') as [string, string]) };
  };

  it('counts a changed corpus as a fresh count does: one text edited, one gone, one added twice', () => {
    const counter = new VocabularyCounter();
    counter.count(texts);
    const edited = [...texts];
    edited[1] = `${edited[1]} We also build asystem and the combination of both.`;
    edited.splice(3, 1);
    edited.push('A system of the new kind', 'A system of the new kind');
    const updated = counter.count(edited);
    const fresh = buildCorpusVocabulary(edited);
    const { words, pairs } = questions([...texts, ...edited]);
    const wrong = words.filter((word) => updated.documentFrequency(word) !== fresh.documentFrequency(word));
    const wrongPairs = pairs.filter(([a, b]) => updated.pairFrequency(a, b) !== fresh.pairFrequency(a, b));
    expect(wrong).toEqual([]);
    expect(wrongPairs).toEqual([]);
    // Back to the first corpus: the same counts as the first fresh count.
    const back = counter.count(texts);
    const first = buildCorpusVocabulary(texts);
    expect(words.filter((word) => back.documentFrequency(word) !== first.documentFrequency(word))).toEqual([]);
    expect(pairs.filter(([a, b]) => back.pairFrequency(a, b) !== first.pairFrequency(a, b))).toEqual([]);
  });

  it('counts a word once per text and a glue pair only across one space or hyphen', () => {
    const vocabulary = buildCorpusVocabulary(['a system, a system', 'images. In this', 'state-of-the-art']);
    expect(vocabulary.documentFrequency('system')).toBe(1);
    expect(vocabulary.pairFrequency('a', 'system')).toBe(1);
    expect(vocabulary.pairFrequency('images', 'in')).toBe(0);
    expect(vocabulary.pairFrequency('of', 'the')).toBe(1);
    expect(vocabulary.pairFrequency('state', 'of')).toBe(1);
  });
});
