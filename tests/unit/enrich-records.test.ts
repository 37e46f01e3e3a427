import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { parseArxivFeed, type ArxivEntry } from '../../src/lib/enrich/atom.ts';
import { arxivEntry, bibtexTitle, citationKey, FILE_HEADER, matchedRecord, RECORD_PREFIX, recordLine, unmatchedRecord } from '../../src/lib/enrich/records.ts';

const entryOf = (name: string, index = 0): ArxivEntry => {
  const feed = parseArxivFeed(readFileSync(join(import.meta.dirname, '../fixtures/arxiv', name), 'utf8'));
  if (feed.kind !== 'entries') throw new Error(feed.message);
  return feed.entries[index]!;
};
const lowRank = entryOf('lowrank-match.xml', 1);
const sparse = entryOf('sparse-doi-journal.xml');
const asked = { api: 'http://export.arxiv.org/api/query', query: 'ti:"X"', at: '2024-05-01T12:00:00.000Z' };

/**
 * Fields as a BibTeX reader sees them (Better BibTeX's parser, titles not sentence-cased). It
 * turns formulas into Unicode and reports the valid TeX it cannot (`\log`); any other
 * command it does not know is collected.
 */
function readBack(bib: string) {
  const unknown: string[] = [];
  const library = parse(bib, {
    sentenceCase: false,
    unsupported: (_node, tex) => {
      if (!tex.startsWith('\\log')) unknown.push(tex);
      return tex;
    },
  });
  expect(unknown).toEqual([]);
  return library;
}

describe('arxivEntry', () => {
  it('writes a preprint as @misc: the survey title, authors in order, year, month, eprint, class, versionless URL, and no abstract (the dump has one)', () => {
    expect(arxivEntry('Low-Rank Adapters for Frozen Language Models', lowRank, 'lovelace2024low')).toBe(
      [
        '@misc{lovelace2024low,',
        '  author = {Ada Lovelace and Alan M. Turing and Grace Hopper},',
        '  title = {{Low-Rank Adapters for Frozen Language Models}},',
        '  year = {2024},',
        '  month = jan,',
        '  eprint = {2401.00001},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.CL},',
        '  url = {https://arxiv.org/abs/2401.00001}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a paper with a journal reference as @article with journal and doi', () => {
    const bib = arxivEntry('Sparse Experts: Routing at Scale', sparse, 'muller2024sparse');
    expect(bib.startsWith('@article{muller2024sparse,\n')).toBe(true);
    expect(bib).toContain('  journal = {J. Sparse Models 3 (2024) 1-20},\n');
    expect(bib).toContain('  doi = {10.1234/sparse.2024.1},\n');
    expect(bib).toContain('  month = feb,\n');
  });

  it('is read back by a BibTeX parser: the survey title exactly, authors in order, the identifiers', () => {
    const library = readBack(arxivEntry('Sparse Experts: Routing at Scale', sparse, 'muller2024sparse'));
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry!.type).toBe('article');
    expect(entry!.fields.title).toBe('Sparse Experts: Routing at Scale');
    expect(entry!.fields.author).toEqual([
      { firstName: 'José', lastName: 'Müller' },
      { firstName: 'Chen', lastName: 'Wei' },
    ]);
    expect(entry!.fields).not.toHaveProperty('abstract');
    expect(entry!.fields.eprint).toBe('2402.00002');
    expect(entry!.fields.doi).toBe('10.1234/sparse.2024.1');
  });

  it('escapes what BibTeX reads in a title, and keeps a title starting with a command from being case-changed', () => {
    const library = readBack(arxivEntry('50% of {Braces} & x_1 #1 \\ ~', lowRank, 'k'));
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.fields.title).toBe('50% of {Braces} & x_1 #1 \\ ~');
    expect(arxivEntry('\\LaTeX{} Everywhere', lowRank, 'k')).toContain('title = {{{}\\textbackslash{}LaTeX');
  });

  it('braces a name with a comma, so BibTeX does not read it as "Last, First"', () => {
    expect(arxivEntry('T', { ...lowRank, authors: ['John Smith, Jr.', 'Ada Lovelace'] }, 'k')).toContain('author = {{John Smith, Jr.} and Ada Lovelace}');
  });

  it('leaves out what arXiv did not give', () => {
    const bare = arxivEntry('T', { ...lowRank, authors: [], year: null, month: null, primaryCategory: null, summary: '' }, 'k');
    expect(bare).not.toMatch(/author|year|month|primaryClass|abstract|journal|doi/);
    expect(bare).toContain('eprint = {2401.00001}');
  });
});

describe('bibtexTitle', () => {
  it('keeps dollars literal, so a scraped formula reads back as the same title', () => {
    expect(bibtexTitle('Cost $x_1$ in $O(n)$')).toBe('{Cost \\$x\\_1\\$ in \\$O(n)\\$}');
    const [entry] = readBack(`@misc{k, title = {${bibtexTitle('Cost $x_1$ in $O(n)$')}}}`).entries;
    expect(entry!.fields.title).toBe('Cost $x_1$ in $O(n)$');
  });

  it('writes Unicode math as LaTeX that reads back as the same characters', () => {
    expect(bibtexTitle('5× Faster, ≤ 10⁻³')).toBe('{5$\\times$ Faster, $\\leq$ 10\\textsuperscript{-3}}');
    const [entry] = readBack(`@misc{k, title = {${bibtexTitle('5× Faster, ≤ 10⁻³')}}}`).entries;
    expect(entry!.fields.title).toBe('5× Faster, ≤ 10⁻³');
  });
});

describe('citationKey', () => {
  it('is the first author family name, year and first significant title word', () => {
    expect(citationKey(lowRank, 'Low-Rank Adapters for Frozen Language Models', new Set())).toBe('lovelace2024low');
    expect(citationKey(sparse, 'The Sparse Experts', new Set())).toBe('muller2024sparse');
  });

  it('adds the arXiv id when the key is taken, compared without case', () => {
    expect(citationKey(lowRank, 'Low-Rank Adapters', new Set(['Lovelace2024Low']))).toBe('lovelace2024low-2401.00001');
  });

  it('falls back to the arXiv id, slashes made dashes, when nothing else is known', () => {
    expect(citationKey({ id: 'hep-th/9901001', authors: [], year: null }, '', new Set())).toBe('arxivhep-th-9901001');
  });
});

describe('recordLine', () => {
  it('is one @comment line of JSON the file reads back', () => {
    const record = { status: 'missed' as const, title: 'Plain', ...asked };
    const line = recordLine(record);
    expect(line.startsWith(RECORD_PREFIX)).toBe(true);
    expect(line.endsWith('}\n')).toBe(true);
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line.slice(RECORD_PREFIX.length, -2))).toEqual(record);
  });

  it('writes braces, @ and % inside strings as escapes, so the comment stays balanced', () => {
    const record = { status: 'missed' as const, title: 'A {half @entry{ 100% "quoted" \\ }}}', ...asked };
    const line = recordLine(record);
    const inner = line.slice(RECORD_PREFIX.length, -2);
    expect(inner.slice(1, -1)).not.toMatch(/[{}@%]/);
    expect(JSON.parse(inner)).toEqual(record);
    expect(readBack(`${line}\n@misc{k, title = {T}}\n`).entries.map((entry) => entry.key)).toEqual(['k']);
  });
});

