import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { edgeShades, overflows, scrollToEnd, SHADE } from './scroll-cue.ts';

const CORE = ['lora', 'moe', 'ssm', 'quantization', 'continual-learning'];
let papers: { slug: string; title: string; topics: string[] }[];

test.beforeAll(async ({ request }) => {
  papers = await (await request.get('papers.json')).json();
});

/** Each topic's parent, as the topic files name it. */
const parentOf = new Map(
  readdirSync('content/topics')
    .filter((file) => file.endsWith('.md'))
    .map((file) => [file.slice(0, -3), /^parent:\s*(\S+)/m.exec(readFileSync(`content/topics/${file}`, 'utf8').split(/^---$/m)[1]!)?.[1]] as const),
);

/** A topic's papers with its sub-topics' at any depth, each once. */
function withSubtopics(id: string): Set<string> {
  const under = (topic: string): boolean => topic === id || (parentOf.get(topic) !== undefined && under(parentOf.get(topic)!));
  return new Set(papers.filter((p) => p.topics.some(under)).map((p) => p.slug));
}

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

test('/topics/ lists every topic with the count papers.json gives with its sub-topics, core topics included', async ({ page }) => {
  await page.goto('topics/');
  const cards = page.locator('[data-topic-list] > li');
  const ids = await cards.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.topic!));
  for (const id of CORE) expect(ids).toContain(id);
  expect(ids).toHaveLength(parentOf.size);
  for (const id of ids) {
    await expect(page.locator(`[data-topic-list] > li[data-topic="${id}"] [data-count]`)).toHaveAttribute('data-count', String(withSubtopics(id).size));
  }
});

