// Page weight of a built site: one typical paper page's HTML + CSS + JS (Pagefind excluded),
// render-blocking scripts in <head>, and the largest HTML page.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file under `dir` (recursive), as paths relative to it. */
export function walk(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Total bytes under `dir`. */
export function dirBytes(dir) {
  if (!existsSync(dir)) return 0;
  return walk(dir).reduce((sum, rel) => sum + statSync(join(dir, rel)).size, 0);
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
const hasAttr = (tag, name) => new RegExp(`\\s${name}(?=[\\s=>/])`, 'i').test(tag);

/** Resolves a site URL to a file in the output dir, or undefined for external/Pagefind URLs. */
function fileOf(outDir, base, url, fromFile) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  let path = url.split(/[?#]/)[0];
  if (path.startsWith('/')) {
    if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  } else {
    path = posix.join(posix.dirname(`/${fromFile}`), path);
  }
  if (path.includes('/pagefind/')) return undefined;
  return path.replace(/^\//, '');
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * Weight of one page: { html, css: [{file, bytes, gzip}], js: [...], lazyJs: [...], totals,
 * renderBlockingScripts: [src…], headStylesheets }.
 * JS counts <script src> and everything those modules import statically; dynamic `import()`
 * targets are listed under lazyJs and not counted; Pagefind's files are left out.
 */
export function pageWeight(outDir, pageFile, base = '/') {
  const htmlBuffer = readFileSync(join(outDir, pageFile));
  const html = htmlBuffer.toString('utf8');
  const head = html.slice(0, Math.max(0, html.search(/<\/head>/i)));
  const css = new Map();
  const js = new Map();
  const lazy = new Map();

  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      const file = fileOf(outDir, base, href, pageFile);
      if (file && existsSync(join(outDir, file))) css.set(file, readFileSync(join(outDir, file)));
    } else if (rel === 'modulepreload') {
      const file = fileOf(outDir, base, href, pageFile);
      if (file && existsSync(join(outDir, file))) js.set(file, readFileSync(join(outDir, file)));
    }
  }
  const renderBlockingScripts = [];
  for (const tag of head.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (src && type !== 'module' && !hasAttr(tag, 'async') && !hasAttr(tag, 'defer')) renderBlockingScripts.push(src);
  }
  const queue = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (!src) continue;
    const file = fileOf(outDir, base, src, pageFile);
    if (file) queue.push(file);
  }
  // Inline module scripts can import chunks too.
  for (const body of html.match(/<script\b[^>]*type=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi) ?? []) {
    for (const m of body.matchAll(/(?:import|from)\s*["']([^"']+\.m?js)["']/g)) {
      const file = fileOf(outDir, base, m[1], pageFile);
      if (file) queue.push(file);
    }
  }
  while (queue.length) {
    const file = queue.shift();
    if (js.has(file) || !existsSync(join(outDir, file))) continue;
    const buffer = readFileSync(join(outDir, file));
    js.set(file, buffer);
    const code = buffer.toString('utf8');
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
      const dep = fileOf(outDir, base, m[1], file);
      if (dep) queue.push(dep);
    }
    for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      const dep = fileOf(outDir, base, m[1], file);
      if (dep && !js.has(dep) && existsSync(join(outDir, dep))) lazy.set(dep, readFileSync(join(outDir, dep)));
    }
  }
  const list = (map) => [...map].map(([file, buffer]) => ({ file, bytes: buffer.length, gzip: gz(buffer) }));
  const cssList = list(css);
  const jsList = list(js);
  const sum = (items, key) => items.reduce((total, item) => total + item[key], 0);
  const htmlItem = { file: pageFile, bytes: htmlBuffer.length, gzip: gz(htmlBuffer) };
  return {
    page: pageFile,
    html: htmlItem,
    css: cssList,
    js: jsList,
    lazyJs: list(lazy).filter((item) => !js.has(item.file)),
    totals: {
      bytes: htmlItem.bytes + sum(cssList, 'bytes') + sum(jsList, 'bytes'),
      gzip: htmlItem.gzip + sum(cssList, 'gzip') + sum(jsList, 'gzip'),
      htmlBytes: htmlItem.bytes,
      cssBytes: sum(cssList, 'bytes'),
      jsBytes: sum(jsList, 'bytes'),
      inlineScriptBytes: (html.match(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi) ?? []).reduce((n, s) => n + Buffer.byteLength(s), 0),
      inlineStyleBytes: (html.match(/<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? []).reduce((n, s) => n + Buffer.byteLength(s), 0),
    },
    renderBlockingScripts,
  };
}

/** The paper page of median HTML size (a "typical" one) under `papers/<slug>/index.html`. */
export function typicalPaperPage(outDir) {
  const dir = join(outDir, 'papers');
  if (!existsSync(dir)) return undefined;
  const pages = readdirSync(dir)
    .map((slug) => `papers/${slug}/index.html`)
    .filter((file) => existsSync(join(outDir, file)))
    .map((file) => ({ file, bytes: statSync(join(outDir, file)).size }))
    .sort((a, b) => a.bytes - b.bytes || (a.file < b.file ? -1 : 1));
  return pages[Math.floor(pages.length / 2)]?.file;
}

/** HTML page count and the largest HTML page, excluding Pagefind's files. */
export function htmlStats(outDir) {
  let count = 0;
  let largest = { file: undefined, bytes: 0 };
  for (const rel of walk(outDir)) {
    if (!rel.endsWith('.html') || rel.startsWith('pagefind/')) continue;
    count++;
    const bytes = statSync(join(outDir, rel)).size;
    if (bytes > largest.bytes) largest = { file: rel, bytes };
  }
  return { count, largest };
}
