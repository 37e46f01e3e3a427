import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MessageChannel } from 'node:worker_threads';
import { receiveSurvey, type IndexedPaper } from '../../build/handoff.ts';
import { inWorker } from '../../build/in-worker.ts';
import { surveyDate } from '../../build/survey-date.ts';
import { config as surveyConfig, siteSettings } from '../../config.ts';
import type { ExportSite } from '../../lib/exports/export-files.ts';
import type { CompletedSurvey } from '../../lib/survey.ts';
import { dataFilesMiddleware } from './dev-server.ts';
import type { DataFilesResult, SearchIndexMadeMessage } from './make-files.ts';

const seconds = (value: number) => `${value.toFixed(1)} s`;

/**
 * The site's files made from data, not pages: the Pagefind index, the short links (`/p/<id>/`
 * redirects, QR codes, `/p/index.json`), the data files (papers.json/csv/bib, data-quality.json,
 * search-data.json, feeds, each topic's files) and the social images. They are made from the
 * survey the analysis loader hands over (src/build/handoff.ts), in a worker: the search index
 * from the classified papers while related papers are ranked, the rest while Astro renders the
 * pages (the main thread renders, the second core makes these). As Astro routes, or indexed
 * from the HTML after the build, they took a third of a build (about 40 s of 120 s at 20,000
 * papers). The build waits for them at `astro:build:done` and fails if they fail. The dev
 * server serves the same files from memory, except the search index and the social images.
 */
