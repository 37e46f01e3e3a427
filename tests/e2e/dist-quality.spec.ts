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
