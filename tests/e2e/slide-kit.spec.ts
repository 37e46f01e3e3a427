import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { PaperRecord } from '../../src/lib/exports/paper-record.ts';

let paper: PaperRecord;

test.beforeAll(async ({ request }) => {
  const papers: PaperRecord[] = await (await request.get('papers.json')).json();
  paper = papers.find((p) => p.title.startsWith('Mamba: Linear-Time'))!;
});

test('every copy button copies its value, says so, and works from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`papers/${paper.slug}/`);
  const fields = page.locator('[data-copy-field]');
  const labels = ['Permanent link', 'Short link', 'Short citation', 'Markdown link', 'BibTeX'];
  await expect(fields.locator('label')).toHaveText(labels);
  for (let i = 0; i < labels.length; i++) {
    const field = fields.nth(i);
    const value = await field.locator('[data-copy-value]').inputValue();
    const button = field.getByRole('button');
    if (i % 2 === 0) await button.click();
    else {
      await button.focus();
      await page.keyboard.press('Enter');
    }
    await expect(button).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    await expect(page.locator('[data-copy-status]')).toContainText('copied to the clipboard');
  }
  const values = await fields.locator('[data-copy-value]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  expect(values[0]).toMatch(new RegExp(`/papers/${paper.slug}/$`));
  expect(values[1]).toMatch(/\/p\/[2-9a-hjkmnp-z]{6,8}\/$/);
  // arXiv's metadata names Albert Gu and Tri Dao (seeds/arxiv.json).
  expect(values[2]).toBe('Gu and Dao, 2023');
  expect(values[3]).toBe(`[${paper.titleRepaired}](${values[0]})`);
  expect(values[4]).toMatch(/^@misc\{gu2023mamba,\n {2}author = \{Albert Gu and Tri Dao\},/);
  expect(values[4]).toContain('eprint = {2312.00752}');
  expect(values[4]).not.toMatch(/\babstract\s*=/);
});

test('without JavaScript the values are visible and selectable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`papers/${paper.slug}/`);
  await expect(page.getByLabel('Permanent link')).toBeVisible();
  await expect(page.getByLabel('Short link')).toHaveValue(/\/p\//);
  await expect(page.locator('[data-copy-button]').first()).toBeHidden();
  await context.close();
});

test('the QR code decodes to the short link, which lands on the paper', async ({ page }) => {
  await page.goto(`papers/${paper.slug}/`);
  const shortUrl = await page.getByLabel('Short link').inputValue();
  const qrImage = page.locator('[data-slide-kit] [data-qr]');
  await qrImage.scrollIntoViewIfNeeded(); // it loads lazily, below the fold
  await expect.poll(() => qrImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // The build may have no SITE (then the alt text names the preview origin): compare paths.
  expect(new URL((await qrImage.getAttribute('alt'))!.replace(/^QR code for /, '')).pathname).toBe(new URL(shortUrl).pathname);
  const png = PNG.sync.read(await qrImage.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBeTruthy();
  // The build may have no SITE: compare paths and follow the short link on this server.
  const qrUrl = new URL(decoded!.data);
  expect(qrUrl.pathname).toBe(new URL(shortUrl).pathname);
  await page.goto(new URL(qrUrl.pathname, page.url()).href);
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}/$`));
  await expect(page.locator('h1')).toHaveText(paper.titleRepaired);
});

test.describe('the presenter card', () => {
  const card = (page: Page) => page.getByRole('dialog', { name: paper.titleRepaired });
  const opener = (page: Page) => page.getByRole('link', { name: 'Presenter card' });
  const isModal = (page: Page) => page.locator('#card').evaluate((el: HTMLDialogElement) => el.open && el.matches(':modal'));

  test('opens as a dialog that fills the screen with title, gist, QR code and the short link in large type', async ({ page }) => {
    await page.goto(`papers/${paper.slug}/`);
    await expect(card(page)).toBeHidden();
    await opener(page).click();
    await expect(page).toHaveURL(/#card$/);
    await expect(card(page)).toBeVisible();
    expect(await isModal(page)).toBe(true);
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(paper.titleRepaired);
    const box = (await card(page).boundingBox())!;
    expect(box.width).toBe(page.viewportSize()!.width);
    expect(box.height).toBe(page.viewportSize()!.height);
    const qrImage = card(page).locator('[data-qr]');
    await expect.poll(() => qrImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const shortLink = card(page).locator('[data-short-link]');
    const size = await shortLink.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    // One origin everywhere: the card reads out what the copy field copies.
    const copied = await page.getByLabel('Short link').inputValue();
    expect(new URL(copied).origin).toBe(new URL(page.url()).origin);
    await expect(shortLink).toHaveText(copied.replace(/^https?:\/\//, ''));
    const qr = await page.request.get(`papers/${paper.slug}/qr.svg`);
    expect(qr.headers()['content-type']).toContain('image/svg+xml');
    expect(await qr.text()).toMatch(/^<\?xml[^>]*>\n<svg /);
  });

  test('on a phone, it shows the whole QR code on the first screen, and the short link on one line', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`papers/${paper.slug}/#card`);
    await expect(card(page)).toBeVisible();
    const qrImage = card(page).locator('[data-qr]');
    await expect.poll(() => qrImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const qr = (await qrImage.boundingBox())!;
    expect(qr.y).toBeGreaterThanOrEqual(0);
    expect(qr.y + qr.height).toBeLessThanOrEqual(844);
    expect(qr.width).toBeGreaterThanOrEqual(200);
    const shortLink = card(page).locator('[data-short-link]');
    const lines = await shortLink.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(lines).toBe(1);
  });

  test('Esc or Close shuts it, takes #card off the address without a reload, and gives focus back', async ({ page }) => {
    await page.goto(`papers/${paper.slug}/`);
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));
    await opener(page).click();
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}/$`));
    await expect(opener(page)).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(card(page)).toBeVisible();
    await expect(page).toHaveURL(/#card$/);
    const close = card(page).getByRole('button', { name: 'Close the presenter card' });
    await expect(close).toBeVisible();
    await expect(close).toBeFocused();
    await close.click();
    await expect(card(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}/$`));
    await expect(opener(page)).toBeFocused();

    // Back closes it too.
    await opener(page).click();
    await expect(card(page)).toBeVisible();
    await page.goBack();
    await expect(card(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}/$`));
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
  });

  test('while it is open, Tab stays inside it and nothing behind it can be reached', async ({ page }) => {
    await page.goto(`papers/${paper.slug}/`);
    await opener(page).click();
    await expect(card(page)).toBeVisible();
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Tab']) {
      await page.keyboard.press(key);
      // Focus is in the card, or briefly on the browser's own controls (then the page has none).
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body ? 'outside the page' : active.closest('#card') ? 'card' : active.outerHTML.slice(0, 80);
      });
      expect(['card', 'outside the page']).toContain(where);
    }
    // The page behind is inert: even a script cannot focus a link there.
    const focusedBehind = await page.locator('[data-related-papers] a').first().evaluate((link: HTMLElement) => {
      link.focus();
      return document.activeElement === link;
    });
    expect(focusedBehind).toBe(false);
  });

  test('the address /papers/<slug>/#card opens it; closing it leaves the paper page', async ({ page }) => {
    await page.goto(`papers/${paper.slug}/#card`);
    await expect(card(page)).toBeVisible();
    expect(await isModal(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}/$`));
    await expect(page.locator('h1')).toHaveText(paper.titleRepaired);
    await expect(opener(page)).toBeFocused();
  });

  test('without JavaScript the address opens it and its Close link goes back to the slide kit', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`papers/${paper.slug}/`);
    await expect(page.locator('#card')).toBeHidden();
    await page.getByRole('link', { name: 'Presenter card' }).click();
    await expect(page.locator('#card')).toBeVisible();
    await expect(page.locator('#card [data-short-link]')).toHaveText(/\/p\/[2-9a-hjkmnp-z]{6,8}\/$/);
    await page.locator('#card').getByRole('link', { name: 'Close the presenter card' }).click();
    await expect(page.locator('#card')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Link this paper from a slide' })).toBeInViewport();
    await context.close();
  });
});

test('the short-link table lists every paper once, and each redirect lands on its paper', async ({ page, request }) => {
  const papers: PaperRecord[] = await (await request.get('papers.json')).json();
  const table: { links: { id: string; slug: string; title: string }[] } = await (await request.get('p/index.json')).json();
  expect(table.links.map((link) => link.slug).sort()).toEqual(papers.map((p) => p.slug).sort());
  expect(new Set(table.links.map((link) => link.id)).size).toBe(papers.length);
  const link = table.links.find((row) => row.slug === paper.slug)!;
  await page.goto(`p/${link.id}/`);
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.slug}/$`));
});

