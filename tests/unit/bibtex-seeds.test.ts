import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibtexFile } from '../../src/lib/seeds/bibliography/bibtex.ts';
import type { SeedEntry } from '../../src/lib/seeds/parse.ts';

const fixtures = join(import.meta.dirname, '../fixtures/bibliographies');
const parse = (name: string) => parseBibtexFile(name, readFileSync(join(fixtures, name), 'utf8'));
const byKey = (entries: readonly SeedEntry[], key: string) => {
  const entry = entries.find((e) => e.citekey === key);
  if (!entry) throw new Error(`no entry ${key}`);
  return entry;
};

describe('a Zotero Better BibTeX export', () => {
  const parsed = parse('zotero-better-bibtex.bib');
  const lora = byKey(parsed.entries, 'huLoRALowRankAdaptation2021');
  const mamba = byKey(parsed.entries, 'guMambaLinearTimeSequence2023');

  it('reads every entry at the line of its @ (past the BOM), with no problem', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.entries.map((e) => [e.citekey, e.line])).toEqual([
      ['huLoRALowRankAdaptation2021', 2],
      ['guMambaLinearTimeSequence2023', 21],
      ['fedusSwitchTransformersScaling2022', 37],
      ['openaiGPT4TechnicalReport2023', 51],
    ]);
  });

  it('removes case-protecting braces from titles', () => {
    expect(lora.title).toBe('LoRA: Low-Rank Adaptation of Large Language Models');
    expect(byKey(parsed.entries, 'fedusSwitchTransformersScaling2022').title).toBe('Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity');
    expect(byKey(parsed.entries, 'openaiGPT4TechnicalReport2023').title).toBe('GPT-4 Technical Report');
  });

  it("decodes Zotero's escapes into the text the researcher typed, formulas kept as written", () => {
    expect(lora.abstract).toContain('a 34.4\\times saving in one setting, and cuts the cost by 25% with $r \\ll d$.');
    expect(mamba.abstract).toContain('grows as $O(n^2)$ in the sequence length; Mamba enjoys 5× higher throughput');
    expect(mamba.abstract).toContain('on a naïve baseline & others.');
    expect(lora.abstract).not.toMatch(/\s{2}|\{|\\%/);
  });

  it('reads authors in order, a braced name as one literal name', () => {
    expect(lora.authors).toHaveLength(8);
    expect(lora.authors!.slice(0, 4)).toEqual([
      { family: 'Hu', given: 'Edward J.' },
      { family: 'Shen', given: 'Yelong' },
      { family: 'Wallis', given: 'Phillip' },
      { family: 'Allen-Zhu', given: 'Zeyuan' },
    ]);
    expect(byKey(parsed.entries, 'openaiGPT4TechnicalReport2023').authors).toEqual([{ literal: 'OpenAI' }]);
  });

  it('reads year, month macro, DOI, arXiv id, link and keywords; never a local file path as PDF', () => {
    expect(lora).toMatchObject({
      year: 2021,
      month: 6,
      venue: null,
      doi: '10.48550/arXiv.2106.09685',
      arxiv: '2106.09685',
      paperUrl: 'http://arxiv.org/abs/2106.09685',
      pdf: null,
      type: 'misc',
      keywords: ['Computer Science - Artificial Intelligence', 'Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
    });
    expect(mamba).toMatchObject({ year: 2023, month: 12, arxiv: '2312.00752', pdf: null });
    expect(byKey(parsed.entries, 'openaiGPT4TechnicalReport2023')).toMatchObject({ type: 'techreport', arxiv: '2303.08774', month: 3 });
  });

  it('keeps the entry as written for citations, without the local file paths', () => {
    expect(lora.bibtex?.type).toBe('misc');
    expect(lora.bibtex?.key).toBe('huLoRALowRankAdaptation2021');
    expect(lora.bibtex?.fields.title).toBe('{{LoRA}}: {{Low-Rank Adaptation}} of {{Large Language Models}}');
    expect(lora.bibtex?.fields.author).toContain('{Allen-Zhu}, Zeyuan');
    expect(lora.bibtex?.fields.abstract).toContain('34.4{\\textbackslash}times');
    expect(lora.bibtex?.fields.archiveprefix).toBe('arXiv');
    expect(lora.bibtex?.fields).not.toHaveProperty('file');
    expect(mamba.bibtex?.fields).not.toHaveProperty('file');
  });
});

