import { unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import remarkMath from 'remark-math';
import { sanitizeSchema } from './lib/text/sanitize-schema.ts';

/**
 * The markdown processor of abstracts and topic overviews (astro.config.mjs `markdown.processor`),
 * in a module of its own so the unit tests render with exactly what the build uses.
 */
export const markdownProcessor = unified({
  // Seed text is data: no typographic rewriting of quotes and dashes.
  smartypants: false,
  // Abstracts become CommonMark (escaped text, `<url>` autolinks, `$math$`); GFM's literal
  // autolinks and tables only cost parse time (about a fifth of it).
  gfm: false,
  remarkPlugins: [[remarkMath, { singleDollarTextMath: true }]],
  // Sanitize before KaTeX: seed text never reaches the page as markup, while KaTeX's own
  // (trusted) output is added after the check. `trust: false` keeps \href and friends off.
  rehypePlugins: [[rehypeSanitize, sanitizeSchema], [rehypeKatex, { trust: false, throwOnError: false, strict: 'ignore' }]],
});
