import { expect, test } from '@playwright/test';
import { axeScan } from './axe.ts';

// The survey map (/map/): a static SVG of links that JavaScript makes zoomable and filterable.
const MAMBA = { shortId: '5re4st', slug: 'mamba-linear-time-sequence-modeling-with-selective-state-spaces' };
const points = '[data-map-svg] .map-points a';

test('every paper is a point that links to its page, named by its title', async ({ page, request }) => {
  const papers = (await (await request.get('papers.json')).json()) as { slug: string }[];
  const map = (await (await request.get('map.json')).json()) as { slug: string; x: number; y: number; topic: string | null }[];
  expect(map.map((p) => p.slug).sort()).toEqual(papers.map((p) => p.slug).sort());
  expect(map.every((p) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1)).toBe(true);
  await page.goto('map/');
  await expect(page.locator(points)).toHaveCount(papers.length);
  const mamba = page.locator(`${points}[href$="/papers/${MAMBA.slug}/"]`);
  await expect(mamba).toHaveAccessibleName(/Mamba: Linear-Time Sequence Modeling/);
  await mamba.focus();
  await expect(page.locator('[data-map-tip]')).toContainText('Mamba: Linear-Time Sequence Modeling');
  await mamba.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/papers/${MAMBA.slug}/$`));
});

test('works without JavaScript: the points are links and the controls stay hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('map/');
  expect(await page.locator(points).count()).toBeGreaterThan(600);
  await expect(page.locator('[data-map-tools]')).toBeHidden();
  await context.close();
});

test('?topic= highlights that topic’s papers and dims the rest', async ({ page }) => {
  await page.goto('map/?topic=ssm');
  await expect(page.locator('[data-map-svg]')).toHaveClass(/is-filtered/);
  const matches = page.locator(`${points}.is-match`);
  expect(await matches.count()).toBeGreaterThan(10);
  expect(await page.locator(`${points}.is-match:not([data-t~="ssm"])`).count()).toBe(0);
  expect(await page.locator(`${points}[data-t~="ssm"]:not(.is-match)`).count()).toBe(0);
  await expect(page.locator('[data-map-status]')).toContainText(`${await matches.count()} papers`);
});

test('?q= highlights the papers the search finds', async ({ page }) => {
  await page.goto('map/?q=mamba');
  await expect(page.locator('[data-map-svg]')).toHaveClass(/is-filtered/, { timeout: 15_000 });
  await expect(page.locator(`${points}.is-match[href$="/papers/${MAMBA.slug}/"]`)).toHaveCount(1);
  const count = await page.locator(`${points}.is-match`).count();
  expect(count).toBeGreaterThan(3);
  expect(count).toBeLessThan(200);
});

test('?p= centres and zooms on one paper', async ({ page }) => {
  await page.goto(`map/?p=${MAMBA.shortId}`);
  const svg = page.locator('[data-map-svg]');
  await expect(svg).toHaveAttribute('data-scale', '4.00');
  await expect(page.locator(`${points}.is-current`)).toHaveAttribute('data-id', MAMBA.shortId);
  const box = await page.locator(`${points}.is-current circle`).boundingBox();
  const frame = await svg.boundingBox();
  expect(Math.abs(box!.x + box!.width / 2 - (frame!.x + frame!.width / 2))).toBeLessThan(frame!.width * 0.1);
});

test('the keyboard zooms and pans the map', async ({ page }) => {
  await page.goto('map/');
  const svg = page.locator('[data-map-svg]');
  const view = page.locator('[data-map-view]');
  await page.locator('[data-map-frame]').focus();
  await page.keyboard.press('+');
  await expect(svg).toHaveAttribute('data-scale', '1.50');
  const zoomed = await view.getAttribute('transform');
  await page.keyboard.press('ArrowRight');
  expect(await view.getAttribute('transform')).not.toBe(zoomed);
  await page.keyboard.press('-');
  await expect(svg).toHaveAttribute('data-scale', '1.00');
});

test('the legend hides and shows a colour', async ({ page }) => {
  await page.goto('map/');
  const toggle = page.locator('[data-map-legend] li[data-colour="0"] button');
  // Named by the colour's family alone, not by the counts and topics printed beside it.
  const family = (await page.locator('[data-map-legend] li[data-colour="0"] a').textContent())!.trim();
  await expect(toggle).toHaveAccessibleName(`Show ${family} on the map`);
  const coloured = page.locator(`${points}.c0`);
  expect(await coloured.count()).toBeGreaterThan(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(coloured.first()).toBeHidden();
  await toggle.click();
  await expect(coloured.first()).toBeVisible();
});

test('topic and paper pages link to the map', async ({ page }) => {
  await page.goto('topics/ssm/');
  await page.locator('[data-topic-map]').click();
  await expect(page).toHaveURL(/\/map\/\?topic=ssm$/);
  await page.goto(`papers/${MAMBA.slug}/`);
  // The small map's points are not in the HTML (p/<id>/map.json): the script draws them as the figure nears the viewport.
  await page.locator('[data-paper-map]').scrollIntoViewIfNeeded();
  const mini = page.locator('[data-paper-map] svg[role="img"]');
  await expect(mini).toHaveAttribute('aria-label', /nearest papers on the survey map/);
  await expect.poll(() => mini.locator('circle').count()).toBeGreaterThan(10);
  await expect(mini.locator('circle[r="7"]')).toHaveCount(1);
  // The small map colours by the survey map's families: the paper's own point has its colour there.
  const own = await mini.locator('circle[r="7"]').getAttribute('class');
  await page.goto('map/');
  await expect(page.locator(`${points}[href$="/papers/${MAMBA.slug}/"]`)).toHaveClass(new RegExp(`(^|\\s)${own}(\\s|$)`));
  await page.goto(`papers/${MAMBA.slug}/`);
  await page.locator('[data-paper-map]').scrollIntoViewIfNeeded();
  await page.locator('[data-paper-map]').getByRole('link', { name: 'Show on map' }).click();
  await expect(page).toHaveURL(new RegExp(`/map/\\?p=${MAMBA.shortId}$`));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the map page has no axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('map/?topic=moe');
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await expect(page.locator('[data-map-svg]')).toHaveClass(/is-filtered/);
    const results = await axeScan(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('the colours stand for areas: a colour holds one area, only papers without a topic are grey, and each area leads to its topics', async ({ page, request }) => {
  // Each topic's area as the topic files name it (a sub-topic takes its parent's).
  const { readdirSync, readFileSync } = await import('node:fs');
  const front = (id: string) => readFileSync(`content/topics/${id}.md`, 'utf8').split(/^---$/m)[1]!;
  const ids = readdirSync('content/topics').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  const parent = new Map(ids.map((id) => [id, /^parent:\s*(\S+)/m.exec(front(id))?.[1]]));
  const own = new Map(ids.map((id) => [id, /^area:\s*(.+?)\s*$/m.exec(front(id))?.[1]]));
  const areaOf = (id: string): string | undefined => own.get(id) ?? (parent.get(id) ? areaOf(parent.get(id)!) : undefined);
  const map = (await (await request.get('map.json')).json()) as { slug: string; topic: string | null }[];
  const topicOf = new Map(map.map((p) => [p.slug, p.topic]));
  await page.goto('map/');
  const coloured = await page.locator(points).evaluateAll((links) =>
    links.map((a) => ({ slug: /\/papers\/([^/]+)\/$/.exec(a.getAttribute('href')!)![1]!, colour: [...a.classList].find((c) => /^c(?:\d|x)$/.test(c))! })),
  );
  const areasByColour = new Map<string, Set<string | undefined>>();
  for (const { slug, colour } of coloured) {
    const topic = topicOf.get(slug) ?? null;
    if (colour === 'cx') {
      expect(topic === null || areaOf(topic) === undefined, slug).toBe(true);
      continue;
    }
    areasByColour.set(colour, (areasByColour.get(colour) ?? new Set()).add(topic === null ? undefined : areaOf(topic)));
  }
  for (const [colour, areas] of areasByColour) expect([...areas], colour).toHaveLength(1);
  expect(areasByColour.size).toBeGreaterThanOrEqual(5);
  // The legend names the area of each colour and links to its place on /topics/.
  for (const [colour, areas] of areasByColour) {
    const entry = page.locator(`[data-map-legend] li[data-colour="${colour.slice(1)}"] a`);
    await expect(entry).toHaveText([...areas][0]!);
    await expect(entry).toHaveAttribute('href', /\/topics\/#area-[a-z-]+$/);
  }
  await page.locator(`[data-map-legend] li[data-colour="0"] a`).click();
  await expect(page.locator(`h3#${new URL(page.url()).hash.slice(1)}`)).toBeVisible();
});