describe('matchedRecord and unmatchedRecord', () => {
  it('writes a match as its line, its entry and a blank line', () => {
    const text = matchedRecord('Low-Rank Adapters for Frozen Language Models', lowRank, 'lovelace2024low', asked);
    const [line, ...rest] = text.split('\n');
    expect(JSON.parse(line!.slice(RECORD_PREFIX.length, -1))).toEqual({
      status: 'matched',
      title: 'Low-Rank Adapters for Frozen Language Models',
      arxiv: '2401.00001',
      key: 'lovelace2024low',
      ...asked,
    });
    expect(rest.join('\n')).toBe(`${arxivEntry('Low-Rank Adapters for Frozen Language Models', lowRank, 'lovelace2024low')}\n`);
  });

  it('writes a miss and an ambiguity as a line each, the ambiguity with its candidates', () => {
    expect(JSON.parse(unmatchedRecord('Quantized Attention Kernels', asked).slice(RECORD_PREFIX.length, -3))).toEqual({ status: 'missed', title: 'Quantized Attention Kernels', ...asked });
    expect(JSON.parse(unmatchedRecord('C', asked, ['1901.00003', '2001.00004']).slice(RECORD_PREFIX.length, -3))).toEqual({
      status: 'ambiguous',
      title: 'C',
      candidates: ['1901.00003', '2001.00004'],
      ...asked,
    });
  });

  it('makes a file every BibTeX reader takes: header, records, entries', () => {
    const file =
      FILE_HEADER +
      matchedRecord('Low-Rank Adapters for Frozen Language Models', lowRank, 'lovelace2024low', asked) +
      unmatchedRecord('Quantized Attention Kernels', asked) +
      matchedRecord('Sparse Experts: Routing at Scale', sparse, 'muller2024sparse', asked) +
      unmatchedRecord('C', asked, ['1901.00003', '2001.00004']);
    const library = readBack(file);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => [entry.key, entry.fields.title])).toEqual([
      ['lovelace2024low', 'Low-Rank Adapters for Frozen Language Models'],
      ['muller2024sparse', 'Sparse Experts: Routing at Scale'],
    ]);
    expect(library.comments).toHaveLength(5);
  });
});
