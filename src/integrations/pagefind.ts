import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindService from 'pagefind';

/**
 * Indexes the built site with Pagefind at the end of `astro build`, as Starlight does, so
 * `npm run build` alone yields a searchable `dist/`. Index files land in `<outDir>/pagefind/`,
 * which the site requests under its base path.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'survey-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefindService.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        // Only paper pages carry `data-pagefind-body`; skipping the rest saves parsing thousands of files.
        const { page_count, errors } = await index.addDirectory({ path: site, glob: 'papers/*/index.html' });
        if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefindService.close();
        logger.info(`Pagefind indexed ${page_count} pages`);
      },
    },
  };
}