test('the bar chart and the overlap matrix have consistent numbers, and each bar and cell is a link', async ({ page }) => {
  await page.goto('topics/');
  const bars = page.locator('[data-chart="papers-per-topic"] li[data-topic]');
  expect(await bars.count()).toBe(parentOf.size);
  for (const id of ['model-compression', 'ssm', 'lora']) {
    await expect(page.locator(`[data-chart="papers-per-topic"] li[data-topic="${id}"]`)).toHaveAttribute('data-count', String(withSubtopics(id).size));
  }
  const matrix = page.locator('svg[data-chart="topic-overlap"]');
  await expect(matrix).toBeVisible();
  const cells = await matrix.locator('[data-cell]').evaluateAll((nodes) =>
    nodes.map((node) => ({ pair: (node as SVGElement).dataset.cell!, shared: Number((node as SVGElement).dataset.shared), href: node.getAttribute('href') })),
  );
  expect(cells.length).toBeGreaterThan(0);
  for (const { pair, shared, href } of cells.slice(0, 40)) {
    const [a, b] = pair.split('|');
    const expected = papers.filter((p) => p.topics.includes(a!) && p.topics.includes(b!)).length;
    expect(shared, pair).toBe(expected);
    // A cell with papers opens them; an empty cell is no link.
    if (shared > 0) expect(href, pair).toMatch(new RegExp(`/papers/\\?topics=${[a, b].sort().join(',')}&match=all$`));
    else expect(href, pair).toBeNull();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  // axe does not judge text drawn in an SVG: the counts on the matrix's shaded cells are measured here.
  test(`every count in the overlap matrix reads at 4.5:1 against its shaded cell (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('topics/');
    const ratios = await page.locator('svg[data-chart="topic-overlap"] a[data-cell]').evaluateAll((cells) => {
      const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const srgb = (color: string): number[] => {
        pixel.clearRect(0, 0, 1, 1);
        pixel.fillStyle = color;
        pixel.fillRect(0, 0, 1, 1);
        return [...pixel.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => v / 255);
      };
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const page = srgb(getComputedStyle(document.body).backgroundColor);
      return cells.map((cell) => {
        const rect = getComputedStyle(cell.querySelector('rect')!);
        const alpha = parseFloat(rect.fillOpacity);
        const shade = srgb(rect.fill).map((v, i) => alpha * v + (1 - alpha) * page[i]!);
        const text = luminance(srgb(getComputedStyle(cell.querySelector('text')!).fill));
        const ground = luminance(shade);
        return (Math.max(text, ground) + 0.05) / (Math.min(text, ground) + 0.05);
      });
    });
    expect(ratios.length).toBeGreaterThan(20);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
}

test('a matrix cell opens the papers in both topics, a bar opens its topic', async ({ page }) => {
  await page.goto('topics/');
  const cell = page.locator('svg[data-chart="topic-overlap"] a[data-cell]').first();
  const [a, b] = (await cell.getAttribute('data-cell'))!.split('|');
  const shared = Number(await cell.getAttribute('data-shared'));
  await cell.click();
  await expect(page).toHaveURL(/\/papers\/\?topics=.+&match=all$/);
  await expect(page.locator('[data-index-rows] > tr')).toHaveCount(shared);
  const slugs = await page.locator('[data-index-rows] > tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.paper!));
  expect(slugs.sort()).toEqual(papers.filter((p) => p.topics.includes(a!) && p.topics.includes(b!)).map((p) => p.slug).sort());

  await page.goto('topics/');
  await page.locator('[data-chart="papers-per-topic"] li[data-topic="ssm"] a').click();
  await expect(page).toHaveURL(/\/topics\/ssm\/$/);
  await expect(page.locator('h1')).toHaveText('State Space Models (SSMs)');
});

test('on a phone the bar chart shows every label whole, inside the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('topics/');
  const labels = page.locator('[data-chart="papers-per-topic"] li a > span:first-child');
  const boxes = await labels.evaluateAll((spans) => spans.map((span) => ({ text: span.textContent!, right: span.getBoundingClientRect().right, clipped: span.scrollWidth > span.clientWidth + 1 })));
  expect(boxes.length).toBe(parentOf.size);
  for (const box of boxes) {
    expect(box.clipped, box.text).toBe(false);
    expect(box.right, box.text).toBeLessThanOrEqual(390);
  }
  await context.close();
});

/**
 * A box wider than a phone scrolls sideways: it says so with a shade on the edge that has more
 * behind it (in either theme), and it is a named region a keyboard can focus and scroll.
 */
async function expectSideways(page: Page, path: string, name: string) {
  await page.goto(path);
  const region = page.getByRole('region', { name, exact: true });
  await expect(region).toBeVisible();
  expect(await overflows(region, 'x'), name).toBe(true);
  await region.focus();
  await expect(region).toBeFocused();
  // No shade where nothing is hidden, a visible one where something is.
  let shades = await edgeShades(region, 'x');
  expect(shades.start, `${name}: left edge at the start`).toBeLessThan(4);
  expect(shades.end, `${name}: right edge at the start`).toBeGreaterThanOrEqual(SHADE);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft), `${name} scrolls by keyboard`).toBeGreaterThan(0);
  await scrollToEnd(region, 'x');
  shades = await edgeShades(region, 'x');
  expect(shades.start, `${name}: left edge at the end`).toBeGreaterThanOrEqual(SHADE);
  expect(shades.end, `${name}: right edge at the end`).toBeLessThan(4);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`on a phone, ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width: 390, height: 844 } });

    test('the overlap matrix scrolls sideways with a cue, its caption stays put', async ({ page }) => {
      await expectSideways(page, 'topics/', 'Topic overlap matrix');
      // The caption is the figure's, outside what scrolls: it stays in the screen's width.
      await expect(page.getByRole('region', { name: 'Topic overlap matrix' }).locator('figcaption')).toHaveCount(0);
    });

    test("the data report's seed files table scrolls sideways with a cue", async ({ page }) => {
      await expectSideways(page, 'about/data/', 'Seed files table');
    });
  });
}

