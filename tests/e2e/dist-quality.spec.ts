import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import htmlRules from '../../.htmlvalidate.mjs';
import { findBrokenLinks, siteFiles } from '../support/link-check.ts';

// These checks read the built files in dist/ directly; they need no browser.
const dist = join(import.meta.dirname, '../../dist');
const base = process.env.BASE || '/';
const pages = siteFiles(dist).filter((file) => file.endsWith('.html')).sort();
const CHUNKS = 4;

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(627);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`every built page is valid HTML (part ${chunk + 1} of ${CHUNKS})`, async () => {
    test.setTimeout(120_000);
    const validator = new HtmlValidate(htmlRules);
    const problems: string[] = [];
    for (const page of pages.filter((_, i) => i % CHUNKS === chunk)) {
      const report = await validator.validateFile(join(dist, page));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });
}

test('no internal link or asset is broken', () => {
  const broken = findBrokenLinks(dist, base);
  expect(broken.slice(0, 20), `${broken.length} broken links`).toEqual([]);
});

/**
 * Scrape damage the repair fixes, as it would show in a copied citation or a page's metadata:
 * `5times`, `sim4`, `R^{ntimes n}` escaped as `\textasciicircum{}\textbraceleft{}…`, a glued
 * `HyperZcdotZ`. What a reader copies or a crawler reads must carry the repaired text.
 */
const SCRAPED_LATEX = /\d(?:times|sim)\b|\bsim\d|\\textasciicircum|\\textbraceleft|\\textbackslash|[a-z]cdot[A-Z]/;

test('no page, copy field, JSON-LD or export shows the scraped LaTeX the repair fixes', async () => {
  const { readFileSync } = await import('node:fs');
  const found: string[] = [];
  const look = (where: string, text: string) => {
    const match = SCRAPED_LATEX.exec(text);
    if (match) found.push(`${where}: …${text.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
  };
  const papers = pages.filter((page) => /^papers\/[^/]+\/index\.html$/.test(page));
  expect(papers.length).toBeGreaterThanOrEqual(627);
  for (const page of papers) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const [, field] of html.matchAll(/<textarea[^>]*>([\s\S]*?)<\/textarea>|<input[^>]*value="([^"]*)"/g)) if (field) look(`${page} copy field`, field);
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) look(`${page} JSON-LD`, json!);
    look(`${page} meta description`, /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
    look(`${page} text`, html.replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, ' '));
  }
  for (const file of ['papers.bib', 'papers.csv', 'rss.xml']) look(file, readFileSync(join(dist, file), 'utf8'));
  expect(found.slice(0, 20), `${found.length} places`).toEqual([]);
});

test('every paper page either lists related papers or says why it lists none, never an empty list', () => {
  const slugs = (JSON.parse(readFileSync(join(dist, 'papers.json'), 'utf8')) as { slug: string }[]).map((p) => p.slug);
  const paperPages = slugs.map((slug) => join('papers', slug, 'index.html'));
  expect(paperPages.length).toBeGreaterThanOrEqual(600);
  const wrong: string[] = [];
  let empty = 0;
  for (const page of paperPages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const listed = (html.match(/<div data-related-papers>.*?<\/ol>/s)?.[0].match(/<li /g) ?? []).length;
    const says = html.includes('data-no-related');
    if (says) empty++;
    if (!html.includes('id="related-heading"') || (listed > 0) === says) wrong.push(`${page}: ${listed} listed, explanation ${says ? 'shown' : 'missing'}`);
  }
  expect(wrong.slice(0, 10), `${wrong.length} pages`).toEqual([]);
  // Most papers have neighbours close enough to list; a page without any is the exception.
  expect(empty).toBeLessThan(paperPages.length / 5);
});
