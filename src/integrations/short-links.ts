import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { shortLinkFiles, type ShortLinkTable } from '../lib/short-links.ts';

/** Where the build publishes the short-link table (src/pages/p/index.json.ts). */
const TABLE = 'p/index.json';
/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const BATCH = 256;

/**
 * Writes the `/p/<id>/` redirect pages and each paper's `qr.svg` from the short-link table the
 * build published. As plain files they cost a few microseconds each; as Astro routes they cost
 * about a millisecond (see src/lib/short-links.ts). Returns the number of short links.
 */
export async function writeShortLinks(outDir: string): Promise<number> {
  const table = JSON.parse(await readFile(join(outDir, TABLE), 'utf8')) as ShortLinkTable;
  const folders = new Map<string, Promise<unknown>>();
  const write = async (path: string, contents: string) => {
    const folder = dirname(path);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await writeFile(path, contents);
  };
  let batch: Promise<void>[] = [];
  for (const file of shortLinkFiles(table)) {
    batch.push(write(join(outDir, file.path), file.contents));
    if (batch.length === BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return table.links.length;
}
