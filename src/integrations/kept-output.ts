import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ledgerFile, readLedger } from '../build/output-ledger.ts';
import { prepareOutput, recordOutput, removeUnmade, type FileStates, type OutputPaths } from '../build/output-tree.ts';
import { contentHash } from '../build/write-files.ts';
import { join, relative, resolve } from 'node:path';

/**
 * Keeps the output folder between builds rather than letting Astro empty it
 * (`vite.build.emptyOutDir: false` in astro.config.mjs), so a warm build leaves unchanged pages
 * and data files where they are, and still equals a clean build: see src/build/output-tree.ts.
 * Listed after the data-files integration, whose files it must know at `astro:build:done`.
 */
export function keptOutput(): AstroIntegration {
  let paths: OutputPaths | undefined;
  let dataFilesLedger = '';
  let before: FileStates = new Map();

  return {
    name: 'survey-kept-output',
    hooks: {
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
      },
      'astro:build:start': async ({ logger }) => {
        const prepared = await prepareOutput(paths!);
        before = prepared.before;
        logger.info(prepared.emptied ? 'Output folder emptied (no record of it that goes with the page cache)' : `Output folder kept: ${before.size} files${prepared.removed > 0 ? `, ${prepared.removed} changed since the last build removed` : ''}`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        const { outDir } = paths!;
        const pages = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)));
        const dataFiles = (await readLedger(dataFilesLedger)).keys();
        const removed = await removeUnmade(outDir, before, new Set([...pages, ...dataFiles]));
        if (removed > 0) logger.info(`${removed} files the last build made and this one did not removed`);
        await recordOutput(paths!);
      },
    },
  };
}
