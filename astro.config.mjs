// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import sitemap from '@astrojs/sitemap';
import { finishSite } from './src/integrations/finish-site.ts';
import { siteNotice } from './src/integrations/site-notice.ts';
import { sanitizeSchema } from './src/lib/sanitize-schema.ts';

const base = process.env.BASE || '/';
const site = process.env.SITE || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages in flight: social images rasterize (sharp, off the main thread) while other
  // pages render; 627 papers build ~1 s faster than one at a time.
  // Four pages in flight: social images rasterize (sharp, off the main thread) while other
  // pages render; 627 papers build ~1 s faster than one page at a time.
  build: { format: 'directory', concurrency: 4 },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Paper pages give a cache key (src/data/paper-paths.ts): a rebuild copies unchanged ones.
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified({
      // Seed text is data: no typographic rewriting of quotes and dashes.
      smartypants: false,
      // Abstracts become CommonMark (escaped text, `<url>` autolinks, `$math$`); GFM's literal
      // autolinks and tables only cost parse time (about a fifth of it).
      gfm: false,
      remarkPlugins: [[remarkMath, { singleDollarTextMath: true }]],
      // Sanitize before KaTeX: seed text never reaches the page as markup, while KaTeX's own
      // (trusted) output is added after the check. `trust: false` keeps \href and friends off.
      rehypePlugins: [[rehypeSanitize, sanitizeSchema], [rehypeKatex, { trust: false, throwOnError: false, strict: 'ignore' }]],
    }),
  },
  vite: { plugins: [tailwindcss()] },
  integrations: [
    siteNotice(),
    // A sitemap needs absolute URLs: only with SITE. (Short-link redirects are not Astro pages.)
    ...(site ? [sitemap()] : []),
    finishSite(),
  ],
});
