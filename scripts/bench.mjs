#!/usr/bin/env node
// Build benchmark: `npm run bench` (see --help).
//
// For each size N it generates N synthetic papers in the seed format (deterministic, see
// scripts/bench/generate.mjs), builds THIS project on them cold and warm, builds a bare FLOOR
// site (bench/floor: Astro + Tailwind + Pagefind, one markdown page per paper, nothing else)
// on the same papers, and reports time, peak memory, Pagefind index size and page weight
// against the targets. Everything it writes goes to a temp dir, except bench/results/.
//
// Plain ESM JavaScript on purpose: it runs on Node 24 without a TypeScript step.
// Longer than our modules usually are (about 450 lines) because it is the one script a reader
// follows from options to verdicts; generating, measuring and page weight live in scripts/bench/.

import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addOnePaper, editOneSeed, editTopicRules, generateCorpus, writeBibliography, writeFloorContent, writeSeeds } from './bench/generate.mjs';
import { phases, runMeasured } from './bench/measure.mjs';
import { dirBytes, htmlStats, pageWeight, typicalPaperPage } from './bench/pageweight.mjs';
import { report as profileReport } from './bench/cpuprofile.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const FLOOR = join(ROOT, 'bench/floor');
const RESULTS = join(ROOT, 'bench/results');
const TOPICS = join(ROOT, 'content/topics');
// The project's Node (24, a dev dependency) even when this script was started by another one.
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

const HELP = `Usage: npm run bench -- [options]      (or: node scripts/bench.mjs [options])

  --sizes a,b,c   paper counts to build (default 627,5000,20000)
  --huge          add 60000 to the sizes
  --seed N        generator seed (default 1)
  --repeat K      cold builds per size and site; the median is reported (default 1)
  --no-floor      skip the bare floor site
  --no-warm       skip the warm rebuilds (after no change, (a) one abstract edited in one seed
                  file, (b) one paper added, (c) one topic file's rules edited; each reports the
                  share of pages Astro rendered rather than copied from its incremental cache)
  --concurrency L also build cold at each page concurrency in L (e.g. 1,4; BUILD_CONCURRENCY),
                  besides the configured one: is concurrency 1 slower cold?
  --no-bib        skip the bibliography case (the same papers as one Better BibTeX-style .bib,
                  with authors, years, venues and ids; target: cold build ≤ 1.3× the dumps')
  --smoke         CI mode: --sizes 200 unless given, no floor, cold build + warm rebuild after
                  one seed edit, prints the table, writes nothing; exit 1 only if a build fails
  --profile       instead of benchmarking: one cold build of OUR site per size under
                  node --cpu-prof, then a summary of where the time goes
                  (bench/results/profile-<N>.txt; raw profiles kept with --keep)
  --keep          keep the temp dirs (seeds, dist, cache, logs) and print where they are
  --verbose       stream the build logs
  --render FILE   only re-print the tables of a results JSON and rewrite bench/results/latest.md
  --help`;

