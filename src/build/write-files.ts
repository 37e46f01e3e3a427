import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { removeFilesAndEmptyFolders } from './replace-file.ts';
import type { OutputFile } from '../lib/output-file.ts';

/** Files handled at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const BATCH = 256;

/** What the last build wrote at a path: its bytes' hash, and the size and mtime it had when written. */
export interface WrittenFile {
  hash: string;
  size: number;
  mtimeMs: number;
}

/** Every file a build wrote, by path under the output folder (see output-ledger.ts). */
export type WrittenFiles = Map<string, WrittenFile>;

export interface WriteCounts {
  /** Files made this build. */
  files: number;
  /** Of those, files whose bytes had to be written (new, changed, or missing from the folder). */
  written: number;
}

/** SHA-256 of a file's bytes, as hex. */
export function contentHash(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

const statOrUndefined = (path: string) => stat(path).catch(() => undefined);

/**
 * Writes the files the build makes outside Astro's routes, touching only what changed, so a
 * rebuild leaves an unchanged file as it was (same bytes, same mtime: deploy tools that
 * compare size and time upload only what changed), and removes what this build no longer
 * makes, so a rebuilt folder equals a clean build's.
 *
 * `previous` is what the last build into this folder wrote (the ledger). A file is left alone
 * when the folder still holds it as recorded (size and mtime) and its bytes' hash is the same,
 * or when its bytes on disk equal the new ones (a folder written without a ledger). Otherwise
 * it is written; when Astro emptied the folder and the bytes equal the last build's, the file
 * gets back the mtime it had, since nothing in it changed.
 */
export function createOutputWriter(outDir: string, previous: WrittenFiles = new Map()) {
  const current: WrittenFiles = new Map();
  const folders = new Map<string, Promise<unknown>>();

  async function keepOrWrite(path: string, contents: string | Uint8Array): Promise<boolean> {
    const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
    const hash = contentHash(bytes);
    const file = join(outDir, path);
    const before = previous.get(path);
    const onDisk = await statOrUndefined(file);
    if (onDisk && before && before.hash === hash && onDisk.size === before.size && onDisk.mtimeMs === before.mtimeMs) {
      current.set(path, before);
      return false;
    }
    if (onDisk && onDisk.size === bytes.byteLength && Buffer.compare(await readFile(file), bytes) === 0) {
      current.set(path, { hash, size: onDisk.size, mtimeMs: onDisk.mtimeMs });
      return false;
    }
    const folder = dirname(file);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await writeFile(file, bytes);
    if (before?.hash === hash) await utimes(file, before.mtimeMs / 1000, before.mtimeMs / 1000);
    const written = await stat(file);
    current.set(path, { hash, size: written.size, mtimeMs: written.mtimeMs });
    return true;
  }

  return {
    /** Writes (or keeps) files as they come, a batch at a time. Paths are relative to the output folder. */
    async write(files: Iterable<OutputFile<string | Uint8Array>> | AsyncIterable<OutputFile<string | Uint8Array>>): Promise<WriteCounts> {
      const counts: WriteCounts = { files: 0, written: 0 };
      let batch: Promise<void>[] = [];
      const settle = async () => {
        await Promise.all(batch);
        batch = [];
      };
      for await (const { path, contents } of files) {
        if (current.has(path)) throw new Error(`Two data files would be written to ${path}`);
        current.set(path, { hash: '', size: -1, mtimeMs: -1 }); // claimed now, recorded once written
        counts.files++;
        batch.push(keepOrWrite(path, contents).then((wrote) => void (wrote && counts.written++)));
        if (batch.length === BATCH) await settle();
      }
      await settle();
      return counts;
    },

    /**
     * Removes the files the last build wrote and this one did not (a removed paper's short link,
     * QR code and list data), then the folders that left empty. A file that changed since the
     * last build wrote it (something else wrote there since) is left alone. Returns their paths.
     */
    async removeStale(): Promise<string[]> {
      const stale = [...previous.keys()].filter((path) => !current.has(path)).sort();
      const removed: string[] = [];
      for (const path of stale) {
        const file = join(outDir, path);
        const onDisk = await statOrUndefined(file);
        const recorded = previous.get(path)!;
        if (onDisk && onDisk.size === recorded.size && onDisk.mtimeMs === recorded.mtimeMs) removed.push(path);
      }
      await removeFilesAndEmptyFolders(outDir, removed);
      return removed;
    },

    /** What this build wrote, for the next build's ledger. */
    written(): WrittenFiles {
      return current;
    },
  };
}

/**
 * Writes files under `outDir` without a ledger: each file whose bytes changed, nothing removed.
 * Returns the number of files made.
 */
export async function writeOutputFiles(outDir: string, files: Iterable<OutputFile<string | Uint8Array>> | AsyncIterable<OutputFile<string | Uint8Array>>): Promise<number> {
  return (await createOutputWriter(outDir).write(files)).files;
}
