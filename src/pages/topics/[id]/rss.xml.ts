import type { APIRoute } from 'astro';
import { paperFeed } from '../../../data/feed.ts';
import { topicExportPaths, type TopicExportProps } from '../../../data/topic-paths.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = topicExportPaths;

/** One feed per topic. */
export const GET: APIRoute<TopicExportProps> = ({ props }) =>
  paperFeed({ title: `${props.topic.data.title} · ${siteConfig.title}`, description: props.topic.data.description, records: props.records });
