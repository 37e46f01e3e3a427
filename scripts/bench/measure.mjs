// Runs one build and measures it from the outside.
//
// - wall seconds, CPU seconds (user + sys, all waited-for processes) and peak RSS from GNU
//   time (`/usr/bin/time -f '%e %M %U %S'`). CPU seconds suffer less than wall seconds when
//   other work shares the machine (though not nothing: caches, SMT, frequency). %M is the largest
//   maximum resident set size of any single process the command waited for (getrusage
//   RUSAGE_CHILDREN keeps the max, not the sum): here that is the Node process running Astro.
// - peak RSS of the whole process tree (Node + the Pagefind binary + anything else it spawns),
//   by sampling /proc every 100 ms and summing VmRSS over the descendants of the command.
//   Short spikes between samples are missed; shared pages are counted once per process.
// - every output line with the milliseconds since start, so phases can be timed from outside
//   src/ (content sync, vite build, each route group's rendering, Pagefind).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** pid → ppid for every process, from /proc/<pid>/stat. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name in parentheses, which may contain spaces.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), Number(rest[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function rssBytes(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/**
 * The process's program (`node`, `pagefind_extended`, `esbuild`): the file name of its argv[0].
 * Not /proc/<pid>/comm, which Node sets to its main thread's name, "MainThread".
 */
function commandName(pid) {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return argv0.split('/').pop() || '?';
  } catch {
    return '?';
  }
}

/** Sum of RSS over `root` and all its descendants, and each process's share (by command name). */
function treeRss(root) {
  const table = processTable();
  const children = new Map();
  for (const [pid, ppid] of table) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  let count = 0;
  const byProcess = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    const bytes = rssBytes(pid);
    total += bytes;
    count++;
    byProcess.push({ name: commandName(pid), bytes });
    for (const child of children.get(pid) ?? []) stack.push(child);
  }
  return { total, count, byProcess };
}

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Runs `command` (argv array) under GNU time. Resolves with
 * { ok, code, seconds, cpuSeconds, maxRssKb, treePeakBytes, treePeakProcesses, treePeakByProcess, lines: [{ t, text }], log }.
 * `logFile` gets the timestamped output; `echo` streams it to our stdout as well.
 */
export function runMeasured(command, { cwd, env, logFile, echo = false, sampleMs = 100 }) {
  return new Promise((resolve) => {
    const timeFile = `${logFile}.time`;
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, ...command], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = [];
    const onData = (stream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const t = performance.now() - started;
        pending += chunk;
        const parts = pending.split('\n');
        pending = parts.pop();
        for (const part of parts) {
          const text = part.replace(ANSI, '');
          lines.push({ t, text });
          if (echo) process.stdout.write(`  ${(t / 1000).toFixed(1).padStart(6)}s │ ${text}\n`);
        }
      });
      stream.on('end', () => {
        if (pending) lines.push({ t: performance.now() - started, text: pending.replace(ANSI, '') });
      });
    };
    onData(child.stdout);
    onData(child.stderr);

    let treePeak = 0;
    let treePeakProcesses = 0;
    let treePeakAt = 0;
    // Which processes made the peak: Astro's Node process and Pagefind's, each with its RSS then.
    let treePeakByProcess = [];
    // One point per second (the max within it), to tell in which phase memory peaks.
    const timeline = [];
    const sample = () => {
      const { total, count, byProcess } = treeRss(child.pid);
      const t = (performance.now() - started) / 1000;
      if (total > treePeak) {
        treePeak = total;
        treePeakProcesses = count;
        treePeakAt = t;
        treePeakByProcess = byProcess.filter((p) => p.bytes > 0).sort((a, b) => b.bytes - a.bytes);
      }
      const second = Math.floor(t);
      if (timeline.length && timeline.at(-1)[0] === second) timeline.at(-1)[1] = Math.max(timeline.at(-1)[1], total);
      else timeline.push([second, total]);
    };
    const timer = setInterval(sample, sampleMs);

    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let seconds = wallMs / 1000;
      let maxRssKb = 0;
      let cpuSeconds;
      if (existsSync(timeFile)) {
        // The last line is ours; GNU time writes "Command exited with non-zero status N" before it.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ');
        seconds = Number(last[0]);
        maxRssKb = Number(last[1]);
        cpuSeconds = Number(last[2]) + Number(last[3]);
      }
      const log = lines.map(({ t, text }) => `${(t / 1000).toFixed(3).padStart(9)} ${text}`).join('\n');
      writeFileSync(logFile, `${log}\n`);
      resolve({ ok: code === 0, code, seconds, cpuSeconds, wallMs, maxRssKb, treePeakBytes: treePeak, treePeakProcesses, treePeakAt, treePeakByProcess, rssTimeline: timeline, lines, log });
    });
  });
}

