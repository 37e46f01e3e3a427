import { describe, expect, it } from 'vitest';
import { searchVocabularySchema } from '../../src/lib/schemas/search-vocabulary.ts';
import { buildVocabulary, Vocabulary, vocabularyWords } from '../../src/lib/search/vocabulary.ts';

const papers = [
  { titleRepaired: 'Knowledge Distillation: A Survey', authors: [{ family: 'Gou', given: 'Jianping' }] },
  { titleRepaired: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces', authors: [{ family: 'Gu', given: 'Albert' }] },
  { titleRepaired: 'Distillation of Mamba (2024)', authors: [{ literal: 'Tri Dao' }] },
];
const topics = [{ title: 'Knowledge Distillation (KD)', aliases: ['teacher-student', 'distillation'] }];

describe('vocabularyWords', () => {
  it('keeps lower-case words of three letters or more, letters only', () => {
    expect(vocabularyWords('Mixture-of-Experts for LLMs (2024), GPT-4')).toEqual(['mixture', 'experts', 'for', 'llms', 'gpt']);
  });
});

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary({ papers, topics });

  it('counts the words of titles, family names, topic titles and aliases, in alphabetical order', () => {
    expect(() => searchVocabularySchema.parse(vocabulary)).not.toThrow();
    const words = vocabulary.words.split(' ');
    expect(words).toEqual([...words].sort());
    const count = (word: string) => vocabulary.counts[words.indexOf(word)];
    expect(count('distillation')).toBe(4); // two titles, the topic title, an alias
    expect(count('mamba')).toBe(2);
    expect(count('gou')).toBe(1);
    expect(count('dao')).toBe(1);
    // Given names are left out.
    expect(words).not.toContain('albert');
    expect(words).not.toContain('tri');
    expect(count('teacher')).toBe(1);
    // Too short to correct to.
    expect(words).not.toContain('gu');
    expect(words).not.toContain('kd');
  });

  it('keeps the most used words when it must keep fewer', () => {
    const few = buildVocabulary({ papers, topics }, 2);
    // "knowledge" and "mamba" are both used twice: the first in alphabetical order stays.
    expect(few.words).toBe('distillation knowledge');
    expect(few.counts).toEqual([4, 2]);
  });

  it('is the same for the same survey', () => {
    expect(JSON.stringify(buildVocabulary({ papers: [...papers].reverse(), topics }))).toBe(JSON.stringify(vocabulary));
  });

  it('knows a word in either spelling', () => {
    const known = new Vocabulary(buildVocabulary({ papers: [{ titleRepaired: 'Quantisation of models', authors: [] }], topics: [] }));
    expect(known.has('quantisation')).toBe(true);
    expect(known.has('quantization')).toBe(true);
    expect(known.has('quantified')).toBe(false);
    expect(known.size).toBe(2); // 'of' is too short
  });
});
