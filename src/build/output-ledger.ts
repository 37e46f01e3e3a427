import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { replaceFile } from './replace-file.ts';
import { contentHash, type WrittenFile, type WrittenFiles } from './write-files.ts';

/**
 * The ledger of the files the data-files worker wrote into an output folder: path → hash,
 * size and mtime. The next build reads it to leave unchanged files alone and to remove the
 * files it no longer makes (src/build/write-files.ts). It lives in the cache folder, never in
 * the output (which must equal a clean build's), one per output folder, since builds into
 * different folders share a cache.
 */
const VERSION = 1;

/** The ledger's file for an output folder, under the cache folder. */
export function ledgerFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, `written-${contentHash(resolve(outDir)).slice(0, 16)}.json`);
}

/** The last build's files; none when there is no ledger or it cannot be read (then nothing is removed). */
export async function readLedger(file: string): Promise<WrittenFiles> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { version: number; files: Record<string, WrittenFile> };
    if (data.version !== VERSION) return new Map();
    return new Map(Object.entries(data.files));
  } catch {
    return new Map();
  }
}

/** Saves the ledger (paths sorted, so the same files give the same ledger), replacing the old one at once. */
export async function writeLedger(file: string, files: WrittenFiles): Promise<void> {
  const sorted = Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await replaceFile(file, JSON.stringify({ version: VERSION, files: sorted }));
}
