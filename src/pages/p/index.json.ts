import type { APIRoute } from 'astro';
import { getShortLinkTable } from '../../data/records.ts';

/**
 * Every short link and the paper it opens. The build writes the `/p/<id>/` redirect pages and
 * the QR codes from this table (src/integrations/short-links.ts); tools can resolve ids with it.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getShortLinkTable()) + '\n', { headers: { 'Content-Type': 'application/json' } });
