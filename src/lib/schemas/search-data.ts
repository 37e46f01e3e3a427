import { z } from 'zod';

/**
 * `search-data.json`: what the search client needs besides the Pagefind index, fetched once
 * when a search starts: topic titles in display order (filter labels, result chips), the
 * synonym groups made from the topic files' aliases (src/lib/search/synonyms.ts), and the
 * survey's years and venues with their paper counts (src/lib/search/facets.ts; both empty when
 * the seeds give none, and then the search page has no year or venue filter).
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
  /** Oldest first. */
  years: z.array(z.object({ year: z.number().int(), count: z.number().int().positive() })),
  /** Most papers first; `venue` as the index's `venue` filter spells it. */
  venues: z.array(z.object({ venue: z.string(), count: z.number().int().positive() })),
});

export type SearchData = z.infer<typeof searchDataSchema>;
export type SynonymGroup = SearchData['groups'][number];
