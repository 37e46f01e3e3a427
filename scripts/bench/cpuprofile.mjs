#!/usr/bin/env node
// Summarizes V8 .cpuprofile files (from `node --cpu-prof`): self time by function, by file or
// package, and inclusive ("on the stack") time by function, so a build's hot spots can be
// read without DevTools.
//
//   node scripts/bench/cpuprofile.mjs <file-or-dir>... [--top 30] [--json out.json]

import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a call frame's code lives: an npm package, a project file, a built chunk, Node itself. */
export function origin(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (pkg) return `npm:${pkg.at(-1).replace('node_modules/', '')}`;
  if (path.startsWith('node:')) return `node:${path.slice(5).split('/').slice(0, 2).join('/')}`;
  const src = path.match(/\/(src\/.*)$/);
  if (src) return src[1];
  const chunk = path.match(/\/((?:\.prerender|chunks|pages|_astro|entry)[^?]*)$/);
  if (chunk) return `built:${chunk[1]}`;
  return path;
}

/** Self and inclusive milliseconds per function and per origin for one profile. */
export function summarize(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByNode = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; attribute the interval to the next sample's node,
    // as DevTools does (close enough with a 1 ms sampling interval).
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    selfByNode.set(samples[i], (selfByNode.get(samples[i]) ?? 0) + dt);
  }
  const key = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${origin(url, functionName)}${url ? `:${lineNumber + 1}` : ''}`;
  };
  const selfByFunction = new Map();
  const selfByOrigin = new Map();
  const inclusive = new Map();
  const inclusiveOrigin = new Map();
  let total = 0;
  for (const [id, ms] of selfByNode) {
    const node = nodes.get(id);
    total += ms;
    const k = key(node);
    selfByFunction.set(k, (selfByFunction.get(k) ?? 0) + ms);
    const o = origin(node.callFrame.url, node.callFrame.functionName);
    selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + ms);
    // Inclusive: every distinct function / origin on this node's stack gets the time once.
    const seen = new Set();
    const seenOrigins = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur);
      const kk = key(n);
      if (!seen.has(kk)) {
        seen.add(kk);
        inclusive.set(kk, (inclusive.get(kk) ?? 0) + ms);
      }
      const oo = origin(n.callFrame.url, n.callFrame.functionName);
      if (!seenOrigins.has(oo)) {
        seenOrigins.add(oo);
        inclusiveOrigin.set(oo, (inclusiveOrigin.get(oo) ?? 0) + ms);
      }
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return {
    totalMs: Math.round(total),
    self: sorted(selfByFunction),
    selfByOrigin: sorted(selfByOrigin),
    inclusive: sorted(inclusive),
    inclusiveByOrigin: sorted(inclusiveOrigin),
  };
}

function profilesIn(paths) {
  const files = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) if (name.endsWith('.cpuprofile')) files.push(join(path, name));
    } else files.push(path);
  }
  return files;
}

/** Prints the summary of each profile (the largest first). */
export function report(paths, { top = 30 } = {}) {
  const results = profilesIn(paths)
    .map((file) => ({ file, ...summarize(JSON.parse(readFileSync(file, 'utf8'))) }))
    .sort((a, b) => b.totalMs - a.totalMs);
  const lines = [];
  const pct = (ms, total) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  for (const r of results) {
    lines.push(`\n=== ${r.file}: ${(r.totalMs / 1000).toFixed(1)} s sampled`);
    const block = (title, list) => {
      lines.push(`-- ${title}`);
      for (const { name, ms } of list.slice(0, top)) lines.push(`${String(ms).padStart(8)} ms ${pct(ms, r.totalMs)}  ${name}`);
    };
    block('self time by file / package', r.selfByOrigin);
    block('self time by function', r.self);
    block('inclusive time by file / package (time with it anywhere on the stack)', r.inclusiveByOrigin);
    block('inclusive time by function', r.inclusive);
  }
  return { text: lines.join('\n'), results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 30;
  const jsonIndex = args.indexOf('--json');
  const jsonOut = jsonIndex >= 0 ? args.splice(jsonIndex, 2)[1] : undefined;
  if (args.length === 0) {
    console.error('usage: node scripts/bench/cpuprofile.mjs <file.cpuprofile | dir>... [--top N] [--json out.json]');
    process.exit(2);
  }
  const { text, results } = report(args, { top });
  console.log(text);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results.map((r) => ({ ...r, self: r.self.slice(0, 200), inclusive: r.inclusive.slice(0, 200) })), null, 1));
}
