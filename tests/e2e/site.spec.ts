import { expect, test } from '@playwright/test';

interface PaperRecord {
  slug: string;
  title: string;
  abstract: string;
  url: string;
  links: { url: string; kind: string }[];
  sources: { file: string; line: number }[];
}

let papers: PaperRecord[];

test.beforeAll(async ({ request }) => {
  const response = await request.get('papers.json');
  expect(response.ok()).toBe(true);
  papers = await response.json();
});

test('papers.json holds 627 unique papers with full abstracts and their sources', () => {
  expect(papers).toHaveLength(627);
  expect(new Set(papers.map((p) => p.title.toLowerCase())).size).toBe(627);
  // 699 page-dump listings and 610 entries of the arXiv metadata, every one kept as a source.
  const sources = papers.flatMap((p) => p.sources);
  expect(sources.filter((s) => s.file.endsWith('.txt'))).toHaveLength(699);
  expect(sources.filter((s) => s.file === 'arxiv.json')).toHaveLength(610);
  expect(sources).toHaveLength(1309);
  for (const paper of papers) {
    expect(paper.abstract.length).toBeGreaterThan(300);
    expect(paper.url).toMatch(new RegExp(`/papers/${paper.slug}/$`));
  }
});

test('the home page says what the survey holds: counts, topic families, the way into the paper index and the map', async ({ page }) => {
  await page.goto('./');
  const counts = page.locator('main [data-survey-counts]');
  await expect(counts.locator('[data-count-papers]')).toHaveAttribute('data-count-papers', String(papers.length));
  await expect(counts.locator('[data-count-code]')).toHaveAttribute('data-count-code', String(papers.filter((p) => p.links.some((l) => l.kind === 'code' && /^https?:/.test(l.url))).length));
  await expect(counts).toContainText(/\d+ topics/);
  // Topics come as families following `parent`, not one card per topic.
  const families = page.locator('[data-topic-families] > li');
  expect(await families.count()).toBeLessThan(15);
  await expect(page.locator('[data-family="model-compression"] [data-topic="quantization"]')).toBeVisible();
  await expect(page.locator('[data-family="ssm"] [data-topic="linear-rnn"]')).toBeVisible();
  await expect(page.locator('[data-map-spot] a')).toHaveAttribute('href', /\/map\/$/);
  // No paper list here any more: the index is one click away, and the header's "Papers" leads to it too.
  await expect(page.locator('main [data-paper-list]')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers' })).toHaveAttribute('href', /\/papers\/$/);
  await page.locator('[data-index-link]').click();
  await expect(page).toHaveURL(/\/papers\/$/);
  await expect(page.locator('[data-index-rows] > tr')).toHaveCount(100);
  const first = page.locator('[data-index-rows] > tr').first().locator('a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
});

test('a paper page shows its title, abstract, code link and where it came from', async ({ page }) => {
  const paper = papers.find((p) => p.links.some((l) => l.kind === 'code'))!;
  await page.goto(`papers/${paper.slug}/`);
  await expect(page).toHaveTitle(new RegExp(paper.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('h1')).toHaveText(paper.title);
  await expect(page.locator('.abstract')).toContainText(paper.abstract.slice(0, 80));
  const code = paper.links.find((l) => l.kind === 'code')!;
  await expect(page.locator(`a[data-link-kind="code"][href="${code.url}"]`)).toBeVisible();
  await expect(page.locator('.abstract a').first()).toHaveAttribute('href', /^https?:\/\//);
  // Where it came from: folded away under the page, one click to open.
  const file = page.getByText(`${paper.sources[0]!.file}`);
  await expect(file).toBeHidden();
  await page.getByText('Where this paper was listed').click();
  await expect(file).toBeVisible();
});

test('the dark-mode toggle follows the system first, then remembers the choice', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('./');
  const html = page.locator('html');
  await expect(html).toHaveClass(/dark/);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(html).not.toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  await context.close();
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('papers/no-such-paper/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'all papers' }).click();
  await expect(page).toHaveURL(/\/papers\/$/);
  await expect(page.locator('[data-index-status]')).toContainText('of 627');
});

test('search finds a paper by a word from its title', async ({ page }) => {
  await page.goto('search/?q=Matryoshka');
  const results = page.locator('#search-results h3 a');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect(results.filter({ hasText: 'Matryoshka Representation Learning' })).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a topic chip looks the same on a topic page, in the paper index and in search results (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const LOOK = ['backgroundColor', 'color', 'borderTopColor', 'borderTopWidth', 'borderTopLeftRadius', 'fontSize', 'fontWeight', 'paddingLeft', 'paddingTop', 'display'] as const;
    const lookOf = async (chip: ReturnType<typeof page.locator>) => {
      await expect(chip).toBeVisible({ timeout: 15_000 });
      return chip.evaluate((el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]])), [...LOOK]);
    };
    const looks: Record<string, Record<string, string>> = {};
    await page.goto('topics/lora/');
    looks['topic page'] = await lookOf(page.locator('[data-paper-list] > li a[href*="/topics/"]').first());
    await page.goto('papers/');
    looks['paper index, as built'] = await lookOf(page.locator('[data-index-rows] a[href*="/topics/"]').first());
    // Filtered, the rows are drawn again by the browser.
    await page.goto('papers/?topics=lora');
    await expect(page.locator('[data-index-status]')).toContainText('in Low-Rank');
    looks['paper index, redrawn'] = await lookOf(page.locator('[data-index-rows] a[href*="/topics/"]').first());
    await page.goto('search/?q=mixture%20of%20experts');
    looks['search results'] = await lookOf(page.locator('#search-results > li a[href*="/topics/"]').first());
    for (const [where, look] of Object.entries(looks)) expect(look, where).toEqual(looks['topic page']);
    // A chip, not a bare link: a filled, rounded box.
    expect(looks['topic page']!.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(parseFloat(looks['topic page']!.borderTopLeftRadius!)).toBeGreaterThan(0);
    await context.close();
  });
}
