/**
 * Search: the modal's keyboard flow, the /search/ page's URL state and filters, synonyms and
 * hyphenation, relevance (recall@5 over tests/fixtures/search-queries.json), what a first search
 * downloads, and the whole thing under a base path (a separate build, served by a tiny server).
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page, type Request } from '@playwright/test';
import { axeScan } from './axe.ts';
import { isSurveyTitle } from '../../src/lib/topics/reading-order.ts';

interface PaperRecord {
  slug: string;
  title: string;
  abstract: string;
  topics: string[];
}

interface RankedResult {
  slug: string;
  title: string;
}

let papers: PaperRecord[];
const bySlug = (slug: string) => papers.find((p) => p.slug === slug);

test.beforeAll(async ({ request }) => {
  const response = await request.get('papers.json');
  expect(response.ok()).toBe(true);
  papers = await response.json();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first `limit` results for `query` as a reader sees them on the search page, best first
 * (typed into its field; "Show more" until there are enough).
 */
async function rank(page: Page, query: string, limit = 5): Promise<RankedResult[]> {
  if (!new URL(page.url()).pathname.endsWith('/search/')) await page.goto('search/');
  const input = page.locator('#search-page-input');
  await input.fill(query);
  await input.press('Enter');
  await expect(status(page)).toHaveText(new RegExp(`match(es)? “${escapeRegExp(query.replace(/\s+/g, ' ').trim())}”`), { timeout: 15_000 });
  const more = page.locator('#search-more');
  // Matches, then related pages (src/client/search/page.ts lists them apart, under "Also related").
  const listed = page.locator('#search-results > li, #search-related > li');
  for (let shown = await listed.count(); shown < limit && (await more.isVisible()); shown = await listed.count()) {
    await more.click();
    await expect(listed).not.toHaveCount(shown);
  }
  const links = await page.locator('#search-results > li h3 a, #search-related > li h3 a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, title: a.textContent!.trim() })));
  return links.slice(0, limit).map(({ href, title }) => ({ slug: new URL(href).pathname.match(/\/papers\/([^/]+)\/$/)![1]!, title }));
}

async function openWithSlash(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await expect(page.locator('#search-dialog')).toBeVisible();
  await expect(page.locator('#search-dialog-input')).toBeFocused();
}

/** Waits until the modal shows the results for exactly `query`. */
async function modalResults(page: Page, query: string) {
  const input = page.locator('#search-dialog-input');
  await expect(input).toHaveValue(query);
  await expect(page.locator('#search-dialog-status')).toHaveText(/match/, { timeout: 15_000 });
  await expect(page.locator('#search-dialog-all')).toHaveAttribute('href', new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, '\\+')}`));
  return page.locator('#search-dialog-listbox [role="option"]');
}

const status = (page: Page) => page.locator('#search-status');
const results = (page: Page) => page.locator('#search-results > li');
const resultCount = async (page: Page) => Number((await status(page).textContent())!.match(/^([\d,]+) papers?/)![1]!.replace(/,/g, ''));

test.describe('the search modal', () => {
  test('"/" opens it from the home page; arrows, Enter open the result with its words highlighted', async ({ page }) => {
    await page.goto('./');
    await openWithSlash(page);
    const input = page.locator('#search-dialog-input');
    await expect(input).toHaveAttribute('role', 'combobox');
    await input.pressSequentially('speculative decoding');
    const options = await modalResults(page, 'speculative decoding');
    await expect(options.first()).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).not.toHaveAttribute('aria-activedescendant', /./);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    const first = options.first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/\/papers\/[^/]+\/\?highlight=speculative&highlight=decoding$/);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/papers\/[^/]+\/\?highlight=speculative&highlight=decoding$/);
    // Pagefind's highlighter marks the words in the article.
    const marks = page.locator('[data-pagefind-body] mark.search-mark');
    await expect(marks.first()).toBeVisible({ timeout: 10_000 });
    expect((await marks.allTextContents()).map((t) => t.toLowerCase()).join(' ')).toMatch(/speculative/);
  });

  test('Ctrl+K and Cmd+K open it, Escape closes it and gives focus back', async ({ page }) => {
    await page.goto('topics/');
    const papersLink = page.locator('header nav').getByRole('link', { name: 'Papers' });
    await papersLink.focus();
    await page.keyboard.press('Control+k');
    await expect(page.locator('#search-dialog')).toBeVisible();
    await expect(page.locator('#search-dialog-input')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).toBeHidden();
    await expect(papersLink).toBeFocused();

    await page.keyboard.press('Meta+k');
    await expect(page.locator('#search-dialog')).toBeVisible();
    await page.locator('[data-search-close]').click();
    await expect(page.locator('#search-dialog')).toBeHidden();
  });

  test('the header button (with its key hint) opens it; "/" typed into a field stays in the field', async ({ page }) => {
    await page.goto('./');
    const button = page.locator('header').getByRole('button', { name: 'Search' });
    await expect(button).toBeVisible();
    await expect(button.locator('kbd')).toHaveText('/');
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
    // The button stands in for the header's "Search" link, which is the way in without JavaScript.
    await expect(page.locator('header nav').getByRole('link', { name: 'Search' })).toBeHidden();
    await button.click();
    await expect(page.locator('#search-dialog')).toBeVisible();
    await page.keyboard.type('a/b');
    await expect(page.locator('#search-dialog-input')).toHaveValue('a/b');
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();

    // On /search/ itself the shortcut goes to the page's own field, and "/" typed there is text.
    await page.goto('search/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.locator('#search-page-input')).toBeFocused();
    await page.keyboard.type('1/2');
    await expect(page.locator('#search-page-input')).toHaveValue('1/2');
    await expect(page.locator('#search-dialog')).toBeHidden();
  });

  test('Enter with no active result opens the full results page for the query', async ({ page }) => {
    await page.goto('./');
    await openWithSlash(page);
    await page.keyboard.type('model soups');
    await modalResults(page, 'model soups');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=model\+soups$/);
    await expect(results(page).first()).toContainText('Model soups');
  });

  test('has no axe violations, light and dark', async ({ browser }) => {
    // Two cold searches (two contexts, or several pages) on a machine shared with other builds.
    test.setTimeout(90_000);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('./');
      await openWithSlash(page);
      await page.keyboard.type('mixture of experts');
      await modalResults(page, 'mixture of experts');
      await page.keyboard.press('ArrowDown');
      const scan = await axeScan(page, { bestPractice: false }).include('#search-dialog').analyze();
      expect(scan.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await context.close();
    }
  });
});

test.describe('the search page', () => {
  test('a deep link restores the query and the filters', async ({ page }) => {
    await page.goto('search/?q=mamba&topic=ssm&code=yes');
    await expect(page.locator('#search-page-input')).toHaveValue('mamba');
    await expect(status(page)).toHaveText(/papers? match(es)? “mamba” in State Space Models \(SSMs\), with code\./, { timeout: 15_000 });
    await expect(page.getByRole('checkbox', { name: /^State Space Models \(SSMs\)/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Links to code/ })).toBeChecked();
    const n = await resultCount(page);
    expect(n).toBeGreaterThan(0);
    await expect(results(page)).toHaveCount(Math.min(n, 20));
    for (const item of await results(page).all()) await expect(item.getByText('Code', { exact: true })).toBeVisible();
  });

  test('filters narrow the results, show counts for the query, and go into the address', async ({ page }) => {
    await page.goto('search/?q=distillation');
    await expect(status(page)).toHaveText(/match “distillation”\./, { timeout: 15_000 });
    const all = await resultCount(page);
    const kd = page.getByRole('checkbox', { name: /^Knowledge Distillation/ });
    const kdCount = Number(await page.locator('li[data-value="knowledge-distillation"] [data-count]').textContent());
    expect(kdCount).toBeGreaterThan(0);
    expect(kdCount).toBeLessThan(all);

    await kd.check();
    await expect(page).toHaveURL(/\/search\/\?q=distillation&topic=knowledge-distillation$/);
    await expect(status(page)).toHaveText(new RegExp(`^${kdCount} papers? match(es)? “distillation” in Knowledge Distillation\\.$`));
    await expect(results(page)).toHaveCount(Math.min(kdCount, 20));

    // OR within topics: a second topic adds its papers.
    const second = page.locator('#search-topic-filter li[data-value]:not([data-value="knowledge-distillation"])').first();
    const secondId = (await second.getAttribute('data-value'))!;
    await second.getByRole('checkbox').check();
    await expect(page).toHaveURL(new RegExp(`topic=`));
    const either = await resultCount(page);
    expect(either).toBeGreaterThanOrEqual(kdCount);
    await second.getByRole('checkbox').uncheck();
    await expect(page).toHaveURL(/\/search\/\?q=distillation&topic=knowledge-distillation$/);
    expect(secondId).not.toBe('knowledge-distillation');

    // AND across facets: code narrows further.
    const withCode = Number(await page.locator('#search-code-filter li[data-value="yes"] [data-count]').textContent());
    await page.getByRole('checkbox', { name: /^Links to code/ }).check();
    await expect(page).toHaveURL(/\/search\/\?q=distillation&topic=knowledge-distillation&code=yes$/);
    await expect(status(page)).toHaveText(new RegExp(`^${withCode} papers? match(es)? “distillation” in Knowledge Distillation, with code\\.$`));

    // Each filter change is a history entry.
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=distillation&topic=knowledge-distillation$/);
    await expect(page.getByRole('checkbox', { name: /^Links to code/ })).not.toBeChecked();
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=distillation$/);
    await expect(kd).not.toBeChecked();
    await expect(status(page)).toHaveText(`${all} papers match “distillation”.`);
  });

  test('typing replaces the address; a settled search is pushed; Back returns to the previous search', async ({ page }) => {
    await page.goto('search/');
    const input = page.locator('#search-page-input');
    await expect(status(page)).toHaveText(/Type to search 627 papers/, { timeout: 15_000 });
    const start = await page.evaluate(() => history.length);

    await input.pressSequentially('mamba');
    await expect(page).toHaveURL(/\/search\/\?q=mamba$/);
    await expect(status(page)).toHaveText(/match “mamba”/);
    await expect.poll(() => page.evaluate(() => history.length)).toBe(start + 1);

    await input.fill('');
    await input.pressSequentially('lora');
    // While typing, the address follows without new entries...
    await expect(page).toHaveURL(/\/search\/\?q=lora$/);
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    // ...and once the search settles it gets its own.
    await expect.poll(() => page.evaluate(() => history.length)).toBe(start + 2);
    await expect(status(page)).toHaveText(/match “lora”/);

    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=mamba$/);
    await expect(input).toHaveValue('mamba');
    await expect(status(page)).toHaveText(/match “mamba”/);
    await expect(results(page).first()).toContainText(/Mamba/i);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(input).toHaveValue('');
    await page.goForward();
    await expect(input).toHaveValue('mamba');
  });

  test('the button under the results offers the next page, then the last few, and moves focus to them', async ({ page }) => {
    // A word no topic names: its results are all matches, none related.
    await page.goto('search/?q=memory');
    await expect(status(page)).toHaveText(/match “memory”\./, { timeout: 15_000 });
    await expect(page.locator('#search-related-heading')).toBeHidden();
    const n = await resultCount(page);
    expect(n).toBeGreaterThan(40);
    const more = page.locator('#search-more');
    for (let shown = 20; shown < n; shown += 20) {
      await expect(results(page)).toHaveCount(shown);
      const left = n - shown;
      await expect(more).toHaveText(left > 20 ? `Show 20 more (${left} left)` : left === 1 ? 'Show the last paper' : `Show the last ${left} papers`);
      await more.click();
      await expect(results(page).nth(shown).locator('a').first()).toBeFocused();
    }
    await expect(results(page)).toHaveCount(n);
    await expect(more).toBeHidden();
  });

  test('a double-click on "Show more" adds one page at a time, never the same papers twice', async ({ page }) => {
    await page.goto('search/?q=memory');
    await expect(status(page)).toHaveText(/match “memory”\./, { timeout: 15_000 });
    const n = await resultCount(page);
    expect(n).toBeGreaterThan(60);
    await expect(results(page)).toHaveCount(20);
    await page.locator('#search-more').dblclick();
    await expect(results(page)).toHaveCount(40);
    // The second click arrives while the first one's page is drawn: it adds nothing, later either.
    await page.waitForTimeout(500);
    const hrefs = await results(page).locator('h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(40);
    expect(new Set(hrefs).size).toBe(40);
  });

  test('the same words typed again, or Enter on the search shown, redraw nothing, and "Show more" right after adds the next page', async ({ page }) => {
    await page.goto('search/');
    const input = page.locator('#search-page-input');
    await input.fill('memory');
    await expect(status(page)).toHaveText(/match “memory”\./, { timeout: 15_000 });
    await expect(results(page)).toHaveCount(20);
    // Counts each time the list is redrawn (its items replaced), from here on.
    await page.evaluate(() => {
      const w = window as unknown as { redraws: number };
      w.redraws = 0;
      new MutationObserver((records) => (w.redraws += records.filter((r) => r.removedNodes.length > 0).length)).observe(document.getElementById('search-results')!, { childList: true });
    });
    // The same words again (an input event), the typing pause past, then Enter.
    await input.fill('memory');
    await page.waitForTimeout(400);
    await input.press('Enter');
    await page.locator('#search-more').click();
    await expect(results(page)).toHaveCount(40);
    // Each Enter used to search twice, 120 ms apart, redrawing the first page under the click.
    await page.waitForTimeout(500);
    await expect(results(page)).toHaveCount(40);
    expect(await page.evaluate(() => (window as unknown as { redraws: number }).redraws)).toBe(0);
  });

  for (const width of [1280, 390]) {
    test(`nothing moves when the results arrive (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // Cumulative layout shift, as Lighthouse counts it: every shift not caused by input.
      await page.addInitScript(() => {
        const w = window as unknown as { layoutShift: number };
        w.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of ['search/?q=lora', 'search/?q=mamba&topic=ssm&code=yes', 'search/?q=mamba&year=2023-2024&venue=arXiv']) {
        await page.goto(path);
        await expect(status(page)).toHaveText(/match/, { timeout: 15_000 });
        await expect(results(page).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
        expect(shift, path).toBeLessThan(0.1);
      }
    });
  }

  test("a topic link alone lists that topic's papers", async ({ page }) => {
    await page.goto('search/?topic=moe');
    await expect(status(page)).toHaveText(/^\d+ papers? in Mixture of Experts \(MoE\)\.$/, { timeout: 15_000 });
    const expected = papers.filter((p) => p.topics.includes('moe')).length;
    expect(await resultCount(page)).toBe(expected);
  });

  test('without JavaScript the header links to /search/, which says search needs JavaScript', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('#search-open')).toBeHidden();
    await page.locator('header nav').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#search-ui')).toBeHidden();
    await context.close();
    // Chromium with scripts switched off by Playwright still parses <noscript> as if they ran, so read the markup.
    const html = await (await request.get('search/')).text();
    expect(html).toMatch(/<noscript>\s*<p[^>]*>\s*Search runs in your browser and needs JavaScript\./);
  });

  test('has no axe violations with filters in use, light and dark', async ({ browser }) => {
    // Two cold searches (two contexts, or several pages) on a machine shared with other builds.
    test.setTimeout(90_000);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('search/?q=mixture+of+experts&topic=moe');
      await expect(status(page)).toHaveText(/match/, { timeout: 15_000 });
      const scan = await axeScan(page, { bestPractice: false }).analyze();
      expect(scan.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await context.close();
    }
  });
});

