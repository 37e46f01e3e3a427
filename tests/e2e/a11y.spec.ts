import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe.ts';

const PAGES = [
  { name: 'home', path: './' },
  { name: 'topics', path: 'topics/' },
  { name: 'topic', path: 'topics/ssm/' },
  { name: 'parent topic with sub-topic sections', path: 'topics/model-compression/' },
  { name: 'second page of a topic', path: 'topics/continual-learning/2/' },
  { name: 'paper index', path: 'papers/' },
  {
    name: 'paper index filtered and sorted',
    path: 'papers/?topics=lora,moe&match=all&sort=-year',
    ready: async (page: Page) => await expect(page.locator('[data-index-status]')).toContainText('every one of'),
  },
  { name: 'paper with math and code', path: 'papers/allora-adaptive-learning-rate-mitigates-lora-fatal-flaws/' },
  {
    name: 'paper',
    path: 'papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/',
    // The small map is drawn by its script once near the viewport: check the drawn SVG too.
    ready: async (page: Page) => {
      await page.locator('[data-paper-map]').scrollIntoViewIfNeeded();
      await expect(page.locator('[data-paper-map] svg[role="img"] circle').first()).toBeAttached();
    },
  },
  {
    name: 'paper with its long author list open',
    path: 'papers/an-empirical-study-of-mamba-based-language-models/',
    ready: async (page: Page) => {
      await page.locator('[data-more-authors] summary').click();
      await expect(page.locator('[data-more-authors]')).toHaveAttribute('open');
    },
  },
  { name: 'paper known by its title alone', path: 'papers/conditional-generation-of-periodic-signals-with-fourier-based-decoder/' },
  { name: 'search with results', path: 'search/?q=mamba', ready: async (page: Page) => await expect(page.locator('main a[href*="/papers/"]').first()).toBeVisible({ timeout: 15_000 }) },
  { name: '404', path: 'papers/no-such-paper/' },
  { name: 'data report', path: 'about/data/' },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${scheme}, ${viewport.name}`, () => {
      test.use({ colorScheme: scheme, viewport: { width: viewport.width, height: viewport.height } });
      for (const target of PAGES) {
        test(`${target.name} has no axe violations`, async ({ page }) => {
          // axe walks every node: the home page lists all papers, which takes a while on a busy machine.
          test.setTimeout(120_000);
          await page.goto(target.path);
          await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
          await target.ready?.(page);
          const results = await axeScan(page).analyze();
          const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          expect(summary).toEqual([]);
        });
      }
    });
  }
}

test('a skip link is the first focusable element and moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('reduced motion turns transitions off', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('./');
  const duration = await page.locator('#theme-toggle').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThanOrEqual(0.0001);
  await context.close();
});
