import { z } from 'zod';

/**
 * `search-vocabulary.json`: the words search corrects misspellings to (src/lib/search/vocabulary.ts),
 * fetched only when a query has a word the index does not hold. `words` is one string, the
 * words in alphabetical order separated by single spaces (smaller than an array of strings);
 * `counts[i]` is how many times the survey uses the i-th word.
 */
export const searchVocabularySchema = z
  .object({
    words: z.string(),
    counts: z.array(z.number().int().positive()),
  })
  .refine((v) => (v.words ? v.words.split(' ').length : 0) === v.counts.length, { message: 'one count per word' });

export type SearchVocabulary = z.infer<typeof searchVocabularySchema>;