test.describe('synonyms and spelling', () => {
  test('"MoE" finds mixture-of-experts papers that never write "MoE"', async ({ page }) => {
    await page.goto('search/');
    const top = await rank(page, 'MoE', 10);
    const silent = top.filter((r) => !/\bs?moes?\b/i.test(`${bySlug(r.slug)!.title} ${bySlug(r.slug)!.abstract}`));
    expect(silent.length).toBeGreaterThan(0);
    for (const r of silent) expect(`${bySlug(r.slug)!.title} ${bySlug(r.slug)!.abstract}`).toMatch(/mixtures?[- ]of[- ]experts/i);
    expect(top.slice(0, 5).every((r) => bySlug(r.slug)!.topics.includes('moe'))).toBe(true);
  });

  test('"SSM" finds Mamba and state-space papers', async ({ page }) => {
    await page.goto('search/');
    const top = await rank(page, 'SSM', 10);
    expect(top.slice(0, 5).every((r) => bySlug(r.slug)!.topics.includes('ssm'))).toBe(true);
    expect(top.some((r) => /mamba/i.test(r.title))).toBe(true);
  });

  test('"CL" and "lifelong learning" find continual-learning papers', async ({ page }) => {
    await page.goto('search/');
    for (const query of ['CL', 'lifelong learning']) {
      const top = await rank(page, query, 5);
      const continual = top.filter((r) => bySlug(r.slug)!.topics.includes('continual-learning'));
      expect(continual.length, `${query}: ${top.map((r) => r.slug).join(', ')}`).toBeGreaterThanOrEqual(3);
    }
    // "lifelong learning" also reaches papers that only say "continual learning".
    const lifelong = await rank(page, 'lifelong learning', 20);
    expect(lifelong.some((r) => !/lifelong/i.test(`${bySlug(r.slug)!.title} ${bySlug(r.slug)!.abstract}`))).toBe(true);
  });

  test('"low-rank adaptation" finds LoRA papers', async ({ page }) => {
    await page.goto('search/');
    const top = await rank(page, 'low-rank adaptation', 5);
    expect(top.every((r) => bySlug(r.slug)!.topics.includes('lora'))).toBe(true);
    const more = await rank(page, 'low-rank adaptation', 40);
    expect(more.some((r) => !/low[- ]rank adaptation/i.test(`${bySlug(r.slug)!.title} ${bySlug(r.slug)!.abstract}`))).toBe(true);
  });

  test('hyphenated and spaced spellings find the same papers', async ({ page }) => {
    await page.goto('search/');
    const pairs: [string, string][] = [
      ['mixture-of-experts', 'mixture of experts'],
      ['class-incremental', 'class incremental'],
    ];
    for (const [hyphenated, spaced] of pairs) {
      const a = await rank(page, hyphenated, 10);
      const b = await rank(page, spaced, 10);
      const shared = a.filter((r) => b.some((s) => s.slug === r.slug)).length;
      expect(shared, `${hyphenated} vs ${spaced}`).toBeGreaterThanOrEqual(8);
    }
    // Papers that hyphenate and papers that don't are both found.
    const pages = await rank(page, 'class-incremental', 30);
    const texts = pages.map((r) => `${bySlug(r.slug)!.title} ${bySlug(r.slug)!.abstract}`);
    expect(texts.some((t) => /class-incremental/i.test(t))).toBe(true);
    expect(texts.some((t) => /class incremental/i.test(t) && !/class-incremental/i.test(t))).toBe(true);
  });
});

