import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` on a seeds folder into a fresh temporary directory, with its own cache so
 * it never disturbs the main `dist/` or another build running beside it.
 */
// Vitest exports Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; an
// `astro build` that inherited them would take BASE_URL=/ over the BASE it is given.
const TEST_RUNNER_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

export function cleanEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)));
}

export function buildSite(seedsDir: string, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'survey-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...cleanEnvironment(), SEEDS_DIR: seedsDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