test('the paper page carries metadata for previews, Zotero and search engines', async ({ page }) => {
  await page.goto(`papers/${paper.slug}/`);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', paper.titleRepaired);
  await expect(page.locator('meta[name="citation_abstract_html_url"]')).toHaveAttribute('content', new RegExp(`/papers/${paper.slug}/$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', paper.titleRepaired);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  // What a reader sees, repaired: "5× higher throughput", never the scrape's "5times".
  expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', name: paper.titleRepaired, abstract: paper.abstractRepaired });
  expect(paper.abstract).toContain('5times');
  expect(jsonLd.abstract).toContain('5× higher');
});

test('each paper page lists at least 5 related papers that link to pages', async ({ page }) => {
  await page.goto(`papers/${paper.slug}/`);
  const related = page.locator('[data-related-papers] [data-paper-list] > li');
  expect(await related.count()).toBeGreaterThanOrEqual(5);
  await expect(related.locator('a', { hasText: paper.titleRepaired })).toHaveCount(0);
  await related.first().locator('a').first().click();
  await expect(page).toHaveURL(/\/papers\/[^/]+\/$/);
});

test('downloads and feeds are linked and well formed', async ({ page, request }) => {
  await page.goto('./');
  for (const name of ['papers.json', 'papers.csv', 'papers.bib', 'RSS feed']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  const csv = await request.get('papers.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const rss = await (await request.get('rss.xml')).text();
  const items = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) return -1;
    return doc.querySelectorAll('channel > item').length;
  }, rss);
  expect(items).toBe(627);
  for (const path of ['topics/lora/rss.xml', 'topics/lora/papers.bib', 'topics/lora/papers.csv', 'og/site.png', 'og/topics/lora.png', 'robots.txt']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
