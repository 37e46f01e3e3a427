import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTopics } from '../../src/lib/topics/compile.ts';
import { classifyPaper } from '../../src/lib/topics/score.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';

/**
 * Accuracy of the five core topics against a hand-labelled sample (tests/fixtures/topic-labels.json:
 * every corpus paper that plausibly belongs to a core topic by keyword, plus a random sample of the
 * rest, each labelled by reading title and abstract). `node --experimental-strip-types
 * scripts/topic-accuracy.ts --verbose` prints the same numbers with the errors explained.
 */
const CORE = ['lora', 'moe', 'ssm', 'quantization', 'continual-learning'] as const;
const TARGET = 0.95;

interface Labelled {
  title: string;
  abstract: string;
  core: string[];
}

const labels = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/topic-labels.json', import.meta.url)), 'utf8')) as Labelled[];
const topics = compileTopics(loadTopicDefinitions(fileURLToPath(new URL('../../content/topics', import.meta.url))));
const predicted = labels.map((paper) => new Set(classifyPaper(paper, topics).map((a) => a.topic)));

describe('core topic accuracy on the labelled sample', () => {
  it('has a usable sample: at least 150 papers, every label a core id, every core topic well represented', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    for (const paper of labels) for (const id of paper.core) expect(CORE as readonly string[]).toContain(id);
    for (const id of CORE) expect(labels.filter((p) => p.core.includes(id)).length, id).toBeGreaterThanOrEqual(20);
    expect(new Set(labels.map((p) => p.title)).size).toBe(labels.length);
  });

  for (const id of CORE) {
    it(`${id}: precision and recall >= ${TARGET}`, () => {
      const fp: string[] = [];
      const fn: string[] = [];
      let tp = 0;
      labels.forEach((paper, i) => {
        const truth = paper.core.includes(id);
        const pred = predicted[i]!.has(id);
        if (truth && pred) tp++;
        else if (pred) fp.push(paper.title);
        else if (truth) fn.push(paper.title);
      });
      const precision = tp / (tp + fp.length);
      const recall = tp / (tp + fn.length);
      expect(precision, `false positives: ${fp.join(' | ')}`).toBeGreaterThanOrEqual(TARGET);
      expect(recall, `false negatives: ${fn.join(' | ')}`).toBeGreaterThanOrEqual(TARGET);
    });
  }
});
