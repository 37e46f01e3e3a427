import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inWorker } from './in-worker.ts';
import { removeFilesAndEmptyFolders, replaceFile } from './replace-file.ts';

/**
 * The output folder kept between builds instead of emptied (`vite.build.emptyOutDir: false`).
 *
 * Astro empties the output folder before every build, and its incremental build then copies
 * each unchanged page back from its cache, and the data-files worker writes every file again:
 * at 5,000 papers, deleting the last build's 30,000 files alone took 26 s of a warm build. Kept,
 * an unchanged page is left where it is (Astro skips a page whose output file exists) and so is
 * an unchanged data file (src/build/write-files.ts). That is only right if every file in the
 * folder is exactly what the build described by Astro's incremental manifest left there, and if
 * what this build no longer makes is removed. So:
 *
 * - after a build, a ledger (in the cache folder, one per output folder) records every file's
 *   size and mtime and the hash of Astro's incremental manifest (`incremental-build.json`);
 * - before the next build, a file the ledger does not list as it is now (written or changed by
 *   anything else since) is deleted, so Astro renders or restores it; when the manifest is not
 *   the one the ledger saw (another output folder built since, a build without the incremental
 *   cache, no ledger) the folder is emptied as Astro would;
 * - after the build, a file that was there before and that nothing made or kept this time (a
 *   removed paper's page, an old bundle, a removed public file) is deleted.
 *
 * `tests/build/warm-rebuild.test.ts` checks that a warm build still equals a clean one.
 */

/** Size and mtime of a file, by path relative to the folder. */
export type FileStates = Map<string, { size: number; mtimeMs: number }>;

interface Ledger {
  version: number;
  /** Hash of Astro's incremental manifest after the build, or null for a build without it. */
  manifest: string | null;
  files: Record<string, [size: number, mtimeMs: number]>;
}

const VERSION = 1;

/** Astro's emptyDir keeps a `.git` folder (a deploy checkout); so does this. */
const KEEP = new Set(['.git']);

/**
 * Every file under `dir` (none when it does not exist), with its size and mtime. Synchronous on
 * purpose: for the 31,000 files of a 5,000-paper build, a stat promise per file cost 2.5 s of
 * CPU, the loop below 1 s.
 */
export function fileStates(dir: string): FileStates {
  const states: FileStates = new Map();
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return states;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(dir, file);
    if (KEEP.has(path.split(sep)[0]!)) continue;
    try {
      const info = statSync(file);
      states.set(path, { size: info.size, mtimeMs: info.mtimeMs });
    } catch {
      // removed meanwhile: not there
    }
  }
  return states;
}

const FILE_STATES_WORKER = new URL('./file-states-worker.ts', import.meta.url);

/** `fileStates` on another thread, so that the content sync goes on meanwhile (here where no worker can start). */
export function fileStatesOffThread(dir: string): Promise<FileStates> {
  return inWorker(FILE_STATES_WORKER, { dir }, () => fileStates(dir), 'output listing');
}

const same = (a: { size: number; mtimeMs: number } | undefined, b: { size: number; mtimeMs: number } | undefined) =>
  a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** SHA-256 of a file's bytes, or null when it cannot be read. */
async function fileHash(file: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await readFile(file)).digest('hex');
  } catch {
    return null;
  }
}

async function readTreeLedger(file: string): Promise<Ledger | undefined> {
  try {
    const ledger = JSON.parse(await readFile(file, 'utf8')) as Ledger;
    return ledger.version === VERSION ? ledger : undefined;
  } catch {
    return undefined;
  }
}

/** Everything in `dir` except `.git`, as Astro's emptyDir. */
async function emptyFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  await Promise.all(entries.filter((name) => !KEEP.has(name)).map((name) => rm(join(dir, name), { recursive: true, force: true })));
}

export interface OutputPaths {
  outDir: string;
  /** This output folder's ledger, in the cache folder. */
  ledger: string;
  /** Astro's incremental manifest (`<cacheDir>/incremental-build.json`). */
  manifest: string;
  /** Whether Astro's incremental build is on: pages may then be skipped because their file exists. */
  incremental: boolean;
}

/**
 * Before the build: leaves in the output folder only files as the last build (the one Astro's
 * manifest describes) left them. Returns what is left, for `finishOutput`, and whether the folder
 * had to be emptied and how many files were removed.
 */
export async function prepareOutput(paths: OutputPaths): Promise<{ before: FileStates; emptied: boolean; removed: number }> {
  const ledger = await readTreeLedger(paths.ledger);
  // Read once: a build that fails from here on leaves no ledger, and the next one starts empty.
  await rm(paths.ledger, { force: true });
  // A page whose key is unchanged is skipped when its file exists: the file must come from the
  // build that recorded that key. Without the incremental cache nothing is skipped.
  const trusted = ledger !== undefined && (!paths.incremental || (ledger.manifest !== null && ledger.manifest === (await fileHash(paths.manifest))));
  if (!trusted) {
    await emptyFolder(paths.outDir);
    return { before: new Map(), emptied: true, removed: 0 };
  }
  const states = await fileStatesOffThread(paths.outDir);
  const changed = [...states].filter(([path, state]) => {
    const recorded = ledger.files[path];
    return !recorded || !same(state, { size: recorded[0], mtimeMs: recorded[1] });
  });
  await removeFilesAndEmptyFolders(paths.outDir, changed.map(([path]) => path).sort());
  for (const [path] of changed) states.delete(path);
  return { before: states, emptied: false, removed: changed.length };
}

/**
 * After the build: removes each file that was in the folder before it (`before`), is unchanged
 * since (nothing wrote it), and that the build did not keep as its own (`kept`: pages Astro
 * skipped, data files the worker left alone); then records what the folder holds, with the
 * manifest it goes with, for the next build. Returns how many files were removed.
 */
export async function finishOutput(paths: OutputPaths, before: FileStates, kept: ReadonlySet<string>): Promise<number> {
  const states = fileStates(paths.outDir);
  const stale = [...before].filter(([path, state]) => !kept.has(path) && same(states.get(path), state)).map(([path]) => path);
  await removeFilesAndEmptyFolders(paths.outDir, stale.sort());
  for (const path of stale) states.delete(path);
  const files = Object.fromEntries([...states].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, { size, mtimeMs }]) => [path, [size, mtimeMs] as [number, number]]));
  const ledger: Ledger = { version: VERSION, manifest: paths.incremental ? await fileHash(paths.manifest) : null, files };
  await replaceFile(paths.ledger, JSON.stringify(ledger));
  return stale.length;
}
