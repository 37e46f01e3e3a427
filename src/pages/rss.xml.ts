import type { APIRoute } from 'astro';
import { paperFeed } from '../data/feed.ts';
import { getPaperRecords } from '../data/records.ts';
import { siteConfig } from '../site.config.ts';

/** The site feed: every paper. */
export const GET: APIRoute = async () =>
  paperFeed({ title: siteConfig.title, description: siteConfig.description, records: [...(await getPaperRecords()).values()] });
