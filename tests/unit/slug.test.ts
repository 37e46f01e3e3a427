import { describe, expect, it } from 'vitest';
import { assignSlugs, titleSlug } from '../../src/lib/seeds/slug.ts';
import { titleKey } from '../../src/lib/seeds/normalize.ts';

const papers = (...titles: string[]) => titles.map((title) => ({ key: titleKey(title), title }));

describe('titleSlug', () => {
  it('makes readable slugs and keeps acronyms whole', () => {
    expect(titleSlug('LoRA: Low-Rank Adaptation of Large Language Models')).toBe('lora-low-rank-adaptation-of-large-language-models');
    expect(titleSlug('Poincaré ResNet')).toBe('poincare-resnet');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = titleSlug('SortedNet, a Place for Every Network and Every Network in its Place: Towards a Generalized Solution for Training Many-in-One Neural Networks');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^sortednet-a-place-for-every-network/);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('never gives a slug of digits alone, which would be a page of the paper index (/papers/2/)', () => {
    expect(titleSlug('2048')).toBe('paper-2048');
    expect(titleSlug('1984.')).toBe('paper-1984');
    expect(titleSlug('2048 Games')).toBe('2048-games');
  });

  it('never returns an empty slug', () => {
    expect(titleSlug('???')).toBe('paper');
  });
});

describe('assignSlugs', () => {
  it('gives titles that slug alike distinct slugs', () => {
    const slugs = assignSlugs(papers('LoRA: Merging', 'LoRA Merging', 'LoRA (Merging)'));
    expect(new Set(slugs.values()).size).toBe(3);
    for (const slug of slugs.values()) expect(slug).toMatch(/^lora-merging(-[0-9a-f]{6})?$/);
  });

  it('does not depend on the order of papers', () => {
    const forward = assignSlugs(papers('LoRA: Merging', 'LoRA Merging', 'Other'));
    const backward = assignSlugs(papers('Other', 'LoRA Merging', 'LoRA: Merging'));
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it('keeps existing slugs when unrelated papers are added', () => {
    const before = assignSlugs(papers('Mamba', 'Model Soups'));
    const after = assignSlugs(papers('Pointer Networks', 'Mamba', 'Model Soups', 'Hydra'));
    for (const [key, slug] of before) expect(after.get(key)).toBe(slug);
  });
});
