// @ts-check
// The FLOOR: a bare Astro + Tailwind + Pagefind site that renders the same titles and abstracts
// as plain markdown pages, with none of the survey's features. `npm run bench` builds it beside
// the real project to show what any Astro site of this size costs. It has no node_modules of its
// own: packages resolve from /work/main/node_modules (Node walks up from bench/floor).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import * as pagefindService from 'pagefind';

/** Pagefind over the built HTML after the build, through the Node API: what a plain Astro site does. */
const pagefind = () => ({
  name: 'floor-pagefind',
  hooks: {
    /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefindService.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site });
      if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await pagefindService.close();
      logger.info(`Pagefind indexed ${added.page_count} pages`);
    },
  },
});

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  vite: { plugins: [tailwindcss()] },
  integrations: [pagefind()],
});
