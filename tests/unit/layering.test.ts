import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering the README promises, checked on the source: browser code never reaches a
 * Node-only module or a runtime schema library, the pure core imports nothing from Astro, and a
 * core module that imports a Node built-in says so in its name (`*-node.ts`).
 */
const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** Every import of a module: its specifier and whether it only imports types (erased from bundles). */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  // Astro components: only their client <script> blocks reach the browser.
  const code = file.endsWith('.astro') ? [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
  const found = [...code.matchAll(/^\s*import\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => ({ specifier: m[2]!, typeOnly: !!m[1] }));
  const dynamic = [...code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({ specifier: m[1]!, typeOnly: false }));
  return [...found, ...dynamic];
}

/** The modules a browser entry loads at run time, following relative imports (type-only ones are erased). */
function browserGraph(entries: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const runtime = importsOf(file).filter((i) => !i.typeOnly).map((i) => i.specifier);
    graph.set(file, runtime);
    for (const specifier of runtime) if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
  }
  return graph;
}

describe('layering', () => {
  const clientEntries = [...filesUnder(join(src, 'client'), /\.ts$/), ...filesUnder(join(src, 'components'), /\.astro$/), ...filesUnder(join(src, 'pages'), /\.astro$/), ...filesUnder(join(src, 'layouts'), /\.astro$/)];
  const graph = browserGraph(clientEntries);

  it('keeps browser code away from Node built-ins, Node-only modules and zod', () => {
    expect(graph.size).toBeGreaterThan(clientEntries.length); // the walk followed imports into src/lib
    const offending = [...graph].flatMap(([file, specifiers]) =>
      specifiers
        .filter((s) => s.startsWith('node:') || s === 'zod' || /-node\.ts$/.test(s) || /\/build\//.test(resolve(dirname(file), s)))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps Astro out of the pure core (src/lib)', () => {
    const offending = filesUnder(join(src, 'lib'), /\.ts$/).flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/'))
        .map(({ specifier }) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the enrichment modules (src/lib/enrich) pure: no Node built-in, not even in a *-node.ts', () => {
    const offending = filesUnder(join(src, 'lib/enrich'), /\.ts$/).flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => specifier.startsWith('node:') || /-node\.ts$/.test(specifier))
        .map(({ specifier }) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(filesUnder(join(src, 'lib/enrich'), /\.ts$/).length).toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });

  it('makes no network request from anything the build runs (only scripts/enrich.ts asks arXiv)', () => {
    // Browser code (src/client, and <script> blocks of components) fetches the site's own data
    // files from the page's origin; that is the reader's browser, not the build.
    const NETWORK_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|dns)$|^(undici|node-fetch|axios|got)$/;
    const buildFiles = filesUnder(src, /\.(ts|mjs|js|astro)$/).filter((file) => !file.startsWith(join(src, 'client')));
    const offending = buildFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const serverCode = file.endsWith('.astro') ? text.replace(/<script(?![^>]*is:inline)[^>]*>[\s\S]*?<\/script>/g, '') : text;
      const fetches = /(?<![\w.])fetch\s*\(/.test(serverCode) ? [`${relative(root, file)} calls fetch()`] : [];
      const imports = importsOf(file)
        .filter(({ specifier, typeOnly }) => !typeOnly && NETWORK_MODULES.test(specifier))
        .map(({ specifier }) => `${relative(root, file)} imports ${specifier}`);
      return [...fetches, ...imports];
    });
    expect(buildFiles.length).toBeGreaterThan(100);
    expect(offending).toEqual([]);
  });

  it('names every core module that imports a Node built-in *-node.ts', () => {
    const unmarked = filesUnder(join(src, 'lib'), /\.ts$/).filter(
      (file) => !file.endsWith('-node.ts') && importsOf(file).some(({ specifier, typeOnly }) => !typeOnly && specifier.startsWith('node:')),
    );
    expect(unmarked.map((file) => relative(root, file))).toEqual([]);
  });
});
