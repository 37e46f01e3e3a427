import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArxivFeed, type ArxivEntry } from '../../src/lib/enrich/atom.ts';
import { readCoverage } from '../../src/lib/enrich/coverage.ts';
import { FILE_HEADER, matchedRecord, unmatchedRecord } from '../../src/lib/enrich/records.ts';

const feedEntry = (name: string, index = 0): ArxivEntry => {
  const feed = parseArxivFeed(readFileSync(join(import.meta.dirname, '../fixtures/arxiv', name), 'utf8'));
  if (feed.kind !== 'entries') throw new Error(feed.message);
  return feed.entries[index]!;
};
const asked = { api: 'http://export.arxiv.org/api/query', query: 'ti:"X"', at: '2024-05-01T12:00:00.000Z' };
const matched = matchedRecord('Low-Rank Adapters for Frozen Language Models', feedEntry('lowrank-match.xml', 1), 'lovelace2024low', asked);
const missed = unmatchedRecord('Quantized Attention Kernels', asked);
const ambiguous = unmatchedRecord('Continual Learning without Forgetting', asked, ['1901.00003', '2001.00004']);
const file = FILE_HEADER + matched + missed + ambiguous;

describe('readCoverage', () => {
  it('covers nothing in an empty or missing file', () => {
    expect(readCoverage('')).toEqual({ byTitle: new Map(), keys: new Set(), brokenTailAt: undefined, unreadable: [] });
  });

  it('reads each record by the survey title key, with its status, and the keys in use', () => {
    const coverage = readCoverage(file);
    expect([...coverage.byTitle].map(([key, record]) => [key, record.status])).toEqual([
      ['low-rank adapters for frozen language models', 'matched'],
      ['quantized attention kernels', 'missed'],
      ['continual learning without forgetting', 'ambiguous'],
    ]);
    expect(coverage.byTitle.get('continual learning without forgetting')!.candidates).toEqual(['1901.00003', '2001.00004']);
    expect(coverage.keys).toEqual(new Set(['lovelace2024low']));
    expect(coverage.brokenTailAt).toBeUndefined();
    expect(coverage.unreadable).toEqual([]);
  });

  it('lets a later record of a title replace an earlier one (a retry that found the paper)', () => {
    const found = matchedRecord('Quantized Attention Kernels', feedEntry('quantized-match.xml'), 'perlman2024quantized', asked);
    expect(readCoverage(file + found).byTitle.get('quantized attention kernels')!.status).toBe('matched');
  });

  it('reads a file whose line ends are CRLF, or whose last record lacks its final newline', () => {
    expect(readCoverage(file.replaceAll('\n', '\r\n')).byTitle.size).toBe(3);
    expect(readCoverage(file.trimEnd()).byTitle.size).toBe(3);
    expect(readCoverage(file.trimEnd()).brokenTailAt).toBeUndefined();
  });

  it('ignores what is not a record: the header, hand-written entries and comments', () => {
    const coverage = readCoverage(`${FILE_HEADER}@misc{mine,\n  title = {Mine}\n}\n\n@comment{a note}\n${missed}`);
    expect([...coverage.byTitle.keys()]).toEqual(['quantized attention kernels']);
    expect(coverage.unreadable).toEqual([]);
  });

  it('finds a record cut short at the end of the file, wherever the cut fell', () => {
    const whole = FILE_HEADER + missed;
    // Cut inside the next record's line, inside its entry, and just before the entry's closing line.
    for (const cut of [10, matched.indexOf('\n') - 3, matched.indexOf('\n') + 30, matched.lastIndexOf('}')]) {
      const coverage = readCoverage(whole + matched.slice(0, cut));
      expect(coverage.brokenTailAt).toBe(whole.length);
      expect([...coverage.byTitle.keys()]).toEqual(['quantized attention kernels']);
    }
  });

  it('reports a damaged record in the middle as unreadable, not as a cut, and keeps reading', () => {
    const damaged = missed.replace('"status":"missed"', '"status":"lost"');
    const coverage = readCoverage(FILE_HEADER + damaged + ambiguous);
    expect(coverage.unreadable).toEqual([3]);
    expect(coverage.brokenTailAt).toBeUndefined();
    expect([...coverage.byTitle.keys()]).toEqual(['continual learning without forgetting']);
  });

  it('does not count a match whose entry never closes before the next record', () => {
    const open = matched.replace(/\n\}\n/, '\n');
    const coverage = readCoverage(FILE_HEADER + open + missed);
    expect(coverage.byTitle.has('low-rank adapters for frozen language models')).toBe(false);
    expect(coverage.unreadable).toEqual([3]);
    expect(coverage.byTitle.has('quantized attention kernels')).toBe(true);
  });

  it('keeps the title exactly, braces and quotes included', () => {
    const odd = unmatchedRecord('A {Braced} "Quoted" @title 100%', asked);
    expect(readCoverage(odd).byTitle.get('a {braced} "quoted" @title 100%')!.title).toBe('A {Braced} "Quoted" @title 100%');
  });
});
