import { expect, test, type Page } from '@playwright/test';
import type { PaperRecord } from '../../src/lib/exports/paper-record.ts';
import { edgeShades, overflows, scrollToEnd, SHADE } from './scroll-cue.ts';

/**
 * The paper index (`/papers/`): every paper by title on static pages that need no script, and
 * with a script, filters by topic (any or all of them) and code, sorting and paging, all in the
 * address bar.
 */
let papers: PaperRecord[];

test.beforeAll(async ({ request }) => {
  papers = await (await request.get('papers.json')).json();
});

const hasCode = (p: PaperRecord) => p.links.some((l) => l.kind === 'code' && /^https?:/.test(l.url));
const byTitle = (a: PaperRecord, b: PaperRecord) => a.titleRepaired.localeCompare(b.titleRepaired, 'en') || (a.slug < b.slug ? -1 : 1);
const rows = (page: Page) => page.locator('[data-index-rows] > tr');
const shownSlugs = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.paper!));

test('without JavaScript, the index lists every paper by title, page by page, with links to every page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('papers/');
  await expect(page.locator('[data-index-filters]')).toBeHidden();
  const pages = Math.ceil(papers.length / 100);
  await expect(page.locator('[data-page-links]').first().locator('a[data-page], a:not([rel])')).toHaveCount(pages);
  const seen: string[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n > 1) await page.goto(`papers/${n}/`);
    await expect(page.locator('[data-page-links] a[aria-current="page"]').first()).toHaveText(String(n));
    seen.push(...(await shownSlugs(page)));
  }
  expect(seen).toEqual([...papers].sort(byTitle).map((p) => p.slug));
  await context.close();
});

test('topics filter with OR by default and AND on request, and the choice lives in the address', async ({ page }) => {
  await page.goto('papers/');
  await page.locator('[data-index-topics] input[value="lora"]').check();
  await expect(page).toHaveURL(/\/papers\/\?topics=lora$/);
  await page.locator('[data-index-topics] input[value="moe"]').check();
  await expect(page).toHaveURL(/\/papers\/\?topics=lora,moe$/);
  const either = papers.filter((p) => p.topics.includes('lora') || p.topics.includes('moe'));
  await expect(rows(page)).toHaveCount(either.length);
  await expect(page.locator('[data-index-status]')).toContainText(`${either.length} papers in Low-Rank Adaptation (LoRA) or Mixture of Experts (MoE)`);

  await page.getByRole('radio', { name: 'every checked topic' }).check();
  await expect(page).toHaveURL(/\/papers\/\?topics=lora,moe&match=all$/);
  const both = papers.filter((p) => p.topics.includes('lora') && p.topics.includes('moe'));
  expect(both.length).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(both.length);
  expect((await shownSlugs(page)).sort()).toEqual(both.map((p) => p.slug).sort());

  // The address alone gives the same list (a link from a slide, a reload), and Back undoes a choice.
  await page.reload();
  await expect(rows(page)).toHaveCount(both.length);
  await expect(page.getByRole('radio', { name: 'every checked topic' })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/papers\/\?topics=lora,moe$/);
  await expect(rows(page)).toHaveCount(either.length);
  await expect(page.getByRole('radio', { name: 'any checked topic' })).toBeChecked();
});

test('the code filter keeps papers that link code, or those that do not', async ({ page }) => {
  await page.goto('papers/?topics=ssm');
  await page.getByLabel('Code', { exact: true }).selectOption('yes');
  await expect(page).toHaveURL(/\/papers\/\?topics=ssm&code=yes$/);
  const expected = papers.filter((p) => p.topics.includes('ssm') && hasCode(p));
  expect(expected.length).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(expected.length);
  await expect(rows(page).locator('[data-code] a')).toHaveCount(expected.length);
  await page.getByLabel('Code', { exact: true }).selectOption('no');
  await expect(rows(page)).toHaveCount(papers.filter((p) => p.topics.includes('ssm') && !hasCode(p)).length);
  await expect(rows(page).locator('[data-code] a')).toHaveCount(0);
});

test('sorting by year (the column heading or the menu) puts the newest first, then the oldest; pages follow the filtered list', async ({ page }) => {
  await page.goto('papers/?code=no');
  const without = papers.filter((p) => !hasCode(p));
  expect(without.length).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Year' }).click();
  await expect(page).toHaveURL(/\/papers\/\?code=no&sort=-year$/);
  await expect(page.getByRole('columnheader', { name: /Year/ })).toHaveAttribute('aria-sort', 'descending');
  const yearOf = new Map(papers.map((p) => [p.slug, p.year]));
  const years = (await shownSlugs(page)).map((slug) => yearOf.get(slug) ?? -Infinity);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await expect(rows(page)).toHaveCount(100);

  await page.locator('[data-page-links]').first().getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/papers\/\?code=no&sort=-year&page=2$/);
  await expect(rows(page).first().locator('td').first()).toHaveText('101');
  await expect(rows(page)).toHaveCount(Math.min(100, without.length - 100));

  await page.getByLabel('Order').selectOption('year');
  await expect(page).toHaveURL(/\/papers\/\?code=no&sort=year$/);
  const ascending = (await shownSlugs(page)).map((slug) => yearOf.get(slug) ?? Infinity);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
});

test('clearing the filters gives the whole list back', async ({ page }) => {
  await page.goto('papers/?topics=quantization&code=yes');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/papers\/$/);
  await expect(page.locator('[data-index-status]')).toContainText(`of ${papers.length}`);
  await expect(page.locator('[data-index-topics] input:checked')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`the topic filter box shows that it scrolls down (${colorScheme}, ${width} px)`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('papers/');
      // A phone gets the filters folded away.
      if (width < 768) await page.getByText('Filter and sort').click();
      const box = page.locator('[data-index-topics]');
      await expect(box).toBeVisible();
      // It scrolls down only: a box set in columns with a capped height sends the rest sideways.
      expect(await overflows(box, 'y')).toBe(true);
      expect(await overflows(box, 'x')).toBe(false);
      // A shade on the edge with more behind it (phones hide scrollbars), and a scrollbar in the
      // theme's grey where the system draws one.
      let shades = await edgeShades(box, 'y');
      expect(shades.start, 'top at the start').toBeLessThan(4);
      expect(shades.end, 'bottom at the start').toBeGreaterThanOrEqual(SHADE);
      await scrollToEnd(box, 'y');
      shades = await edgeShades(box, 'y');
      expect(shades.start, 'top at the end').toBeGreaterThanOrEqual(SHADE);
      expect(shades.end, 'bottom at the end').toBeLessThan(4);
      expect(await box.evaluate((el) => getComputedStyle(el).scrollbarColor)).not.toBe('auto');
      await context.close();
    });
  }
}
