import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import * as pagefindService from 'pagefind';
import { RenderCache } from '../../build/render-cache.ts';
import { sitePaths } from '../../lib/links/site-urls.ts';
import type { OutputFile } from '../../lib/output-file.ts';
import { searchDocument, type SearchablePaper } from '../../lib/search/document.ts';

/** Pagefind's version: an index made by another version is not reused. */
export const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

export interface SearchIndex {
  /** The index's files, by path under the output folder (`pagefind/…`). */
  files: OutputFile<Uint8Array>[];
  /** Pages indexed. */
  indexed: number;
  /** Whether the last build's index was reused (the same documents give the same index). */
  reused: boolean;
}

/**
 * Runs Pagefind over the documents (URL, HTML), in the order given so the same papers give the
 * same index. Pagefind writes the index to a staging folder, read back here, rather than handing
 * it over with `getFiles()`: that sends every file base64-encoded inside one base64-encoded JSON
 * message, which this process has to hold whole and decode (at 20,000 papers an index of about
 * 20,000 files, 90 MB on disk; the process was about 0.3 GB larger while it bundled, one run
 * each).
 */
async function runPagefind(documents: readonly [string, string][], staging: string): Promise<OutputFile<Uint8Array>[]> {
  // Emptied first as well: a build stopped midway (the worker ends with the build) leaves it behind.
  await rm(staging, { recursive: true, force: true });
  const { index, errors: createErrors } = await pagefindService.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    await mkdir(staging, { recursive: true });
    const added = await Promise.all(documents.map(([url, content]) => index.addHTMLFile({ url, content })));
    const errors = added.flatMap((result) => result.errors);
    if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length > 0) throw new Error(`Pagefind could not make its index: ${written.errors.join('; ')}`);
    await pagefindService.close();
    return await filesUnder(staging);
  } finally {
    await pagefindService.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Every file under `folder`, as `pagefind/<path>`, in path order. Read one at a time, and
 * synchronously: this runs in the data-files worker, the files are small, and reading 20,000 of
 * them at once runs out of file handles (EMFILE).
 */
async function filesUnder(folder: string): Promise<OutputFile<Uint8Array>[]> {
  const paths = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1).split(sep).join('/'))
    .sort();
  return paths.map((path) => ({ path: `pagefind/${path}`, contents: new Uint8Array(readFileSync(join(folder, ...path.split('/')))) }));
}

/**
 * The Pagefind index of the papers, which the site requests under its base path as
 * `pagefind/`. Each paper is indexed from its data (src/lib/search/document.ts), in slug order.
 * Pagefind has no incremental index, so any change to any document means indexing every paper
 * again; when no document changed (an edit to a topic's overview, a page template, the site's
 * description) the index `cache` kept from the last build is reused instead. Pagefind writes
 * its files to `staging`, a folder of the cache this function empties before and after.
 */
export async function searchIndexFiles(papers: readonly (SearchablePaper & { slug: string })[], staging: string, cache?: RenderCache<Uint8Array>): Promise<SearchIndex> {
  const documents = papers.map((paper): [string, string] => [sitePaths.paper(paper.slug), searchDocument(paper)]);
  let reused = true;
  const draw = async () => {
    reused = false;
    return new Uint8Array(serialize(await runPagefind(documents, staging)));
  };
  const packed = cache ? await cache.getAsync(cacheKeyOf(documents), draw) : await draw();
  return { files: deserialize(packed) as OutputFile<Uint8Array>[], indexed: documents.length, reused };
}

/** What the index is made from: every document, with its URL, in order. */
function cacheKeyOf(documents: readonly [string, string][]): string {
  return RenderCache.key(documents.flat());
}
