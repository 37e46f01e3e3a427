import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, toBibtexFile, type BibtexPaper } from '../../src/lib/exports/bibtex.ts';
import { escapeBibtexText } from '../../src/lib/exports/bibtex-text.ts';
import { assignCitationKeys } from '../../src/lib/exports/citation-keys.ts';
import { NO_METADATA } from '../../src/lib/schemas/paper.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

/** A paper to cite; `title` and `abstract` stand for the repaired text a citation carries. */
type CitedText = Omit<BibtexPaper, 'titleRepaired' | 'abstractRepaired'> & { title: string; abstract: string };
const paper = (overrides: Partial<CitedText> = {}): BibtexPaper => {
  const { title, abstract, ...rest }: CitedText = {
    slug: 'model-soups',
    title: 'Model Soups',
    abstract: 'Averaging weights of fine-tuned models.',
    url: 'https://example.org/survey/papers/model-soups/',
    sources: [{ file: '000_x.txt', line: 11 }],
    ...NO_METADATA,
    ...overrides,
  };
  return { ...rest, titleRepaired: title, abstractRepaired: abstract };
};

/** One entry keyed by its slug, abstract included (as in papers.bib). */
const toBibtex = (p: BibtexPaper) => bibtexEntry(p, p.slug);
/** A file keyed as the build keys it. */
const fileOf = (papers: BibtexPaper[]) => toBibtexFile(papers, assignCitationKeys(papers));

/**
 * Parses BibTeX the way reference managers do (Better BibTeX's parser), with its Zotero-style
 * sentence-casing of titles off, so every field comes back as the text it stands for.
 */
