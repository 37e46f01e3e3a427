import { getRssString } from '@astrojs/rss';
import { bibtexFields, toBibtexFile, type BibtexPaper } from './bibtex.ts';
import { csvRow, toCsv } from './csv.ts';
import { toPaperRecord, type PaperRecord } from './paper-record.ts';
import { absoluteUrl, paperPath } from '../links/site-urls.ts';
import type { OutputFile } from './output-file.ts';
import type { Paper } from '../survey.ts';

/** What the data files need of a paper: its data and its topic ids, best first. */
export type ExportedPaper = Pick<Paper, 'slug' | 'title' | 'abstract' | 'gist' | 'sources' | 'links'> & { topics: string[] };

/** What a topic's files need of it. */
export interface ExportedTopic {
  id: string;
  title: string;
  description: string;
}

/** The site the files describe. */
export interface ExportedSite {
  base: string;
  /** Where absolute URLs point: SITE, or the local preview address. */
  origin: string;
  /** SITE, when set: papers.json then gives absolute URLs instead of base-relative ones. */
  site?: string;
  title: string;
  description: string;
}

/** Computes something once per paper: a paper is written into papers.* and into each of its topics' files. */
function onceEach<P extends { slug: string }, T>(compute: (paper: P) => T): (paper: P) => T {
  const cache = new Map<string, T>();
  return (paper) => {
    let value = cache.get(paper.slug);
    if (value === undefined) cache.set(paper.slug, (value = compute(paper)));
    return value;
  };
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en');

/**
 * Every data file of the site, one at a time: `papers.json` (the data contract), then for the
 * whole survey and for each topic a BibTeX file, a CSV file and an RSS feed. The survey's files
 * list papers by slug, a topic's by title; feeds by title. The seeds carry no dates, so feed
 * items have none (valid RSS 2.0). Pure: the same papers give the same bytes.
 */
export async function* dataExportFiles(papers: readonly ExportedPaper[], topics: readonly ExportedTopic[], site: ExportedSite): AsyncGenerator<OutputFile> {
  const siteUrl = site.site ? new URL(site.site) : undefined;
  const records = papers.map((paper) => toPaperRecord(paper, { base: site.base, site: siteUrl, topics: paper.topics }));
  const absolute = (slug: string) => absoluteUrl(paperPath(slug), { base: site.base, origin: site.origin });
  const gists = new Map(papers.map((paper) => [paper.slug, paper.gist]));
  // A citation needs an absolute URL even when papers.json is relative.
  const citable = (record: PaperRecord): BibtexPaper => ({ ...record, url: absolute(record.slug) });
  const fields = onceEach(bibtexFields);
  const row = onceEach(csvRow);

  async function* filesOf(folder: string, title: string, description: string, list: readonly PaperRecord[]): AsyncGenerator<OutputFile> {
    yield { path: `${folder}papers.bib`, contents: toBibtexFile(list.map(citable), fields) };
    yield { path: `${folder}papers.csv`, contents: toCsv(list, { row }) };
    const items = [...list].sort(byTitle).map((record) => ({
      title: record.title,
      link: absolute(record.slug),
      description: gists.get(record.slug) ?? '',
      categories: record.topics,
    }));
    yield { path: `${folder}rss.xml`, contents: await getRssString({ title, description, site: absoluteUrl('/', site), trailingSlash: true, items }) };
  }

  yield { path: 'papers.json', contents: JSON.stringify(records, null, 2) + '\n' };
  yield* filesOf('', site.title, site.description, records);
  for (const topic of topics) {
    const list = records.filter((record) => record.topics.includes(topic.id)).sort(byTitle);
    yield* filesOf(`topics/${topic.id}/`, `${topic.title} · ${site.title}`, topic.description, list);
  }
}
