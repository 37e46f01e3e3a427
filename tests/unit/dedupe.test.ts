import { describe, expect, it } from 'vitest';
import { mergeDuplicates } from '../../src/lib/seeds/dedupe.ts';

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
});
