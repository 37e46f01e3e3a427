import { expect, test } from '@playwright/test';
import { axeScan } from './axe.ts';

// The accessibility specs pass when the scan finds nothing: this one shows the scan they share
// does look. It plants violations in a real page and expects each to be reported.
test('the shared axe scan reports violations planted in a built page', async ({ page }) => {
  await page.goto('papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/');
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const faint = document.createElement('p');
    faint.textContent = 'Text too faint to read';
    faint.style.cssText = 'color: #ddd; background: #fff';
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const unnamed = document.createElement('button');
    main.append(faint, image, unnamed);
  });
  const found = (await axeScan(page).analyze()).violations.map((violation) => violation.id);
  expect(found).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'button-name']));
});

test('the page-wide rules of the shared scan see the whole document', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => {
    document.documentElement.removeAttribute('lang');
    document.querySelector('h1')?.remove();
  });
  const found = (await axeScan(page).analyze()).violations.map((violation) => violation.id);
  expect(found).toEqual(expect.arrayContaining(['html-has-lang', 'page-has-heading-one']));
});
