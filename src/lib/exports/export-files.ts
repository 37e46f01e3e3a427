import { compareRowsByTitle, indexRow, type IndexData } from '../browse/index-row.ts';
import { sitePaths, siteUrls, type UrlSettings } from '../links/site-urls.ts';
import { dataQualitySchema } from '../schemas/data-quality.ts';
import type { SearchData } from '../schemas/search-data.ts';
import { facetSummary } from '../search/facets.ts';
import { mapRecords } from '../map/map-file.ts';
import { buildSynonymGroups } from '../search/synonyms.ts';
import { buildVocabulary } from '../search/vocabulary.ts';
import type { CompletedSurvey } from '../survey.ts';
import { bibtexEntry, toBibtexFile, type BibtexPaper } from './bibtex.ts';
import { assignCitationKeys } from './citation-keys.ts';
import { csvRow, toCsv } from './csv.ts';
import { feedXml } from './feeds.ts';
import type { OutputFile } from '../output-file.ts';
import { toPaperRecord, type PaperRecord } from './paper-record.ts';

/** The site the files describe: where it is served, what it is called, and when its survey last changed. */
export interface ExportSite extends UrlSettings {
  title: string;
  description: string;
  updated?: Date | undefined;
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

const byTitle = (a: { titleRepaired: string }, b: { titleRepaired: string }) => a.titleRepaired.localeCompare(b.titleRepaired, 'en');

/**
 * What the search client fetches besides the Pagefind index: topic titles in display order, the
 * synonym groups made from the topics' aliases, and the years and venues the filters offer.
 */
export function searchData({ topics, papers }: Pick<CompletedSurvey, 'topics' | 'papers'>): SearchData {
  return { topics: topics.map(({ id, title }) => ({ id, title })), groups: buildSynonymGroups(topics), ...facetSummary(papers) };
}

/** What the paper index (`/papers/`) loads to filter and sort in the browser: every paper's row, by title. */
export function paperIndexData({ topics, papers }: Pick<CompletedSurvey, 'topics' | 'papers'>): IndexData {
  return { topics: topics.map(({ id, title }) => ({ id, title })), papers: papers.map(indexRow).sort(compareRowsByTitle) };
}

/**
 * Every data file of the site, one at a time: `papers.json` (the data contract),
 * `data-quality.json`, `search-data.json`, `map.json` (the map's coordinates), `search-vocabulary.json`,
 * `papers/index.json` (the paper index's rows), then for the whole survey and for each topic a
 * BibTeX file, a CSV file and an RSS feed. The survey's files list papers by slug, a topic's by
 * title; feeds by title. Pure: the same survey gives the same bytes.
 */
export async function* exportFiles(survey: CompletedSurvey, site: ExportSite): AsyncGenerator<OutputFile> {
  const urls = siteUrls(site);
  const records = survey.papers.map((paper) => toPaperRecord(paper, urls));
  const gists = new Map(survey.papers.map((paper) => [paper.slug, paper.gist]));
  // A citation needs an absolute URL even when papers.json is relative.
  const bySlug = new Map(survey.papers.map((paper) => [paper.slug, paper]));
  const citable = (record: PaperRecord): BibtexPaper => ({ ...bySlug.get(record.slug)!, url: urls.paperAbsolute(record.slug) });
  const keys = assignCitationKeys(survey.papers);
  const entry = onceEach((paper: BibtexPaper) => bibtexEntry(paper, keys.get(paper.slug)!));
  const row = onceEach(csvRow);

  async function* filesOf(topicId: string | undefined, title: string, description: string, list: readonly PaperRecord[]): AsyncGenerator<OutputFile> {
    const folder = sitePaths.exports(topicId).slice(1);
    yield { path: `${folder}papers.bib`, contents: toBibtexFile(list.map(citable), keys, entry) };
    yield { path: `${folder}papers.csv`, contents: toCsv(list, { row }) };
    const items = [...list].sort(byTitle).map((record) => ({
      title: record.titleRepaired,
      link: urls.paperAbsolute(record.slug),
      description: gists.get(record.slug) ?? '',
      categories: record.topics,
    }));
    const page = urls.absolute(topicId ? sitePaths.topic(topicId) : '/');
    const channel = { title, description, page, self: urls.absolute(sitePaths.feed(topicId)), updated: site.updated };
    yield { path: `${folder}rss.xml`, contents: await feedXml(channel, items) };
  }

  yield { path: 'papers.json', contents: JSON.stringify(records, null, 2) + '\n' };
  yield { path: 'data-quality.json', contents: JSON.stringify(dataQualitySchema.parse(survey.report), null, 2) + '\n' };
  yield { path: 'search-data.json', contents: JSON.stringify(searchData(survey)) };
  yield { path: 'map.json', contents: JSON.stringify(mapRecords(survey.papers)) };
  yield { path: sitePaths.searchVocabulary().slice(1), contents: JSON.stringify(buildVocabulary(survey)) };
  yield { path: sitePaths.paperIndexData().slice(1), contents: JSON.stringify(paperIndexData(survey)) };
  yield* filesOf(undefined, site.title, site.description, records);
  for (const topic of survey.topics) {
    const list = records.filter((record) => record.topics.includes(topic.id)).sort(byTitle);
    yield* filesOf(topic.id, `${topic.title} · ${site.title}`, topic.description, list);
  }
}