describe('a DBLP export', () => {
  const parsed = parse('dblp.bib');

  it('reads the entries and ignores the DBLP housekeeping fields', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.line)).toEqual([1, 22, 42]);
    for (const entry of parsed.entries) {
      for (const field of ['timestamp', 'biburl', 'bibsource']) expect(entry.bibtex?.fields).not.toHaveProperty(field);
    }
  });

  it('reads names written "Given Family", across lines, with DBLP\'s braced hyphen', () => {
    const lora = byKey(parsed.entries, 'DBLP:journals/corr/abs-2106-09685');
    expect(lora.authors!.map((a) => ('family' in a ? a.family : a.literal))).toEqual(['Hu', 'Shen', 'Wallis', 'Allen-Zhu', 'Li', 'Wang', 'Wang', 'Chen']);
    expect(lora).toMatchObject({ venue: 'CoRR', arxiv: '2106.09685', year: 2021, paperUrl: 'https://arxiv.org/abs/2106.09685' });
  });

  it('reads the arXiv eprint and the DOI of arXiv', () => {
    const mamba = byKey(parsed.entries, 'DBLP:journals/corr/abs-2312-00752');
    expect(mamba).toMatchObject({ arxiv: '2312.00752', doi: '10.48550/ARXIV.2312.00752' });
  });

  it('joins a booktitle written over several lines', () => {
    const attention = byKey(parsed.entries, 'DBLP:conf/nips/VaswaniSPUJGKP17');
    expect(attention.venue).toBe('Advances in Neural Information Processing Systems 30: Annual Conference on Neural Information Processing Systems 2017, December 4-9, 2017, Long Beach, CA, USA');
    expect(attention).toMatchObject({ type: 'inproceedings', year: 2017, arxiv: null });
  });
});

describe('a Google Scholar file of one-liners', () => {
  const parsed = parse('google-scholar.bib');

  it('reads multi-line and one-line entries at their lines', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => [e.citekey, e.line])).toEqual([
      ['hu2021lora', 1],
      ['gu2023mamba', 7],
      ['fedus2022switch', 8],
      ['vaswani2017attention', 9],
    ]);
  });

  it('takes the arXiv id from "arXiv preprint arXiv:…" and calls that venue arXiv', () => {
    expect(byKey(parsed.entries, 'hu2021lora')).toMatchObject({ arxiv: '2106.09685', venue: 'arXiv', abstract: '', title: 'Lora: Low-rank adaptation of large language models' });
    expect(byKey(parsed.entries, 'gu2023mamba')).toMatchObject({ arxiv: '2312.00752', venue: 'arXiv' });
    expect(byKey(parsed.entries, 'fedus2022switch')).toMatchObject({ arxiv: null, venue: 'Journal of Machine Learning Research' });
  });

  it('turns {\\L}ukasz into Łukasz', () => {
    expect(byKey(parsed.entries, 'vaswani2017attention').authors).toContainEqual({ family: 'Kaiser', given: 'Łukasz' });
  });
});

describe('a BibLaTeX file (Windows line endings)', () => {
  const parsed = parse('biblatex.bib');

  it('reads date, eprint and eprinttype', () => {
    expect(parsed.errors).toEqual([]);
    expect(byKey(parsed.entries, 'gu2023mamba')).toMatchObject({ line: 3, year: 2023, month: 12, arxiv: '2312.00752', type: 'online', keywords: ['state space models', 'sequence modeling'] });
  });

  it('reads journaltitle as the venue', () => {
    expect(byKey(parsed.entries, 'fedus2022switch')).toMatchObject({ line: 14, venue: 'Journal of Machine Learning Research', year: 2022, month: null });
  });

  it('lets a crossref parent lend its title and date, and lists the paper but not the volume', () => {
    expect(byKey(parsed.entries, 'vaswani2017attention')).toMatchObject({ line: 25, venue: 'Advances in Neural Information Processing Systems 30', year: 2017, month: 12 });
    expect(parsed.entries.map((e) => e.citekey)).not.toContain('nips2017');
  });

  it('keeps a type BibTeX does not know, as written', () => {
    expect(byKey(parsed.entries, 'lora2021code')).toMatchObject({ type: 'software', authors: [{ literal: 'Microsoft' }], paperUrl: 'https://github.com/microsoft/LoRA' });
  });
});

