import { citedAuthors, shortCitation } from '../exports/authors.ts';
import { bibtexEntry } from '../exports/bibtex.ts';
import { assignCitationKeys } from '../exports/citation-keys.ts';
import { csvRow } from '../exports/csv.ts';
import { toPaperRecord } from '../exports/paper-record.ts';
import { siteUrls, type UrlSettings } from '../links/site-urls.ts';
import type { OutputFile } from '../output-file.ts';
import type { Paper } from '../schemas/paper.ts';
import type { ListPaper, ListShard } from '../schemas/talk-list.ts';

/**
 * The files the list page reads: every paper's `ListPaper`, split into shards by the first
 * letters of its short id, so a list of twenty papers fetches a few small files however large
 * the survey is (short ids are base-31 digits of a hash, so shards fill evenly). The paper
 * pages, search results and topic pages carry only short ids: collecting costs no download.
 */

/** Papers a shard aims to hold at most: about 20–40 KB of JSON. */
const SHARD_TARGET = 400;

/**
 * How many leading characters of a short id name its shard: one for a survey of up to ~12,000
 * papers (31 shards), two beyond.
 * @example shardPrefixLength(627) // 1
 */
export function shardPrefixLength(papers: number): number {
  let length = 1;
  while (papers / 31 ** length > SHARD_TARGET) length++;
  return length;
}

/** The site path of the shard a short id falls in. @example listShardPath('2vfvw8', 1) // '/list/papers-2.json' */
export function listShardPath(id: string, prefixLength: number): string {
  return `/list/papers-${id.slice(0, prefixLength)}.json`;
}

export type ListDataPaper = Omit<Paper, 'related'>;

/**
 * One line citing a paper in plain text: who, when, title, venue and where to read it.
 * @example plainCitation({ authors: [{ family: 'Gu' }, { family: 'Dao' }], year: 2023, titleRepaired: 'Mamba', venue: 'arXiv' }, 'https://example.org/papers/mamba/')
 * // 'Gu and Dao (2023). Mamba. arXiv. https://example.org/papers/mamba/'
 */
export function plainCitation(paper: Pick<Paper, 'authors' | 'year' | 'titleRepaired' | 'venue'>, url: string): string {
  const who = citedAuthors(paper.authors);
  const lead = who ? `${who} (${paper.year ?? 'n.d.'}). ` : paper.year !== null ? `(${paper.year}). ` : '';
  const title = paper.titleRepaired.replace(/\s+/g, ' ').trim().replace(/[.]$/, '');
  return `${lead}${title}.${paper.venue ? ` ${paper.venue}.` : ''} ${url}`;
}

/** What the list page needs of each paper, under its survey-wide citation key. */
export function listPapers(papers: readonly ListDataPaper[], settings: UrlSettings): ListPaper[] {
  const urls = siteUrls(settings);
  const keys = assignCitationKeys(papers);
  return papers.map((paper) => {
    const page = urls.paperAbsolute(paper.slug);
    const key = keys.get(paper.slug)!;
    const cite = paper.authors.length > 0 ? shortCitation(paper) : undefined;
    return {
      id: paper.shortId,
      title: paper.titleRepaired,
      href: urls.paper(paper.slug),
      ...(cite ? { cite } : {}),
      gist: paper.gist,
      key,
      bibtex: bibtexEntry({ ...paper, url: page }, key, { abstract: false }),
      csv: csvRow(toPaperRecord(paper, urls)),
      text: plainCitation(paper, page),
    };
  });
}

/** The list page's shards (`list/papers-<prefix>.json`), ids sorted within each. Pure: same survey, same bytes. */
export function* talkListFiles(papers: readonly ListDataPaper[], settings: UrlSettings): Generator<OutputFile> {
  const prefixLength = shardPrefixLength(papers.length);
  const shards = new Map<string, ListShard>();
  for (const paper of listPapers(papers, settings).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const path = listShardPath(paper.id, prefixLength);
    const shard = shards.get(path) ?? {};
    shard[paper.id] = paper;
    shards.set(path, shard);
  }
  for (const [path, shard] of [...shards].sort(([a], [b]) => (a < b ? -1 : 1))) yield { path: path.slice(1), contents: JSON.stringify(shard) };
}