test('a query naming a topic lists its surveys and foundational papers first, as the topic page does', async ({ page }) => {
  // What leads a topic: its papers with a survey's title, and those its topic file names foundational.
  const leadersOf = (topic: string) => {
    const named = /^foundational:\s*\[(.*)\]/m.exec(readFileSync(`content/topics/${topic}.md`, 'utf8').split(/^---$/m)[1]!)?.[1] ?? '';
    const foundational = new Set(named.split(',').map((slug) => slug.trim()).filter(Boolean));
    return new Set(papers.filter((p) => p.topics.includes(topic) && (isSurveyTitle(p.title) || foundational.has(p.slug))).map((p) => p.slug));
  };
  for (const [query, topic, classic] of [
    ['mixture of experts', 'moe', 'switch-transformers-scaling-to-trillion-parameter-models-with-simple-and'],
    ['state space models', 'ssm', 'efficiently-modeling-long-sequences-with-structured-state-spaces'],
    ['knowledge distillation', 'knowledge-distillation', 'fitnets-hints-for-thin-deep-nets'],
  ] as const) {
    const leaders = leadersOf(topic);
    expect(leaders.has(classic), classic).toBe(true);
    const top = (await rank(page, query, 20)).map((r) => r.slug);
    const prefix = top.findIndex((slug) => !leaders.has(slug));
    expect(prefix, `${query}: ${top.join(', ')}`).toBeGreaterThan(0);
    // The leaders the query finds form the head of the list; none comes after another paper.
    expect(top.slice(prefix).filter((slug) => leaders.has(slug)), query).toEqual([]);
    expect(top.slice(0, prefix), query).toContain(classic);
  }
  // A query that names no topic as a whole keeps Pagefind's order.
  const plain = (await rank(page, 'mixture of experts routing', 5)).map((r) => r.slug);
  expect(plain.length).toBeGreaterThan(0);
});

