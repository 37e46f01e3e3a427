import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportFiles, searchData, type ExportSite } from '../../src/lib/exports/export-files.ts';
import { searchDataSchema } from '../../src/lib/schemas/search-data.ts';
import type { Paper } from '../../src/lib/schemas/paper.ts';
import type { CompletedSurvey } from '../../src/lib/survey.ts';
import { testPaper } from '../support/test-paper.ts';

const paper = (slug: string, title: string, topics: string[]): Paper =>
  testPaper({
    slug,
    shortId: `${slug}22`,
    title,
    abstract: `About ${title} <b>bold</b>, 5times faster.`,
    abstractRepaired: `About ${title} <b>bold</b>, 5× faster.`,
    gist: `${title} <i>in</i> a line.`,
    sources: [{ file: 'a.txt', line: 3 }],
    topics,
  });
const survey: CompletedSurvey = {
  papers: [paper('alpha', 'Zeta models', ['lora']), paper('beta', 'Alpha models', ['lora', 'moe']), paper('gamma', 'Mid models', ['moe'])],
  topics: [
    { id: 'lora', title: 'LoRA', description: 'Low-rank adaptation.', aliases: ['low-rank adaptation'] },
    { id: 'moe', title: 'Mixture of experts', description: 'Sparse experts.', aliases: [] },
    { id: 'ssm', title: 'State-space models', description: 'No papers here.', aliases: [] },
  ],
  report: {
    stats: { files: 1, entries: 3, papers: 3, duplicatesMerged: 0, enriched: 0, warnings: 0, repairedAbstracts: 3 },
    repairs: { times: 3 },
    files: [{ file: 'a.txt', entries: 3, chromeLines: 0 }],
    duplicates: [],
    warnings: [],
    withoutAbstract: [],
  },
};
const site: ExportSite = { base: '/survey/', origin: 'http://localhost:4321', title: 'Survey', description: 'A survey.' };

async function filesFor(options: ExportSite = site): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const file of exportFiles(survey, options)) files.set(file.path, file.contents);
  return files;
}

