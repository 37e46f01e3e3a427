import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerFile, readLedger, writeLedger } from '../../src/build/output-ledger.ts';
import { createOutputWriter, type WrittenFiles } from '../../src/build/write-files.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'survey-write-files-'));
const files = (entries: Record<string, string>) => Object.entries(entries).map(([path, contents]) => ({ path, contents }));
const OLD = new Date('2001-02-03T04:05:06Z');

/** One build's worth of writing: the files, then the stale ones removed; returns what it wrote for the next build. */
async function build(outDir: string, made: Record<string, string>, previous?: WrittenFiles) {
  const writer = createOutputWriter(outDir, previous);
  const counts = await writer.write(files(made));
  const removed = await writer.removeStale();
  return { counts, removed, written: writer.written() };
}

function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? [`${path}/`, ...tree(dir, path)] : [path];
  }).sort();
}

describe('createOutputWriter', () => {
  it('writes every file the first time, in nested folders', async () => {
    const out = folder();
    const { counts } = await build(out, { 'a.json': '{}', 'p/x1/index.html': '<p>x</p>', 'p/x1/paper.json': '[1]' });
    expect(counts).toEqual({ files: 3, written: 3 });
    expect(readFileSync(join(out, 'p/x1/index.html'), 'utf8')).toBe('<p>x</p>');
  });

  it('leaves files with unchanged bytes alone, keeping their mtime, and writes only what changed', async () => {
    const out = folder();
    const first = await build(out, { 'a.json': '{"n":1}', 'b.json': 'same' });
    const mtimeB = statSync(join(out, 'b.json')).mtimeMs;
    const second = await build(out, { 'a.json': '{"n":2}', 'b.json': 'same' }, first.written);
    expect(second.counts).toEqual({ files: 2, written: 1 });
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('{"n":2}');
    expect(statSync(join(out, 'b.json')).mtimeMs).toBe(mtimeB);
  });

  it('compares the bytes on disk when there is no ledger, so an old folder is not rewritten', async () => {
    const out = folder();
    writeFileSync(join(out, 'b.json'), 'same');
    utimesSync(join(out, 'b.json'), OLD, OLD);
    const { counts } = await build(out, { 'b.json': 'same', 'c.json': 'new' });
    expect(counts.written).toBe(1);
    expect(statSync(join(out, 'b.json')).mtime).toEqual(OLD);
  });

  it('rewrites a file whose bytes on disk differ from what it recorded, though the ledger says the hash is the same', async () => {
    const out = folder();
    const first = await build(out, { 'a.json': 'good' });
    writeFileSync(join(out, 'a.json'), 'edit');
    const second = await build(out, { 'a.json': 'good' }, first.written);
    expect(second.counts.written).toBe(1);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('good');
  });

  it('gives unchanged bytes back their mtime when the folder was emptied (as astro build does)', async () => {
    const out = folder();
    writeFileSync(join(out, 'keep.json'), 'same');
    utimesSync(join(out, 'keep.json'), OLD, OLD);
    const first = await build(out, { 'keep.json': 'same', 'new.json': 'v1' });
    rmSync(out, { recursive: true });
    const second = await build(out, { 'keep.json': 'same', 'new.json': 'v2' }, first.written);
    expect(second.counts.written).toBe(2);
    expect(statSync(join(out, 'keep.json')).mtime).toEqual(OLD);
    expect(statSync(join(out, 'new.json')).mtime).not.toEqual(OLD);
  });

  it('removes what the last build wrote and this one does not, and the folders that leaves empty', async () => {
    const out = folder();
    const first = await build(out, { 'p/index.json': '[a,b]', 'p/a1/index.html': 'a', 'p/a1/paper.json': 'a', 'p/b2/index.html': 'b' });
    writeFileSync(join(out, 'page.html'), 'a page Astro wrote');
    const second = await build(out, { 'p/index.json': '[b]', 'p/b2/index.html': 'b' }, first.written);
    expect(second.removed).toEqual(['p/a1/index.html', 'p/a1/paper.json']);
    expect(tree(out)).toEqual(['p/', 'p/b2/', 'p/b2/index.html', 'p/index.json', 'page.html']);
  });

  it('keeps a stale file something else has written since, and a folder that still holds a file', async () => {
    const out = folder();
    const first = await build(out, { 'papers/x/qr.svg': 'qr', 'gone.json': 'old' });
    writeFileSync(join(out, 'papers/x/index.html'), 'the page');
    writeFileSync(join(out, 'gone.json'), 'rewritten by someone else');
    const second = await build(out, {}, first.written);
    expect(second.removed).toEqual(['papers/x/qr.svg']);
    expect(tree(out)).toEqual(['gone.json', 'papers/', 'papers/x/', 'papers/x/index.html']);
  });

  it('refuses two files at one path', async () => {
    await expect(createOutputWriter(folder()).write([...files({ 'a.json': '1' }), ...files({ 'a.json': '2' })])).rejects.toThrow(/a\.json/);
  });
});

describe('the output ledger', () => {
  it('reads back what it saved, sorted by path, and one file per output folder', async () => {
    const cache = folder();
    const file = ledgerFile(cache, '/site/dist');
    expect(ledgerFile(cache, '/site/dist-other')).not.toBe(file);
    const written: WrittenFiles = new Map([
      ['z.json', { hash: 'b', size: 2, mtimeMs: 2 }],
      ['a.json', { hash: 'a', size: 1, mtimeMs: 1.5 }],
    ]);
    await writeLedger(file, written);
    expect([...(await readLedger(file))]).toEqual([...written].reverse());
  });

  it('counts a missing or unreadable ledger as none', async () => {
    const cache = folder();
    expect((await readLedger(join(cache, 'missing.json'))).size).toBe(0);
    writeFileSync(join(cache, 'broken.json'), '{"version":1,');
    expect((await readLedger(join(cache, 'broken.json'))).size).toBe(0);
    writeFileSync(join(cache, 'future.json'), JSON.stringify({ version: 99, files: { 'a.json': { hash: 'a', size: 1, mtimeMs: 1 } } }));
    expect((await readLedger(join(cache, 'future.json'))).size).toBe(0);
  });
});
