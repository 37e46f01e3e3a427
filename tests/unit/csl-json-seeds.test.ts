import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCslJsonFile } from '../../src/lib/seeds/bibliography/csl-json.ts';

const fixtures = join(import.meta.dirname, '../fixtures/bibliographies');
const parse = (name: string) => parseCslJsonFile(name, readFileSync(join(fixtures, name), 'utf8'));

describe('a Zotero / Better BibTeX CSL-JSON export', () => {
  const parsed = parse('zotero.json');
  const [lora, attention, mamba, chapter, thesis, second] = parsed.entries;

  it('reads each item at the line of its opening brace, and warns about the untitled item and the reused key', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.line)).toEqual([2, 20, 34, 45, 64, 72]);
    expect(parsed.warnings).toEqual([
      { file: 'zotero.json', line: 59, message: 'item "untitled-note" has no title' },
      { file: 'zotero.json', line: 72, message: 'citekey "gu2023mamba" is used twice (first at line 34)' },
    ]);
  });

  it('maps title, abstract (whitespace normalized), authors, date parts written as strings, DOI, link and keywords', () => {
    expect(lora).toMatchObject({
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      abstract: 'We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights. It reduces trainable parameters by 10,000 times.',
      authors: [{ family: 'Hu', given: 'Edward J.' }, { family: 'Shen', given: 'Yelong' }, { family: 'Allen-Zhu', given: 'Zeyuan' }],
      year: 2021,
      month: 6,
      doi: '10.48550/arXiv.2106.09685',
      arxiv: '2106.09685',
      paperUrl: 'http://arxiv.org/abs/2106.09685',
      keywords: ['Computer Science - Machine Learning', 'Computer Science - Computation and Language'],
      type: 'article',
      citekey: 'huLoRALowRankAdaptation2021',
      bibtex: null,
    });
  });

  it('drops rich-text tags, reads a raw date, keeps a literal author, and takes no Zotero item URI for a citekey', () => {
    expect(attention).toMatchObject({
      title: 'Attention is all you need',
      venue: 'Advances in Neural Information Processing Systems',
      year: 2017,
      month: 12,
      type: 'inproceedings',
      citekey: null,
      abstract: '',
    });
    expect(attention!.authors).toEqual([{ family: 'Vaswani', given: 'Ashish' }, { family: 'Kaiser', given: 'Łukasz' }, { literal: 'Google Brain' }]);
  });

  it('reads a literal date, a bare arXiv id in the archive location of an arXiv item, a PDF link and a keyword array', () => {
    expect(mamba).toMatchObject({ year: 2023, month: 12, arxiv: '2312.00752', paperUrl: 'https://arxiv.org/pdf/2312.00752v2', pdf: 'https://arxiv.org/pdf/2312.00752v2', keywords: ['state space models', 'sequence modeling'], citekey: 'gu2023mamba' });
  });

  it('folds name particles and suffixes, strips the DOI resolver, maps chapter/thesis/report to BibTeX words, and takes no season for a month', () => {
    expect(chapter).toMatchObject({
      authors: [{ family: 'van Beethoven', given: 'Ludwig' }, { family: 'La Fontaine', given: 'Jean de' }, { family: 'King Jr.', given: 'Martin Luther' }],
      doi: '10.0000/test.2',
      type: 'incollection',
      venue: 'A Book of Names',
      year: 1990,
    });
    expect(thesis).toMatchObject({ type: 'phdthesis', year: 2019, month: null });
    expect(second).toMatchObject({ type: 'techreport', authors: [] });
  });
});

describe('the shipped arXiv metadata (seeds/arxiv.json, the project\'s copy of ../shared/seed-metadata/arxiv.json)', () => {
  const path = join(import.meta.dirname, '../../seeds/arxiv.json');
  const parsed = parseCslJsonFile('arxiv.json', readFileSync(path, 'utf8'));

  it('reads all 610 items, 461 of them with authors, without a problem', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.entries).toHaveLength(610);
    expect(parsed.entries.filter((e) => (e.authors ?? []).length > 0)).toHaveLength(461);
  });

  it('gives every item its arXiv id (from the note), the year and month the id encodes, and arXiv as venue', () => {
    for (const entry of parsed.entries) {
      expect(entry.arxiv).toMatch(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/);
      expect(entry.venue).toBe('arXiv');
      expect(entry.year).toBeGreaterThan(1990);
    }
    const matryoshka = parsed.entries.find((e) => e.title === '2D Matryoshka Sentence Embeddings');
    expect(matryoshka).toMatchObject({ arxiv: '2402.14776', year: 2024, month: 2, paperUrl: 'https://arxiv.org/abs/2402.14776', citekey: null, line: 18 });
    expect(matryoshka!.authors![0]).toEqual({ literal: 'Xianming Li' });
  });
});

describe('broken CSL-JSON', () => {
  it('names a file that holds an object, not an array', () => {
    expect(parse('broken/not-an-array.json').errors).toEqual([
      { file: 'broken/not-an-array.json', line: 1, message: 'not a CSL-JSON file: it must hold an array of items (`[{ "title": … }, …]`)' },
    ]);
  });

  it('lists every element that is not an item at its line, and reads the items around them', () => {
    const parsed = parse('broken/items-not-objects.json');
    expect(parsed.errors).toEqual([
      { file: 'broken/items-not-objects.json', line: 3, message: 'not a CSL item: an element of the array is a string, not an object' },
      { file: 'broken/items-not-objects.json', line: 4, message: 'not a CSL item: an element of the array is a number, not an object' },
    ]);
    expect(parsed.entries.map((e) => [e.title, e.line])).toEqual([
      ['A Fine Item', 2],
      ['Another Fine Item', 5],
    ]);
  });

  it('reports syntax errors at their lines', () => {
    expect(parse('broken/syntax-errors.json').errors).toEqual([{ file: 'broken/syntax-errors.json', line: 3, message: 'not valid JSON: a comma is missing' }]);
    expect(parseCslJsonFile('c.json', '[\n  {"title": "A"},\n  // a comment\n  {"title": "B",}\n]').errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'not valid JSON: comments are not allowed in JSON'],
      [4, 'not valid JSON: a property name (in double quotes) is expected'],
    ]);
  });

  it('takes an empty array or file for a file without papers, and BibTeX in a .json file for no JSON', () => {
    expect(parseCslJsonFile('e.json', '[]')).toMatchObject({ errors: [], warnings: [{ file: 'e.json', line: 1, message: 'no papers in this file' }] });
    expect(parseCslJsonFile('b.json', '\n@article{a, title={A}}').errors[0]).toMatchObject({ file: 'b.json', line: 2 });
    expect(parseCslJsonFile('n.json', ' \n')).toMatchObject({ errors: [], warnings: [{ file: 'n.json', line: 1, message: 'no papers in this file' }] });
    expect(parseCslJsonFile('s.json', '"just a string"').errors).toEqual([{ file: 's.json', line: 1, message: 'not a CSL-JSON file: it must hold an array of items (`[{ "title": … }, …]`)' }]);
  });
});
