import { describe, expect, it } from 'vitest';
import { repairPaper, type RememberedRepair, type RepairMemo } from '../../src/lib/repair/remembered-repair.ts';
import { repairAbstract, repairTitle } from '../../src/lib/repair/repair-abstract.ts';
import { buildCorpusVocabulary } from '../../src/lib/repair/vocabulary.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

/** An in-memory memo that counts how often a paper was repaired rather than recalled. */
function memo() {
  const kept = new Map<string, RememberedRepair>();
  let repaired = 0;
  const store: RepairMemo = {
    recall: (title, abstract) => kept.get(`${title}\n${abstract}`),
    remember: (title, abstract, repair) => {
      repaired++;
      kept.set(`${title}\n${abstract}`, repair);
    },
  };
  return { store, kept, repaired: () => repaired };
}

const title = 'Pruning at scale';
const abstract = 'We build asystem that prunes. Up to 3.4times faster.';
const corpus = ['a system here', 'a system there', 'pruning'];

describe('repairPaper', () => {
  it('repairs as repairAbstract and repairTitle do, and reuses the repair while the vocabulary answers the same', () => {
    const vocabulary = buildCorpusVocabulary([...corpus, title, abstract]);
    const kept = memo();
    const first = repairPaper(title, abstract, vocabulary, kept.store);
    expect(first).toEqual({ abstract: repairAbstract(abstract, { vocabulary }), title: repairTitle(title, { vocabulary }) });
    expect(first.abstract.text).toBe('We build a system that prunes. Up to 3.4× faster.');
    expect(kept.kept.get(`${title}\n${abstract}`)!.asked.split('\n')).toContain('dsystem 2');

    // Another survey whose other papers changed, but not in what this repair asked about.
    const again = repairPaper(title, abstract, buildCorpusVocabulary([...corpus, 'an unrelated abstract', title, abstract]), kept.store);
    expect(kept.repaired()).toBe(1);
    expect(again).toEqual(first);
  });

  it('keeps an unrepaired paper as its questions alone, and gives its text back', () => {
    const plain = { title: 'Pruning at scale', abstract: 'Nothing to repair in these words.' };
    const vocabulary = buildCorpusVocabulary([...corpus, plain.title, plain.abstract]);
    const kept = memo();
    const first = repairPaper(plain.title, plain.abstract, vocabulary, kept.store);
    const stored = kept.kept.get(`${plain.title}\n${plain.abstract}`)!;
    expect(stored.abstract).toBeUndefined();
    expect(stored.title).toBeUndefined();
    expect(repairPaper(plain.title, plain.abstract, vocabulary, kept.store)).toEqual(first);
    expect(first).toEqual({ abstract: { text: plain.abstract, repairs: [] }, title: plain.title });
    expect(kept.repaired()).toBe(1);
  });

  it('repairs again when an answer it relied on changed, and gives what a fresh repair gives', () => {
    const kept = memo();
    repairPaper(title, abstract, buildCorpusVocabulary([...corpus, title, abstract]), kept.store);
    // The corpus no longer writes "a system" twice: the glued word is no longer vouched for.
    const vocabulary = buildCorpusVocabulary(['a system here', 'pruning', title, abstract]);
    const after = repairPaper(title, abstract, vocabulary, kept.store);
    expect(kept.repaired()).toBe(2);
    expect(after).toEqual({ abstract: repairAbstract(abstract, { vocabulary }), title: repairTitle(title, { vocabulary }) });
    expect(after.abstract.text).toContain('asystem');
  });

  it('keeps nearly every repair of the shipped seeds when a paper that says the usual words is added', () => {
    const papers = shippedSurvey().papers;
    const texts = papers.flatMap(({ title, abstract }) => [title, abstract]);
    const kept = memo();
    const vocabulary = buildCorpusVocabulary(texts);
    for (const { title, abstract } of papers) repairPaper(title, abstract, vocabulary, kept.store);
    expect(kept.repaired()).toBe(papers.length);
    // A new paper in the survey's own words: "model", "which", "performance", "training" each
    // occur in one more text, which changes no answer "is this word used at least twice?".
    const added = ['Efficient Training of Large Models', 'We propose a method which improves the performance of large language models during training, based on experiments with neural network layers.'];
    const after = buildCorpusVocabulary([...texts, ...added]);
    const redone = papers.filter(({ title, abstract }) => {
      const before = kept.repaired();
      const repair = repairPaper(title, abstract, after, kept.store);
      expect(repair).toEqual({ abstract: repairAbstract(abstract, { vocabulary: after }), title: repairTitle(title, { vocabulary: after }) });
      return kept.repaired() > before;
    });
    expect(redone.length).toBeLessThan(papers.length / 20);
  });
});