export function dataFiles(options: { outputPrepared?: Promise<{ emptied: boolean }> } = {}): AstroIntegration {
  let latest: CompletedSurvey | undefined;
  let surveyArrived: (survey: CompletedSurvey) => void = () => undefined;
  let surveyFailed: (error: Error) => void = () => undefined;
  const firstSurvey = new Promise<CompletedSurvey>((resolve, reject) => {
    surveyArrived = resolve;
    surveyFailed = reject;
  });
  firstSurvey.catch(() => undefined); // reported by the worker, or at astro:build:done
  let papersArrived: (papers: IndexedPaper[]) => void = () => undefined;
  const firstPapers = new Promise<IndexedPaper[]>((resolve) => (papersArrived = resolve));
  let site: ExportSite | undefined;
  let outDir = '';
  let cacheDir = '';
  let making: Promise<DataFilesResult> | undefined;
  /** Whether the worker was started (`making` waits for the classified papers first). */
  let launched = false;
  let started = 0;
  let searchIndexMade: () => void = () => undefined;
  const indexMade = new Promise<void>((resolve) => (searchIndexMade = resolve));
  let bundleWaited = 0;

  /**
   * Starts the worker once, with the classified papers when the survey is not complete yet (the
   * search index starts at once); the completed survey follows on a port when it arrives. The output folder must have been
   * prepared by then (kept-output.ts, at astro:build:start).
   */
  function startMaking(): void {
    if (making || !site) return;
    const job = { outDir, cacheDir, site };
    started = performance.now();
    // What the work needs (Pagefind, sharp, the exporters) loads in the worker, not here:
    // importing it on the main thread would delay every build's start.
    // When the survey is complete already (a small survey, or no output folder to prepare), it
    // alone is sent: the papers need not be sent twice.
    making = (latest ? Promise.resolve(undefined) : firstPapers).then((indexed) => {
      launched = true;
      const { port1, port2 } = new MessageChannel();
      port1.on('message', (message: Partial<SearchIndexMadeMessage>) => message.searchIndexMade && searchIndexMade());
      // Listening must not keep the process alive: with the inline fallback nothing closes the ports.
      port1.unref();
      // No survey after all (the analysis failed): closing the port stops the worker.
      void firstSurvey.then(
        (survey) => port1.postMessage(survey),
        () => port1.close(),
      );
      const inline = async () => (await import('./make-files.ts')).makeDataFiles({ ...job, indexed, survey: firstSurvey, onSearchIndexMade: searchIndexMade });
      // At background priority, which Pagefind's process inherits: while the content syncs, the
      // related papers' ranking comes first (a cold 5,000-paper build: 75.6 s against 85.0 s at
      // normal priority, back to back; a warm 20,000-paper build after one abstract edit: 142 s).
      return inWorker<DataFilesResult>(new URL('./worker.ts', import.meta.url), { ...job, indexed, surveyPort: port2 }, inline, 'data files', { transfer: [port2], background: true });
    });
    // Failures are reported at astro:build:done, not as an unhandled rejection mid-render.
    making.catch(() => undefined);
    // A worker that failed or stopped early never says so: nothing waits for it forever.
    void making.finally(searchIndexMade).catch(() => undefined);
  }

  return {
    name: 'survey-data-files',
    hooks: {
      'astro:config:setup': () => {
        receiveSurvey({
          survey: (survey) => {
            latest = survey;
            surveyArrived(survey);
          },
          indexed: (papers) => papersArrived(papers),
          failed: (error) => surveyFailed(error),
        });
        // The worker starts as soon as the papers are classified and the output folder is ready,
        // so the search index is made while related papers are ranked: a cold build's bundling
        // waits for it (see the bundle's start below), and a warm build, which renders few pages,
        // would otherwise wait for the worker at the end.
        options.outputPrepared?.then(() => firstPapers.then(startMaking)).catch(() => undefined);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Beside Astro's own caches (cacheDir, ASTRO_CACHE_DIR): one folder to delete for a cold build.
        cacheDir = fileURLToPath(new URL('survey-data-files/', config.cacheDir));
        site = {
          base: config.base,
          origin: config.site ?? surveyConfig.origin,
          site: config.site,
          title: siteSettings.title,
          description: siteSettings.description,
          updated: surveyDate([surveyConfig.seedsDir, fileURLToPath(new URL(surveyConfig.topicsDir, config.root))]),
        };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(dataFilesMiddleware(() => (latest && site ? { survey: latest, site } : undefined)));
      },
      // When no output folder was prepared (no `outputPrepared`), the work starts once Vite has
      // written the server bundle, as the pages start rendering.
      //
      // In a cold build the bundling waits for Pagefind's process when it runs. It and Vite's
      // bundling are the two largest memory peaks of a build (at 20,000 papers about 1.5–2.5 GB
      // for Pagefind while it writes its index, 1.5 GB more for this process while it bundles);
      // at the same time they made the build's peak 5.2–5.4 GB, the floor's 3.6–3.9 GB
      // (scripts/bench.mjs, per-process RSS; 4.0–4.4 GB with the wait). The index starts with
      // the classified papers, so it is mostly done by then: the wait is the rest of it. Writing
      // the index's files does not hold the bundling up, nor does a reused index. A warm build
      // does not wait: it renders few pages, so the wait would add to its time (24.6 s of a
      // 172 s warm build at 20,000 papers after one abstract edit). Its peak stays higher (5.5 GB
      // there: this process 3.7 GB while it bundled, Pagefind 1.8 GB).
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({
          plugins: [
            {
              name: 'survey-data-files:start',
              buildStart: async () => {
                // Not launched: no worker to wait for (the papers never came: the analysis failed,
                // which astro:build:done reports).
                if (!launched) return;
                // A cold build starts from an emptied output folder (or from none prepared).
                const cold = (await options.outputPrepared?.catch(() => undefined))?.emptied ?? true;
                if (!cold) return;
                const waitStart = performance.now();
                await indexMade;
                bundleWaited += (performance.now() - waitStart) / 1000;
              },
              writeBundle: startMaking,
            },
          ],
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!latest) throw new Error('The analysis loader (src/loaders/analysis-loader.ts) handed over no survey: the search index, short links and data files were not made');
        startMaking(); // in case no bundle was written (nothing to render)
        const waitStart = performance.now();
        const result = await making!;
        const waited = (performance.now() - waitStart) / 1000;
        logger.info(
          `Made beside the pages: Pagefind indexed ${result.indexed} pages (${result.searchReused ? 'unchanged, reused' : seconds(result.searchSeconds)}), ${result.shortLinks} short links and QR codes (${result.qrDrawn} drawn, ${seconds(result.shortLinkSeconds)}), ${result.dataFiles} data files (${seconds(result.dataSeconds)}), ${result.socialImages} social images (${result.socialImagesDrawn} drawn, ${seconds(result.socialImageSeconds)}); ${result.written} of ${result.files} files written, ${result.removed} removed; ${seconds((performance.now() - started) / 1000)} in all, of which ${seconds(waited)} after the pages; the bundling waited ${seconds(bundleWaited)} for the search index`,
        );
      },
    },
  };
}
