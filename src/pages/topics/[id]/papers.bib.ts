import type { APIRoute } from 'astro';
import { recordsToBibtex } from '../../../data/bibtex.ts';
import { topicExportPaths, type TopicExportProps } from '../../../data/topic-paths.ts';

export const getStaticPaths = topicExportPaths;

/** A topic's papers as BibTeX. */
export const GET: APIRoute<TopicExportProps> = ({ props }) =>
  new Response(recordsToBibtex(props.records), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
