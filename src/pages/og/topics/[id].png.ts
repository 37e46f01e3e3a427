import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCardPng } from '../../../data/social-image.ts';
import { getTopicIndex } from '../../../data/topics.ts';
import type { SocialCard } from '../../../lib/social-image.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const index = await getTopicIndex();
  return index.topics.map((topic) => {
    const card: SocialCard = {
      kicker: `Topic · ${index.counts.get(topic.id) ?? 0} papers`,
      title: topic.data.title,
      subtitle: topic.data.description,
      footer: siteConfig.title,
    };
    return { params: { id: topic.id }, props: { card } };
  });
}) satisfies GetStaticPaths;

/** One social preview image per topic. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(await socialCardPng(props.card), { headers: { 'Content-Type': 'image/png' } });
