import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ledgerFile, readLedger } from '../build/output-ledger.ts';
import { finishOutput, prepareOutput, type FileStates, type OutputPaths } from '../build/output-tree.ts';
import { contentHash } from '../build/write-files.ts';

/** The output folder as a build starts: what the last build left in it, and whether it was kept at all. */
export interface PreparedOutput {
  before: FileStates;
  emptied: boolean;
  removed: number;
}

/**
 * Keeps the output folder between builds rather than letting Astro empty it
 * (`vite.build.emptyOutDir: false` in astro.config.mjs), so a warm build leaves unchanged pages
 * and data files where they are, and still equals a clean build: see src/build/output-tree.ts.
 * Listed after the data-files integration, whose files it must know at `astro:build:done`.
 * `prepared` settles once the folder is ready for the build (the data-files worker waits for it).
 */
export function keptOutput(): AstroIntegration & { prepared: Promise<PreparedOutput> } {
  let paths: OutputPaths | undefined;
  let dataFilesLedger = '';
  let command = '';
  let preparing = false;
  let ready: (prepared: Promise<PreparedOutput>) => void = () => undefined;
  const prepared = new Promise<PreparedOutput>((resolve) => (ready = resolve));
  prepared.catch(() => undefined); // a failure is thrown at astro:build:start, not as an unhandled rejection before it

  return {
    name: 'survey-kept-output',
    prepared,
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        const outDir = fileURLToPath(config.outDir);
        const cacheDir = fileURLToPath(config.cacheDir);
        paths = {
          outDir,
          ledger: join(cacheDir, 'survey-output', `tree-${contentHash(resolve(outDir)).slice(0, 16)}.json`),
          manifest: join(cacheDir, 'incremental-build.json'),
          incremental: Boolean(config.experimental.incrementalBuild),
        };
        // The data-files worker's ledger of the files it made (src/integrations/data-files/).
        dataFilesLedger = ledgerFile(join(cacheDir, 'survey-data-files'), outDir);
        // Checked while the content syncs (Astro writes nothing into the folder before the
        // build starts), so a warm build's data files can start as soon as the survey is there.
        if (command === 'build' && !preparing) {
          preparing = true; // once: a second check would find the ledger used up and empty the folder
          ready(prepareOutput(paths));
        }
      },
      'astro:build:start': async ({ logger }) => {
        const { before, emptied, removed } = await prepared;
        logger.info(emptied ? 'Output folder emptied (no record of it that goes with the page cache)' : `Output folder kept: ${before.size} files${removed > 0 ? `, ${removed} changed since the last build removed` : ''}`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        const { outDir } = paths!;
        const pages = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)));
        const dataFiles = (await readLedger(dataFilesLedger)).keys();
        const removed = await finishOutput(paths!, (await prepared).before, new Set([...pages, ...dataFiles]));
        if (removed > 0) logger.info(`${removed} files the last build made and this one did not removed`);
      },
    },
  };
}
