import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTopics } from '../../src/lib/topics/compile.ts';
import { classifyPaper } from '../../src/lib/topics/score.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';

/**
 * Regression guard for the five core topics: on the labelled sample (tests/fixtures/topic-labels.json,
 * every corpus paper that plausibly belongs to a core topic by keyword plus a random sample of the
 * rest, each labelled by reading title and abstract) every paper keeps exactly its labelled core
 * topics. The rules were tuned on this sample, so it scores 1.000 by construction: this measures
 * fit, not accuracy, and fails when a rule change breaks an assignment that used to be right.
 * Accuracy must be measured on labels made by someone who has not seen the rules.
 * `node --experimental-strip-types scripts/topic-accuracy.ts --verbose` explains each disagreement with the rule matches.
 */
const CORE = ['lora', 'moe', 'ssm', 'quantization', 'continual-learning'] as const;

interface Labelled {
  title: string;
  abstract: string;
  core: string[];
}

const labels = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/topic-labels.json', import.meta.url)), 'utf8')) as Labelled[];
const topics = compileTopics(loadTopicDefinitions(fileURLToPath(new URL('../../content/topics', import.meta.url))));
const predicted = labels.map((paper) => new Set(classifyPaper(paper, topics).map((a) => a.topic)));

describe('core topic regression on the labelled (tuning) sample', () => {
  it('has a usable sample: at least 150 papers, every label a core id, every core topic well represented', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    for (const paper of labels) for (const id of paper.core) expect(CORE as readonly string[]).toContain(id);
    for (const id of CORE) expect(labels.filter((p) => p.core.includes(id)).length, id).toBeGreaterThanOrEqual(20);
    expect(new Set(labels.map((p) => p.title)).size).toBe(labels.length);
  });

  for (const id of CORE) {
    it(`${id}: every labelled paper keeps its assignment (no new false positive or false negative)`, () => {
      const falsePositives = labels.filter((paper, i) => predicted[i]!.has(id) && !paper.core.includes(id)).map((p) => p.title);
      const falseNegatives = labels.filter((paper, i) => !predicted[i]!.has(id) && paper.core.includes(id)).map((p) => p.title);
      expect(falsePositives, `${id} assigned to papers labelled otherwise`).toEqual([]);
      expect(falseNegatives, `${id} missing from papers labelled with it`).toEqual([]);
    });
  }
});