for (const id of CORE) {
  test(`the ${id} topic page lists its papers page by page, each saying why it is there`, async ({ page }) => {
    const expected = papers.filter((p) => p.topics.includes(id)).map((p) => p.slug);
    await page.goto(`topics/${id}/`);
    await expect(page.locator('h1')).not.toBeEmpty();
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const items = page.locator('section:has(> #topic-papers) [data-paper-list] > li');
      seen.push(...(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.paper!))));
      expect(await items.count()).toBeLessThanOrEqual(50);
      // Every paper says which words of it the topic's rules matched.
      expect(await items.locator('[data-reason]').count()).toBe(await items.count());
      const next = page.locator('[data-page-links] a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/topics/${id}/${n + 1}/$`));
      // The address changes when the next page starts to arrive; its list is read once it is all there
      // (a loaded CI machine once read a page half parsed: 5 papers short).
      await page.waitForLoadState('load');
    }
    expect(seen.sort()).toEqual([...expected].sort());
    await page.goto(`topics/${id}/`);
    await expect(page.getByRole('link', { name: /^Search within/ })).toHaveAttribute('href', new RegExp(`/search/\\?topic=${id}$`));
    await page.locator('section:has(> #topic-papers) [data-paper-list] > li > a').first().click();
    await expect(page).toHaveURL(/\/papers\/[^/]+\/$/);
    await expect(page.locator(`a[href$="/topics/${id}/"]`).first()).toBeVisible();
  });
}

test('a parent topic shows its sub-topics as sections with their papers, and counts them', async ({ page }) => {
  await page.goto('topics/model-compression/');
  const children = [...parentOf].filter(([, parent]) => parent === 'model-compression').map(([id]) => id);
  expect(children).toEqual(expect.arrayContaining(['quantization', 'pruning-sparsity', 'knowledge-distillation', 'low-rank-factorization']));
  for (const child of children) {
    const section = page.locator(`[data-subtopic="${child}"]`);
    await expect(section.getByRole('heading', { level: 3 })).toBeVisible();
    const listed = await section.locator('[data-paper-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.paper!));
    expect(listed.length).toBeGreaterThan(0);
    for (const slug of listed) expect(papers.find((p) => p.slug === slug)!.topics, `${slug} in ${child}`).toContain(child);
  }
  const direct = papers.filter((p) => p.topics.includes('model-compression')).length;
  const all = withSubtopics('model-compression').size;
  expect(all).toBeGreaterThan(direct);
  await expect(page.locator('[data-topic-count]')).toHaveText(`${direct} papers directly, ${all} with sub-topics.`);
  // A sub-topic's page leads back to its parent.
  await page.goto('topics/quantization/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Model Compression' })).toBeVisible();
});

test('a topic page says surveys and foundational papers come first only when its list opens with one', async ({ page }) => {
  const seen = { leads: 0, plain: 0 };
  for (const id of ['lora', 'moe', 'ssm', 'quantization', 'continual-learning', 'model-compression', 'pruning-sparsity', 'efficient-attention']) {
    await page.goto(`topics/${id}/`);
    const note = (await page.locator('[data-order-note]').textContent())!;
    const opensWithLead = (await page.locator('[data-order-note] ~ ol[data-paper-list] > li').first().locator('[data-role]').count()) > 0;
    expect(note.startsWith('Surveys and foundational papers first'), `${id}: ${note}`).toBe(opensWithLead);
    if (!opensWithLead) expect(note, id).toMatch(/^Newest first/);
    seen[opensWithLead ? 'leads' : 'plain']++;
  }
  // Both kinds are among the shipped topics: the assertion above was exercised both ways.
  expect(seen.leads).toBeGreaterThan(0);
  expect(seen.plain).toBeGreaterThan(0);
});

