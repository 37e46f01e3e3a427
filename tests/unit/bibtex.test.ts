import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexKey, escapeBibtexText, toBibtex, toBibtexFile, type BibtexPaper } from '../../src/lib/exports/bibtex.ts';
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
    ...overrides,
  };
  return { ...rest, titleRepaired: title, abstractRepaired: abstract };
};

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
  it('writes an @misc entry with title, abstract, url, howpublished and note, and nothing else', () => {
    expect(toBibtex(paper())).toBe(
      '@misc{model-soups,\n' +
        '  title = {{Model Soups}},\n' +
        '  abstract = {Averaging weights of fine-tuned models.},\n' +
        '  url = {https://example.org/survey/papers/model-soups/},\n' +
        '  howpublished = {\\url{https://example.org/survey/papers/model-soups/}},\n' +
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
    const entries = readBack(toBibtexFile(papers));
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
  const bib = toBibtexFile(papers);

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
    const library = parse(toBibtexFile(escaped), {
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

describe('bibtexKey', () => {
  it.each([
    ['lora-low-rank-adaptation', 'lora-low-rank-adaptation'],
    ['mamba-3fa2c1', 'mamba-3fa2c1'],
    ['über café/x y{z}%', 'uber-cafe-x-y-z'],
    ['--a--b--', 'a-b'],
  ])('%s → %s', (slug, key) => expect(bibtexKey(slug)).toBe(key));

  it('never returns an empty key', () => {
    expect(bibtexKey('数学')).toMatch(/^paper-[0-9a-f]{6}$/);
  });
});

describe('toBibtexFile', () => {
  it('joins entries with blank lines, in the given order', () => {
    const file = toBibtexFile([paper({ slug: 'b' }), paper({ slug: 'a' })]);
    expect(file).toBe(`${toBibtex(paper({ slug: 'b' }))}\n${toBibtex(paper({ slug: 'a' }))}`);
    expect(readBack(file).map((e) => e.key)).toEqual(['b', 'a']);
  });

  it('keeps keys unique when slugs reduce to the same key, whatever the order', () => {
    const papers = [paper({ slug: 'Café' }), paper({ slug: 'cafe' }), paper({ slug: 'café' })];
    for (const order of [papers, [...papers].reverse()]) {
      const keys = readBack(toBibtexFile(order)).map((e) => e.key);
      expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(3);
      expect(keys).toContain('Cafe'); // 'Café' is the smallest slug and keeps the plain key
      expect(keys.filter((k) => /^caf[eé]-[0-9a-f]{6}$/i.test(k))).toHaveLength(2);
    }
  });

  it('refuses the same slug twice', () => {
    expect(() => toBibtexFile([paper(), paper()])).toThrow(/appears twice/);
  });
});
