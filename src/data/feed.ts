import rss from '@astrojs/rss';
import type { PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath } from '../lib/paths.ts';
import { getPaperMap } from './papers.ts';
import { origin } from './records.ts';

/**
 * An RSS feed of papers. The seeds carry no dates, so items have no pubDate (valid RSS 2.0)
 * and keep the survey's order (by title).
 */
export async function paperFeed({ title, description, records }: { title: string; description: string; records: PaperRecord[] }): Promise<Response> {
  const base = import.meta.env.BASE_URL;
  const papers = await getPaperMap();
  return rss({
    title,
    description,
    site: absoluteUrl('/', { base, origin }),
    trailingSlash: true,
    items: [...records]
      .sort((a, b) => a.title.localeCompare(b.title, 'en'))
      .map((record) => ({
        title: record.title,
        link: absoluteUrl(paperPath(record.slug), { base, origin }),
        description: papers.get(record.slug)?.data.gist ?? '',
        categories: record.topics,
      })),
  });
}