function readBack(bib: string) {
  const library = parse(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

const HOSTILE_TITLES = [
  '{Unbalanced open brace',
  'Unbalanced close brace}',
  '}{ reversed braces',
  '100% Accurate & Fast: #1 on C_4 with x^2 ~ y',
  'Back\\slash \\textbf{not a command} \\',
  '<script>alert("x")</script>',
  'Pipes | and > angles < and "quotes" and @at',
  'Ünïcödé Poincaré — 数学 “curly”',
  '\\end{document}',
  '@misc{evil, title = {x}}',
  "TeX ligatures -- and --- and ''quotes'' and ``these`` ?` !` ,,",
];

describe('toBibtex', () => {
  it('writes a page-dump paper as @misc with title, url, howpublished, abstract and note, and nothing else', () => {
    expect(toBibtex(paper())).toBe(
      '@misc{model-soups,\n' +
        '  title = {{Model Soups}},\n' +
        '  url = {https://example.org/survey/papers/model-soups/},\n' +
        '  howpublished = {\\url{https://example.org/survey/papers/model-soups/}},\n' +
        '  abstract = {Averaging weights of fine-tuned models.},\n' +
        '  note = {Listed in survey seed 000\\_x.txt, line 11}\n' +
        '}\n',
    );
  });

  it('never invents authors, years or dates', () => {
    const [entry] = readBack(toBibtex(paper()));
    expect(Object.keys(entry!.fields).sort()).toEqual(['abstract', 'howpublished', 'note', 'title', 'url']);
  });

  it('protects the capitalization of the whole title with a second brace pair', () => {
    expect(toBibtex(paper({ title: 'LoRA: Hopfield Networks Is All You Need' }))).toContain(
      'title = {{LoRA: Hopfield Networks Is All You Need}}',
    );
  });

  it('names every seed place in the note', () => {
    const sources = [
      { file: '000_x.txt', line: 11 },
      { file: '003_y.txt', line: 4 },
    ];
    const [entry] = readBack(toBibtex(paper({ sources })));
    expect(entry!.fields.note).toBe('Listed in survey seeds 000_x.txt, line 11; 003_y.txt, line 4');
  });

  it('leaves out an empty abstract and a note without sources', () => {
    const [entry] = readBack(toBibtex(paper({ abstract: ' ', sources: [] })));
    expect(Object.keys(entry!.fields).sort()).toEqual(['howpublished', 'title', 'url']);
  });

  it.each(HOSTILE_TITLES)('round-trips a hostile title and abstract: %s', (text) => {
    const bib = toBibtex(paper({ title: text, abstract: `Abstract: ${text}` }));
    const [entry, ...rest] = readBack(bib);
    expect(rest).toEqual([]);
    expect(entry!.key).toBe('model-soups');
    expect(entry!.fields.title).toBe(text);
    expect(entry!.fields.abstract).toBe(`Abstract: ${text}`);
    expect(entry!.fields.url).toBe('https://example.org/survey/papers/model-soups/');
  });

  it('writes braces so that every field is balanced for BibTeX, which counts \\{ as a brace too', () => {
    for (const text of HOSTILE_TITLES) {
      const bib = toBibtex(paper({ title: text, abstract: text }));
      let depth = 0;
      for (const char of bib) {
        if (char === '{') depth++;
        if (char === '}') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(bib).not.toMatch(/\\[{}]/);
    }
  });

  it('keeps a title that starts with a special out of BibTeX\'s "special character" case changing', () => {
    expect(toBibtex(paper({ title: '<script> & co' }))).toContain('title = {{{}\\textless{}script\\textgreater{} \\& co}}');
  });

  it('puts text on one line', () => {
    const [entry] = readBack(toBibtex(paper({ title: 'Model\n\n  Soups', abstract: 'a\r\n\r\nb\tc' })));
    expect(entry!.fields.title).toBe('Model Soups');
    expect(entry!.fields.abstract).toBe('a b c');
  });

  it('breaks TeX ligatures so dashes and quotes stay as typed', () => {
    expect(escapeBibtexText("a -- b --- c ''d'' ``e``")).toBe("a -{}- b -{}-{}- c '{}'d'{}' `{}`e`{}`");
  });

  it('round-trips papers of the shipped seeds without a parse error', () => {
    const corpus = shippedSurvey().papers;
    expect(corpus).toHaveLength(SHIPPED_PAPER_COUNT);
    // Every paper with something to escape, and every tenth paper (the parser is slow).
    const papers = corpus
      // The text as listed: it has far more to escape than the repaired text.
      .map((p) => paper({ slug: p.slug, title: p.title, abstract: p.abstract, sources: p.sources }))
      .filter((p, i) => i % 10 === 0 || /[\\{}%&$#_^~<>|`]|--|''|,,/.test(p.titleRepaired + p.abstractRepaired));
    // Well over the tenth: the seeds are full of specials to escape ($, %, _, \, braces).
    expect(papers.length).toBeGreaterThan(SHIPPED_PAPER_COUNT / 10 + 50);
    const entries = readBack(toBibtexFile(papers, new Map(papers.map((p) => [p.slug, p.slug]))));
    expect(entries).toHaveLength(papers.length);
    entries.forEach((entry, i) => {
      const { titleRepaired: title, abstractRepaired: abstract } = papers[i]!;
      expect(entry.key).toBe(papers[i]!.slug);
      expect(entry.fields.title).toBe(title.replace(/\s+/g, ' ').trim());
      // The parser renders kept formulas and braced scripts (written as \textsuperscript) as
      // Unicode, so compare only abstracts without either.
      if (!/\$|[_^]\{/.test(abstract)) expect(entry.fields.abstract).toBe(abstract.replace(/\s+/g, ' ').trim());
    });
  });
});

describe('escapeBibtexText', () => {
  it('escapes every LaTeX special', () => {
    expect(escapeBibtexText('\\ { } % & $ # _ ^ ~ < > |')).toBe(
      '\\textbackslash{} \\textbraceleft{} \\textbraceright{} \\% \\& \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{} \\textless{} \\textgreater{} \\textbar{}',
    );
  });

  it('keeps a balanced $…$ formula as math', () => {
    expect(escapeBibtexText('We prove $O(n \\log n)$ and $x^{2}_i$ bounds for 50% of cases.')).toBe(
      'We prove $O(n \\log n)$ and $x^{2}_i$ bounds for 50\\% of cases.',
    );
    const [entry] = parse(toBibtex(paper({ abstract: 'Cost $x^{2}_i$ here.' })), { raw: true }).entries;
    expect(entry!.fields.abstract).toBe('Cost $x^{2}_i$ here.');
  });

  it.each([
    ['unbalanced braces', 'a $x^{2$ b', 'a \\$x\\textasciicircum{}\\textbraceleft{}2\\$ b'],
    ['a comment sign', 'up to 5.18\\times$ faster and 42.9%$ less', 'up to 5.18\\textbackslash{}times\\$ faster and 42.9\\%\\$ less'],
    ['an alignment tab', '$a & b$', '\\$a \\& b\\$'],
    ['a trailing backslash', '$a\\$ b', '\\$a\\textbackslash{}\\$ b'],
    ['prices, not math', 'costs $5 and $10', 'costs \\$5 and \\$10'],
    ['a lone dollar', 'only $ here', 'only \\$ here'],
  ])('escapes the dollars of a formula with %s', (_, text, escaped) => {
    expect(escapeBibtexText(text)).toBe(escaped);
    const [entry] = readBack(toBibtex(paper({ abstract: text })));
    expect(entry!.fields.abstract).toBe(text);
  });
});

describe('escapeBibtexText on repaired abstracts', () => {
  // Repaired text as the pages show it, from the shipped seeds (`5times` was repaired to `5×`, …).
  it.each([
    ['Mamba enjoys fast inference (5× higher throughput than Transformers)', 'Mamba enjoys fast inference (5$\\times$ higher throughput than Transformers)'],
    ['with 1.37×/1.24× faster forward/backward pass', 'with 1.37$\\times$/1.24$\\times$ faster forward/backward pass'],
    ['an additional 10∼100× speed-up', 'an additional 10$\\sim$100$\\times$ speed-up'],
    ['low-sparsity regions (∼50%).', 'low-sparsity regions ($\\sim$50\\%).'],
    ['MLLMs called γ-MoD. In γ-MoD,', 'MLLMs called $\\gamma$-MoD. In $\\gamma$-MoD,'],
    ['we propose Adapt-∞, a new', 'we propose Adapt-$\\infty$, a new'],
    ['we propose MHR-μ, which', 'we propose MHR-$\\mu$, which'],
    ['28.4% to 43.9% on GTA5 → Cityscapes', '28.4\\% to 43.9\\% on GTA5 $\\rightarrow$ Cityscapes'],
    ['maps a sequence u ↦ y by', 'maps a sequence u $\\mapsto$ y by'],
    ['a novel Basis Transformation (BT²).', 'a novel Basis Transformation (BT\\textsuperscript{2}).'],
    ['causing CO₂ emission', 'causing CO\\textsubscript{2} emission'],
    ['a learning rate of 10⁻³', 'a learning rate of 10\\textsuperscript{-3}'],
  ])('writes the Unicode math of %s as LaTeX', (text, escaped) => {
    expect(escapeBibtexText(text)).toBe(escaped);
    const [entry] = readBack(toBibtex(paper({ abstract: text })));
    // The parser reads some Greek letters back as mathematical alphanumerics (`$\\mu$` → 𝜇).
    expect(entry!.fields.abstract!.replace(/[\u{1D400}-\u{1D7FF}]/gu, (char) => char.normalize('NFKC'))).toBe(text);
  });

  it('keeps repaired formulas as math', () => {
    expect(escapeBibtexText('a faithful 2-functor GCNN_n to Para(CoKl($R^{n \\times n} \\times -$)). We')).toBe(
      'a faithful 2-functor GCNN\\_n to Para(CoKl($R^{n \\times n} \\times -$)). We',
    );
    expect(escapeBibtexText('pretrained weights $W^\\star$, and')).toBe('pretrained weights $W^\\star$, and');
  });

  it('writes Unicode inside a formula as commands and scripts', () => {
    expect(escapeBibtexText('a bound $ε ≤ 1$ with $xᵀy$ and $ℝ^d$')).toBe('a bound $\\varepsilon \\leq 1$ with $x^{T}y$ and $\\mathbb{R}^d$');
  });

  it('gives each Greek letter its own command', () => {
    expect(escapeBibtexText('α=0.5, ε ≥ ϵ, φ and ϕ')).toBe('$\\alpha$=0.5, $\\varepsilon$ $\\geq$ $\\epsilon$, $\\varphi$ and $\\phi$');
  });

  it('writes a braced script the repair kept as text as a script', () => {
    expect(escapeBibtexText('(pos_t)_{t} forms a low-dimensional shape and resid_{c,t} is the residual')).toBe(
      '(pos\\_t)\\textsubscript{t} forms a low-dimensional shape and resid\\textsubscript{c,t} is the residual',
    );
  });

  it('never writes two formulas back to back as $$', () => {
    expect(escapeBibtexText('×$x$ and $y$∼')).toBe('$\\times${}$x$ and $y${}$\\sim$');
  });

  it('leaves the ellipsis and text accents as text', () => {
    expect(escapeBibtexText('Poincaré balls … and more')).toBe('Poincaré balls … and more');
  });
});

describe('BibTeX of the repaired shipped seeds', () => {
  const papers = shippedSurvey().papers.map((p) => paper({ slug: p.slug, title: p.titleRepaired, abstract: p.abstractRepaired, sources: p.sources }));
  const bib = fileOf(papers);

  it('leaves no scrape damage and no escaped LaTeX syntax', () => {
    expect(papers.length).toBeGreaterThan(600);
    expect(bib.match(/.{0,40}(?:\\textasciicircum|\\textbraceleft|\\textbackslash|\dtimes|sim\d).{0,40}/g) ?? []).toEqual([]);
  });

  it('parses without errors', { timeout: 60_000 }, () => {
    // Only entries with something to escape can fail (the parser is slow).
    const escaped = papers.filter((p) => /[^\x20-\x7E]|[\\{}%&$#_^~<>|`]/.test(p.titleRepaired + p.abstractRepaired));
    // Valid LaTeX the parser cannot turn into text; any other command is an error.
    const lacking = new Set(['exp', 'log', 'mathbb', 'mathcal', 'mathsf', 'widetilde']);
    const unknown: string[] = [];
    const library = parse(fileOf(escaped), {
      sentenceCase: false,
      unsupported: (_node, tex) => {
        // `tex` is the command with what the parser took as its argument: `\widetildeP`.
        if (!lacking.has(/^\\([a-z]+)/.exec(tex)?.[1] ?? '')) unknown.push(tex);
        return tex;
      },
    });
    expect(library.errors).toEqual([]);
    expect(unknown).toEqual([]);
    expect(library.entries).toHaveLength(escaped.length);
  });
});

describe('entries made from bibliographic metadata', () => {
  const mamba = paper({
    slug: 'mamba',
    title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
    abstract: 'Foundation models…',
    authors: [{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }],
    year: 2023,
    month: 12,
    arxiv: '2312.00752',
    venue: 'arXiv',
  });

  it('cites an arXiv preprint as @misc with authors, year, month and eprint, linking arXiv, inventing nothing', () => {
    expect(bibtexEntry(mamba, 'gu2023mamba', { abstract: false })).toBe(
      '@misc{gu2023mamba,\n' +
        '  author = {Gu, Albert and Dao, Tri},\n' +
        '  title = {{Mamba: Linear-Time Sequence Modeling with Selective State Spaces}},\n' +
        '  year = {2023},\n' +
        '  month = dec,\n' +
        '  eprint = {2312.00752},\n' +
        '  archiveprefix = {arXiv},\n' +
        '  url = {https://arxiv.org/abs/2312.00752}\n' +
        '}\n',
    );
    const [entry] = readBack(bibtexEntry(mamba, 'gu2023mamba'));
    expect(entry!.fields.author).toHaveLength(2);
    expect(entry!.fields.abstract).toBe('Foundation models…');
  });

  it('puts a journal or proceedings under the field its entry type wants, and a literal name in braces', () => {
    const switchT = paper({ slug: 's', title: 'Switch Transformers', authors: [{ literal: 'Google Research' }], venue: 'JMLR', year: 2022, doi: '10.0000/test.1', type: 'article' });
    expect(bibtexEntry(switchT, 'k')).toMatch(/@article\{k,\n {2}author = \{\{Google Research\}\},[\s\S]*journal = \{JMLR\},[\s\S]*doi = \{10.0000\/test.1\}/);
    expect(bibtexEntry({ ...switchT, type: 'inproceedings', venue: 'NeurIPS' }, 'k')).toContain('booktitle = {NeurIPS}');
  });

  it("writes a person's literal name for BibTeX to split, so styles cite the family name", () => {
    const arxivOnly = { ...mamba, authors: [{ literal: 'Albert Gu' }, { literal: 'Joost van de Weijer' }] };
    expect(bibtexEntry(arxivOnly, 'k', { abstract: false })).toContain('  author = {Albert Gu and Joost van de Weijer},\n');
    const [entry] = readBack(bibtexEntry(arxivOnly, 'k'));
    expect(entry!.fields.author).toEqual([
      { firstName: 'Albert', lastName: 'Gu' },
      { firstName: 'Joost', prefix: 'van de', lastName: 'Weijer' },
    ]);
  });

  it("drops the abstract from the author's own entry when a copy is made without one, and keeps the rest", () => {
    const own = paper({ bibtex: { type: 'misc', key: 'guMamba2023', fields: { title: 'Mamba', abstract: 'Foundation models…', year: '2023' } } });
    expect(bibtexEntry(own, 'guMamba2023', { abstract: false })).toBe('@misc{guMamba2023,\n  title = {Mamba},\n  year = {2023}\n}\n');
    expect(bibtexEntry(own, 'guMamba2023')).toContain('abstract = {Foundation models…}');
  });

  it("keeps the author's own entry as they wrote it: type, key and LaTeX fields", () => {
    const own = paper({ bibtex: { type: 'inproceedings', key: 'hu2022lora', fields: { title: '{LoRA}: Low-Rank Adaptation', author: 'Hu, Edward J. and Shen, Yelong', booktitle: 'ICLR', year: '2022' } } });
    expect(bibtexEntry(own, 'hu2022lora')).toBe('@inproceedings{hu2022lora,\n  title = {{LoRA}: Low-Rank Adaptation},\n  author = {Hu, Edward J. and Shen, Yelong},\n  booktitle = {ICLR},\n  year = {2022}\n}\n');
  });
});

describe('assignCitationKeys', () => {
  it("uses the author's key, else author, year and first title word, else two title words", () => {
    const keys = assignCitationKeys([
      paper({ slug: 'a', title: 'The Mamba Paper', authors: [{ family: 'Gü', given: 'A' }], year: 2023 }),
      paper({ slug: 'b', title: 'Model Soups: averaging weights' }),
      paper({ slug: 'c', title: 'LoRA', citekey: 'hu2022lora' }),
      paper({ slug: 'd', title: 'X', bibtex: { type: 'misc', key: 'Mine:2020', fields: {} }, citekey: 'other' }),
    ]);
    expect(Object.fromEntries(keys)).toEqual({ a: 'gu2023mamba', b: 'modelsoups', c: 'hu2022lora', d: 'Mine:2020' });
    // A year without authors follows the title words: a key should not start like a number.
    expect(assignCitationKeys([paper({ slug: 'e', title: '1bit-Merging: Dynamic Quantized Merging', year: 2025 })]).get('e')).toBe('1bitmerging2025');
  });

  it("keeps keys unique, case-insensitively, letting an author's own key win and the smallest slug keep a generated one", () => {
    const papers = [paper({ slug: 'z', title: 'Model Soups' }), paper({ slug: 'y', title: 'model soups!' }), paper({ slug: 'x', title: 'Other', citekey: 'ModelSoups' })];
    for (const order of [papers, [...papers].reverse()]) {
      const keys = assignCitationKeys(order);
      expect(keys.get('x')).toBe('ModelSoups');
      expect(keys.get('y')).toMatch(/^modelsoups-[0-9a-f]{6}$/);
      expect(keys.get('z')).toMatch(/^modelsoups-[0-9a-f]{6}$/);
      expect(new Set([...keys.values()].map((k) => k.toLowerCase())).size).toBe(3);
    }
  });
});

describe('toBibtexFile', () => {
  it('joins entries with blank lines, in the given order, under their keys', () => {
    const papers = [paper({ slug: 'b' }), paper({ slug: 'a' })];
    const keys = new Map([['b', 'kb'], ['a', 'ka']]);
    const file = toBibtexFile(papers, keys);
    expect(file).toBe(`${bibtexEntry(papers[0]!, 'kb')}\n${bibtexEntry(papers[1]!, 'ka')}`);
    expect(readBack(file).map((e) => e.key)).toEqual(['kb', 'ka']);
  });

  it('refuses the same slug twice', () => {
    expect(() => toBibtexFile([paper(), paper()], new Map([['model-soups', 'k']]))).toThrow(/appears twice/);
  });
});

describe("an author's own entry", () => {
  it('writes a month back as the BibTeX macro styles print as a name', () => {
    const own = paper({ bibtex: { type: 'article', key: 'k', fields: { title: 'T', month: '12' } } });
    expect(bibtexEntry(own, 'k')).toContain('  month = dec\n');
    expect(bibtexEntry(paper({ bibtex: { type: 'article', key: 'k', fields: { month: 'December' } } }), 'k')).toContain('  month = dec\n');
    expect(bibtexEntry(paper({ bibtex: { type: 'article', key: 'k', fields: { month: 'Sept.' } } }), 'k')).toContain('  month = sep\n');
  });

  it('keeps a month field that is not one month as the author wrote it', () => {
    // "Mar–Apr" or "Spring" are no macro; "Mayhem" only starts like one.
    for (const month of ['Mar--Apr', 'Spring', 'Mayhem']) {
      expect(bibtexEntry(paper({ bibtex: { type: 'article', key: 'k', fields: { month } } }), 'k')).toContain(`  month = {${month}}`);
    }
  });
});