describe('a hand-kept thesis bibliography', () => {
  const parsed = parse('thesis.bib');

  it('reports every oddity at its line: the undefined macro, the untitled entry, the reused citekey', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([
      { file: 'thesis.bib', line: 26, message: '@string macro "iclr" is used but not defined: its name is kept as text' },
      { file: 'thesis.bib', line: 48, message: 'entry "untitled2020" has no title' },
      { file: 'thesis.bib', line: 54, message: 'citekey "lora" is used twice (first at line 23)' },
    ]);
    expect(parsed.entries.map((e) => [e.citekey, e.line])).toEqual([
      ['switch', 12],
      ['lora', 23],
      ['mueller2021', 32],
      ['seminar2023', 41],
      ['lora', 54],
    ]);
  });

  it('expands macros (quoted, braced, parenthesized definitions; concatenation) and keeps an undefined one by name', () => {
    expect(byKey(parsed.entries, 'switch').venue).toBe('Journal of Machine Learning Research');
    expect(parsed.entries[1]!.venue).toBe('iclr 2022');
    expect(parsed.entries[4]!.venue).toBe('Advances in Neural Information Processing Systems');
    expect(parsed.entries[1]!.bibtex?.fields.booktitle).toBe('iclr 2022');
  });

  it('reads mixed-case field names, quoted values, a month name, note arXiv ids, keywords and a pdf field', () => {
    expect(byKey(parsed.entries, 'switch')).toMatchObject({
      title: 'Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity',
      authors: [{ family: 'Fedus', given: 'William' }, { family: 'Zoph', given: 'Barret' }, { family: 'Shazeer', given: 'Noam' }],
      year: 2022,
      month: 9,
      arxiv: '2101.03961',
      keywords: ['moe', 'sparsity', 'routing'],
      pdf: 'https://arxiv.org/pdf/2101.03961',
      type: 'article',
    });
  });

  it('turns LaTeX accents into Unicode in titles and names, and strips the DOI resolver', () => {
    expect(byKey(parsed.entries, 'mueller2021')).toMatchObject({
      title: 'Über spärliche Experten: Routing in großen Sprachmodellen',
      authors: [{ family: 'Müller', given: 'Jörg' }, { family: 'García', given: 'José' }],
      doi: '10.0000/test.1',
      month: 3,
      type: 'phdthesis',
    });
  });

  it('keeps particles and suffixes, and takes a PDF link in url for the PDF', () => {
    expect(byKey(parsed.entries, 'seminar2023')).toMatchObject({
      type: 'talk',
      authors: [{ family: 'de la Cruz', given: 'Ana' }, { family: 'van der Berg', given: 'Pieter' }, { family: 'Smith Jr.', given: 'John' }],
      paperUrl: 'https://example.org/slides/sparse-experts.pdf',
      pdf: 'https://example.org/slides/sparse-experts.pdf',
    });
  });

  it('reads an abstract in quotes with its formula, protected letters and a braced comma', () => {
    expect(parsed.entries[1]!.abstract).toBe('We propose Low-Rank Adaptation, which freezes the pre-trained weights and injects trainable rank decomposition matrices, reducing trainable parameters by 10,000$\\times$.');
  });
});

describe('broken BibTeX', () => {
  it('lists every unreadable entry at once, each at file:line, and still reads the good ones', () => {
    const parsed = parseBibtexFile('broken/unreadable-entries.bib', readFileSync(join(fixtures, 'broken/unreadable-entries.bib'), 'utf8'));
    expect(parsed.errors.map((e) => [e.line, e.message])).toEqual([
      [8, 'cannot read the entry "missingcomma" (from line 6): expected "}" but found a field name (is a comma missing before it?)'],
      [11, 'cannot read the entry "unclosed": expected "}" but found the end of the entry (is a closing brace missing?)'],
      [20, 'cannot read the entry without a citekey: expected a citekey but found ","'],
    ]);
    expect(parsed.errors.every((e) => e.file === 'broken/unreadable-entries.bib')).toBe(true);
    expect(parsed.entries.map((e) => [e.citekey, e.line])).toEqual([
      ['good1', 1],
      ['good2', 15],
    ]);
  });

  it('names a JSON file saved as .bib', () => {
    const parsed = parseBibtexFile('refs.bib', readFileSync(join(fixtures, 'broken/csl-json-named.bib'), 'utf8'));
    expect(parsed.errors).toEqual([{ file: 'refs.bib', line: 1, message: 'this is JSON, not BibTeX: a CSL-JSON export belongs in a .json file' }]);
    expect(parsed.entries).toEqual([]);
  });

  it('names RIS or plain text saved as .bib at their first line, and takes a comment-only file for an empty one', () => {
    expect(parseBibtexFile('a.bib', '\n\nTY  - JOUR\nTI  - X\nER  - \n').errors).toEqual([{ file: 'a.bib', line: 3, message: 'this is RIS, not BibTeX: an RIS export belongs in a .ris file' }]);
    expect(parseBibtexFile('b.bib', '% notes\nSome notes about papers.\n').errors).toEqual([{ file: 'b.bib', line: 2, message: 'not a BibTeX file: no entry (a line starting like `@article{key,`) in it' }]);
    expect(parseBibtexFile('c.bib', '% only a comment\n\n')).toMatchObject({ errors: [], warnings: [{ file: 'c.bib', line: 1, message: 'no papers in this file' }] });
  });

  it('reports an unreadable @string definition at its line', () => {
    const parsed = parseBibtexFile('s.bib', '@string{broken = "unclosed}\n\n@misc{a, title = {Fine}}\n');
    expect(parsed.errors).toEqual([{ file: 's.bib', line: 1, message: 'cannot read the @string definition: expected text but found the end of the entry (is a closing brace missing?)' }]);
    expect(parsed.entries.map((e) => e.title)).toEqual(['Fine']);
  });
});
