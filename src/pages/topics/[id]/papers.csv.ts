import type { APIRoute } from 'astro';
import { topicExportPaths, type TopicExportProps } from '../../../data/topic-paths.ts';
import { recordsToCsv } from '../../../data/csv.ts';

export const getStaticPaths = topicExportPaths;

/** A topic's papers as a spreadsheet. */
export const GET: APIRoute<TopicExportProps> = ({ props }) =>
  new Response(recordsToCsv(props.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
