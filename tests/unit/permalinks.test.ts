import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSurvey } from '../../src/lib/survey.ts';
import { shippedSeedFiles } from '../support/shipped-survey.ts';

const shipped = shippedSeedFiles();
const encode = (text: string) => new TextEncoder().encode(text);
const prose = 'We propose a new method and evaluate it on several benchmarks, where it improves accuracy and efficiency. '.repeat(4);

const permalinks = (files: typeof shipped) =>
  new Map(buildSurvey(files).papers.map((paper) => [paper.title.toLowerCase(), { slug: paper.slug, shortId: paper.shortId }]));

/** The published links of the shipped seeds (scripts/pin-permalinks.ts adds rows, never changes one). */
const pinned = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/permalinks.json'), 'utf8')) as { title: string; slug: string; shortId: string }[];

describe('permanent links', () => {
  const before = permalinks(shipped);

  it('reproduce every published slug and short id of the shipped seeds exactly', () => {
    expect(pinned.length).toBeGreaterThanOrEqual(627);
    const built = new Map(buildSurvey(shipped).papers.map((paper) => [paper.slug, paper]));
    const moved = pinned.filter((row) => built.get(row.slug)?.shortId !== row.shortId || built.get(row.slug)?.title !== row.title);
    expect(moved.map((row) => `${row.slug} ${row.shortId}`)).toEqual([]);
    // Spot checks a reader can verify by hand against the fixture's reviewed rows.
    expect(pinned.find((row) => row.title === 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces')).toMatchObject({
      slug: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces',
    });
  });

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
    // The readable slug of the two is decided by key order (documented in src/lib/seeds/slug.ts); the
    // short link depends on the paper's own title only, so it is the link to put on a slide.
    const colliding = { name: 'zzz.txt', bytes: encode(`Mamba Linear Time Sequence Modeling with Selective State Spaces\n${prose}\n`) };
    const after = permalinks([...shipped, colliding]);
    const title = 'mamba: linear-time sequence modeling with selective state spaces';
    expect(after.get(title)!.shortId).toBe(before.get(title)!.shortId);
    const slugs = [after.get(title)!.slug, after.get('mamba linear time sequence modeling with selective state spaces')!.slug];
    expect(new Set(slugs).size).toBe(2);
  });
});
