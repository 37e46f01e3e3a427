import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnvironment } from './build-helpers.ts';

/**
 * A survey author's loop in `astro dev`: saving a seed file refreshes the papers, the data
 * quality report page and the data files the dev server serves, without a restart.
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
  let log = '';

  beforeAll(async () => {
    seeds = mkdtempSync(join(tmpdir(), 'survey-dev-seeds-'));
    cpSync(join(root, 'tests/fixtures/hostile'), seeds, { recursive: true });
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: { ...cleanEnvironment(), SEEDS_DIR: seeds, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'survey-dev-cache-')), ASTRO_TELEMETRY_DISABLED: '1' },
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
});
