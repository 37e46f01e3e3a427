import { join } from 'node:path';
import { ledgerFile, readLedger, writeLedger } from '../../build/output-ledger.ts';
import { indexedPapers, type IndexedPaper } from '../../build/handoff.ts';
import { RenderCache } from '../../build/render-cache.ts';
import { createOutputWriter } from '../../build/write-files.ts';
import { exportFiles, type ExportSite } from '../../lib/exports/export-files.ts';
import { shortLinkFiles, shortLinkTable } from '../../lib/links/short-link-files.ts';
import { siteUrls } from '../../lib/links/site-urls.ts';
import type { OutputFile } from '../../lib/output-file.ts';
import type { CompletedSurvey } from '../../lib/survey.ts';
import { talkListFiles } from '../../lib/talk-list/list-data.ts';
import { miniMapFiles } from '../../lib/map/mini-map-files.ts';
import { cachedQrCodes, qrCodeStamp } from './qr-codes.ts';
import { PAGEFIND_VERSION, searchIndexFiles } from './search-index.ts';
import { SOCIAL_IMAGE_STAMP, socialImageFiles } from './social-images.ts';

/** What the site needs besides its pages, and where it goes. */
export interface DataFilesJob {
  outDir: string;
  /** Where the worker keeps what outlives a build: the ledger of written files, the drawn QR codes, social images and search index. */
  cacheDir: string;
  /**
   * The papers with their topics, which the search index is made of, when the worker starts
   * before the survey is complete (as soon as the papers are classified); otherwise the
   * survey's own papers.
   */
  indexed?: IndexedPaper[];
  /** The completed survey, which the rest is made of. */
  survey: Promise<CompletedSurvey>;
  site: ExportSite;
  /**
   * Called once the search index is made, before its files are written: Pagefind's process has
   * been told to stop by then, or the last build's index is reused (no process ran).
   */
  onSearchIndexMade?: () => void;
}

/** What the worker (worker.ts) posts on the survey's port once the search index is made. */
export interface SearchIndexMadeMessage {
  searchIndexMade: true;
}

export interface DataFilesResult {
  indexed: number;
  /** Whether the last build's search index was reused (no document changed). */
  searchReused: boolean;
  searchSeconds: number;
  shortLinks: number;
  /** QR codes drawn this build (the rest came from the cache). */
  qrDrawn: number;
  shortLinkSeconds: number;
  dataFiles: number;
  dataSeconds: number;
  socialImages: number;
  /** Social images rasterized this build (the rest came from the cache). */
  socialImagesDrawn: number;
  socialImageSeconds: number;
  /** Every file the worker made, of which `written` had new bytes and `removed` the last build's files it no longer makes. */
  files: number;
  written: number;
  removed: number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, (performance.now() - start) / 1000];
}

/**
 * The site's text files made from data, as paths under the output folder: `/p/index.json`, the
 * `/p/<id>/` redirects and QR codes, papers.json/csv/bib, data-quality.json, search-data.json,
 * the feeds, each topic's files, each paper's `p/<id>/paper.json` for the list page and `p/<id>/map.json` for its small map. The
 * dev server serves these from memory, drawing QR codes with `drawQr`.
 */
export async function* listDataFiles({ survey, site }: { survey: CompletedSurvey; site: ExportSite }, drawQr?: Parameters<typeof shortLinkFiles>[1]): AsyncGenerator<OutputFile> {
  yield* shortLinkFiles(shortLinkTable(survey.papers, siteUrls(site)), drawQr);
  yield* surveyFiles(survey, site);
}

/** The data files proper (papers.*, feeds, topic files), each paper's data for the list page and its small map. */
async function* surveyFiles(survey: CompletedSurvey, site: ExportSite): AsyncGenerator<OutputFile> {
  yield* exportFiles(survey, site);
  yield* talkListFiles(survey.papers, site);
  yield* miniMapFiles(survey.papers, survey.topics);
}

/** The index's files as the writer takes them, each let go once written. */
async function* filesOf<T>(files: (T | undefined)[]): AsyncGenerator<T> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    files[i] = undefined;
    yield file;
  }
}

/**
 * Writes the Pagefind index, the short links, the data files and the social images, all at
 * once: Pagefind works in its own process, sharp on its own threads, the rest on this thread.
 * A file whose bytes are unchanged since the last build is left alone, the last build's files
 * this one no longer makes are removed (src/build/write-files.ts), and QR codes, social images
 * and the search index come from the cache when what they are made from is unchanged.
 */
export async function makeDataFiles({ outDir, cacheDir, indexed, survey: completed, site, onSearchIndexMade }: DataFilesJob): Promise<DataFilesResult> {
  const ledger = ledgerFile(cacheDir, outDir);
  const [previous, qrCache, imageCache, searchCache] = await Promise.all([
    readLedger(ledger),
    RenderCache.open<string>(join(cacheDir, 'qr-codes.v8'), qrCodeStamp()),
    RenderCache.open<Uint8Array>(join(cacheDir, 'social-images.v8'), SOCIAL_IMAGE_STAMP),
    RenderCache.open<Uint8Array>(join(cacheDir, 'search-index.v8'), `pagefind ${PAGEFIND_VERSION}`),
  ]);
  const writer = createOutputWriter(outDir, previous);
  // The search index first: Pagefind indexes in its own process while related papers are still ranked.
  // The index's files (about 20,000 at 20,000 papers) are let go as they are written; the
  // cache keeps them packed in one buffer until it is saved.
  const staging = join(cacheDir, 'pagefind-staging');
  const indexing = timed(async () => {
    const { files, indexed: pages, reused } = await (indexed ? searchIndexFiles(indexed, staging, searchCache) : completed.then((survey) => searchIndexFiles(indexedPapers(survey.papers, survey.topics), staging, searchCache)));
    onSearchIndexMade?.();
    return { ...(await writer.write(filesOf(files))), pages, reused };
  });
  indexing.catch(() => undefined); // reported by the Promise.all below, not as unhandled meanwhile
  const survey = await completed;
  const table = shortLinkTable(survey.papers, siteUrls(site));
  const [[indexFiles, searchSeconds], [links, shortLinkSeconds], [data, dataSeconds], [images, socialImageSeconds]] = await Promise.all([
    indexing,
    timed(() => writer.write(shortLinkFiles(table, cachedQrCodes(qrCache)))),
    timed(() => writer.write(surveyFiles(survey, site))),
    timed(() => writer.write(socialImageFiles(survey, site, imageCache))),
  ]);
  const removed = await writer.removeStale();
  const written = writer.written();
  await Promise.all([writeLedger(ledger, written), qrCache.save(), imageCache.save(), searchCache.save()]);
  return {
    indexed: indexFiles.pages,
    searchReused: indexFiles.reused,
    searchSeconds,
    shortLinks: table.links.length,
    qrDrawn: qrCache.counts.misses,
    shortLinkSeconds,
    dataFiles: data.files,
    dataSeconds,
    socialImages: images.files,
    socialImagesDrawn: imageCache.counts.misses,
    socialImageSeconds,
    files: written.size,
    written: indexFiles.written + links.written + data.written + images.written,
    removed: removed.length,
  };
}