describe('exportFiles', () => {
  it('writes papers.json, the data quality report, the search data, the map, the vocabulary, the paper index and, for the survey and each topic, BibTeX, CSV and a feed', async () => {
    const files = await filesFor();
    expect([...files.keys()]).toEqual([
      'papers.json',
      'data-quality.json',
      'search-data.json',
      'map.json',
      'search-vocabulary.json',
      'papers/index.json',
      ...['', 'topics/lora/', 'topics/moe/', 'topics/ssm/'].flatMap((folder) => ['papers.bib', 'papers.csv', 'rss.xml'].map((name) => folder + name)),
    ]);
  });

  it('writes map.json: every paper by slug with its place on the map and its main topic', async () => {
    const map = JSON.parse((await filesFor()).get('map.json')!);
    expect(map.map((r: { slug: string }) => r.slug)).toEqual(['alpha', 'beta', 'gamma']);
    expect(map[1]).toEqual({ slug: 'beta', x: 0.5, y: 0.5, topic: 'lora' });
  });

  it('keeps papers.json in slug order with the listed and the repaired text, base-relative URLs without SITE, absolute with it', async () => {
    const relative = JSON.parse((await filesFor()).get('papers.json')!);
    expect(relative.map((r: { slug: string }) => r.slug)).toEqual(['alpha', 'beta', 'gamma']);
    const beta = survey.papers[1]!;
    expect(relative[1]).toEqual({
      slug: 'beta',
      title: 'Alpha models',
      abstract: beta.abstract,
      titleRepaired: 'Alpha models',
      abstractRepaired: beta.abstractRepaired,
      gist: beta.gist,
      topics: ['lora', 'moe'],
      url: '/survey/papers/beta/',
      sources: beta.sources,
      links: [],
      authors: [],
      year: null,
      month: null,
      venue: null,
      doi: null,
      arxiv: null,
      paperUrl: null,
      pdf: null,
      keywords: [],
      type: null,
      citekey: null,
    });
    const absolute = JSON.parse((await filesFor({ ...site, origin: 'https://example.org', site: 'https://example.org' })).get('papers.json')!);
    expect(absolute[1].url).toBe('https://example.org/survey/papers/beta/');
  });

  it("lists only a topic's papers in its files, by title, and cites them with absolute URLs and the repaired text", async () => {
    const files = await filesFor();
    const rows = parseCsv(files.get('topics/lora/papers.csv')!, { bom: true, columns: true }) as { slug: string; abstract: string }[];
    expect(rows.map((row) => row.slug)).toEqual(['beta', 'alpha']);
    expect(rows[0]!.abstract).toContain('5× faster');
    const bib = files.get('topics/lora/papers.bib')!;
    expect(bib.match(/@misc\{[^,]+/g)).toEqual(['@misc{alphamodels', '@misc{zetamodels']);
    expect(bib).toContain('url = {http://localhost:4321/survey/papers/beta/}');
    expect(bib).not.toContain('5times');
    expect(files.get('topics/ssm/papers.csv')!.trim().split('\n')).toHaveLength(1); // the header only
  });

  it('gives each feed its title, its page as channel link, a self link and items by title, with markup kept as text', async () => {
    const feed = (await filesFor()).get('topics/moe/rss.xml')!;
    expect(feed).toContain('<title>Mixture of experts · Survey</title>');
    expect(feed).toContain('<link>http://localhost:4321/survey/topics/moe/</link>');
    expect(feed).toContain('<atom:link href="http://localhost:4321/survey/topics/moe/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(feed).not.toContain('<lastBuildDate>'); // no date known, none invented
    expect([...feed.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['Alpha models', 'http://localhost:4321/survey/papers/beta/'],
      ['Mid models', 'http://localhost:4321/survey/papers/gamma/'],
    ]);
    expect(feed).toContain('&lt;i&gt;in&lt;/i&gt;');
    expect(feed).not.toContain('<i>');
  });

  it('dates a feed by when the survey last changed, when that is known', async () => {
    const feed = (await filesFor({ ...site, updated: new Date(Date.UTC(2026, 10, 23, 19, 35, 56)) })).get('rss.xml')!;
    expect(feed).toContain('<lastBuildDate>Mon, 23 Nov 2026 19:35:56 GMT</lastBuildDate>');
    expect(feed).toContain('<link>http://localhost:4321/survey/</link>');
  });

  it('publishes the search data in topic order and the data quality report as the build saw it', async () => {
    const files = await filesFor();
    const search = JSON.parse(files.get('search-data.json')!);
    expect(search.topics).toEqual([{ id: 'lora', title: 'LoRA' }, { id: 'moe', title: 'Mixture of experts' }, { id: 'ssm', title: 'State-space models' }]);
    expect(search.groups.find((g: { topic: string }) => g.topic === 'lora').phrases).toContain('low rank adaptation') // aliases are normalised like queries;
    expect(JSON.parse(files.get('data-quality.json')!)).toEqual(survey.report);
    // Papers from page dumps alone have no year and no venue: nothing to filter by.
    expect(search.years).toEqual([]);
    expect(search.venues).toEqual([]);
    expect(() => searchDataSchema.parse(search)).not.toThrow();
  });

  it("gives the search data the survey's years and venues with their counts", () => {
    const [alpha, beta, gamma] = survey.papers as [Paper, Paper, Paper];
    const papers = [
      { ...alpha, year: 2023, venue: 'arXiv' },
      { ...beta, year: 2021, venue: 'International Conference on Learning Representations' },
      { ...gamma, year: 2023, venue: 'arXiv' },
      { ...gamma, slug: 'delta', year: null, venue: null },
    ];
    const data = searchDataSchema.parse(searchData({ topics: survey.topics, papers }));
    expect(data.years).toEqual([
      { year: 2021, count: 1 },
      { year: 2023, count: 2 },
    ]);
    expect(data.venues).toEqual([
      { venue: 'arXiv', count: 2 },
      { venue: 'International Conference on Learning Representations', count: 1 },
    ]);
    expect(data.topics.map((t) => t.id)).toEqual(['lora', 'moe', 'ssm']);
  });
});
