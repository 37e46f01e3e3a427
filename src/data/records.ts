import { toPaperRecord, type PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath, shortPath } from '../lib/paths.ts';
import { LOCAL_ORIGIN } from '../site.config.ts';
import { abstractOf, getPapers, type PaperEntry } from './papers.ts';
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

let cached: Promise<Map<string, PaperRecord>> | undefined;

/** The export record of every paper (papers.json, CSV, BibTeX), built once per build, by slug. */
export function getPaperRecords(): Promise<Map<string, PaperRecord>> {
  cached ??= (async () => {
    const [papers, index] = await Promise.all([getPapers(), getTopicIndex()]);
    const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
    return new Map(papers.map((paper) => [paper.id, toPaperRecord({ ...paper.data, slug: paper.id, abstract: abstractOf(paper) }, { base, site, topics: index.topicIdsOf(paper.id) })]));
  })();
  return cached;
}
