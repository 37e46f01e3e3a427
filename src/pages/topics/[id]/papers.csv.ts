import type { APIRoute } from 'astro';
import { topicExportPaths, type TopicExportProps } from '../../../data/topic-paths.ts';
import { toCsv } from '../../../lib/csv.ts';

export const getStaticPaths = topicExportPaths;

/** A topic's papers as a spreadsheet. */
export const GET: APIRoute<TopicExportProps> = ({ props }) =>
  new Response(toCsv(props.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
