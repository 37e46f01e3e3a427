import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderCache } from '../../src/build/render-cache.ts';

const packFile = () => join(mkdtempSync(join(tmpdir(), 'survey-render-cache-')), 'pack.v8');

/** A drawing function that counts its calls. */
function counter() {
  const drawn: string[] = [];
  return { drawn, draw: (input: string) => () => (drawn.push(input), `<svg>${input}</svg>`) };
}

/** One build: draws (or finds) each input, saves, and says what it drew. */
async function build(file: string, inputs: string[], stamp = 'v1') {
  const cache = await RenderCache.open<string>(file, stamp);
  const { drawn, draw } = counter();
  const out = inputs.map((input) => cache.get(RenderCache.key([input]), draw(input)));
  await cache.save();
  return { drawn, out, counts: cache.counts };
}

describe('RenderCache', () => {
  it('draws only what the last build did not, and gives back the same drawing', async () => {
    const file = packFile();
    const cold = await build(file, ['a', 'b']);
    const warm = await build(file, ['a', 'b', 'c']);
    expect(cold.drawn).toEqual(['a', 'b']);
    expect(warm.drawn).toEqual(['c']);
    expect(warm.out).toEqual(['<svg>a</svg>', '<svg>b</svg>', '<svg>c</svg>']);
    expect(warm.counts).toEqual({ hits: 2, misses: 1 });
  });

  it('keeps binary drawings byte for byte (async drawing)', async () => {
    const file = packFile();
    const png = new Uint8Array([137, 80, 78, 71, 0, 255]);
    const first = await RenderCache.open<Uint8Array>(file, 'v1');
    await first.getAsync('k', async () => png);
    await first.save();
    const second = await RenderCache.open<Uint8Array>(file, 'v1');
    expect(await second.getAsync('k', async () => new Uint8Array([0]))).toEqual(png);
  });

  it('drops everything saved under another stamp (other code or library version)', async () => {
    const file = packFile();
    await build(file, ['a']);
    expect((await build(file, ['a'], 'v2')).drawn).toEqual(['a']);
  });

  it('keeps only the entries this build used', async () => {
    const file = packFile();
    await build(file, ['a', 'b']);
    await build(file, ['b']);
    expect((await build(file, ['a', 'b'])).drawn).toEqual(['a']);
  });

  it('saves the same bytes for the same build, and leaves the file alone when nothing changed', async () => {
    const [one, two] = [packFile(), packFile()];
    await build(one, ['a', 'b']);
    await build(two, ['a', 'b']);
    expect(readFileSync(one)).toEqual(readFileSync(two));
    const old = new Date('2001-02-03T04:05:06Z');
    utimesSync(one, old, old);
    await build(one, ['a', 'b']);
    expect(statSync(one).mtime).toEqual(old);
  });

  it('counts an unreadable pack as empty', async () => {
    const file = packFile();
    writeFileSync(file, 'not a pack');
    expect((await build(file, ['a'])).drawn).toEqual(['a']);
  });

  it('keys inputs apart: the same text split differently is another key', () => {
    expect(RenderCache.key(['ab', 'c'])).not.toBe(RenderCache.key(['a', 'bc']));
    expect(RenderCache.key(['ab', 'c'])).toBe(RenderCache.key(['ab', 'c']));
  });
});