test('a topic page past the first works without JavaScript and continues the same order', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const id = 'continual-learning';
  const expected = papers.filter((p) => p.topics.includes(id)).length;
  expect(expected).toBeGreaterThan(50);
  await page.goto(`topics/${id}/2/`);
  await expect(page.locator('h1')).toContainText('page 2 of');
  const items = page.locator('section:has(> #topic-papers) [data-paper-list] > li');
  await expect(items).toHaveCount(Math.min(50, expected - 50));
  await expect(page.locator('section:has(> #topic-papers) [data-paper-list]')).toHaveAttribute('start', '51');
  await expect(page.locator('[data-page-links] a[aria-current="page"]').first()).toHaveText('2');
  await context.close();
});

test('the data report lists the 63 papers seen in more than one file and the unclassified papers', async ({ page }) => {
  await page.goto('about/data/');
  await expect(page.locator('[data-duplicates] tbody tr')).toHaveCount(63);
  const unclassified = papers.filter((p) => p.topics.length === 0).length;
  await expect(page.locator('[data-unclassified] li')).toHaveCount(unclassified);
  // Each says why no topic takes it: the closest topic and its words, or that no rule matched.
  await expect(page.locator('[data-unclassified] li [data-why-none]')).toHaveCount(unclassified);
  for (const text of await page.locator('[data-unclassified] [data-why-none]').allTextContents()) expect(text).toMatch(/closest: .+ of the \d+ points it needs|none of its words counts toward any topic|kept out/);
});

test("a topic page offers that topic's BibTeX, CSV and feed, and advertises the feed to feed readers", async ({ page, request }) => {
  await page.goto('topics/ssm/');
  const expected = papers.filter((p) => p.topics.includes('ssm')).length;
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveAttribute('href', /\/topics\/ssm\/rss\.xml$/);
  const links = page.locator('[data-topic-exports] a:not([data-topic-map])');
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

/** Each topic's area: its own `area`, else its nearest ancestor's, as the topic files name them. */
const areaOf = (() => {
  const own = new Map(
    [...parentOf.keys()].map((id) => [id, /^area:\s*(.+?)\s*$/m.exec(readFileSync(`content/topics/${id}.md`, 'utf8').split(/^---$/m)[1]!)?.[1]] as const),
  );
  const resolve = (id: string, seen = new Set<string>()): string | undefined =>
    own.get(id) ?? (parentOf.get(id) && !seen.has(id) ? resolve(parentOf.get(id)!, seen.add(id)) : undefined);
  return new Map([...parentOf.keys()].map((id) => [id, resolve(id)]));
})();

test('/topics/ sets every topic under its area, with the papers each area holds, and a jump list to the areas', async ({ page }) => {
  const areas = [...new Set(areaOf.values())].filter((area) => area !== undefined);
  expect(areas.length).toBeGreaterThanOrEqual(5);
  await page.goto('topics/');
  await expect(page.locator('[data-area-nav] a')).toHaveCount(areas.length + ([...areaOf.values()].includes(undefined) ? 1 : 0));
  for (const area of areas) {
    const heading = page.locator('section h3', { hasText: area });
    await expect(heading).toHaveCount(1);
    const section = heading.locator('xpath=..');
    const topics = await section.locator('[data-topic-list] > li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.topic!));
    expect(topics.sort(), area).toEqual([...areaOf].filter(([, a]) => a === area).map(([id]) => id).sort());
    const holding = papers.filter((p) => p.topics.some((t) => areaOf.get(t) === area)).length;
    await expect(heading.locator('[data-area-count]')).toHaveAttribute('data-area-count', String(holding));
    // The jump list leads to the heading.
    const id = await heading.getAttribute('id');
    await expect(page.locator(`[data-area-nav] a[href="#${id}"]`)).toHaveText(area);
  }
  // A sub-topic's breadcrumb starts with the area it takes from its parent, and leads back here.
  const area = areaOf.get('quantization')!;
  await page.goto('topics/quantization/');
  const crumb = page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[data-topic-area]');
  await expect(crumb).toHaveText(area);
  await crumb.click();
  await expect(page.locator(`h3#${new URL(page.url()).hash.slice(1)}`)).toContainText(area);
});
