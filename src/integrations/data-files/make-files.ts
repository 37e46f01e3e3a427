import { dataExportFiles, type ExportedSite } from '../../lib/exports/export-files.ts';
import type { OutputFile } from '../../lib/exports/output-file.ts';
import { shortLinkFiles, shortLinkTable } from '../../lib/links/short-link-files.ts';
import { indexForSearch } from './search-index.ts';
import { socialCardFiles } from './social-images.ts';
import type { HandedSurvey } from '../../build/handoff.ts';
import { writeOutputFiles } from '../../build/write-files.ts';

/** What the site needs besides its pages, and where it goes. */
export interface FinishJob {
  outDir: string;
  survey: HandedSurvey;
  site: ExportedSite;
}

export interface FinishResult {
  indexed: number;
  searchSeconds: number;
  shortLinks: number;
  shortLinkSeconds: number;
  dataFiles: number;
  dataSeconds: number;
  socialCards: number;
  socialCardSeconds: number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, (performance.now() - start) / 1000];
}

/**
 * The site's files made from data alone, as paths under the output folder: `/p/index.json`, the
 * `/p/<id>/` redirects and QR codes, papers.json/csv/bib, the feeds and each topic's files.
 */
export async function* siteDataFiles({ survey, site }: Omit<FinishJob, 'outDir'>): AsyncGenerator<OutputFile> {
  yield* shortLinkFiles(shortLinkTable(survey.papers, site));
  yield* dataExportFiles(survey.papers, survey.topics, site);
}

/**
 * Writes the Pagefind index, the short links, the data files and the social images, all at
 * once: Pagefind works in its own process, sharp on its own threads, the rest on this thread.
 */
export async function finishWork({ outDir, survey, site }: FinishJob): Promise<FinishResult> {
  const table = shortLinkTable(survey.papers, site);
  const [[indexed, searchSeconds], [, shortLinkSeconds], [dataFiles, dataSeconds], [socialCards, socialCardSeconds]] = await Promise.all([
    timed(() => indexForSearch(outDir, survey.papers)),
    timed(() => writeOutputFiles(outDir, shortLinkFiles(table))),
    timed(() => writeOutputFiles(outDir, dataExportFiles(survey.papers, survey.topics, site))),
    timed(() => writeOutputFiles(outDir, socialCardFiles(survey, site))),
  ]);
  return { indexed, searchSeconds, shortLinks: table.links.length, shortLinkSeconds, dataFiles, dataSeconds, socialCards, socialCardSeconds };
}
