import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnvironment } from './build-helpers.ts';

/**
 * A survey author's loop in `astro dev`: saving a seed file refreshes the papers, the data
 * quality report page and the data files the dev server serves, and saving a topic file its
 * topic page, without a restart. (How fast: `npm run bench:dev-loop`.)
 */
const root = join(import.meta.dirname, '../..');
const port = 4431;
const origin = `http://127.0.0.1:${port}`;
const prose = 'We propose a routing method for sparse mixtures of experts and evaluate it on several language modelling benchmarks, where it improves accuracy over strong baselines while using less compute.';

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

const text = (path: string) => fetch(`${origin}${path}`).then((response) => response.text(), () => '');

describe('the dev server', () => {
  let server: ChildProcess;
  let seeds: string;
  let topics: string;
  let log = '';

  beforeAll(async () => {
    seeds = mkdtempSync(join(tmpdir(), 'survey-dev-seeds-'));
    cpSync(join(root, 'tests/fixtures/hostile'), seeds, { recursive: true });
    topics = mkdtempSync(join(tmpdir(), 'survey-dev-topics-'));
    cpSync(join(root, 'content/topics'), topics, { recursive: true });
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: { ...cleanEnvironment(), SEEDS_DIR: seeds, TOPICS_DIR: topics, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'survey-dev-cache-')), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    await poll(() => text('/data-quality.json'), (json) => json.includes('"stats"'), 120_000);
  });

  afterAll(() => {
    server?.kill();
  });

  it('shows a new seed file on the data report, in data-quality.json and as a paper page after it is saved', async () => {
    const before = await text('/about/data/');
    expect(before, log).toMatch(/3 seed files.*9 entries.*7 different papers/s);
    writeFileSync(join(seeds, '04-added.txt'), `A Freshly Saved Paper On Expert Routing\n${prose}\n`);
    const after = await poll(() => text('/about/data/'), (html) => html.includes('8 different papers'), 30_000);
    expect(after, log).toMatch(/4 seed files.*10 entries.*8 different papers/s);
    const report = JSON.parse(await poll(() => text('/data-quality.json'), (json) => json.includes('"papers": 8'), 30_000));
    expect(report.stats).toMatchObject({ files: 4, papers: 8 });
    expect(await text('/papers/a-freshly-saved-paper-on-expert-routing/')).toContain('A Freshly Saved Paper On Expert Routing');
  });

  it('shows an edited abstract on its paper page, and an edited overview on its topic page', { timeout: 90_000 }, async () => {
    const page = '/papers/a-freshly-saved-paper-on-expert-routing/';
    writeFileSync(join(seeds, '04-added.txt'), `A Freshly Saved Paper On Expert Routing\n${prose} A sentence saved later.\n`);
    expect(await poll(() => text(page), (html) => html.includes('A sentence saved later.'), 30_000), log).toContain('A sentence saved later.');
    const topicFile = join(topics, 'moe.md');
    writeFileSync(topicFile, `${readFileSync(topicFile, 'utf8').trimEnd()}\n\nAn overview sentence saved later.\n`);
    expect(await poll(() => text('/topics/moe/'), (html) => html.includes('An overview sentence saved later.'), 30_000), log).toContain('An overview sentence saved later.');
  });

  it('reloads an open page whose content store was written after it was rendered (a reload message lost mid-reload)', { timeout: 60_000 }, async () => {
    // The last test's save may still be analysed and written: wait until the store stays put for 2 s.
    let version = await text('/__survey-store-version');
    for (let end = Date.now() + 30_000; Date.now() < end; ) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const now = await text('/__survey-store-version');
      if (now === version) break;
      version = now;
    }
    const response = await fetch(`${origin}/topics/moe/`, { headers: { accept: 'text/html' } });
    const rendered = response.headers.get('server-timing')?.match(/survey-store;desc="([^"]+)"/)?.[1];
    expect(rendered, log).toBeTruthy();
    expect(rendered).toBe(version);

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      // Navigations of the page, not load events: a reload may come before the first load event.
      let loads = 0;
      page.on('framenavigated', (frame) => frame === page.mainFrame() && loads++);
      await page.goto(`${origin}/topics/moe/`);
      // The dev server may reload a page once on its own (dependencies optimized on first use): let it settle.
      await page.waitForTimeout(4_000);
      // The first answer after a reload says the store moved on since the page was rendered: the page must reload itself.
      let answered = 0;
      await page.route('**/__survey-store-version', (route) => (answered++ === 0 ? route.fulfill({ body: 'written-later', contentType: 'text/plain' }) : route.continue()));
      const before = loads;
      await page.reload();
      await expect.poll(() => loads - before, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      // Then the store is where the page was rendered from: no further reload.
      await page.waitForTimeout(2_500);
      expect(loads - before).toBe(2);
    } finally {
      await browser.close();
    }
  });
});
