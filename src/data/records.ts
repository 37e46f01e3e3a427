import { toPaperRecord, type PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath, shortPath, withBase } from '../lib/paths.ts';
import type { ShortLinkTable } from '../lib/short-links.ts';
import { LOCAL_ORIGIN } from '../site.config.ts';
import { getPapers, type PaperEntry } from './papers.ts';
import { getTopicIndex } from './topics.ts';

const base = import.meta.env.BASE_URL;
/** The origin absolute links use: SITE, or the local preview address when it is not set. */
export const origin = import.meta.env.SITE || LOCAL_ORIGIN;

/** The absolute page URL and short permalink of a paper. */
export function paperUrls(paper: PaperEntry): { page: string; short: string } {
  return {
    page: absoluteUrl(paperPath(paper.id), { base, origin }),
    short: absoluteUrl(shortPath(paper.data.shortId), { base, origin }),
  };
}

/** The short-link table (`/p/index.json`) the build turns into redirect pages and QR files. */
export async function getShortLinkTable(): Promise<ShortLinkTable> {
  const site = import.meta.env.SITE;
  const links = (await getPapers()).map((paper) => {
    const urls = paperUrls(paper);
    return {
      id: paper.data.shortId,
      slug: paper.id,
      title: paper.data.title,
      page: withBase(base, paperPath(paper.id)),
      ...(site ? { canonical: urls.page } : {}),
      short: urls.short,
    };
  });
  return { links };
}

let cached: Promise<Map<string, PaperRecord>> | undefined;

/** The export record of every paper (papers.json, CSV, BibTeX), built once per build, by slug. */
export function getPaperRecords(): Promise<Map<string, PaperRecord>> {
  cached ??= (async () => {
    const [papers, index] = await Promise.all([getPapers(), getTopicIndex()]);
    const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
    return new Map(papers.map((paper) => [paper.id, toPaperRecord(paper.data, { base, site, topics: index.topicIdsOf(paper.id) })]));
  })();
  return cached;
}