test('a query naming a paper by its title, or the name before its colon, finds that paper first', async ({ page }) => {
  for (const [query, slug] of [
    // Papers that say "layer normalization" more often outranked the paper of that name (4th).
    ['layer normalisation', 'layer-normalization'],
    ['Mamba', 'mamba-linear-time-sequence-modeling-with-selective-state-spaces'],
    ['model soups', 'model-soups-averaging-weights-of-multiple-fine-tuned-models-improves-accuracy'],
    ['FitNets', 'fitnets-hints-for-thin-deep-nets'],
    // A quoted phrase too (its matches come in Pagefind's order, which put the paper 7th).
    ['"layer normalization"', 'layer-normalization'],
  ] as const) {
    expect(bySlug(slug), slug).toBeDefined();
    const top = (await rank(page, query, 5)).map((r) => r.slug);
    expect(top[0], `${query}: ${top.join(', ')}`).toBe(slug);
  }
});

test('recall@5 over the query fixture is at least 0.9', async ({ page }) => {
  test.setTimeout(120_000);
  const fixture = JSON.parse(readFileSync(resolve('tests/fixtures/search-queries.json'), 'utf8')) as { queries: { query: string; relevant: string[] }[] };
  expect(fixture.queries.length).toBeGreaterThanOrEqual(25);
  await page.goto('search/');
  const lines: string[] = [];
  let sum = 0;
  for (const { query, relevant } of fixture.queries) {
    for (const slug of relevant) expect(bySlug(slug), `${query}: unknown slug ${slug}`).toBeDefined();
    const top = await rank(page, query, 5);
    const found = top.filter((r) => relevant.includes(r.slug)).length;
    const recall = found / Math.min(relevant.length, 5);
    sum += recall;
    if (recall < 1) lines.push(`${query}: ${recall.toFixed(2)} (missed; got ${top.map((r) => r.slug).join(', ')})`);
  }
  const recall = sum / fixture.queries.length;
  const summary = `recall@5 = ${recall.toFixed(3)} over ${fixture.queries.length} queries`;
  console.log([summary, ...lines].join('\n  '));
  test.info().annotations.push({ type: 'recall@5', description: [summary, ...lines].join('; ') });
  expect(recall).toBeGreaterThanOrEqual(0.9);
});

