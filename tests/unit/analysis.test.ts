import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapInWorker, relatedInWorker, topicsInWorker } from '../../src/build/analysis.ts';
import { textMap } from '../../src/lib/map/text-map.ts';
import { relatedWithTerms } from '../../src/lib/related/related-lists.ts';
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

describe('textMap', () => {
  it('gives each paper, in the order given, one place on the map, whatever the order', () => {
    const reversed = [...papers].reverse();
    const { map } = textMap(reversed);
    expect(map).toHaveLength(reversed.length);
    expect(textMap(papers).map).toEqual([...map].reverse());
  });
});

describe('mapInWorker', () => {
  it('answers what the main thread would', async () => {
    const { map, layout } = await mapInWorker(papers);
    const here = textMap(papers);
    expect({ map, method: layout.method }).toEqual({ map: here.map, method: here.layout.method });
  });

  it('answers for an empty survey', async () => {
    expect((await mapInWorker([])).map).toEqual([]);
  });
});

describe('relatedInWorker', () => {
  const withTopics = papers.map((paper, i) => ({ ...paper, topics: i % 3 === 0 ? ['lora'] : [] }));

  it('answers what the main thread would', async () => {
    const answer = await relatedInWorker(withTopics);
    expect(answer).toEqual(relatedWithTerms(withTopics));
    expect(answer.ids.flat().length).toBeGreaterThan(papers.length); // most papers have related papers
  });

  it('answers for an empty survey', async () => {
    expect(await relatedInWorker([])).toEqual({ ids: [], terms: [] });
  });
});
