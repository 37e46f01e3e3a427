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

/**
 * Counts written out the plain way, independently of the counter's tokenising: each text split
 * into runs of letters and what lies between them; a pair is two runs with exactly one space or
 * hyphen between them and a glue word on either side.
 */
function referenceCounts(texts: string[]) {
  const glue = new Set(['a', 'and', 'of', 'the', 'to', 'with', 'for', 'from', 'that', 'this', 'these', 'is', 'are', 'we', 'our', 'its', 'their', 'which', 'more', 'most', 'also', 'such', 'than', 'each', 'into', 'has', 'have', 'can']);
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const text of texts) {
    const parts = text.toLowerCase().split(/(\p{L}+)/u); // odd indices are letter runs
    const ownWords = new Set<string>();
    const ownPairs = new Set<string>();
    for (let i = 1; i < parts.length; i += 2) {
      ownWords.add(parts[i]!);
      if (i >= 3 && (parts[i - 1] === ' ' || parts[i - 1] === '-') && (glue.has(parts[i - 2]!) || glue.has(parts[i]!))) ownPairs.add(`${parts[i - 2]} ${parts[i]}`);
    }
    ownWords.forEach((w) => words.set(w, (words.get(w) ?? 0) + 1));
    ownPairs.forEach((p) => pairs.set(p, (pairs.get(p) ?? 0) + 1));
  }
  return { documentFrequency: (word: string) => words.get(word) ?? 0, pairFrequency: (a: string, b: string) => pairs.get(`${a} ${b}`) ?? 0 };
}

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
    const fresh = referenceCounts(edited);
    const { words, pairs } = questions([...texts, ...edited]);
    const wrong = words.filter((word) => updated.documentFrequency(word) !== fresh.documentFrequency(word));
    const wrongPairs = pairs.filter(([a, b]) => updated.pairFrequency(a, b) !== fresh.pairFrequency(a, b));
    expect(wrong).toEqual([]);
    expect(wrongPairs).toEqual([]);
    expect(() => updated.documentFrequency('model')).not.toThrow();
    // Back to the first corpus: the same counts as the first fresh count; the old view is spent.
    const back = counter.count(texts);
    expect(() => updated.documentFrequency('model')).toThrow(/another corpus/);
    const first = referenceCounts(texts);
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
