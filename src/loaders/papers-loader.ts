import type { Loader } from 'astro/loaders';
import type { SurveySource } from '../build/survey-source.ts';
import type { PaperEntryData } from '../lib/schemas/paper.ts';
import { formatProblem } from '../lib/seeds/problems.ts';
import { summaryLine } from '../lib/survey.ts';
import { abstractToMarkdown, plainAbstractHtml } from '../lib/text/markdown.ts';
import { sourceLoader } from './source-loader.ts';

/**
 * Papers collection: one entry per unique paper, id = slug, rendered = the repaired abstract
 * as HTML. Like Astro's glob loader it keeps unchanged entries (same digest) and their
 * rendered HTML, and deletes only entries whose paper is gone, so a rebuild re-renders just
 * what changed. It also writes the build log's summary and every seed warning.
 */
export function papersLoader(source: SurveySource): Loader {
  return sourceLoader(source, 'survey-papers-loader', ['seeds'], async ({ store, parseData, renderMarkdown, generateDigest, logger }) => {
    const { papers, report } = await source.survey();
    const untouched = new Set(store.keys());
    for (const paper of papers) {
      untouched.delete(paper.slug);
      const { slug: _slug, shortId, title: _title, abstract: _abstract, titleRepaired, abstractRepaired, gist, sources, links, ...metadata } = paper;
      const body = abstractToMarkdown(abstractRepaired);
      const data: PaperEntryData = { shortId, titleRepaired, abstractRepaired, gist, sources, links, ...metadata };
      const digest = generateDigest({ data, body });
      if (store.get(paper.slug)?.digest === digest) continue;
      // Most abstracts are plain text: their HTML needs no markdown processor, and it holds
      // the abstract itself, which then is not stored twice (see abstractOf in src/data/papers.ts).
      const plain = plainAbstractHtml(abstractRepaired);
      store.set({
        id: paper.slug,
        data: await parseData({ id: paper.slug, data: plain === undefined ? data : { ...data, abstractRepaired: undefined } }),
        digest,
        // Only the HTML: an abstract has no headings, images or frontmatter to keep metadata of.
        rendered: { html: plain ?? (await renderMarkdown(body)).html },
      });
    }
    untouched.forEach((id) => store.delete(id));

    logger.info(summaryLine(report.stats));
    if (report.duplicates.length > 0) {
      logger.warn(`${report.stats.duplicatesMerged} duplicate entries merged into ${report.duplicates.length} papers (each listed in the data quality report)`);
    }
    for (const warning of report.warnings) logger.warn(formatProblem(warning));
  }, { saveAtOnce: true });
}
