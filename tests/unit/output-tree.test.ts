import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStates, fileStatesOffThread, finishOutput, prepareOutput, type OutputPaths } from '../../src/build/output-tree.ts';

/** An output folder, its ledger and a stand-in for Astro's incremental manifest. */
function setup(incremental = true): OutputPaths {
  const work = mkdtempSync(join(tmpdir(), 'survey-output-tree-'));
  const paths = { outDir: join(work, 'dist'), ledger: join(work, 'cache/tree.json'), manifest: join(work, 'cache/incremental-build.json'), incremental };
  mkdirSync(dirname(paths.manifest), { recursive: true });
  writeFileSync(paths.manifest, '{"build":1}');
  return paths;
}

function put(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

/** A finished build: these files in the folder, recorded with the manifest. */
async function built(paths: OutputPaths, contents: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(contents)) put(paths.outDir, path, text);
  await finishOutput(paths, new Map(), new Set());
}

describe('a kept output folder', () => {
  it('keeps the files the last build left as it left them', async () => {
    const paths = setup();
    await built(paths, { 'a/index.html': 'A', 'b/index.html': 'B' });
    const prepared = await prepareOutput(paths);
    expect(prepared).toMatchObject({ emptied: false, removed: 0 });
    expect([...prepared.before.keys()].sort()).toEqual(['a/index.html', 'b/index.html']);
    expect(files(paths.outDir)).toEqual(['a/index.html', 'b/index.html']);
  });

  it('removes a file changed or added since the last build, so the build makes it afresh', async () => {
    const paths = setup();
    await built(paths, { 'a/index.html': 'A', 'b/index.html': 'B' });
    put(paths.outDir, 'a/index.html', 'edited by hand');
    utimesSync(join(paths.outDir, 'b/index.html'), new Date(1_000), new Date(1_000));
    put(paths.outDir, 'stray/file.txt', 'x');
    const prepared = await prepareOutput(paths);
    expect(prepared.removed).toBe(3);
    expect(files(paths.outDir)).toEqual([]);
    expect(existsSync(join(paths.outDir, 'stray'))).toBe(false);
  });

  it('empties the folder when the page cache is not the one the ledger saw, or there is no ledger', async () => {
    const paths = setup();
    await built(paths, { 'a/index.html': 'A' });
    writeFileSync(paths.manifest, '{"build":2}'); // another output folder was built with this cache since
    expect((await prepareOutput(paths)).emptied).toBe(true);
    expect(files(paths.outDir)).toEqual([]);

    put(paths.outDir, 'a/index.html', 'A');
    put(paths.outDir, '.git/HEAD', 'ref'); // a deploy checkout, kept as Astro keeps it
    expect((await prepareOutput(paths)).emptied).toBe(true); // the ledger was used up by the last prepare
    expect(files(paths.outDir)).toEqual(['.git/HEAD']);
  });

  it('after a build without the page cache, the next build with it starts empty', async () => {
    const paths = setup(false);
    await built(paths, { 'a/index.html': 'A' });
    expect((await prepareOutput({ ...paths, incremental: true })).emptied).toBe(true);
  });

  it('removes what the last build made and this one neither made nor kept', async () => {
    const paths = setup();
    await built(paths, { 'kept/index.html': 'K', 'gone/index.html': 'G', 'deep/er/old.css': 'C', 'rewritten.html': 'R', 'data.json': '{}' });
    const { before } = await prepareOutput(paths);
    put(paths.outDir, 'rewritten.html', 'R2'); // rendered again this build
    put(paths.outDir, 'new/index.html', 'N');
    const removed = await finishOutput(paths, before, new Set(['kept/index.html', 'data.json']));
    expect(removed).toBe(2);
    expect(files(paths.outDir)).toEqual(['data.json', 'kept/index.html', 'new/index.html', 'rewritten.html']);
    expect(existsSync(join(paths.outDir, 'deep'))).toBe(false);
    // and the next build keeps exactly what is left
    const next = await prepareOutput(paths);
    expect(next).toMatchObject({ emptied: false, removed: 0 });
    expect([...next.before.keys()].sort()).toEqual(['data.json', 'kept/index.html', 'new/index.html', 'rewritten.html']);
  });

  it('lists the folder on another thread as it lists it here: every file with its size and mtime', async () => {
    const paths = setup();
    put(paths.outDir, 'a/index.html', 'AAA');
    put(paths.outDir, 'b/c/d.json', '{}');
    utimesSync(join(paths.outDir, 'a/index.html'), 1_700_000_000.123, 1_700_000_000.123);
    const here = fileStates(paths.outDir);
    expect([...here.keys()].sort()).toEqual(['a/index.html', join('b', 'c', 'd.json')]);
    expect(await fileStatesOffThread(paths.outDir)).toEqual(here);
    expect(await fileStatesOffThread(join(paths.outDir, 'none'))).toEqual(new Map());
  });
});
