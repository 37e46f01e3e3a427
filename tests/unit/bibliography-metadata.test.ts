import { describe, expect, it } from 'vitest';
import { arxivIdIn, arxivIdOf } from '../../src/lib/seeds/bibliography/arxiv.ts';
import { macroTable } from '../../src/lib/seeds/bibliography/bibtex-macros.ts';
import { scanBlock, splitBibtex } from '../../src/lib/seeds/bibliography/bibtex-blocks.ts';
import { fieldsFromCsl, pdfLink, splitKeywords, venueOf } from '../../src/lib/seeds/bibliography/csl-item.ts';
import { bibtexTypeOf } from '../../src/lib/seeds/bibliography/csl-types.ts';
import { monthNumber, yearMonthOf, yearMonthOfText } from '../../src/lib/seeds/bibliography/dates.ts';
import { normalizeDoi } from '../../src/lib/seeds/bibliography/doi.ts';
import { needsLatexConversion, protectMath, unescapeSimpleLatex } from '../../src/lib/seeds/bibliography/latex-math.ts';
import { authorFromCsl, authorsFromCsl } from '../../src/lib/seeds/bibliography/names.ts';
import { plainText } from '../../src/lib/seeds/bibliography/rich-text.ts';
import { lineLocator } from '../../src/lib/seeds/bibliography/source-lines.ts';

