import { citedAuthors, shortCitation } from '../exports/authors.ts';
import { bibtexEntry } from '../exports/bibtex.ts';
import { assignCitationKeys } from '../exports/citation-keys.ts';
import { csvRow } from '../exports/csv.ts';
import { toPaperRecord } from '../exports/paper-record.ts';
import { siteUrls, type UrlSettings } from '../links/site-urls.ts';
import type { OutputFile } from '../output-file.ts';
import type { Paper } from '../schemas/paper.ts';
import type { ListPaper } from '../schemas/talk-list.ts';
import { listPaperPath } from './paper-path.ts';

/**
 * The files the list page reads: one small JSON per paper beside its short link,
 * `/p/<id>/paper.json`, so a list of twenty papers fetches twenty files of about a kilobyte
 * (compressed) however large the survey is. (Shards by the first letter of the id were tried
 * first: with 627 papers twenty ids fall into some fifteen of the 31 shards, 200 KB compressed,
 * since each paper's CSV row carries its abstract.) Pages carry only short ids, so collecting
 * papers downloads nothing; a missing file means the survey has no such paper.
 */

export type ListDataPaper = Omit<Paper, 'related' | 'relatedTerms' | 'map'>;

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

/** Each paper's `p/<id>/paper.json`. Pure: same survey, same bytes. */
export function* talkListFiles(papers: readonly ListDataPaper[], settings: UrlSettings): Generator<OutputFile> {
  for (const paper of listPapers(papers, settings)) yield { path: listPaperPath(paper.id).slice(1), contents: JSON.stringify(paper) };
}
