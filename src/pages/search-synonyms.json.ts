import type { APIRoute } from 'astro';
import { getTopicIndex } from '../data/topics.ts';
import { buildSynonymGroups } from '../lib/search/synonyms.ts';

/**
 * What the search client needs besides the Pagefind index, fetched once when search starts:
 * topic titles (filter labels, result chips) and the synonym groups built from the topic files'
 * `aliases` (see src/lib/search/synonyms.ts). Topics are in display order.
 */
export interface SearchSynonymsFile {
  topics: { id: string; title: string }[];
  groups: { topic: string; phrases: string[] }[];
}

export const GET: APIRoute = async () => {
  const { topics } = await getTopicIndex();
  const sources = topics.map((topic) => ({ id: topic.id, title: topic.data.title, aliases: topic.data.aliases }));
  const body: SearchSynonymsFile = {
    topics: sources.map(({ id, title }) => ({ id, title })),
    groups: buildSynonymGroups(sources),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