test.describe('what search downloads', () => {
  const isPagefind = (request: Request) => new URL(request.url()).pathname.includes('/pagefind/');

  /** Bytes received per /pagefind/ path; `settled` waits for the sizes still being read. */
  function collect(page: Page) {
    const sizes = new Map<string, number>();
    const reading: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      if (!isPagefind(request)) return;
      reading.push(request.sizes().then(({ responseBodySize }) => void sizes.set(new URL(request.url()).pathname, responseBodySize)));
    });
    return { sizes, settled: () => Promise.all(reading) };
  }

  test('a paper page and the home page fetch nothing from /pagefind/ until search is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (isPagefind(request)) requested.push(request.url());
    });
    await page.goto('papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/');
    await page.waitForLoadState('networkidle');
    await page.locator('#search-open').hover();
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
  });

  test('a paper page opened from a result loads only the highlighter', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (isPagefind(request)) requested.push(new URL(request.url()).pathname.replace(/^.*\/pagefind\//, ''));
    });
    await page.goto('papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/?highlight=selective&highlight=scan');
    await expect(page.locator('[data-pagefind-body] mark.search-mark').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual(['pagefind-highlight.js']);
  });

  test('a first search from a cold page stays within its byte budget', async ({ page }) => {
    const { sizes, settled } = collect(page);
    await page.goto('./');
    await openWithSlash(page);
    // A query without synonyms: Pagefind's fixed cost plus one index chunk and the shown results.
    // Entered at once: typed key by key, the pace decides how many partial words are searched
    // on the way (each may load another index chunk), and the measure would depend on the machine.
    await page.keyboard.insertText('tokenizer');
    await modalResults(page, 'tokenizer');
    await page.waitForLoadState('networkidle');
    await settled();
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const fixed = [...sizes].filter(([path]) => !/\/(index|fragment)\//.test(path)).reduce((a, [, b]) => a + b, 0);
    const files = [...sizes.keys()].map((p) => p.replace(/^.*\/pagefind\//, ''));
    console.log(
      `first search "tokenizer": ${total} bytes from /pagefind/ (${fixed} fixed: ${files.filter((f) => !/^(index|fragment)\//.test(f)).join(', ')}; ${files.length} files)`,
    );
    test.info().annotations.push({ type: 'first-search bytes', description: `${total} (fixed ${fixed})` });
    // No worker, no UI bundle, no filter chunks: only the API, its WebAssembly, metadata, index and fragments.
    expect(
      files.every((f) => /^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.en\.pagefind|index\/.+\.pf_index|fragment\/.+\.pf_fragment)$/.test(f)),
      files.join(', '),
    ).toBe(true);
    // An empty record would meet every budget: what a search needs must have been measured, and sent.
    for (const needed of [/^pagefind\.js$/, /^wasm\.en\.pagefind$/, /^index\//, /^fragment\//]) {
      expect(files.some((f) => needed.test(f)), `${needed} in ${files.join(', ')}`).toBe(true);
    }
    for (const [path, bytes] of sizes) expect(bytes, path).toBeGreaterThan(0);
    expect(fixed).toBeLessThan(82_000);
    expect(total).toBeLessThan(125_000);
  });
});

/**
 * The site under a base path: built with BASE=/survey/ into a folder of its own and served by a
 * small static server that maps /survey/ to it.
 */
test.describe('under a base path', () => {
  test.describe.configure({ mode: 'serial' });
  const root = resolve('node_modules/.cache/survey-search-e2e');
  const outDir = join(root, 'dist');
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    rmSync(root, { recursive: true, force: true });
    // Inside the project: Astro keeps its prerender files next to an in-project outDir, so this
    // build cannot collide with another one running at the same time.
    await promisify(execFile)(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env: { ...process.env, BASE: '/survey/', OUT_DIR: outDir, ASTRO_CACHE_DIR: join(root, 'cache') },
      maxBuffer: 64 * 1024 * 1024,
    });
    server = serveUnder('/survey/', outDir);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((done) => server?.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  test('the modal searches the index under /survey/pagefind/ and opens /survey/papers/', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/survey/`);
    await openWithSlash(page);
    await page.keyboard.type('MoE');
    const options = await modalResults(page, 'MoE');
    await expect(options.first()).toHaveAttribute('href', /^\/survey\/papers\/[^/]+\/\?highlight=/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/survey\/papers\/[^/]+\/\?highlight=/);
    await expect(page.locator('[data-pagefind-body] mark.search-mark').first()).toBeVisible();
    const pagefind = requested.filter((p) => p.includes('/pagefind/'));
    expect(pagefind.length).toBeGreaterThan(0);
    expect(pagefind.every((p) => p.startsWith('/survey/pagefind/'))).toBe(true);
    expect(requested).toContain('/survey/search-data.json');
  });

  test('the search page keeps its state under /survey/search/', async ({ page }) => {
    await page.goto(`${origin}/survey/search/?q=mamba&topic=ssm`);
    await expect(page.locator('#search-page-input')).toHaveValue('mamba');
    await expect(status(page)).toHaveText(/match “mamba” in State Space Models/, { timeout: 15_000 });
    await expect(results(page).first().locator('h3 a')).toHaveAttribute('href', /^\/survey\/papers\//);
    // The result's topic chips link to their topics under the base path too.
    await expect(results(page).first().locator('a[data-topic="ssm"]')).toHaveAttribute('href', '/survey/topics/ssm/');
    await page.getByRole('checkbox', { name: /^Links to code/ }).check();
    await expect(page).toHaveURL(`${origin}/survey/search/?q=mamba&topic=ssm&code=yes`);
    await page.goBack();
    await expect(page).toHaveURL(`${origin}/survey/search/?q=mamba&topic=ssm`);
  });

  // Talk lists (tests/e2e/talk-list.spec.ts) under the base path, on a server that answers a
  // missing address with 404.html as static hosts do (astro preview does not, without a slash).
  test('a talk list works under /survey/, and its 404 page forwards a short code without its slash', async ({ page }) => {
    const table = (await (await page.request.get(`${origin}/survey/p/index.json`)).json()) as { links: { id: string; page: string }[] };
    const [first, second] = table.links;
    await page.goto(`${origin}/survey/p/${first!.id.toUpperCase()}`);
    await expect(page).toHaveURL(`${origin}${first!.page}`);
    await page.getByRole('button', { name: /^Add to list/ }).first().click();
    await page.goto(`${origin}${second!.page}`);
    await page.getByRole('button', { name: /^Add to list/ }).first().click();
    await page.getByRole('link', { name: /^List 2/ }).click();
    await expect(page).toHaveURL(`${origin}/survey/list/`);
    await expect(page.locator('[data-talk-list][data-ready] [data-list-items] > li a')).toHaveCount(2);
    await expect(page.locator('[data-list-items] > li a').first()).toHaveAttribute('href', first!.page);
    await expect(page.locator('[data-share-link]')).toHaveValue(`${origin}/survey/list/#p=${first!.id.toUpperCase()}.${second!.id.toUpperCase()}`);
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** A static file server for `dir`, mounted at `base`; directories serve their index.html. */
function serveUnder(base: string, dir: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    let file = join(dir, path.slice(base.length));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(join(dir, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
}
