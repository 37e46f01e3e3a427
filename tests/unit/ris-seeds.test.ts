import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRisFile } from '../../src/lib/seeds/bibliography/ris.ts';

const fixtures = join(import.meta.dirname, '../fixtures/bibliographies');
const parse = (name: string) => parseRisFile(name, readFileSync(join(fixtures, name), 'utf8'));

describe('a Zotero RIS export (Windows line endings)', () => {
  const parsed = parse('zotero.ris');
  const [switchTransformers, lora, attention] = parsed.entries;

  it('reads each record at the line of its TY, and warns about the record without a title', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.line)).toEqual([1, 20, 34]);
    expect(parsed.warnings).toEqual([{ file: 'zotero.ris', line: 45, message: 'record has no title' }]);
  });

  it('maps a journal article: authors in order, venue, year, link, keywords, and an abstract continued on an untagged line', () => {
    expect(switchTransformers).toMatchObject({
      title: 'Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity',
      authors: [{ family: 'Fedus', given: 'William' }, { family: 'Zoph', given: 'Barret' }, { family: 'Shazeer', given: 'Noam' }],
      venue: 'Journal of Machine Learning Research',
      year: 2022,
      month: null,
      paperUrl: 'http://jmlr.org/papers/v23/21-0998.html',
      keywords: ['mixture of experts', 'sparsity'],
      type: 'article',
      citekey: null,
      bibtex: null,
    });
    expect(switchTransformers!.abstract).toBe('In deep learning, models typically reuse the same parameters for all inputs. Mixture of Experts (MoE) models defy this and instead select different parameters for each incoming example.');
  });

  it('reads the arXiv id from the note, the DOI, the full date; a local attachment path is no PDF', () => {
    expect(lora).toMatchObject({ arxiv: '2106.09685', doi: '10.48550/arXiv.2106.09685', year: 2021, month: 6, pdf: null, type: 'misc' });
  });

  it('reads a conference record: the conference as venue, a linked attachment as the PDF', () => {
    expect(attention).toMatchObject({
      title: 'Attention is All you Need',
      venue: 'Advances in Neural Information Processing Systems',
      year: 2017,
      month: 12,
      type: 'inproceedings',
      pdf: 'https://proceedings.example.org/paper/3f5ee243.pdf',
      authors: [{ family: 'Vaswani', given: 'Ashish' }, { family: 'Kaiser', given: 'Łukasz' }],
    });
  });
});

describe('broken RIS', () => {
  it('lists every broken record at its line at once and reads the others', () => {
    const parsed = parse('broken/broken-records.ris');
    expect(parsed.errors).toEqual([
      { file: 'broken/broken-records.ris', line: 1, message: 'a field before the first record: a record starts with a `TY  -` line' },
      { file: 'broken/broken-records.ris', line: 7, message: 'record without an end: its `ER  -` line is missing (was the file cut short?)' },
      { file: 'broken/broken-records.ris', line: 11, message: 'cannot read the record: its type "NOTATYPE" is not an RIS type (JOUR, CONF, BOOK, …)' },
    ]);
    expect(parsed.entries.map((e) => [e.title, e.line, e.year])).toEqual([
      ['A Fine Record', 2, 2020],
      ['Another Fine Record', 15, null],
    ]);
  });

  it('names a file that is not RIS once, at its first line, and takes an empty file for one without papers', () => {
    expect(parseRisFile('a.ris', '\n@article{a, title={A}}\n@article{b, title={B}}\n').errors).toEqual([{ file: 'a.ris', line: 2, message: 'not RIS: text before the first record (`TY  - JOUR`, …)' }]);
    expect(parseRisFile('e.ris', '\uFEFF\r\n')).toMatchObject({ errors: [], warnings: [{ file: 'e.ris', line: 1, message: 'no papers in this file' }] });
  });

  it('reads a record at the end of a file without a final line break', () => {
    expect(parseRisFile('t.ris', 'TY  - JOUR\nTI  - Last\nER  -').entries.map((e) => e.title)).toEqual(['Last']);
  });
});
