// Types only: the browser bundle that shares this module must not load zod.
import type { SearchVocabulary } from '../schemas/search-vocabulary.ts';
import type { Paper } from '../schemas/paper.ts';
import type { TopicDefinition } from '../schemas/topic.ts';
import { citedName } from '../exports/authors.ts';
import { americanSpelling } from './spelling-variants.ts';
import type { WordCounts } from './spelling.ts';
import { normalizePhrase } from './synonyms.ts';

export type { SearchVocabulary };

/** What the vocabulary is made from: the papers' titles and authors, the topics' titles and aliases. */
export interface VocabularySource {
  papers: readonly Pick<Paper, 'titleRepaired' | 'authors'>[];
  topics: readonly Pick<TopicDefinition, 'title' | 'aliases'>[];
}

/**
 * The words of a text a correction may lead to: lower-case, letters only, three letters or more.
 * @example vocabularyWords('Mixture-of-Experts for LLMs (2024)') // ['mixture', 'experts', 'for', 'llms']
 */
export function vocabularyWords(text: string): string[] {
  return normalizePhrase(text)
    .split(' ')
    .filter((word) => word.length >= 3 && /^\p{L}+$/u.test(word));
}

/**
 * The vocabulary of spelling correction (src/lib/search/spelling.ts): every word of the paper
 * titles, the topic titles and aliases, and the authors' family names, with how often it occurs. Titles
 * and topics name what papers are about in the words a reader types, and they stay small as the
 * survey grows; abstract words are left out (a word of an abstract is found by the index itself,
 * and correction never changes a word the index finds). Beyond `maxWords`, the least used go.
 */
export function buildVocabulary({ papers, topics }: VocabularySource, maxWords = MAX_VOCABULARY_WORDS): SearchVocabulary {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const paper of papers) {
    add(paper.titleRepaired);
    // Family names: what a reader types to find an author (given names would double the file).
    for (const author of paper.authors) add(citedName(author));
  }
  for (const topic of topics) for (const phrase of [topic.title, ...topic.aliases]) add(phrase);
  const used = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const words = used.slice(0, maxWords).sort();
  return { words: words.join(' '), counts: words.map((word) => counts.get(word)!) };
}

/**
 * At most this many words, the most used kept: about 50 KB gzipped, reached near 20,000 papers
 * (2,855 words, 11.8 KB at 627); a word used once is the least likely to be meant.
 */
export const MAX_VOCABULARY_WORDS = 12_000;

/** The vocabulary as correction reads it; a word counts as known in either spelling (src/lib/search/spelling-variants.ts). */
export class Vocabulary implements WordCounts {
  private readonly counts: Map<string, number>;
  private readonly american: Set<string>;

  constructor(data: SearchVocabulary) {
    const words = data.words ? data.words.split(' ') : [];
    this.counts = new Map(words.map((word, i) => [word, data.counts[i] ?? 1]));
    this.american = new Set(words.map(americanSpelling));
  }

  has(word: string): boolean {
    return this.counts.has(word) || this.american.has(americanSpelling(word));
  }

  entries(): Iterable<[string, number]> {
    return this.counts.entries();
  }

  get size(): number {
    return this.counts.size;
  }
}