function parseArgs(argv) {
  const options = { sizes: undefined, concurrency: [], huge: false, seed: 1, repeat: 1, floor: true, warm: true, bib: true, smoke: false, profile: false, keep: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') options.sizes = value().split(',').map((s) => Number(s.trim().replace(/_/g, '')));
    else if (arg.startsWith('--sizes=')) options.sizes = arg.slice(8).split(',').map((s) => Number(s.trim().replace(/_/g, '')));
    else if (arg === '--concurrency') options.concurrency = value().split(',').map(Number);
    else if (arg === '--huge') options.huge = true;
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--repeat') options.repeat = Math.max(1, Number(value()));
    else if (arg === '--no-floor') options.floor = false;
    else if (arg === '--no-warm') options.warm = false;
    else if (arg === '--no-bib') options.bib = false;
    else if (arg === '--smoke') options.smoke = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n\n${HELP}`);
  }
  options.sizes ??= options.smoke ? [200] : [627, 5000, 20000];
  if (options.huge && !options.sizes.includes(60000)) options.sizes.push(60000);
  if (options.smoke) options.floor = false;
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be positive integers`);
  return options;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const fmtS = (s) => (s === undefined ? '–' : `${s.toFixed(1)}`);
const fmtMB = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / MIB)}`);
const pct = (part, whole) => (part === undefined || !whole ? undefined : (100 * part) / whole);
const fmtPct = (p) => (p === undefined ? '–' : `${p.toFixed(0)}%`);

function gitInfo() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'content', 'astro.config.mjs'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
    return { head, dirtyFiles: dirty };
  } catch {
    return undefined;
  }
}

/** One measured build. `kind` names the log file. */
async function build({ site, kind, dirs, options, profileDir, extraEnv = {} }) {
  const isFloor = site === 'floor';
  const nodeFlags = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const command = [NODE, ...nodeFlags, ASTRO, 'build', '--root', isFloor ? FLOOR : ROOT];
  const env = isFloor
    ? { FLOOR_CONTENT_DIR: dirs.floorContent, OUT_DIR: dirs.floorOut, ASTRO_CACHE_DIR: dirs.floorCache }
    : { SEEDS_DIR: dirs.seeds, TOPICS_DIR: dirs.topics, OUT_DIR: dirs.out, ASTRO_CACHE_DIR: dirs.cache, ...extraEnv };
  // Flush what earlier builds left to write (a 20,000-paper dist is over a gigabyte), so no build
  // pays for the previous one's disk writes.
  try {
    execFileSync('sync');
  } catch {
    // not on Linux/macOS: nothing to flush this way
  }
  const load = loadavg()[0];
  if (options.verbose) console.log(`\n  ── ${site} ${kind} ──`);
  // cwd is the temp dir, not the project: with an OUT_DIR outside the cwd, Astro 7 writes its
  // prerender bundle to <cwd>/.astro/.prerender/, which concurrent builds from /work/main
  // (tests/build, other people) would share and delete under us. See dirs.cwd.
  const run = await runMeasured(command, { cwd: dirs.cwd, env, logFile: join(dirs.logs, `${site}-${kind}.log`), echo: options.verbose });
  const text = run.lines.map((l) => l.text).join('\n');
  const result = {
    ok: run.ok,
    exitCode: run.code,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    maxRssBytes: run.maxRssKb * 1024,
    treePeakBytes: run.treePeakBytes,
    treePeakProcesses: run.treePeakProcesses,
    // [command name, MB] of each process at the tree's peak, largest first.
    treePeakByProcess: run.treePeakByProcess.map(({ name, bytes }) => [name, Math.round(bytes / MIB)]),
    treePeakAt: run.treePeakAt,
    // [second, bytes] pairs: RSS of the process tree, max per second.
    rssTimeline: run.rssTimeline.map(([t, bytes]) => [t, Math.round(bytes / MIB)]),
    loadAvgBefore: load,
    loadAvgAfter: loadavg()[0],
    papers: Number(text.match(/→ (\d+) unique papers/)?.[1] ?? NaN) || undefined,
    pagesBuilt: Number(text.match(/(\d+) page\(s\) built/)?.[1] ?? NaN) || undefined,
    pagefindPages: Number(text.match(/Pagefind indexed (\d+) pages/)?.[1] ?? NaN) || undefined,
    ...pageCounts(run.lines),
    phases: phases(run.lines),
  };
  if (!run.ok) {
    const tail = run.lines.slice(-25).map((l) => `    ${l.text}`).join('\n');
    console.error(`\n  ✗ ${site} ${kind} build failed (exit ${run.code}); last lines:\n${tail}\n  full log: ${join(dirs.logs, `${site}-${kind}.log`)}`);
  }
  const peak = Math.max(result.maxRssBytes, result.treePeakBytes);
  console.log(`  ${site.padEnd(5)} ${kind.padEnd(11)} ${run.ok ? '✓' : '✗'} ${fmtS(result.seconds).padStart(7)} s  cpu ${fmtS(result.cpuSeconds).padStart(7)} s  peak ${fmtMB(peak).padStart(5)} MB  (load ${load.toFixed(1)})`);
  return result;
}

/**
 * Pages Astro listed while generating: each "├─ /path" line, reused ones marked "(cached)" (kept
 * in the out dir) or "(restored)" (copied from its incremental cache), the rest rendered.
 */
function pageCounts(lines) {
  // Astro writes a rendered page's line and its time in two calls: several can share a line.
  let listed = 0;
  let reused = 0;
  for (const { text } of lines) {
    listed += text.split('├─ /').length - 1;
    reused += text.match(/\((cached|restored)\)/g)?.length ?? 0;
  }
  return { pagesListed: listed, pagesRendered: listed - reused, pagesReused: reused };
}

async function coldBuilds({ site, dirs, options, kind = 'cold', extraEnv }) {
  const runs = [];
  for (let r = 0; r < options.repeat; r++) {
    rmSync(site === 'floor' ? dirs.floorCache : dirs.cache, { recursive: true, force: true });
    rmSync(site === 'floor' ? dirs.floorOut : dirs.out, { recursive: true, force: true });
    runs.push(await build({ site, kind: options.repeat > 1 ? `${kind}-${r + 1}` : kind, dirs, options, extraEnv }));
    if (!runs.at(-1).ok) break;
  }
  const ok = runs.every((run) => run.ok);
  const chosen = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)];
  return { ...chosen, ok, runs: runs.length > 1 ? runs.map((run) => run.seconds) : undefined, secondsMedian: median(runs.map((run) => run.seconds)) };
}

/** Output facts of a finished build: Pagefind bytes, HTML pages, largest page, page weight. */
function outputFacts(outDir, { weight }) {
  const html = htmlStats(outDir);
  const facts = { pagefindBytes: dirBytes(join(outDir, 'pagefind')), distBytes: dirBytes(outDir), htmlPages: html.count, largestHtml: html.largest };
  if (weight) {
    const page = typicalPaperPage(outDir);
    if (page) facts.pageWeight = pageWeight(outDir, page);
  }
  return facts;
}

async function benchSize(n, options) {
  const tmp = mkdtempSync(join(tmpdir(), `survey-bench-${n}-`));
  const dirs = {
    tmp,
    seeds: join(tmp, 'seeds'),
    // A copy of the taxonomy (TOPICS_DIR), so the topic-rules edit leaves content/topics alone.
    topics: join(tmp, 'topics'),
    out: join(tmp, 'dist'),
    cache: join(tmp, 'cache'),
    floorContent: join(tmp, 'floor-content'),
    floorOut: join(tmp, 'floor-dist'),
    floorCache: join(tmp, 'floor-cache'),
    logs: join(tmp, 'logs'),
  };
  mkdirSync(dirs.logs, { recursive: true });
  // Builds run with the temp dir as cwd (see build()), so the prerender bundle lands in
  // <tmp>/dist/.prerender/. Its chunks import packages, hence the node_modules link; and
  // src/loaders/topics-loader.ts resolves 'content/topics' against the cwd, hence the content link.
  dirs.cwd = tmp;
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'));
  symlinkSync(join(ROOT, 'content'), join(tmp, 'content'));
  console.log(`\n▶ N = ${n}  (${tmp})`);
  const t0 = performance.now();
  const corpus = generateCorpus({ papers: n, seed: options.seed });
  const seedBytes = writeSeeds(corpus, dirs.seeds);
  cpSync(TOPICS, dirs.topics, { recursive: true });
  if (options.floor) writeFloorContent(corpus, dirs.floorContent);
  const entries = corpus.files.reduce((sum, file) => sum + file.entries.length, 0);
  console.log(`  generated ${n} papers, ${entries} entries (${corpus.duplicates} duplicates) in ${corpus.files.length} files, ${(seedBytes / MIB).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const result = { n, seed: options.seed, seedFiles: corpus.files.length, seedEntries: entries, duplicateEntries: corpus.duplicates, seedBytes, tmp: options.keep ? tmp : undefined };
  try {
    if (options.profile) {
      const profileDir = join(tmp, 'profile');
      mkdirSync(profileDir, { recursive: true });
      result.ours = { cold: await build({ site: 'ours', kind: 'cold-profiled', dirs, options, profileDir }) };
      const { text } = profileReport([profileDir], { top: 40 });
      const summary = `CPU profile of a cold build at N=${n} (node --cpu-prof, main thread and workers)\n` +
        `phases (s, from log timestamps): ${JSON.stringify({ ...result.ours.cold.phases, routes: undefined })}\n` +
        `routes:\n${result.ours.cold.phases.routes.map((r) => `  ${r.route.padEnd(28)} ${String(r.pages).padStart(6)} pages ${String(r.gapMs).padStart(8)} ms (sum of +ms: ${r.reportedMs})`).join('\n')}\n${text}\n`;
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, `profile-${n}.txt`), summary);
      console.log(`  profile summary: ${join(RESULTS, `profile-${n}.txt`)}${options.keep ? `, raw profiles: ${profileDir}` : ''}`);
      return result;
    }

    // Cold builds at other page concurrencies first: the warm rebuilds start from the configured one.
    const byConcurrency = {};
    for (const c of options.concurrency) {
      byConcurrency[c] = await coldBuilds({ site: 'ours', dirs, options, kind: `cold-c${c}`, extraEnv: { BUILD_CONCURRENCY: String(c) } });
      if (!byConcurrency[c].ok) return { ...result, ours: { byConcurrency }, failed: true };
    }
    const cold = await coldBuilds({ site: 'ours', dirs, options });
    result.ours = { cold, byConcurrency: options.concurrency.length ? byConcurrency : undefined };
    if (!cold.ok) return { ...result, failed: true };
    Object.assign(result.ours, outputFacts(dirs.out, { weight: true }));

    if (options.warm) {
      // Each warm build starts from the previous one's out dir and cache: an author's edits in a row.
      const warm = {};
      const warmBuild = async (name, kind, edit) => {
        const edited = edit?.();
        warm[name] = { ...(await build({ site: 'ours', kind, dirs, options })), ...(edited ? { edited } : {}) };
        return warm[name].ok;
      };
      if (options.smoke) await warmBuild('seedEdit', 'warm-edit', () => editOneSeed(corpus, dirs.seeds));
      else {
        (await warmBuild('noChange', 'warm-none')) &&
          (await warmBuild('seedEdit', 'warm-edit', () => editOneSeed(corpus, dirs.seeds))) &&
          (await warmBuild('paperAdded', 'warm-add', () => addOnePaper(corpus, dirs.seeds))) &&
          (await warmBuild('topicRules', 'warm-topic', () => editTopicRules(dirs.topics)));
      }
      result.ours.warm = warm;
      if (Object.values(warm).some((w) => !w.ok)) result.failed = true;
    }

    if (options.bib) {
      // The same survey from a bibliography: the parse and merge paths instead of the dump parser.
      const bibDirs = { ...dirs, seeds: join(tmp, 'bib-seeds'), topics: TOPICS, out: join(tmp, 'bib-dist'), cache: join(tmp, 'bib-cache') };
      const bibBytes = writeBibliography(corpus, bibDirs.seeds, options.seed);
      const bibCold = await coldBuilds({ site: 'ours', dirs: bibDirs, options, kind: 'cold-bib' });
      result.bib = { cold: bibCold, seedBytes: bibBytes };
      if (!bibCold.ok) result.failed = true;
      rmSync(bibDirs.out, { recursive: true, force: true });
    }

    if (options.floor) {
      const floorCold = await coldBuilds({ site: 'floor', dirs, options });
      result.floor = { cold: floorCold };
      if (!floorCold.ok) result.failed = true;
      else Object.assign(result.floor, outputFacts(dirs.floorOut, { weight: false }));
    }
    return result;
  } finally {
    if (!options.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

const peakOf = (build) => (build ? Math.max(build.maxRssBytes ?? 0, build.treePeakBytes ?? 0) : undefined);
const markVerdict = (ok) => (ok === undefined ? '' : ok ? ' PASS' : ' FAIL');

/** Warm rebuild after one abstract edit, as a share of the cold build (issue 20). */
const WARM_EDIT_TARGET = { 5000: 0.4, 20000: 0.25 };

/** Target verdicts for one size (undefined where a target does not apply). */
function verdicts(r) {
  const out = {};
  const ours = r.ours?.cold;
  const floor = r.floor?.cold;
  if (ours?.ok && floor?.ok) {
    out.ratio = ours.seconds / floor.seconds;
    if (ours.cpuSeconds && floor.cpuSeconds) out.cpuRatio = ours.cpuSeconds / floor.cpuSeconds;
    if (r.n === 627 || r.n === 20000) out.coldVsFloor = out.ratio <= 1.3;
  }
  if (r.n === 60000 && ours?.ok) out.huge6GiB = peakOf(ours) < 6 * GIB;
  if (r.n === 20000 && ours?.ok && floor?.ok) out.memoryVsFloor = peakOf(ours) <= 1.2 * peakOf(floor);
  const edit = r.ours?.warm?.seedEdit;
  const warmTarget = WARM_EDIT_TARGET[r.n];
  if (edit?.ok && ours?.ok && warmTarget) out.warmEdit = edit.seconds <= warmTarget * ours.seconds;
  const bib = r.bib?.cold;
  if (bib?.ok && ours?.ok) {
    out.bibRatio = bib.seconds / ours.seconds;
    out.bibVsDumps = out.bibRatio <= 1.3;
  }
  return out;
}

/** The processes at a build's memory peak with their MB ("node 2,893, pagefind_extended 2,253"), after `lead`; '' when not sampled. */
function peakProcesses(build, lead) {
  const processes = (build.treePeakByProcess ?? []).filter(([, mb]) => mb >= 1);
  return processes.length ? `${lead}${processes.map(([name, mb]) => `${name} ${mb.toLocaleString('en')}`).join(', ')}` : '';
}

/** The largest HTML page a build may write, at any size (issue 16): 500 KB. */
const LARGEST_HTML_BYTES = 500 * 1024;

function tables(results, { judge = true } = {}) {
  const mark = (ok) => (judge ? markVerdict(ok) : '');
  const head = ['N', 'papers', 'ours cold s (cpu s)', 'cold s at concurrency 1 / 4', 'floor cold s (cpu s)', 'ratio wall (≤1.3×)', 'ratio cpu', 'ours peak MB (≤1.2× floor at 20k)', 'floor peak MB', 'Pagefind MB (ours/floor)', 'HTML pages (ours/floor)', 'largest HTML KB (≤500)', 'warm no change s', 'warm (a) abstract edit s (≤40% at 5k, ≤25% at 20k)', 'warm (b) paper added s', 'warm (c) topic rules s', 'bib cold s (≤1.3× dumps)'];
  const rows = results.map((r) => {
    const v = verdicts(r);
    const cold = r.ours?.cold;
    const warm = r.ours?.warm ?? {};
    // Time (share of the cold build's), and the share of pages rendered rather than reused.
    const w = (build) => (build ? `${fmtS(build.seconds)} (${fmtPct(pct(build.seconds, cold?.seconds))}); ${fmtPct(pct(build.pagesRendered, build.pagesListed))} of pages rendered` : '–');
    const byC = r.ours?.byConcurrency;
    return [
      String(r.n),
      String(cold?.papers ?? '–'),
      r.failed && !cold?.ok ? 'FAILED' : `${fmtS(cold?.seconds)} (${fmtS(cold?.cpuSeconds)})`,
      byC ? `${fmtS(byC[1]?.seconds)} / ${fmtS(byC[4]?.seconds)}` : '–',
      r.floor?.cold ? `${fmtS(r.floor.cold.seconds)} (${fmtS(r.floor.cold.cpuSeconds)})` : '–',
      v.ratio === undefined ? '–' : `${v.ratio.toFixed(2)}×${mark(v.coldVsFloor)}`,
      v.cpuRatio === undefined ? '–' : `${v.cpuRatio.toFixed(2)}×`,
      `${fmtMB(peakOf(cold))}${mark(v.huge6GiB ?? v.memoryVsFloor)}`,
      fmtMB(peakOf(r.floor?.cold)),
      `${r.ours?.pagefindBytes !== undefined ? (r.ours.pagefindBytes / MIB).toFixed(1) : '–'} / ${r.floor?.pagefindBytes !== undefined ? (r.floor.pagefindBytes / MIB).toFixed(1) : '–'}`,
      `${r.ours?.htmlPages ?? '–'} / ${r.floor?.htmlPages ?? '–'}`,
      // No page a phone must open in full may grow with the survey: topic pages and the paper index are paginated.
      r.ours?.largestHtml ? `${Math.round(r.ours.largestHtml.bytes / 1024).toLocaleString('en')}${mark(r.ours.largestHtml.bytes <= LARGEST_HTML_BYTES)}` : '–',
      w(warm.noChange),
      `${w(warm.seedEdit)}${mark(v.warmEdit)}`,
      w(warm.paperAdded),
      w(warm.topicRules),
      r.bib?.cold ? (r.bib.cold.ok ? `${fmtS(r.bib.cold.seconds)} (${v.bibRatio === undefined ? '–' : `${v.bibRatio.toFixed(2)}×`}${mark(v.bibVsDumps)})` : 'FAILED') : '–',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const text = [head, widths.map((w) => '─'.repeat(w)), ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
  const md = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  return { text, md };
}

function details(results) {
  const lines = [];
  for (const r of results) {
    const cold = r.ours?.cold;
    if (!cold) continue;
    lines.push(`N=${r.n}: ${r.seedFiles} seed files, ${r.seedEntries} entries (${r.duplicateEntries} duplicates), ${(r.seedBytes / MIB).toFixed(1)} MB of seeds`);
    const p = cold.phases ?? {};
    lines.push(`  ours cold phases (s): startup→types ${fmtS(p.startupToTypes)}, content sync ${fmtS(p.contentSync)}, bundle ${fmtS(p.bundle)}, render all routes ${fmtS(p.renderAll)}, after the pages (build:done) ${fmtS(p.buildDoneHooks)}`);
    if (p.mapLayout !== undefined) {
      lines.push(`  map layout (${p.mapMethod}, analysis worker, overlaps content sync): ${fmtS(p.mapLayout)} s, ${((100 * p.mapLayout) / cold.seconds).toFixed(1)}% of the cold build's wall time (target ≤ 15% at 20,000)`);
    }
    const at = cold.treePeakAt;
    const phaseAt = at === undefined ? undefined
      : at < (p.startupToTypes ?? 0) ? 'startup + content sync'
      : at < (p.startupToTypes ?? 0) + (p.bundle ?? 0) + 0.5 ? 'vite bundle'
      : at < (p.startupToTypes ?? 0) + (p.bundle ?? 0) + (p.renderAll ?? 0) + 0.5 ? 'rendering routes'
      : 'after the pages (build:done)';
    lines.push(`  ours peak RSS: largest process ${fmtMB(cold.maxRssBytes)} MB (GNU time %M), process tree ${fmtMB(cold.treePeakBytes)} MB (/proc samples, ${cold.treePeakProcesses} processes${peakProcesses(cold, ': ')}${at === undefined ? '' : `, at ${at.toFixed(0)} s: ${phaseAt}`})`);
    for (const route of (p.routes ?? []).slice(0, 8)) lines.push(`    ${route.route.padEnd(26)} ${String(route.pages).padStart(6)} pages  ${(route.gapMs / 1000).toFixed(1).padStart(6)} s`);
    if (r.ours.largestHtml) lines.push(`  largest HTML page: /${r.ours.largestHtml.file} ${r.ours.largestHtml.bytes.toLocaleString('en')} bytes; dist ${fmtMB(r.ours.distBytes)} MB`);
    const pw = r.ours.pageWeight;
    if (pw) {
      lines.push(`  paper page weight (/${pw.page}): ${pw.totals.bytes.toLocaleString('en')} B raw, ${pw.totals.gzip.toLocaleString('en')} B gzip (HTML ${pw.totals.htmlBytes.toLocaleString('en')}, CSS ${pw.totals.cssBytes.toLocaleString('en')} in ${pw.css.length} files, JS ${pw.totals.jsBytes.toLocaleString('en')} in ${pw.js.length} files; +${pw.lazyJs.reduce((s, f) => s + f.bytes, 0).toLocaleString('en')} B JS loaded on demand); render-blocking <head> scripts: ${pw.renderBlockingScripts.length ? pw.renderBlockingScripts.join(', ') : 'none'}`);
    }
    if (r.floor?.cold) {
      const fp = r.floor.cold.phases ?? {};
      lines.push(`  floor cold phases (s): startup→types ${fmtS(fp.startupToTypes)}, content sync ${fmtS(fp.contentSync)}, bundle ${fmtS(fp.bundle)}, render ${fmtS(fp.renderAll)}, Pagefind ${fmtS(fp.buildDoneHooks)}; largest HTML ${r.floor.largestHtml?.bytes?.toLocaleString('en')} B; peak ${fmtMB(r.floor.cold.treePeakBytes)} MB at ${r.floor.cold.treePeakAt?.toFixed(0)} s${peakProcesses(r.floor.cold, ': ')}`);
    }
    for (const [c, build] of Object.entries(r.ours.byConcurrency ?? {})) {
      lines.push(`  cold at page concurrency ${c}: ${fmtS(build.seconds)} s wall, ${fmtS(build.cpuSeconds)} s cpu, peak ${fmtMB(peakOf(build))} MB, render all routes ${fmtS(build.phases?.renderAll)} s`);
    }
    for (const [name, build] of Object.entries(r.ours.warm ?? {})) {
      lines.push(`  warm ${name}: ${fmtS(build.seconds)} s, ${build.pagesRendered ?? '–'} of ${build.pagesListed ?? '–'} pages rendered, content sync ${fmtS(build.phases?.contentSync)} s, render ${fmtS(build.phases?.renderAll)} s, after the pages ${fmtS(build.phases?.buildDoneHooks)} s${build.edited ? ` (${JSON.stringify(build.edited)})` : ''}`);
    }
    const loads = [...Object.values(r.ours.byConcurrency ?? {}), cold, r.floor?.cold, ...Object.values(r.ours.warm ?? {})].filter(Boolean).map((b) => b.loadAvgBefore.toFixed(1));
    lines.push(`  1-min load average before each build: ${loads.join(', ')} (on ${cpus().length} CPUs)`);
  }
  return lines.join('\n');
}

function markdownReport(record) {
  const { md } = tables(record.results);
  const detailText = details(record.results);
  const { machine, git } = record;
  return (
    `# Build benchmark (${record.date})\n\nNode ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel ?? '?'})` +
    `${git ? `, commit ${git.head}${git.dirtyFiles ? ` + ${git.dirtyFiles} uncommitted files in src/, content/, astro.config.mjs` : ''}` : ''}; ` +
    `generator seed ${record.results[0]?.seed ?? '?'}. Sizes measured at: ${record.results.map((r) => `${r.n} ${r.date?.slice(11, 16) ?? ''}`).join(', ')} (UTC). ` +
    `Wall-clock on a shared 2-CPU machine with other builds and tests running: noisy, see the load averages below.\n\n${md}\n\n` +
    `Targets: cold ≤ 1.3× floor at 627 and 20,000; 20,000 peak ≤ 1.2× the floor's; 60,000 under 6 GiB peak; warm after one abstract edit ≤ 40% of cold at 5,000 and ≤ 25% at 20,000 (judged on wall seconds). ` +
    `Peak MB = max(GNU time %M of the largest process, sampled process-tree RSS). cpu s = user + sys.\n\n\`\`\`\n${detailText}\n\`\`\`\n`
  );
}

const FOOTNOTES = [
  'Targets: cold ≤ 1.3× floor at 627 and 20,000 papers; peak ≤ 1.2× the floor\'s at 20,000; 60,000 papers under 6 GiB peak; warm rebuild after one abstract edit ≤ 40% of cold at 5,000 and ≤ 25% at 20,000; no HTML page over 500 KB.',
  'Warm rebuilds run in a row on the cold build\'s out dir and cache: (a) one abstract edited in one seed file, (b) one paper added, (c) one topic file\'s rules edited; "% of pages rendered" counts the pages Astro rendered rather than reused from its incremental cache.',
  "Peak MB = max(GNU time %M of the largest process, sampled sum over the process tree). cpu s = user + sys of the build's processes (less sensitive to a busy machine than wall s). Targets are judged on wall s.",
];

/**
 * Writes bench/results/bench-<date>-<commit>.json and latest.md. Called after each size, so a
 * long run that is stopped keeps the sizes it finished.
 */
function saveResults(results, { options, git, nodeVersion }) {
  mkdirSync(RESULTS, { recursive: true });
  // One file per day and commit: a later run of the same code replaces the sizes it measured and
  // keeps the others, and a run of other code leaves the file a report cites alone.
  const file = join(RESULTS, `bench-${new Date().toISOString().slice(0, 10)}${git ? `-${git.head}` : ''}.json`);
  let kept = [];
  if (existsSync(file)) {
    try {
      kept = JSON.parse(readFileSync(file, 'utf8')).results.filter((r) => r.seed === options.seed && !results.some((x) => x.n === r.n));
    } catch {
      kept = [];
    }
  }
  const record = {
    date: new Date().toISOString(),
    machine: { node: nodeVersion, cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemBytes: totalmem() },
    git,
    notes: [
      'seconds: GNU time %e (wall) of `node astro.mjs build`, including Pagefind; cpuSeconds: %U + %S.',
      'maxRssBytes: GNU time %M (largest single process, the Node process running Astro); treePeakBytes: max over 100 ms samples of the summed VmRSS of the process tree.',
      'warm builds reuse the cold build cache dir (Astro data store and incremental page cache) and out dir, in a row: none, (a) abstract edit, (b) paper added, (c) topic rules; pagesRendered/pagesListed from the "├─ /path" lines of the build log, reused pages marked (cached) or (restored).',
      'byConcurrency: cold builds with BUILD_CONCURRENCY=c (page concurrency), before the configured cold build.',
      'results are per size; each has its own date, options and git state (a later run of the same commit the same day replaces the sizes it measured).',
    ],
    results: [...kept, ...results.map((r) => ({ ...r, options: { ...options, sizes: undefined }, verdicts: verdicts(r) }))].sort((a, b) => a.n - b.n),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), markdownReport(record));
  console.log(`Wrote ${file.replace(`${ROOT}/`, '')} and bench/results/latest.md`);
}

async function main() {
  const renderIndex = process.argv.indexOf('--render');
  if (renderIndex >= 0) {
    // Re-print the tables of a results file and rewrite bench/results/latest.md from it.
    const record = JSON.parse(readFileSync(resolve(process.argv[renderIndex + 1]), 'utf8'));
    console.log(`${tables(record.results).text}\n\n${details(record.results)}\n\n${FOOTNOTES.join('\n')}`);
    writeFileSync(join(RESULTS, 'latest.md'), markdownReport(record));
    return 0;
  }
  const options = parseArgs(process.argv.slice(2));
  const major = Number(process.versions.node.split('.')[0]);
  const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`survey-site build bench: sizes ${options.sizes.join(', ')}${options.floor ? ' + floor' : ''}${options.smoke ? ' (smoke)' : ''}${options.profile ? ' (profile)' : ''}; builds run on Node ${nodeVersion}${major < 22 ? ` (this script on ${process.version})` : ''}; ${cpus().length} CPUs, ${Math.round(totalmem() / GIB)} GiB RAM`);
  console.log('Timings are wall-clock on a possibly shared machine: compare within one run, not across machines.');
  const git = gitInfo();
  const results = [];
  for (const n of options.sizes) {
    results.push({ date: new Date().toISOString(), git, ...(await benchSize(n, options)) });
    if (!options.smoke && !options.profile) saveResults(results, { options, git, nodeVersion });
    if (results.at(-1).failed) break;
  }
  if (options.profile) return results.some((r) => r.failed || !r.ours?.cold?.ok) ? 1 : 0;

  // Smoke runs assert nothing about time: no PASS/FAIL there.
  const { text } = tables(results, { judge: !options.smoke });
  console.log(`\n${text}\n\n${details(results)}\n\n${FOOTNOTES.join('\n')}`);

  return results.some((r) => r.failed) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
