import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSite } from '../build/build-helpers.ts';
import { treeDifferences, treeHashes } from '../support/tree-hash.ts';

const root = join(import.meta.dirname, '../..');

test('a clean rebuild of the same seeds is byte-identical to dist/', () => {
  test.setTimeout(240_000);
  const build = buildSite(process.env.SEEDS_DIR || join(root, 'seeds'), process.env.BASE ? { BASE: process.env.BASE } : {});
  expect(build.status, build.output).toBe(0);
  const differences = treeDifferences(treeHashes(join(root, 'dist')), treeHashes(build.outDir));
  expect(differences.slice(0, 20), `${differences.length} files differ`).toEqual([]);
});
