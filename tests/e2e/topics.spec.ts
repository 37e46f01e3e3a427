import { expect, test } from '@playwright/test';

const CORE = ['lora', 'moe', 'ssm', 'quantization', 'continual-learning'];
let papers: { slug: string; title: string; topics: string[] }[];

test.beforeAll(async ({ request }) => {
  papers = await (await request.get('papers.json')).json();
});

function countsFromJson(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of papers) for (const topic of paper.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return counts;
}

test('at least 95% of papers have a topic, and every topic has at least 5 papers', () => {
  const classified = papers.filter((p) => p.topics.length > 0).length;
  expect(classified / papers.length).toBeGreaterThanOrEqual(0.95);
  for (const [topic, count] of countsFromJson()) expect(count, topic).toBeGreaterThanOrEqual(5);
});

test('/topics/ lists every topic with the count papers.json gives, core topics included', async ({ page }) => {
  await page.goto('topics/');
  const counts = countsFromJson();
  const cards = page.locator('[data-topic-list] > li');
  const ids = await cards.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.topic!));
  for (const id of CORE) expect(ids).toContain(id);
  for (const id of ids) {
    await expect(page.locator(`[data-topic-list] > li[data-topic="${id}"] [data-count]`)).toHaveAttribute('data-count', String(counts.get(id) ?? 0));
  }
});

test('the bar chart and the overlap matrix render as accessible SVG with consistent numbers', async ({ page }) => {
  await page.goto('topics/');
  const bars = page.locator('svg[data-chart="papers-per-topic"]');
  await expect(bars).toBeVisible();
  await expect(bars).toHaveAttribute('role', 'img');
  await expect(bars.locator('title')).toHaveText('Papers per topic');
  const barGroups = bars.locator('g[data-topic]');
  expect(await barGroups.count()).toBe(countsFromJson().size);

  const matrix = page.locator('svg[data-chart="topic-overlap"]');
  await expect(matrix).toBeVisible();
  const cells = await matrix.locator('g[data-cell]').evaluateAll((groups) =>
    groups.map((g) => ({ pair: (g as SVGGElement).dataset.cell!, shared: Number((g as SVGGElement).dataset.shared) })),
  );
  expect(cells.length).toBeGreaterThan(0);
  for (const { pair, shared } of cells.slice(0, 40)) {
    const [a, b] = pair.split('|');
    const expected = papers.filter((p) => p.topics.includes(a!) && p.topics.includes(b!)).length;
    expect(shared, pair).toBe(expected);
  }
});

for (const id of CORE) {
  test(`the ${id} topic page lists its papers, with working links`, async ({ page }) => {
    const expected = papers.filter((p) => p.topics.includes(id));
    await page.goto(`topics/${id}/`);
    await expect(page.locator('h1')).not.toBeEmpty();
    // The list in the order shown (the other order is hidden until chosen).
    const items = page.locator('[data-paper-list]:visible > li');
    await expect(items).toHaveCount(expected.length);
    await expect(page.getByRole('link', { name: /^Search within/ })).toHaveAttribute('href', new RegExp(`/search/\\?topic=${id}$`));
    await items.first().locator('a').first().click();
    await expect(page).toHaveURL(/\/papers\/[^/]+\/$/);
    await expect(page.locator(`a[href$="/topics/${id}/"]`).first()).toBeVisible();
  });
}

test('the data report lists the 63 papers seen in more than one file and the unclassified papers', async ({ page }) => {
  await page.goto('about/data/');
  await expect(page.locator('[data-duplicates] tbody tr')).toHaveCount(63);
  const unclassified = papers.filter((p) => p.topics.length === 0).length;
  await expect(page.locator('[data-unclassified] li')).toHaveCount(unclassified);
});

test("a topic page offers that topic's BibTeX, CSV and feed, and advertises the feed to feed readers", async ({ page, request }) => {
  await page.goto('topics/ssm/');
  const expected = papers.filter((p) => p.topics.includes('ssm')).length;
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveAttribute('href', /\/topics\/ssm\/rss\.xml$/);
  const links = page.locator('[data-topic-exports] a');
  await expect(links).toHaveText(['BibTeX', 'CSV', 'RSS feed']);
  const [bib, csv, rss] = await Promise.all(
    (await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))).map(async (href) => (await request.get(href)).text()),
  );
  expect(bib!.match(/^@misc\{/gm)).toHaveLength(expected);
  expect(csv!.trim().split('\r\n')).toHaveLength(expected + 1);
  expect(rss!.match(/<item>/g)).toHaveLength(expected);
  // The topic's feed points back at the topic page and names itself.
  expect(rss).toMatch(/<channel><title>[^<]*<\/title><description>[^<]*<\/description><link>[^<]*\/topics\/ssm\/<\/link>/);
  expect(rss).toMatch(/<atom:link href="[^"]*\/topics\/ssm\/rss\.xml" rel="self"/);
});
