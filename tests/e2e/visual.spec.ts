import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Screenshots of the key pages for a person to look at (CI keeps test-results/ as artifacts),
// and the one thing a machine can judge from them: nothing spills out sideways on a phone.
const PAGES = [
  ['home', './'],
  ['topics', 'topics/'],
  ['topic-lora', 'topics/lora/'],
  ['topic-model-compression', 'topics/model-compression/'],
  ['papers', 'papers/'],
  ['papers-filtered', 'papers/?topics=lora,moe&sort=-year'],
  ['paper-mamba', 'papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/'],
  ['paper-card', 'papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/#card'],
  ['search', 'search/?q=mixture%20of%20experts'],
  ['data-report', 'about/data/'],
  ['map', 'map/'],
  ['map-paper', 'map/?p=5re4st'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, device] of [[1280, 'desktop'], [390, 'phone']] as const) {
    test.describe(`${scheme} ${device}`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
      for (const [name, path] of PAGES) {
        test(`${name} fits the viewport`, async ({ page }, testInfo) => {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', `${name}-${scheme}-${device}.png`), fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        });
      }
    });
  }
}
