import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSurvey } from '../../src/lib/survey.ts';

const seedsDir = join(import.meta.dirname, '../../seeds');
const shipped = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
const encode = (text: string) => new TextEncoder().encode(text);
const prose = 'We propose a new method and evaluate it on several benchmarks, where it improves accuracy and efficiency. '.repeat(4);

const permalinks = (files: typeof shipped) =>
  new Map(buildSurvey(files).papers.map((paper) => [paper.title.toLowerCase(), { slug: paper.slug, shortId: paper.shortId }]));

describe('permanent links', () => {
  const before = permalinks(shipped);

  it('give every paper a distinct slug and a distinct 6–8 character short id', () => {
    const ids = [...before.values()].map((p) => p.shortId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[2-9a-hjkmnp-z]{6,8}$/);
  });

  it('stay the same when papers are added, the seed files reordered and one removed', () => {
    const added = {
      name: '000_aaa-new-first.txt',
      bytes: encode(`Subscribe\nA Brand New Paper on Mixture of Experts\n${prose}\nAnother New Paper on State Space Models\n${prose}\n`),
    };
    const removedName = shipped[4]!.name;
    const changed = [added, ...shipped.filter((f) => f.name !== removedName).reverse()];
    const after = permalinks(changed);
    let compared = 0;
    for (const [title, links] of after) {
      const old = before.get(title);
      if (!old) continue;
      expect(links, title).toEqual(old);
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
    expect(after.size).toBeGreaterThan(before.size - 100);
  });

  it('keep the short link of a paper even when a new title slugs exactly like it', () => {
    // The readable slug of the two is decided by key order (documented in src/lib/slug.ts); the
    // short link depends on the paper's own title only, so it is the link to put on a slide.
    const colliding = { name: 'zzz.txt', bytes: encode(`Mamba Linear Time Sequence Modeling with Selective State Spaces\n${prose}\n`) };
    const after = permalinks([...shipped, colliding]);
    const title = 'mamba: linear-time sequence modeling with selective state spaces';
    expect(after.get(title)!.shortId).toBe(before.get(title)!.shortId);
    const slugs = [after.get(title)!.slug, after.get('mamba linear time sequence modeling with selective state spaces')!.slug];
    expect(new Set(slugs).size).toBe(2);
  });
});
