import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/** What the seeds looked like: files read, duplicates merged, warnings. */
export const GET: APIRoute = async () => {
  const report = await getEntry('seedReport', 'seeds');
  return new Response(JSON.stringify(report?.data ?? null, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
