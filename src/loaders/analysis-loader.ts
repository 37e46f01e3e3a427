import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadTopicDefinitions } from '../lib/topics/topic-folder-node.ts';
import { handOverSurvey } from '../build/handoff.ts';
import { classifyInWorker } from './classify-in-worker.ts';
import { relatedInWorker } from './related-in-worker.ts';
import { loadSurvey } from './survey-loader.ts';
import { folderInProject } from './topics-loader.ts';

/**
 * Analysis collection: one entry (`all`) with what is computed from all papers at once, each
 * paper's topics and its related papers (src/lib/schemas/paper.ts). Both run in workers, from a
 * loader of their own, because loaders run concurrently: meanwhile the papers loader renders
 * abstracts on the main thread. It then hands the papers and topics to the integration that
 * makes the site's other files.
 */
export function analysisLoader(options: { seedsDir: string; topicsDir: string }): Loader {
  return {
    name: 'survey-analysis-loader',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const seedsDir = resolve(options.seedsDir);
      const topicsDir = folderInProject(options.topicsDir, config.root);

      async function sync(): Promise<void> {
        const survey = await loadSurvey(seedsDir).catch(() => undefined);
        if (!survey) return; // the papers loader reports seed problems
        const papers = survey.papers.map(({ title, abstract }) => ({ title, abstract }));
        const definitions = loadTopicDefinitions(topicsDir);
        const [topicIds, related] = await Promise.all([
          classifyInWorker(papers, definitions),
          relatedInWorker(survey.papers.map(({ shortId, title, abstract }) => ({ id: shortId, title, abstract }))),
        ]);
        // Papers and their topics are all the search index, the short links and the data files
        // need: a build starts making them now (src/integrations/data-files/integration.ts).
        handOverSurvey({
          papers: survey.papers.map(({ slug, shortId, title, abstract, gist, sources, links }, i) => ({ slug, shortId, title, abstract, gist, sources, links, topics: topicIds[i]! })),
          topics: definitions.map(({ id, title, description }) => ({ id, title, description })),
        });
        const data = {
          topics: Object.fromEntries(survey.papers.map((paper, i) => [paper.slug, topicIds[i]!])),
          related: Object.fromEntries(survey.papers.map((paper, i) => [paper.slug, related[i]!])),
        };
        const digest = generateDigest(data);
        if (store.get('all')?.digest === digest) return;
        store.set({ id: 'all', data: await parseData({ id: 'all', data }), digest });
      }

      await sync();
      watcher?.add(topicsDir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(topicsDir) || path.startsWith(seedsDir)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
