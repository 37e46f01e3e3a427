import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from './link-check.ts';

/** SHA-256 of every file under `dir`, by relative path. */
export function treeHashes(dir: string): Map<string, string> {
  return new Map(siteFiles(dir).sort().map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** Paths whose content differs between two trees, or that exist in only one. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}
