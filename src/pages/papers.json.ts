import type { APIRoute } from 'astro';
import { getPapers } from '../data/papers.ts';
import { getTopicIndex } from '../data/topics.ts';
import { toPaperRecord } from '../lib/export-json.ts';

/** The whole dataset as the data contract in DEVELOPERS.md describes it. */
export const GET: APIRoute = async ({ site }) => {
  const papers = await getPapers();
  const index = await getTopicIndex();
  const records = papers.map((paper) => toPaperRecord(paper.data, { base: import.meta.env.BASE_URL, site, topics: index.topicIdsOf(paper.id) }));
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
