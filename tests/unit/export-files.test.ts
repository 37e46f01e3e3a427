import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataExportFiles, type ExportedPaper, type ExportedSite } from '../../src/lib/exports/export-files.ts';

const paper = (slug: string, title: string, topics: string[]): ExportedPaper => ({
  slug,
  title,
  abstract: `About ${title} <b>bold</b>.`,
  gist: `${title} <i>in</i> a line.`,
  sources: [{ file: 'a.txt', line: 3 }],
  links: [],
  topics,
});
const papers = [paper('alpha', 'Zeta models', ['lora']), paper('beta', 'Alpha models', ['lora', 'moe']), paper('gamma', 'Mid models', ['moe'])];
const topics = [
  { id: 'lora', title: 'LoRA', description: 'Low-rank adaptation.' },
  { id: 'moe', title: 'Mixture of experts', description: 'Sparse experts.' },
  { id: 'ssm', title: 'State-space models', description: 'No papers here.' },
];
const site: ExportedSite = { base: '/survey/', origin: 'http://localhost:4321', title: 'Survey', description: 'A survey.' };

async function filesFor(options: ExportedSite = site): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const file of dataExportFiles(papers, topics, options)) files.set(file.path, file.contents);
  return files;
}

describe('dataExportFiles', () => {
  it('writes papers.json and, for the survey and each topic, BibTeX, CSV and a feed', async () => {
    const files = await filesFor();
    expect([...files.keys()]).toEqual([
      'papers.json',
      ...['', 'topics/lora/', 'topics/moe/', 'topics/ssm/'].flatMap((folder) => ['papers.bib', 'papers.csv', 'rss.xml'].map((name) => folder + name)),
    ]);
  });

  it('keeps papers.json in slug order with base-relative URLs without SITE, absolute with it', async () => {
    const relative = JSON.parse((await filesFor()).get('papers.json')!);
    expect(relative.map((r: { slug: string }) => r.slug)).toEqual(['alpha', 'beta', 'gamma']);
    expect(relative[1]).toEqual({ slug: 'beta', title: 'Alpha models', abstract: papers[1]!.abstract, topics: ['lora', 'moe'], url: '/survey/papers/beta/', sources: papers[1]!.sources, links: [] });
    const absolute = JSON.parse((await filesFor({ ...site, origin: 'https://example.org', site: 'https://example.org' })).get('papers.json')!);
    expect(absolute[1].url).toBe('https://example.org/survey/papers/beta/');
  });

  it("lists only a topic's papers in its files, by title, and cites them with absolute URLs", async () => {
    const files = await filesFor();
    const rows = parseCsv(files.get('topics/lora/papers.csv')!, { bom: true, columns: true }) as { slug: string }[];
    expect(rows.map((row) => row.slug)).toEqual(['beta', 'alpha']);
    const bib = files.get('topics/lora/papers.bib')!;
    expect(bib.match(/@misc\{[^,]+/g)).toEqual(['@misc{beta', '@misc{alpha']);
    expect(bib).toContain('url = {http://localhost:4321/survey/papers/beta/}');
    expect(files.get('topics/ssm/papers.csv')!.trim().split('\n')).toHaveLength(1); // the header only
  });

  it('gives each feed its title and items by title, linking absolute page URLs, with markup kept as text', async () => {
    const feed = (await filesFor()).get('topics/moe/rss.xml')!;
    expect(feed).toContain('<title>Mixture of experts · Survey</title>');
    expect([...feed.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['Alpha models', 'http://localhost:4321/survey/papers/beta/'],
      ['Mid models', 'http://localhost:4321/survey/papers/gamma/'],
    ]);
    expect(feed).toContain('&lt;i&gt;in&lt;/i&gt;');
    expect(feed).not.toContain('<i>');
  });
});
