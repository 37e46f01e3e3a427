import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexWithPagefind } from './pagefind.ts';
import { writeShortLinks } from './short-links.ts';

/**
 * What the site needs after Astro has written its pages: the search index and the short-link
 * files. Pagefind indexes in its own process, so this one writes the short links meanwhile
 * (they are not pages Pagefind reads).
 */
export function finishSite(): AstroIntegration {
  return {
    name: 'survey-finish-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const [indexed, links] = await Promise.all([indexWithPagefind(outDir), writeShortLinks(outDir)]);
        logger.info(`${links} short links and QR codes written; Pagefind indexed ${indexed} pages`);
      },
    },
  };
}
