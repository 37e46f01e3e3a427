import type { APIRoute } from 'astro';
import { getPaperRecords } from '../data/records.ts';

/** The whole dataset as the data contract in DEVELOPERS.md describes it, sorted by slug. */
export const GET: APIRoute = async () => {
  const records = [...(await getPaperRecords()).values()];
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
