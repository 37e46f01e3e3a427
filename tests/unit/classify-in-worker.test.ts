import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTopics } from '../../src/lib/topics/compile.ts';
import { classifyPaper, type PaperText } from '../../src/lib/topics/score.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';
import { classifyInWorker } from '../../src/loaders/classify-in-worker.ts';

const definitions = loadTopicDefinitions(fileURLToPath(new URL('../../content/topics', import.meta.url)));
const papers = (JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/topic-labels.json', import.meta.url)), 'utf8')) as PaperText[]).map(
  ({ title, abstract }) => ({ title, abstract }),
);

describe('classifyInWorker', () => {
  it('gives every paper the same topics, in the same order, as classifying on the main thread', async () => {
    const compiled = compileTopics(definitions);
    const expected = papers.map((paper) => classifyPaper(paper, compiled).map((a) => a.topic));
    expect(expected.flat().length).toBeGreaterThan(papers.length); // the sample exercises real topics
    expect(await classifyInWorker(papers, definitions)).toEqual(expected);
  });

  it('answers for an empty survey', async () => {
    expect(await classifyInWorker([], definitions)).toEqual([]);
  });

  it('reports a topic file whose rules do not compile instead of hanging', async () => {
    const broken = [{ ...definitions[0]!, rules: { threshold: 1, include: [{ pattern: '(', weight: 1, in: 'title' as const }] } }];
    await expect(classifyInWorker(papers.slice(0, 3), broken)).rejects.toThrow(/invalid regex/);
  });
});
