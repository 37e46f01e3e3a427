import type { ExportedPaper, ExportedTopic } from '../lib/exports/export-files.ts';
import type { SearchablePaper } from '../lib/search/document.ts';
import type { LinkedPaper } from '../lib/links/short-link-files.ts';

/** What the files made besides pages (search index, short links, data files, social images) need of a paper. */
export type HandedPaper = SearchablePaper & LinkedPaper & ExportedPaper;

/** The survey as the content loaders hand it over: papers by slug, and the topics. */
export interface HandedSurvey {
  papers: HandedPaper[];
  topics: ExportedTopic[];
}

/**
 * The content loaders hand the finished survey to the finish-site integration through this
 * slot, so the search index, the short links and the data files are made while Astro renders
 * the pages. Loaders run in Vite's module runner and integrations in Node's own module graph:
 * this module is loaded once in each, so the slot lives on globalThis. Where no integration
 * listens (`astro sync`, unit tests) handing over does nothing.
 */
const SLOT = Symbol.for('survey-site.handoff');

type Listener = (survey: HandedSurvey) => void;
const slot = globalThis as typeof globalThis & { [SLOT]?: Listener };

/** Called by the loader each time the papers and their topics are known. */
export function handOverSurvey(survey: HandedSurvey): void {
  slot[SLOT]?.(survey);
}

/** Called by the integration: `listener` gets every survey handed over from now on. */
export function listenForSurvey(listener: Listener): void {
  slot[SLOT] = listener;
}
