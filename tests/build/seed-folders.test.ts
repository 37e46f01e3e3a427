import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './build-helpers.ts';
import { chromium } from '@playwright/test';
import { elementsOf } from './html.ts';
import { serveStatic } from '../support/static-server.ts';
import { findBrokenLinks } from '../support/link-check.ts';

const fixtures = join(import.meta.dirname, '../fixtures');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

describe('a seeds folder with hostile content', () => {
  let build: BuildResult;
  let papers: { slug: string; title: string; abstract: string; sources: unknown[] }[];
  let pages: Map<string, string>;

  beforeAll(() => {
    build = buildSite(join(fixtures, 'hostile'));
    papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8'));
    pages = new Map(htmlFiles(build.outDir).map((file) => [file, readFileSync(file, 'utf8')]));
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('keeps every paper: 9 entries, 2 duplicates merged, 2 titles that slug alike kept apart', () => {
    expect(papers).toHaveLength(7);
    expect(papers.filter((p) => /lora.*merging adapters/i.test(p.title)).map((p) => p.slug).sort()).toEqual([
      expect.stringMatching(/^lora-merging-adapters$/),
      expect.stringMatching(/^lora-merging-adapters-[0-9a-f]{6}$/),
    ]);
    expect(papers.find((p) => p.title === 'Shared Paper Across Files')?.sources).toHaveLength(2);
  });

  it('strips BOM, NBSP and zero-width characters from titles', () => {
    expect(papers.map((p) => p.title)).toContain('Markdown * _ [ ] | # ` Special Title');
  });

  it('emits no javascript: or data: link and no seed script anywhere in the site', () => {
    for (const [file, html] of pages) {
      for (const element of elementsOf(html)) {
        for (const [name, value] of Object.entries(element.attrs)) {
          expect(name, `${file}: <${element.tag} ${name}>`).not.toMatch(/^on/i);
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
            expect(value.trim(), `${file}: <${element.tag} ${name}>`).not.toMatch(/^(?:javascript|data|vbscript):/i);
          }
        }
        if (element.tag === 'script' && element.attrs.type === 'application/ld+json') {
          // Seed text inside JSON-LD is data: it must parse as JSON and never close the element.
          expect(() => JSON.parse(element.text), file).not.toThrow();
          expect(element.text, file).not.toContain('<');
        } else if (element.tag === 'script') {
          expect(element.text, file).not.toContain('alert');
        }
        // The only image is the page's own QR code file; none comes from seed text.
        if (element.tag === 'img') expect(element.attrs.src, file).toMatch(/^\/papers\/[^/]+\/qr\.svg$/);
        expect(['iframe', 'object', 'embed'], file).not.toContain(element.tag);
      }
    }
  });

  it('runs no script from the seeds when every page is opened in Chromium', async () => {
    const server = await serveStatic(build.outDir);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-background-networking'] });
    const dialogs: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // Short-link stubs only redirect to paper pages, which are visited themselves.
      const htmlPages = [...pages.keys()].map((file) => file.slice(build.outDir.length + 1).replace(/index\.html$/, '')).filter((path) => !path.startsWith('p/'));
      for (const path of htmlPages) {
        await page.goto(server.url + path);
        // Clicking every link the seeds could have turned into one is what a reader would do.
        for (const link of await page.locator('.abstract a, h1 a').all()) await link.click({ trial: true });
      }
      expect(htmlPages.length).toBeGreaterThan(7);
    } finally {
      await browser.close();
      await server.close();
    }
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('shows markup from the seeds as text', () => {
    const page = [...pages].find(([file]) => file.includes('attention-is-b-all-b-you-need'))?.[1] ?? '';
    const heading = elementsOf(page).find((element) => element.tag === 'h1');
    expect(heading?.text).toBe("<script>alert('title')</script> Attention Is <b>All</b> You Need");
    const abstract = elementsOf(page).find((element) => element.attrs.class === 'abstract');
    expect(abstract?.text).toContain('We show <script>alert(\'abstract\')</script> and <img src=x onerror=alert(1)> and <a href="javascript:alert(2)">click</a> as text.');
  });

  it('offers no year or venue filter: page dumps give neither, so search-data.json lists none and /search/ draws none', () => {
    const search = JSON.parse(readFileSync(join(build.outDir, 'search-data.json'), 'utf8'));
    expect(search.years).toEqual([]);
    expect(search.venues).toEqual([]);
    expect(search.topics.length).toBeGreaterThan(0); // the file itself is there and complete
    const html = pages.get(join(build.outDir, 'search/index.html'))!;
    const ids = elementsOf(html).flatMap((element) => element.attrs.id ?? []);
    expect(ids).toContain('search-topic-filter');
    expect(ids).toContain('search-code-filter');
    for (const absent of ['search-year-filter', 'search-year-from', 'search-year-to', 'search-venues', 'search-venue-filter']) expect(ids).not.toContain(absent);
    expect(elementsOf(html).filter((element) => element.tag === 'select')).toEqual([]);
    // Nor does it offer what the dumps cannot give: the field searches titles, abstracts, topics and acronyms.
    expect(elementsOf(html).find((element) => element.tag === 'label' && element.attrs.for === 'search-page-input')?.text).toBe('Titles, abstracts, topics and acronyms');
  });

  it('shows no year chart, no dates and no choice of order: its seeds give no years', () => {
    for (const [file, html] of pages) expect(html, file).not.toMatch(/data-year-chart|data-paper-orders|data-published/);
  });

  it('reports the empty file and the same-title-different-abstract pair as warnings', () => {
    expect(build.output).toMatch(/03-empty\.txt:1: no papers in this file/);
    expect(build.output).toMatch(/02-no-blank-lines\.txt:\d+: same title as 02-no-blank-lines\.txt:\d+ with a different abstract/);
    expect(build.output).toMatch(/3 seed files, 9 entries → 7 unique papers \(2 duplicates merged\), \d+ abstracts? repaired, 2 warnings/);
  });
});

describe('a malformed seeds folder', () => {
  it('fails the build naming the file and line of every problem', () => {
    const build = buildSite(join(fixtures, 'malformed'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The seed files have 4 problems');
    expect(build.output).toMatch(/tests\/fixtures\/malformed\/a-structure\.txt:5: title without an abstract: "Title Without Its Abstract"/);
    expect(build.output).toMatch(/tests\/fixtures\/malformed\/a-structure\.txt:11: abstract without a title/);
    expect(build.output).toMatch(/tests\/fixtures\/malformed\/b-binary\.bin\.txt:2: binary data/);
    expect(build.output).toMatch(/tests\/fixtures\/malformed\/c-trailing\.txt:3: title without an abstract: "Dangling Title At The End"/);
  });
});

describe('a build for a sub-path deploy with an absolute origin', () => {
  let build: BuildResult;

  beforeAll(() => {
    build = buildSite(join(fixtures, 'hostile'), { BASE: '/sub/path/', SITE: 'https://example.org' });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('has no link or asset outside the base path or missing', () => {
    expect(findBrokenLinks(build.outDir, '/sub/path/')).toEqual([]);
  });

  it('makes permalinks, feeds and the sitemap absolute under the base path', () => {
    const papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8')) as { url: string }[];
    for (const paper of papers) expect(paper.url).toMatch(/^https:\/\/example\.org\/sub\/path\/papers\/[^/]+\/$/);
    expect(readFileSync(join(build.outDir, 'rss.xml'), 'utf8')).toContain('<link>https://example.org/sub/path/papers/');
    expect(readFileSync(join(build.outDir, 'sitemap-index.xml'), 'utf8')).toContain('https://example.org/sub/path/sitemap-0.xml');
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/sub/path/sitemap-index.xml');
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://example.org/sub/path/">');
    expect(home).toContain('content="https://example.org/sub/path/og/site.png"');
  });
});
