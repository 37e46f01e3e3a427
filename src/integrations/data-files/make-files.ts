import { writeOutputFiles } from '../../build/write-files.ts';
import { exportFiles, type ExportSite } from '../../lib/exports/export-files.ts';
import { shortLinkFiles, shortLinkTable } from '../../lib/links/short-link-files.ts';
import { siteUrls } from '../../lib/links/site-urls.ts';
import type { OutputFile } from '../../lib/output-file.ts';
import type { CompletedSurvey } from '../../lib/survey.ts';
import { talkListFiles } from '../../lib/talk-list/list-data.ts';
import { indexForSearch } from './search-index.ts';
import { socialImageFiles } from './social-images.ts';

/** What the site needs besides its pages, and where it goes. */
export interface DataFilesJob {
  outDir: string;
  survey: CompletedSurvey;
  site: ExportSite;
}

export interface DataFilesResult {
  indexed: number;
  searchSeconds: number;
  shortLinks: number;
  shortLinkSeconds: number;
  dataFiles: number;
  dataSeconds: number;
  socialImages: number;
  socialImageSeconds: number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, (performance.now() - start) / 1000];
}

/**
 * The site's text files made from data, as paths under the output folder: `/p/index.json`, the
 * `/p/<id>/` redirects and QR codes, papers.json/csv/bib, data-quality.json, search-data.json,
 * the feeds, each topic's files and each paper's `p/<id>/paper.json` for the list page. The dev server serves these from memory.
 */
export async function* listDataFiles({ survey, site }: Omit<DataFilesJob, 'outDir'>): AsyncGenerator<OutputFile> {
  yield* shortLinkFiles(shortLinkTable(survey.papers, siteUrls(site)));
  yield* surveyFiles(survey, site);
}

/** The data files proper (papers.*, feeds, topic files) and each paper's data for the list page. */
async function* surveyFiles(survey: CompletedSurvey, site: ExportSite): AsyncGenerator<OutputFile> {
  yield* exportFiles(survey, site);
  yield* talkListFiles(survey.papers, site);
}

/**
 * Writes the Pagefind index, the short links, the data files and the social images, all at
 * once: Pagefind works in its own process, sharp on its own threads, the rest on this thread.
 */
export async function makeDataFiles({ outDir, survey, site }: DataFilesJob): Promise<DataFilesResult> {
  const table = shortLinkTable(survey.papers, siteUrls(site));
  const [[indexed, searchSeconds], [, shortLinkSeconds], [dataFiles, dataSeconds], [socialImages, socialImageSeconds]] = await Promise.all([
    timed(() => indexForSearch(outDir, survey.papers)),
    timed(() => writeOutputFiles(outDir, shortLinkFiles(table))),
    timed(() => writeOutputFiles(outDir, surveyFiles(survey, site))),
    timed(() => writeOutputFiles(outDir, socialImageFiles(survey, site))),
  ]);
  return { indexed, searchSeconds, shortLinks: table.links.length, shortLinkSeconds, dataFiles, dataSeconds, socialImages, socialImageSeconds };
}
