import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAnalysisTask } from '../../src/build/analysis.ts';
import { relatedAgreement, relatedRecall, type RelatedLabels } from '../../src/lib/related/agreement.ts';
import { analysedText } from '../../src/lib/survey.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

// The hand labels of tests/fixtures/related-labels.json (25 sampled papers, their top 5 before
// and after the rework, read and labelled related / borderline / unrelated): what `npm run
// audit` reports, held here so that a change to the ranking cannot quietly undo the gain.
const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/related-labels.json', import.meta.url)), 'utf8')) as RelatedLabels;

describe('related papers against the hand-labelled sample', () => {
  const papers = shippedSurvey().papers;
  const texts = papers.map(analysedText);
  const topics = runAnalysisTask({ task: 'topics', papers: texts, topics: loadTopicDefinitions(fileURLToPath(new URL('../../content/topics', import.meta.url))) });
  const related = runAnalysisTask({ task: 'related', papers: papers.map((p, i) => ({ shortId: p.shortId, ...texts[i]!, topics: topics[i]!.ids })) });
  const now = relatedAgreement(sample, new Map(papers.map((p, i) => [p.shortId, related.ids[i]!])));
  const before = relatedAgreement(sample, new Map(sample.papers.map((p) => [p.shortId, p.before])));

  it('labels every pair the lists held before, and 25 papers', () => {
    expect(sample.papers).toHaveLength(25);
    expect(before.unlabelled).toBe(0);
    expect(before.pairs).toBe(125);
  });

  it('lists fewer unrelated papers and more clearly related ones than the single-word ranking did', () => {
    const labelled = now.pairs - now.unlabelled;
    expect(now.unrelated / labelled).toBeLessThan(before.unrelated / before.pairs);
    expect(now.related / labelled).toBeGreaterThan(before.related / before.pairs);
  });
});

describe('relatedRecall', () => {
  it('counts the named papers a list shows, at most k per paper, and the pages that show none of theirs', () => {
    const labels = {
      k: 2,
      papers: [
        { slug: 'a', title: 'A', related: ['b', 'c', 'd'] },
        { slug: 'e', title: 'E', related: ['f'] },
        { slug: 'g', title: 'G', related: [] },
      ],
    };
    const lists = new Map([
      ['a', ['c', 'x', 'b']], // 'b' is third: past k
      ['e', ['y']],
      ['g', ['z']],
    ]);
    expect(relatedRecall(labels, lists)).toEqual({ found: 1, findable: 3, pagesMissingAll: 1 });
  });
});
