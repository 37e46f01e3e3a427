import type { APIRoute } from 'astro';
import { getPapers } from '../../data/papers.ts';
import { socialCardPng } from '../../data/social-image.ts';
import { siteConfig } from '../../site.config.ts';

/** The site-wide social preview image. */
export const GET: APIRoute = async () => {
  const papers = await getPapers();
  const png = await socialCardPng({ kicker: 'Literature survey', title: siteConfig.title, subtitle: siteConfig.description, footer: `${papers.length} papers` });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
