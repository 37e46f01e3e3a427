import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexKey, escapeBibtexText, toBibtex, toBibtexFile, type BibtexPaper } from '../../src/lib/exports/bibtex.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

const paper = (overrides: Partial<BibtexPaper> = {}): BibtexPaper => ({
  slug: 'model-soups',
  title: 'Model Soups',
  abstract: 'Averaging weights of fine-tuned models.',
  url: 'https://example.org/survey/papers/model-soups/',
  sources: [{ file: '000_x.txt', line: 11 }],
  ...overrides,
});

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
      .map((p) => paper({ slug: p.slug, title: p.title, abstract: p.abstract, sources: p.sources }))
      .filter((p, i) => i % 10 === 0 || /[\\{}%&$#_^~<>|`]|--|''|,,/.test(p.title + p.abstract));
    // Well over the tenth: the seeds are full of specials to escape ($, %, _, \, braces).
    expect(papers.length).toBeGreaterThan(SHIPPED_PAPER_COUNT / 10 + 50);
    const entries = readBack(toBibtexFile(papers));
    expect(entries).toHaveLength(papers.length);
    entries.forEach((entry, i) => {
      const { title, abstract } = papers[i]!;
      expect(entry.key).toBe(papers[i]!.slug);
      expect(entry.fields.title).toBe(title.replace(/\s+/g, ' ').trim());
      // The parser renders kept formulas as Unicode, so compare only abstracts without math.
      if (!/\$/.test(abstract)) expect(entry.fields.abstract).toBe(abstract.replace(/\s+/g, ' ').trim());
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
