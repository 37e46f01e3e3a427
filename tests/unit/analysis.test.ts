import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relatedAndMapInWorker, topicsInWorker } from '../../src/build/analysis.ts';
import { relatedAndMap } from '../../src/lib/map/text-similarity.ts';
import { relatedIds, relatedPapers, relatedText } from '../../src/lib/related/related.ts';
import { compileTopics } from '../../src/lib/topics/compile.ts';
import { classifyPaper, type PaperText } from '../../src/lib/topics/score.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';

const definitions = loadTopicDefinitions(fileURLToPath(new URL('../../content/topics', import.meta.url)));
const papers = (JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/topic-labels.json', import.meta.url)), 'utf8')) as PaperText[]).map(
  ({ title, abstract }, i) => ({ shortId: `p${String(i).padStart(4, '0')}`, title, abstract }),
);

describe('topicsInWorker', () => {
  it('gives every paper the same topics, in the same order, as classifying on the main thread', async () => {
    const compiled = compileTopics(definitions);
    const expected = papers.map((paper) => classifyPaper(paper, compiled).map((a) => a.topic));
    expect(expected.flat().length).toBeGreaterThan(papers.length); // the sample exercises real topics
    const answered = await topicsInWorker(papers, definitions);
    expect(answered.map((paper) => paper.ids)).toEqual(expected);
    // Every topic a paper is in says why, in words found in the paper's own text.
    answered.forEach((paper, i) => {
      expect(paper.reasons).toHaveLength(paper.ids.length);
      for (const words of paper.reasons) {
        expect(words.length).toBeGreaterThan(0);
        for (const word of words) expect(`${papers[i]!.title} ${papers[i]!.abstract}`.toLowerCase()).toContain(word.toLowerCase());
      }
    });
  });

  it('tells, for a paper no topic takes, which topic came closest and on which words', async () => {
    const [answer] = await topicsInWorker([{ title: 'Sparse routers', abstract: 'A learned router for tokens.' }], definitions);
    expect(answer!.ids).toEqual([]);
    expect(answer!.closest).toMatchObject({ topic: 'moe', excluded: false });
    expect(answer!.closest!.score).toBeLessThan(answer!.closest!.threshold);
    expect(answer!.closest!.words.length).toBeGreaterThan(0);
    const [none] = await topicsInWorker([{ title: 'Zzz', abstract: 'Qqq.' }], definitions);
    expect(none!.closest).toBeUndefined();
  });

  it('answers for an empty survey', async () => {
    expect(await topicsInWorker([], definitions)).toEqual([]);
  });

  it('reports a topic file whose rules do not compile instead of hanging', async () => {
    const broken = [{ ...definitions[0]!, rules: { threshold: 1, include: [{ pattern: '(', weight: 1, in: 'title' as const }] } }];
    await expect(topicsInWorker(papers.slice(0, 3), broken)).rejects.toThrow(/invalid regex/);
  });
});

describe('relatedIds', () => {
  it("lists each paper's related short ids in the order the papers were given, as relatedPapers ranks them", () => {
    const ranked = relatedPapers(papers.map(({ shortId, title, abstract }) => ({ id: shortId, text: relatedText(title, abstract) })));
    const reversed = [...papers].reverse();
    expect(relatedIds(reversed)).toEqual(reversed.map(({ shortId }) => ranked.get(shortId)!.map((paper) => paper.id)));
    expect(relatedIds(papers).every((ids, i) => ids.length === 6 && !ids.includes(papers[i]!.shortId))).toBe(true);
  });
});

describe('relatedAndMap', () => {
  it("gives each paper, in the order given, its related papers as relatedIds ranks them and one place on the map", () => {
    const reversed = [...papers].reverse();
    const { related, map } = relatedAndMap(reversed);
    expect(related).toEqual(relatedIds(reversed));
    expect(map).toHaveLength(reversed.length);
    expect(relatedAndMap(papers).map).toEqual([...map].reverse());
  });
});

describe('relatedAndMapInWorker', () => {
  it('answers what the main thread would', async () => {
    const { related, map, layout } = await relatedAndMapInWorker(papers);
    const here = relatedAndMap(papers);
    expect({ related, map, method: layout.method }).toEqual({ related: here.related, map: here.map, method: here.layout.method });
  });

  it('answers for an empty survey', async () => {
    expect((await relatedAndMapInWorker([])).map).toEqual([]);
  });
});
