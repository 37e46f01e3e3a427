import type { APIRoute } from 'astro';
import { getPaperRecords } from '../data/records.ts';
import { recordsToCsv } from '../data/csv.ts';

/** The whole dataset as a spreadsheet (RFC 4180, UTF-8). */
export const GET: APIRoute = async () => {
  const records = [...(await getPaperRecords()).values()];
  return new Response(recordsToCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
