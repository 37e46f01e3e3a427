import { z } from 'zod';

/**
 * `search-data.json`: what the search client needs besides the Pagefind index, fetched once
 * when a search starts: topic titles in display order (filter labels, result chips) and the
 * synonym groups made from the topic files' aliases (src/lib/search/synonyms.ts).
 */
export const searchDataSchema = z.object({
  topics: z.array(z.object({ id: z.string(), title: z.string() })),
  /** Each topic's phrases, normalised, best first: title forms, then aliases in file order. */
  groups: z.array(
    z.object({
      topic: z.string(),
      phrases: z.array(z.string()),
      /** How many leading `phrases` come from the topic title. */
      titleForms: z.number().int(),
    }),
  ),
});

export type SearchData = z.infer<typeof searchDataSchema>;
export type SynonymGroup = SearchData['groups'][number];
