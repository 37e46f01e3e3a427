import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ExportedSite } from '../../lib/exports/export-files.ts';
import { inWorker } from '../../build/in-worker.ts';
import { LOCAL_ORIGIN, siteConfig } from '../../site.config.ts';
import type { FinishResult } from './make-files.ts';
import { listenForSurvey, type HandedSurvey } from '../../build/handoff.ts';

const seconds = (value: number) => `${value.toFixed(1)} s`;

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  html: 'text/html; charset=utf-8',
};

/**
 * The site's files made from data alone: the Pagefind index, the short links (`/p/<id>/`
 * redirects, QR codes, `/p/index.json`), the data files (papers.json/csv/bib, feeds, each
 * topic's files) and the social images. They are made from the survey the content loader hands over
 * (src/build/handoff.ts), in a worker, while Astro renders the pages: the main
 * thread renders, the second core makes these. As Astro routes, or indexed from the HTML after
 * the build, they took a third of a build (about 40 s of 120 s at 20,000 papers). The build
 * waits for them at `astro:build:done` and fails if they fail. The dev server serves the same
 * files from memory, except the search index and the social images (only linked with SITE).
 */
export function finishSite(): AstroIntegration {
  let latest: HandedSurvey | undefined;
  let surveyArrived: (survey: HandedSurvey) => void = () => undefined;
  const firstSurvey = new Promise<HandedSurvey>((resolve) => (surveyArrived = resolve));
  let site: ExportedSite | undefined;
  let outDir = '';
  let finishing: Promise<FinishResult> | undefined;
  let started = 0;

  /** Starts the worker once; the output folder must have been emptied by then. */
  function startFinishing(): void {
    if (finishing || !site) return;
    const job = { outDir, site };
    started = performance.now();
    // What the work needs (Pagefind, sharp, the exporters) loads in the worker, not here:
    // importing it on the main thread would delay every build's start.
    finishing = firstSurvey.then((survey) =>
      inWorker(new URL('./worker.ts', import.meta.url), { ...job, survey }, async () => (await import('./make-files.ts')).finishWork({ ...job, survey }), 'site files'),
    );
    // Failures are reported at astro:build:done, not as an unhandled rejection mid-render.
    finishing.catch(() => undefined);
  }

  return {
    name: 'survey-finish-site',
    hooks: {
      'astro:config:setup': () => {
        listenForSurvey((survey) => {
          latest = survey;
          surveyArrived(survey);
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        site = {
          base: config.base,
          origin: config.site ?? LOCAL_ORIGIN,
          ...(config.site ? { site: config.site } : {}),
          title: siteConfig.title,
          description: siteConfig.description,
        };
      },
      'astro:server:setup': ({ server }) => {
        let files: Promise<Map<string, string>> | undefined;
        let filesOf: HandedSurvey | undefined;
        server.middlewares.use((request, response, next) => {
          if (!latest || !site || !request.url) return next();
          const base = site.base.replace(/\/?$/, '/');
          let pathname: string;
          try {
            pathname = decodeURI(request.url.split('?')[0]!);
          } catch {
            return next(); // a malformed address is Astro's to answer
          }
          if (!pathname.startsWith(base)) return next();
          const path = pathname.slice(base.length).replace(/(^|\/)$/, '$1index.html');
          if (filesOf !== latest || !files) {
            filesOf = latest;
            const job = { survey: latest, site };
            files = (async () => {
              const map = new Map<string, string>();
              const { siteDataFiles } = await import('./make-files.ts');
              for await (const file of siteDataFiles(job)) map.set(file.path, file.contents);
              return map;
            })();
          }
          files.then((map) => {
            const contents = map.get(path);
            if (contents === undefined) return next();
            response.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
            response.end(contents);
          }, next);
        });
      },
      // By now Astro has emptied the output folder (just before this hook) and content sync is
      // done. The work starts once Vite has written the server bundle, as the pages start
      // rendering: bundling keeps both cores busy, rendering only one.
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({ plugins: [{ name: 'survey-finish-site:start', writeBundle: startFinishing }] });
      },
      'astro:build:done': async ({ logger }) => {
        if (!latest) throw new Error('The papers loader handed over no papers: the search index, short links and data files were not made');
        startFinishing(); // in case no bundle was written (nothing to render)
        const waitStart = performance.now();
        const result = await finishing!;
        const waited = (performance.now() - waitStart) / 1000;
        logger.info(
          `Made while pages rendered: Pagefind indexed ${result.indexed} pages (${seconds(result.searchSeconds)}), ${result.shortLinks} short links and QR codes (${seconds(result.shortLinkSeconds)}), ${result.dataFiles} data files (${seconds(result.dataSeconds)}), ${result.socialCards} social images (${seconds(result.socialCardSeconds)}); ${seconds((performance.now() - started) / 1000)} in all, of which ${seconds(waited)} after the pages`,
        );
      },
    },
  };
}
