// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { config } from './src/config.ts';
import { dataFiles } from './src/integrations/data-files/integration.ts';
import { devRefresh } from './src/integrations/dev-refresh.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { siteNotice } from './src/integrations/site-notice.ts';
import { markdownProcessor } from './src/markdown.config.ts';

/** Kept between builds, not emptied; the data-files worker starts once it is ready. */
const output = keptOutput();

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  // Pages in flight at once; BUILD_CONCURRENCY overrides it (`npm run bench -- --concurrency 1,4`).
  // In the installed Astro (7.3.5) the incremental cache works at any concurrency:
  // core/build/generate.js hands the cache to the concurrent path too, and nothing disables it.
  // So the choice is about cold speed alone, and 4 stays: at 5,000 papers a cold build took 98 s
  // of CPU at 4 against 117 s at 1; at 627 the two are within noise (30–36 s). README "Build speed".
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY) || 4 },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Incremental build: a page whose getStaticPaths gives a cacheKey (the hash of its props,
  // src/build/page-key.ts) is copied from the previous build when its key and code are unchanged.
  // The copies live in <cacheDir>/dist/. It costs a cold build about a sixth more (each page is
  // written twice, and the system time doubles: 72 and 87 s on against 62 and 73 s off, two cold
  // builds each at 5,000 papers), so a build that is always cold (a CI deploy without a kept
  // cache) can turn it off with INCREMENTAL_BUILD=0.
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD !== '0' },
  markdown: { processor: markdownProcessor },
  // The output folder is kept between builds, not emptied: a warm build leaves unchanged pages and
  // data files in place, and keptOutput() makes the folder equal a clean build's (removing what
  // this build no longer makes). Emptying 30,000 files took 26 s of a warm build at 5,000 papers.
  vite: { plugins: [tailwindcss()], build: { emptyOutDir: false } },
  integrations: [
    siteNotice(),
    devRefresh(),
    // A sitemap needs absolute URLs: only with SITE. (Short-link redirects are not Astro pages.)
    ...(config.site ? [sitemap()] : []),
    dataFiles({ outputPrepared: output.prepared }),
    // After dataFiles: it reads the files the worker made once they are all written.
    output,
  ],
});
