import { absoluteUrl, paperPath, shortPath } from '../lib/links/site-urls.ts';
import { LOCAL_ORIGIN } from '../site.config.ts';
import type { PaperEntry } from './papers.ts';

const base = import.meta.env.BASE_URL;
/** The origin absolute links use: SITE, or the local preview address when it is not set. */
const origin = import.meta.env.SITE || LOCAL_ORIGIN;

/** The absolute page URL and short permalink of a paper. */
export function paperUrls(paper: PaperEntry): { page: string; short: string } {
  return {
    page: absoluteUrl(paperPath(paper.id), { base, origin }),
    short: absoluteUrl(shortPath(paper.data.shortId), { base, origin }),
  };
}
