import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relatedIds, relatedPapers, relatedText } from '../../src/lib/related/related.ts';
import { relatedInWorker } from '../../src/loaders/related-in-worker.ts';

const papers = (JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/topic-labels.json', import.meta.url)), 'utf8')) as { title: string; abstract: string }[]).map(
  ({ title, abstract }, i) => ({ id: `p${String(i).padStart(4, '0')}`, title, abstract }),
);

describe('relatedIds', () => {
  it("lists each paper's related ids in the order the papers were given, as relatedPapers ranks them", () => {
    const ranked = relatedPapers(papers.map(({ id, title, abstract }) => ({ id, text: relatedText(title, abstract) })));
    const reversed = [...papers].reverse();
    expect(relatedIds(reversed)).toEqual(reversed.map(({ id }) => ranked.get(id)!.map((paper) => paper.id)));
    expect(relatedIds(papers).every((ids, i) => ids.length === 6 && !ids.includes(papers[i]!.id))).toBe(true);
  });
});

describe('relatedInWorker', () => {
  it('answers what the main thread would', async () => {
    expect(await relatedInWorker(papers)).toEqual(relatedIds(papers));
  });

  it('answers for an empty survey', async () => {
    expect(await relatedInWorker([])).toEqual([]);
  });
});
