import { expect, test, type Page } from '@playwright/test';

/**
 * Text as a reader sees it. Astro drops the whitespace between a line break and an expression or
 * element, so "try the\n<a>search</a>" renders as "try thesearch": every page kind is read through
 * the browser's own rendering (`innerText`) and no link may touch a letter or digit outside it.
 */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: './' },
  { name: 'paper', path: 'papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/' },
  { name: 'topics', path: 'topics/' },
  { name: 'topic', path: 'topics/lora/' },
  { name: 'parent topic', path: 'topics/model-compression/' },
  { name: 'paper index', path: 'papers/' },
  { name: 'paper index filtered', path: 'papers/?topics=lora,moe&match=all', ready: async (page) => await expect(page.locator('[data-index-status]')).toContainText('every one of') },
  {
    name: 'search with results',
    path: 'search/?q=lora',
    ready: async (page) => {
      await expect(page.locator('#search-status')).toHaveText(/match “lora”/, { timeout: 15_000 });
      await expect(page.locator('#search-results a').first()).toBeVisible();
    },
  },
  { name: 'data report', path: 'about/data/' },
  { name: '404', path: 'papers/no-such-paper/' },
];

/**
 * Words glued to a link, with some context: marks are put just inside every link, the rendered
 * text of the page is read once, and a letter or digit on both sides of a mark is a glued word.
 */
async function gluedLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const OPEN = '\uE000';
    const CLOSE = '\uE001';
    const marks: Text[] = [];
    for (const link of document.querySelectorAll('a')) {
      const open = document.createTextNode(OPEN);
      const close = document.createTextNode(CLOSE);
      link.prepend(open);
      link.append(close);
      marks.push(open, close);
    }
    const text = document.body.innerText;
    for (const mark of marks) mark.remove();
    const word = String.raw`[\p{L}\p{N}]`;
    // Before a link (or between two links), after a link.
    const glued = new RegExp(`${word}${CLOSE}?${OPEN}${word}|${word}${CLOSE}${OPEN}?${word}`, 'gu');
    const found: string[] = [];
    for (const match of text.matchAll(glued)) {
      const context = text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30);
      found.push(context.replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), '|').replace(/\s+/g, ' '));
    }
    return found;
  });
}

/**
 * Sentences that run into the next one ("to it.The 10 papers", "papers,72 duplicates") in the
 * site's own words; seed text (abstracts, gists, excerpts) is left to the text repairs.
 */
async function runOnSentences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seedText = [...document.querySelectorAll<HTMLElement>('.abstract, [data-authors], [data-paper-list] li p, #search-results p')];
    for (const el of seedText) el.style.display = 'none';
    const text = document.body.innerText;
    for (const el of seedText) el.style.display = '';
    return [...text.matchAll(/\p{Ll}[.,;!?]\p{Lu}|\p{L}[,;]\p{N}/gu)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' '));
  });
}

for (const target of PAGES) {
  test(`no word is glued to a link or to the next sentence: ${target.name}`, async ({ page }) => {
    await page.goto(target.path);
    await target.ready?.(page);
    expect(await page.locator('a').count()).toBeGreaterThan(5);
    expect(await gluedLinks(page)).toEqual([]);
    expect(await runOnSentences(page)).toEqual([]);
  });
}

test('the glued-word check finds glued words and passes spaced ones', async ({ page }) => {
  await page.goto('papers/no-such-paper/');
  await page.locator('main p').first().evaluate((p) => {
    p.innerHTML = 'try the<a href="#">search</a> or <a href="#">this</a>. <a href="#">one</a><a href="#">two</a> (<a href="#">fine</a>) <a href="#">x</a>y';
  });
  const found = await gluedLinks(page);
  expect(found).toHaveLength(3);
  expect(found[0]).toContain('the|search');
  expect(found[1]).toContain('one||two');
  expect(found[2]).toContain('|x|y');
  await page.locator('main p').first().evaluate((p) => (p.textContent = 'It is central to it.The 10 papers, 627 unique papers,72 duplicates (e.g. 34.4, papers.json).'));
  expect(await runOnSentences(page)).toEqual([expect.stringContaining('to it.The 10'), expect.stringContaining('papers,72 dup')]);
});

test('pages speak to readers: no build terms, provenance folded away, a few aliases', async ({ page }) => {
  const maintainerWords = /seed dump|as scraped|\bSITE\b|chrome lines|content\/topics|topic rule/i;
  await page.goto('papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/');
  expect(await page.locator('body').innerText()).not.toMatch(maintainerWords);
  const sources = page.locator('details[data-sources]');
  await expect(sources).not.toHaveAttribute('open');
  await expect(sources.locator('summary')).toHaveText('Where this paper was listed');
  await expect(sources.locator('li').first()).toBeHidden();
  await sources.locator('summary').click();
  await expect(sources.locator('li').first()).toHaveText(/^\S+\.txt, line \d+$/);

  await page.goto('about/data/');
  expect(await page.locator('body').innerText()).not.toMatch(maintainerWords);
  await expect(page.getByRole('columnheader', { name: 'Lines of page navigation skipped' })).toBeVisible();

  await page.goto('topics/lora/');
  const aliases = page.locator('[data-aliases]');
  await expect(aliases).toHaveText(/^Also known as \S/);
  const shown = (await aliases.innerText()).replace(/^Also known as /, '').split(', ');
  expect(shown.length).toBeGreaterThanOrEqual(1);
  expect(shown.length).toBeLessThanOrEqual(3);
  for (const alias of shown) expect(await page.locator('h1').innerText()).not.toContain(alias);
});
