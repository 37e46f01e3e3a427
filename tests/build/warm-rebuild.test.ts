import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOnePaper, editOneSeed, editTopicRules, generateCorpus, writeSeeds } from '../../scripts/bench/generate.mjs';
import { cleanEnvironment } from './build-helpers.ts';

/**
 * A warm rebuild (Astro's incremental cache, src/build/page-key.ts) must equal a clean build of
 * the same inputs byte for byte: a page key that misses an input leaves a stale page. One
 * lineage of builds is edited step by step and reuses its out dir and cache; after each step a
 * clean build of the same seeds and topics, with a cache of its own, is compared with it.
 */

const ROOT = join(import.meta.dirname, '../..');

interface Build {
  status: number | null;
  output: string;
}

/**
 * `astro build` of `seeds` and `topics` into `out` with the cache `cache`. Each build runs in a
 * cwd of its own: Astro puts its prerender bundle under the cwd, and two builds run at once.
 */
function build(dirs: { seeds: string; topics: string; out: string; cache: string; cwd: string }): Promise<Build> {
  mkdirSync(dirs.cwd, { recursive: true });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dirs.cwd, 'node_modules'));
  } catch {
    // already linked by an earlier build of this lineage
  }
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', ROOT], {
      cwd: dirs.cwd,
      env: { ...cleanEnvironment(), SEEDS_DIR: dirs.seeds, TOPICS_DIR: dirs.topics, OUT_DIR: dirs.out, ASTRO_CACHE_DIR: dirs.cache, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

function filesOf(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]));
}

/** The files that differ between two trees: missing on one side, or other bytes. */
function differences(warmDir: string, cleanDir: string): string[] {
  const warm = filesOf(warmDir);
  const clean = filesOf(cleanDir);
  const out: string[] = [];
  for (const [file, bytes] of clean) {
    const other = warm.get(file);
    if (!other) out.push(`${file}: only in the clean build`);
    else if (!other.equals(bytes)) out.push(`${file}: differs`);
  }
  for (const file of warm.keys()) if (!clean.has(file)) out.push(`${file}: only in the warm build`);
  return out.sort();
}

/** Pages the build copied from its incremental cache or kept, rather than rendered. */
const reusedPages = (output: string) => output.match(/\((cached|restored)\)/g)?.length ?? 0;

describe('a warm rebuild equals a clean build of the same inputs', () => {
  const work = mkdtempSync(join(tmpdir(), 'survey-warm-'));
  const seeds = join(work, 'seeds');
  const topics = join(work, 'topics');
  const lineage = { seeds, topics, out: join(work, 'warm/dist'), cache: join(work, 'warm/cache'), cwd: join(work, 'warm') };
  const clean = (name: string) => ({ seeds, topics, out: join(work, `${name}/dist`), cache: join(work, `${name}/cache`), cwd: join(work, name) });
  const corpus = generateCorpus({ papers: 60, seed: 5 });
  const steps: Record<string, { warm: Build; clean: Build; differences: string[]; edited: unknown }> = {};

  /** Edits the inputs, then builds warm (the lineage) and clean (a fresh cache) side by side. */
  async function step(name: string, edit: () => unknown) {
    const edited = edit();
    const [warm, cleanBuild] = await Promise.all([build(lineage), build(clean(name))]);
    // Compared now: the next step rebuilds the lineage's out dir.
    const ok = warm.status === 0 && cleanBuild.status === 0;
    steps[name] = { warm, clean: cleanBuild, differences: ok ? differences(lineage.out, clean(name).out) : [], edited };
  }

  beforeAll(async () => {
    writeSeeds(corpus, seeds);
    cpSync(join(ROOT, 'content/topics'), topics, { recursive: true });
    const first = await build(lineage);
    if (first.status !== 0) throw new Error(`the first build failed:\n${first.output.slice(-3000)}`);
    // (c) one topic file's rules edited: the map's layout, which reads no topics, comes from the
    // analysis cache (src/build/analysis-cache.ts), topics and related papers are computed again.
    await step('rules', () => editTopicRules(topics));
    // (a) one abstract edited and (b) one paper added, in one step to keep the test short.
    await step('abstract-and-paper', () => [editOneSeed(corpus, seeds), addOnePaper(corpus, seeds)]);
    // (d) a seed file removed: its papers' pages, short links and list data must leave the kept
    // output folder (src/build/output-tree.ts), which Astro no longer empties.
    await step('seed-removed', () => {
      const file = readdirSync(seeds).sort()[0]!;
      rmSync(join(seeds, file));
      return { removed: file };
    });
  }, 520_000);

  // Five builds of the site: about 100 MB.
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const stepNames = { rules: "one topic's rules edited", 'abstract-and-paper': 'one abstract edited and one paper added', 'seed-removed': 'a seed file removed' };
  for (const [name, what] of Object.entries(stepNames)) {
    it(`after ${what}: same files, same bytes`, () => {
      const { warm, clean: cleanBuild, differences: differing, edited } = steps[name]!;
      expect(warm.status, warm.output.slice(-3000)).toBe(0);
      expect(cleanBuild.status, cleanBuild.output.slice(-3000)).toBe(0);
      // The warm build did reuse pages, or this would compare two clean builds.
      expect(reusedPages(warm.output)).toBeGreaterThan(0);
      expect(reusedPages(cleanBuild.output)).toBe(0);
      if (name === 'rules') expect(warm.output).toMatch(/read from the analysis cache/);
      expect(differing, `edit: ${JSON.stringify(edited)}`).toEqual([]);
    });
  }
});
