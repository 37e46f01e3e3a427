import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { offerRefresh } from '../build/dev-refresh.ts';

/** Where the dev server answers with the content store's version, the time it was last written. */
const VERSION_PATH = '/__survey-store-version';

/**
 * `astro dev` only. Hands the dev server's `refreshContent` to the survey's loaders
 * (src/build/dev-refresh.ts), so a saved seed or topic file reaches the page without the
 * content store's save debounce.
 *
 * Each store write makes the dev server tell the browser to reload. A write that lands while
 * the page is already reloading (the old page has gone, the new one is not yet listening) is
 * lost, and the page stays a version behind until the next save. So every page learns the
 * store's version it was rendered from (a Server-Timing header) and, once loaded, asks for the
 * current one and reloads when the store moved on meanwhile. (Browsers show Server-Timing to
 * pages in secure contexts only: on `localhost`, not over a LAN address with `--host`, where the
 * check does nothing and the page reloads as before.)
 */
export function devRefresh(): AstroIntegration {
  let storeFile = '';
  const version = () => {
    try {
      return String(statSync(storeFile).mtimeMs);
    } catch {
      return '';
    }
  };
  return {
    name: 'survey-dev-refresh',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript }) => {
        if (command !== 'dev') return;
        // Astro's dev store (<root>/.astro/data-store.json), written after every sync.
        storeFile = fileURLToPath(new URL('.astro/data-store.json', config.root));
        // Browser code lives in src/client: the page script only imports it.
        const check = fileURLToPath(new URL('../client/dev/store-version-check.ts', import.meta.url));
        const url = `${config.base.replace(/\/$/, '')}${VERSION_PATH}`;
        injectScript('page', `import { checkStoreVersion } from ${JSON.stringify(check)}; checkStoreVersion(${JSON.stringify(url)});`);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (refreshContent) offerRefresh(refreshContent);
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0]?.endsWith(VERSION_PATH)) {
            response.setHeader('Cache-Control', 'no-store');
            response.setHeader('Content-Type', 'text/plain');
            response.end(version());
            return;
          }
          // Pages only: a module or asset request need not stat the store.
          if (request.headers.accept?.includes('text/html')) response.setHeader('Server-Timing', `survey-store;desc="${version()}"`);
          next();
        });
      },
    },
  };
}
