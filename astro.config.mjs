// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteNotice } from './src/integrations/site-notice.ts';
import { sanitizeSchema } from './src/lib/sanitize-schema.ts';

const base = process.env.BASE || '/';
const site = process.env.SITE || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: {
    processor: unified({
      // Seed text is data: no typographic rewriting of quotes and dashes.
      smartypants: false,
      remarkPlugins: [[remarkMath, { singleDollarTextMath: true }]],
      // Sanitize before KaTeX: seed text never reaches the page as markup, while KaTeX's own
      // (trusted) output is added after the check. `trust: false` keeps \href and friends off.
      rehypePlugins: [[rehypeSanitize, sanitizeSchema], [rehypeKatex, { trust: false, throwOnError: false, strict: 'ignore' }]],
    }),
  },
  vite: { plugins: [tailwindcss()] },
  integrations: [
    siteNotice(),
    // A sitemap needs absolute URLs: only with SITE. Redirect stubs and presenter cards stay out.
    ...(site ? [sitemap({ filter: (page) => !/\/(p\/[^/]+|papers\/[^/]+\/card)\/$/.test(page) })] : []),
    pagefind(),
  ],
});
