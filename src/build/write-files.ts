import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../lib/output-file.ts';

/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const BATCH = 256;

/**
 * Writes files under `outDir` as they come, a batch at a time, creating each folder once.
 * Returns the number of files written.
 */
export async function writeOutputFiles(outDir: string, files: Iterable<OutputFile<string | Uint8Array>> | AsyncIterable<OutputFile<string | Uint8Array>>): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const write = async (path: string, contents: string | Uint8Array) => {
    const folder = dirname(path);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await writeFile(path, contents);
  };
  let count = 0;
  let batch: Promise<void>[] = [];
  for await (const file of files) {
    batch.push(write(join(outDir, file.path), file.contents));
    count++;
    if (batch.length === BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return count;
}
