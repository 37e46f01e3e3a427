import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shortLinkFiles, type ShortLinkTable } from '../lib/short-links.ts';

/** Where the build publishes the short-link table (src/pages/p/index.json.ts). */
const TABLE = 'p/index.json';
/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const BATCH = 256;

/**
 * Writes the `/p/<id>/` redirect pages and each paper's `qr.svg` at the end of `astro build`,
 * from the short-link table the build published. As plain files they cost a few microseconds
 * each; as Astro routes they cost about a millisecond (see src/lib/short-links.ts).
 */
export function shortLinks(): AstroIntegration {
  return {
    name: 'survey-short-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const table = JSON.parse(await readFile(join(outDir, TABLE), 'utf8')) as ShortLinkTable;
        const folders = new Map<string, Promise<unknown>>();
        let batch: Promise<void>[] = [];
        const write = async (path: string, contents: string) => {
          const folder = dirname(path);
          if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
          await folders.get(folder);
          await writeFile(path, contents);
        };
        for (const file of shortLinkFiles(table)) {
          batch.push(write(join(outDir, file.path), file.contents));
          if (batch.length === BATCH) {
            await Promise.all(batch);
            batch = [];
          }
        }
        await Promise.all(batch);
        logger.info(`${table.links.length} short links and QR codes written`);
      },
    },
  };
}