/** The route a built file belongs to: `/papers/abc/card/index.html` → `/papers/[slug]/card/`. */
export function routeOf(path) {
  return path
    .replace(/index\.html$/, '')
    .replace(/^\/papers\/[^/]+\//, '/papers/[slug]/')
    .replace(/^\/p\/[^/]+\//, '/p/[id]/')
    .replace(/^\/og\/topics\/[^/]+\.png$/, '/og/topics/[id].png')
    .replace(/^\/topics\/[^/]+\//, '/topics/[id]/');
}

/**
 * Phase timings from the timestamped Astro log (seconds, measured outside src/):
 * - contentSync: "[content] Syncing content" → "[content] Synced content" (loaders, markdown)
 * - startupToTypes: process start → "[types] Generated" (config load, vite, sync, types)
 * - bundle: "Building static entrypoints" → "generating static routes" (vite SSR + client build)
 * - renderAll: "generating static routes" → its "✓ Completed in"
 * - buildDoneHooks: routes done → "N page(s) built" (astro:build:done: sitemap, and Pagefind
 *   or, for our site, what is left of the search index and short links made during rendering)
 * - mapLayout / mapMethod: the seconds and method of the survey map's layout, as the build
 *   logs them ("[map] laid out N papers by umap in S s", src/build/survey-source.ts): wall
 *   seconds in the analysis worker, overlapping the main thread's content sync
 * - routes: per route, pages, the sum of the "(+Nms)" Astro prints and the sum of the gaps
 *   between consecutive page lines (the gap before a route's first page includes its
 *   getStaticPaths). Astro 7 prints no route headers, so pages are grouped by URL shape.
 */
export function phases(lines) {
  const find = (re, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i].text)) return i;
    return -1;
  };
  const at = (i) => (i >= 0 ? lines[i].t / 1000 : undefined);
  const out = {};
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/);
  if (syncStart >= 0 && syncEnd >= 0) out.contentSync = at(syncEnd) - at(syncStart);
  const typesEnd = find(/\[types\] Generated/);
  if (typesEnd >= 0) out.startupToTypes = at(typesEnd);
  const entryStart = find(/Building static entrypoints/);
  const routesStart = find(/generating static routes/);
  if (entryStart >= 0 && routesStart >= 0) out.bundle = at(routesStart) - at(entryStart);
  const routesDone = routesStart >= 0 ? find(/✓ Completed in/, routesStart) : -1;
  if (routesDone >= 0) out.renderAll = at(routesDone) - at(routesStart);
  const buildDone = find(/page\(s\) built in/);
  if (routesDone >= 0 && buildDone >= 0) out.buildDoneHooks = at(buildDone) - at(routesDone);
  if (lines.length) out.lastLine = lines.at(-1).t / 1000;
  const mapLine = find(/\[map\] laid out \d+ papers by \w+ in [\d.]+ s/);
  if (mapLine >= 0) {
    const [, method, seconds] = lines[mapLine].text.match(/by (\w+) in ([\d.]+) s/);
    out.mapLayout = Number(seconds);
    out.mapMethod = method;
  }

  const routes = new Map();
  if (routesStart >= 0) {
    let previous = lines[routesStart].t;
    for (let i = routesStart + 1; i < (routesDone >= 0 ? routesDone : lines.length); i++) {
      const page = lines[i].text.match(/[├└]─ (\S+) \(\+(\d+)ms\)/);
      if (!page) continue;
      const route = routeOf(page[1]);
      const entry = routes.get(route) ?? { route, pages: 0, reportedMs: 0, gapMs: 0 };
      entry.pages++;
      entry.reportedMs += Number(page[2]);
      entry.gapMs += lines[i].t - previous;
      previous = lines[i].t;
      routes.set(route, entry);
    }
  }
  out.routes = [...routes.values()].sort((a, b) => b.gapMs - a.gapMs).map((r) => ({ ...r, gapMs: Math.round(r.gapMs) }));
  return out;
}
