import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes `data` to `file` aside (`<file>.<pid>.tmp`) and renames it into place, creating the
 * folder: a build stopped mid-write leaves the old file or the new one, never half of one, and two
 * builds sharing a cache folder do not write into each other's partial file. For the caches and
 * ledgers kept between builds (never for the output folder, which must equal a clean build's).
 */
export async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}

/** `replaceFile` for the synchronous analysis cache. */
export function replaceFileSync(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** Removes files (paths relative to `dir`), then the folders that left empty, deepest first. */
export async function removeFilesAndEmptyFolders(dir: string, paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(join(dir, path), { force: true })));
  const folders = new Set<string>();
  for (const path of paths) for (let folder = dirname(path); folder !== '.' && folder !== ''; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(join(dir, folder)).catch(() => undefined); // not empty: something still lives there
  }
}
