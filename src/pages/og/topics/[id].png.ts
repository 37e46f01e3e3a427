import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCardPng } from '../../../data/social-image.ts';
import { getTopicIndex, type TopicEntry } from '../../../data/topics.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const index = await getTopicIndex();
  return index.topics.map((topic) => ({ params: { id: topic.id }, props: { topic, count: index.counts.get(topic.id) ?? 0 } }));
}) satisfies GetStaticPaths;

/** One social preview image per topic. */
export const GET: APIRoute<{ topic: TopicEntry; count: number }> = async ({ props }) => {
  const { topic, count } = props;
  const png = await socialCardPng({ kicker: `Topic · ${count} papers`, title: topic.data.title, subtitle: topic.data.description, footer: siteConfig.title });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
