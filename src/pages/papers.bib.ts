import type { APIRoute } from 'astro';
import { recordsToBibtex } from '../data/bibtex.ts';
import { getPaperRecords } from '../data/records.ts';

/** Every paper as a BibTeX @misc entry. */
export const GET: APIRoute = async () => {
  const records = [...(await getPaperRecords()).values()];
  return new Response(recordsToBibtex(records), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