describe('arXiv ids', () => {
  it.each([
    ['2106.09685', '2106.09685'],
    ['2106.09685v2', '2106.09685'],
    ['arXiv:2312.00752v1', '2312.00752'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['math.AG/0601001v3', 'math.AG/0601001'],
    [' 0704.0001 ', '0704.0001'],
  ])('reads the eprint %j as %j', (value, id) => expect(arxivIdOf(value)).toBe(id));

  it.each(['10.1000/xyz', '2106', 'see 2106.09685', 'hep-th'])('takes %j for no eprint id', (value) => expect(arxivIdOf(value)).toBeNull());

  it.each([
    ['arXiv preprint arXiv:2106.09685', '2106.09685'],
    ['https://arxiv.org/abs/2106.09685v2', '2106.09685'],
    ['http://arxiv.org/pdf/2312.00752v2.pdf', '2312.00752'],
    ['https://www.arxiv.org/html/2401.00001v1', '2401.00001'],
    ['arXiv:2106.09685 [cs]', '2106.09685'],
    ['10.48550/arXiv.2106.09685', '2106.09685'],
    ['ArXiv hep-th/9901001', 'hep-th/9901001'],
  ])('finds the id %#: %j', (text, id) => expect(arxivIdIn(text)).toBe(id));

  it('does not take numbers that arXiv does not name for ids', () => {
    expect(arxivIdIn('Proceedings of ICML, pages 2106.0968')).toBeNull();
    expect(arxivIdIn('Report 2106.09685, Some Institute')).toBeNull();
    expect(arxivIdIn('arXiv preprint')).toBeNull();
  });
});

describe('DOIs', () => {
  it.each([
    ['10.48550/arXiv.2106.09685', '10.48550/arXiv.2106.09685'],
    [' https://doi.org/10.1000/xyz123 ', '10.1000/xyz123'],
    ['http://dx.doi.org/10.1145/3292500.3330701', '10.1145/3292500.3330701'],
    ['doi:10.1000/abc', '10.1000/abc'],
    ['https://doi.org/10.1000%2Fenc', '10.1000/enc'],
  ])('keeps %j bare as %j', (value, doi) => expect(normalizeDoi(value)).toBe(doi));

  it.each(['', 'see the paper', 'https://example.org/10.1000/x', '11.1000/x'])('finds no DOI in %j', (value) => expect(normalizeDoi(value)).toBeNull());
});

describe('months and dates', () => {
  it.each([
    [6, 6],
    ['06', 6],
    ['jun', 6],
    ['June', 6],
    ['Sept.', 9],
    ['DECEMBER', 12],
  ])('reads the month %j as %j', (value, month) => expect(monthNumber(value)).toBe(month));

  it.each([0, 13, '16', 'Summer', 'Junk', 'Juni', '', undefined])('reads no month in %j', (value) => expect(monthNumber(value)).toBeNull());

  it('reads CSL dates: date-parts (numbers or strings), raw and literal', () => {
    expect(yearMonthOf({ 'date-parts': [[2021, 6, 17]] })).toEqual({ year: 2021, month: 6 });
    expect(yearMonthOf({ 'date-parts': [['2021', '6']] })).toEqual({ year: 2021, month: 6 });
    expect(yearMonthOf({ 'date-parts': [[2019, 13]] })).toEqual({ year: 2019, month: null });
    expect(yearMonthOf({ raw: 'December 2017' })).toEqual({ year: 2017, month: 12 });
    expect(yearMonthOf({ literal: '2023-12-01' })).toEqual({ year: 2023, month: 12 });
    expect(yearMonthOf(undefined)).toEqual({ year: null, month: null });
    expect(yearMonthOfText('2021 Mar')).toEqual({ year: 2021, month: 3 });
    expect(yearMonthOfText('Spring 2020')).toEqual({ year: 2020, month: null });
  });
});

describe('names', () => {
  it('folds particles and suffixes into the two name parts', () => {
    expect(authorFromCsl({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' })).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(authorFromCsl({ family: 'La Fontaine', given: 'Jean', 'dropping-particle': 'de' })).toEqual({ family: 'La Fontaine', given: 'Jean de' });
    expect(authorFromCsl({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' })).toEqual({ family: 'King Jr.', given: 'Martin Luther' });
  });

  it('keeps literal names, and a lone family or given name, literal', () => {
    expect(authorFromCsl({ literal: 'Google Brain' })).toEqual({ literal: 'Google Brain' });
    expect(authorFromCsl({ family: 'OpenAI' })).toEqual({ literal: 'OpenAI' });
    expect(authorFromCsl({ given: 'Plato' })).toEqual({ literal: 'Plato' });
    expect(authorFromCsl({ family: '  ', given: '' })).toBeNull();
  });

  it('reads a list in order, skipping what is not a name', () => {
    expect(authorsFromCsl([{ family: 'Gu', given: 'Albert' }, null, 'Dao', { family: 'Dao', given: 'Tri' }, {}])).toEqual([
      { family: 'Gu', given: 'Albert' },
      { family: 'Dao', given: 'Tri' },
    ]);
    expect(authorsFromCsl('Gu, Albert')).toEqual([]);
  });
});

describe('rich text and small fields', () => {
  it('drops the formatting tags of CSL rich text and keeps other text', () => {
    expect(plainText('Attention is <i>all</i> you  need')).toBe('Attention is all you need');
    expect(plainText('<span style="font-variant:small-caps;">Bert</span> and <span class="nocase">LoRA</span>')).toBe('Bert and LoRA');
    expect(plainText('CO<sub>2</sub> and 10<sup>-4</sup> and R<sup>d×k</sup>')).toBe('CO₂ and 10⁻⁴ and R^{d×k}');
    expect(plainText('p < 0.05 and a<b>')).toBe('p < 0.05 and a');
    expect(plainText('na\u0131\u0308ve')).toBe('naïve');
  });

  it('splits keywords on commas and semicolons, once each', () => {
    expect(splitKeywords('LoRA; fine-tuning, lora,, adapters ')).toEqual(['LoRA', 'fine-tuning', 'adapters']);
    expect(splitKeywords('')).toEqual([]);
  });

  it('names arXiv placeholders of Google Scholar and ADS as arXiv, and keeps other venues', () => {
    expect(venueOf('arXiv preprint arXiv:2106.09685')).toBe('arXiv');
    expect(venueOf('arXiv e-prints')).toBe('arXiv');
    expect(venueOf('CoRR')).toBe('CoRR');
    expect(venueOf('Advances in <i>Neural</i> Information Processing Systems')).toBe('Advances in Neural Information Processing Systems');
    expect(venueOf('  ')).toBeNull();
  });

  it('takes web links to PDFs for PDFs, never local paths', () => {
    expect(pdfLink('https://example.org/a/paper.pdf')).toBe('https://example.org/a/paper.pdf');
    expect(pdfLink('https://arxiv.org/pdf/2106.09685v2')).toBe('https://arxiv.org/pdf/2106.09685v2');
    expect(pdfLink('/home/ana/Zotero/storage/X/paper.pdf')).toBeNull();
    expect(pdfLink('https://arxiv.org/abs/2106.09685')).toBeNull();
  });

  it('maps CSL types to BibTeX words', () => {
    expect(bibtexTypeOf('article-journal')).toBe('article');
    expect(bibtexTypeOf('article')).toBe('article');
    expect(bibtexTypeOf('paper-conference')).toBe('inproceedings');
    expect(bibtexTypeOf('chapter')).toBe('incollection');
    expect(bibtexTypeOf('book')).toBe('book');
    expect(bibtexTypeOf('thesis')).toBe('phdthesis');
    expect(bibtexTypeOf('report')).toBe('techreport');
    expect(bibtexTypeOf('manuscript')).toBe('unpublished');
    expect(bibtexTypeOf('webpage')).toBe('misc');
    expect(bibtexTypeOf(undefined)).toBeNull();
  });

  it('reads a CSL item defensively: wrong types give empty fields, not a crash', () => {
    const fields = fieldsFromCsl({ title: 42, author: 'nobody', issued: { 'date-parts': 'x' }, DOI: ['10.1/x'], keyword: 7, id: 3 });
    expect(fields).toMatchObject({ title: '42', authors: [], year: null, doi: null, keywords: ['7'], citekey: null, type: null });
  });
});

describe('LaTeX math and escapes', () => {
  it('sets formulas aside and puts them back as written', () => {
    const math = protectMath('costs $\\mathcal{O}(n^2)$ and $$x$$, not \\$5, and \\(a\\) or \\[b\\]');
    for (const formula of ['$\\mathcal', '$$x$$', '\\(a\\)', '\\[b\\]']) expect(math.text).not.toContain(formula);
    expect(math.text).toContain('not \\$5, and');
    expect(math.restore(math.text)).toBe('costs $\\mathcal{O}(n^2)$ and $$x$$, not \\$5, and \\(a\\) or \\[b\\]');
  });

  it('tells plain text from text the conversion must read', () => {
    expect(needsLatexConversion('A plain abstract, with 50 percent.')).toBe(false);
    expect(needsLatexConversion('state--of--the--art')).toBe(true);
    expect(needsLatexConversion('M{\\"u}ller')).toBe(true);
    expect(unescapeSimpleLatex('50\\% fewer, top\\_k \\& more \\#1')).toBe('50% fewer, top_k & more #1');
    expect(unescapeSimpleLatex('50\\% and na\\"{\\i}ve')).toBeNull();
  });
});

describe('BibTeX blocks and macros', () => {
  const source = ['% a comment line', '@string{jmlr = {Journal of Machine Learning Research}}', '', '@Article{a,', '  journal = jmlr # " (JMLR)",', '  title = {x = y # z},', '  note = "a {"quoted"} note" # undefinedmacro,', '  year = 2024}', '  @misc(b, title = {B})', '@comment{not an entry}'].join('\n');

  it('cuts a file into its blocks, each with its line and citekey', () => {
    expect(splitBibtex(source).map(({ directive, key, line }) => [directive, key, line])).toEqual([
      ['string', '', 2],
      ['article', 'a', 4],
      ['misc', 'b', 9],
      ['comment', '', 10],
    ]);
  });

  it('finds the macros of values, outside braces and quotes, and where the block ends', () => {
    const [, article] = splitBibtex(source);
    const scan = scanBlock(article!.text);
    expect(scan.uses.map((use) => use.name)).toEqual(['jmlr', 'undefinedmacro']);
    expect(article!.text.slice(0, scan.end).endsWith('year = 2024}')).toBe(true);
  });

  it('warns at the line of each undefined macro and lends each block only the definitions it uses', () => {
    const blocks = splitBibtex(source);
    const table = macroTable('refs.bib', blocks);
    expect(table.warnings).toEqual([{ file: 'refs.bib', line: 7, message: '@string macro "undefinedmacro" is used but not defined: its name is kept as text' }]);
    expect(table.definitionsFor(blocks[1]!)).toBe('@string{jmlr = {Journal of Machine Learning Research}}\n@string{undefinedmacro = {undefinedmacro}}');
    expect(table.definitionsFor(blocks[2]!)).toBe('');
  });

  it('locates offsets on lines', () => {
    const lineOf = lineLocator('a\nbc\r\n\nd');
    expect([0, 1, 2, 4, 6, 7, 99].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});
