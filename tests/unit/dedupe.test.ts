import { describe, expect, it } from 'vitest';
import { NO_METADATA } from '../../src/lib/schemas/paper.ts';
import { mergeDuplicates } from '../../src/lib/seeds/dedupe.ts';
import type { SeedEntry } from '../../src/lib/seeds/parse.ts';

const entry = (title: string, abstract: string, file: string, line: number) => ({ title, abstract, file, line });

describe('mergeDuplicates', () => {
  it('merges entries whose titles match after case folding, keeping every source', () => {
    const result = mergeDuplicates([
      entry('Model Soups', 'Averaging weights.', 'a.txt', 3),
      entry('Pointer Networks', 'Attention as a pointer.', 'a.txt', 5),
      entry('MODEL SOUPS', 'Averaging weights.', 'b.txt', 9),
    ]);
    expect(result.papers).toHaveLength(2);
    expect(result.papers[0]).toEqual({
      key: 'model soups',
      title: 'Model Soups',
      abstract: 'Averaging weights.',
      sources: [
        { file: 'a.txt', line: 3 },
        { file: 'b.txt', line: 9 },
      ],
      ...NO_METADATA,
    });
    expect(result.duplicates).toEqual([{ key: 'model soups', title: 'Model Soups', sources: result.papers[0]!.sources, abstractsDiffer: false }]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the longer abstract of a same-title pair and warns with both places', () => {
    const result = mergeDuplicates([entry('X', 'Short.', 'a.txt', 1), entry('x', 'A longer abstract.', 'b.txt', 7)]);
    expect(result.papers[0]!.abstract).toBe('A longer abstract.');
    expect(result.duplicates[0]!.abstractsDiffer).toBe(true);
    expect(result.warnings).toEqual([
      { file: 'b.txt', line: 7, message: 'same title as a.txt:1 with a different abstract; kept the longer (this one)' },
    ]);
  });

  it('merges duplicates inside one file too', () => {
    const result = mergeDuplicates([entry('Same', 'A.', 'a.txt', 1), entry('Same', 'A.', 'a.txt', 5)]);
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]!.sources).toHaveLength(2);
  });

  const bib = (title: string, file: string, line: number, metadata: Partial<SeedEntry>): SeedEntry => ({ title, abstract: '', file, line, ...metadata });

  it('merges a dump and bibliography entries of one paper by title, DOI or arXiv id, keeping the dump title and every source', () => {
    const result = mergeDuplicates([
      entry('Mamba: Linear-Time Sequence Modeling with Selective State Spaces', 'Foundation models…', 'a.txt', 3),
      bib('MAMBA: linear-time sequence modeling with selective state spaces', 'refs.bib', 10, { citekey: 'gu2023mamba', year: 2023, authors: [{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }] }),
      bib('Mamba (preprint)', 'zotero.json', 1, { arxiv: '2312.00752', year: 2023, venue: 'arXiv' }),
      bib('Mamba: Linear-Time Sequence Modeling with Selective State Spaces', 'x.ris', 5, { arxiv: '2312.00752' }),
    ]);
    expect(result.papers).toHaveLength(1);
    const [paper] = result.papers;
    expect(paper).toMatchObject({
      title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      abstract: 'Foundation models…',
      citekey: 'gu2023mamba',
      year: 2023,
      arxiv: '2312.00752',
      venue: 'arXiv',
      authors: [{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }],
    });
    expect(paper!.sources).toEqual([
      { file: 'a.txt', line: 3 },
      { file: 'refs.bib', line: 10, citekey: 'gu2023mamba' },
      { file: 'zotero.json', line: 1 },
      { file: 'x.ris', line: 5 },
    ]);
    // The preprint entry joined through the arXiv id of another entry, under another title: said, not silent.
    expect(result.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['zotero.json:1']);
    expect(result.warnings[0]!.message).toMatch(/title differs/);
  });

  it('takes each field from the richest entry and warns when entries disagree on the year or DOI', () => {
    const result = mergeDuplicates([
      bib('Switch Transformers', 'a.bib', 1, { year: 2021, venue: 'arXiv' }),
      bib('Switch Transformers', 'b.bib', 1, { year: 2022, venue: 'JMLR', doi: '10.0000/test.1', authors: [{ literal: 'William Fedus' }], type: 'article' }),
      bib('switch transformers', 'c.json', 4, { doi: '10.0000/TEST.2' }),
    ]);
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({ year: 2022, venue: 'JMLR', doi: '10.0000/test.1', type: 'article' });
    expect(result.warnings.map((w) => `${w.file}:${w.line} ${w.message}`)).toEqual([
      'b.bib:1 same paper as a.bib:1 with a different year (2022 against 2021); the richer entry\'s is kept',
      'c.json:4 same paper as a.bib:1 with a different DOI (10.0000/TEST.2 against 10.0000/test.1); the richer entry\'s is kept',
    ]);
  });

  it('keeps papers apart that share nothing, even with the same year and venue', () => {
    const result = mergeDuplicates([bib('A', 'a.bib', 1, { year: 2020, venue: 'NeurIPS' }), bib('B', 'a.bib', 9, { year: 2020, venue: 'NeurIPS' })]);
    expect(result.papers.map((p) => p.title)).toEqual(['A', 'B']);
    expect(result.duplicates).toEqual([]);
  });
});
