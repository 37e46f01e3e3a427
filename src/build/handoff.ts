import type { SearchablePaper } from '../lib/search/document.ts';
import { globalChannel } from './global-channel.ts';
import type { CompletedSurvey } from '../lib/survey.ts';
import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { leadingTopics } from '../lib/topics/reading-order.ts';

/** A paper as the search index reads it: known once the papers are classified, before related papers. */
export type IndexedPaper = SearchablePaper & { slug: string };

/**
 * Just what the search index reads of each paper, so handing the papers over copies no more,
 * with the topics each leads (a survey, or named foundational by the topic file).
 */
export function indexedPapers(papers: readonly Omit<IndexedPaper, 'leads'>[], topics: readonly Pick<TopicDefinition, 'id' | 'foundational'>[]): IndexedPaper[] {
  const foundational = new Map(topics.map(({ id, foundational: slugs }) => [id, new Set(slugs ?? [])]));
  return papers.map(({ slug, shortId, titleRepaired, abstractRepaired, topics: ids, links, authors, year, venue }) => ({
    slug,
    shortId,
    titleRepaired,
    abstractRepaired,
    topics: ids,
    leads: leadingTopics({ slug, title: titleRepaired, year }, ids, foundational),
    links,
    authors,
    year,
    venue,
  }));
}

interface Listeners {
  survey?: (survey: CompletedSurvey) => void;
  indexed?: (papers: IndexedPaper[]) => void;
  failed?: (error: Error) => void;
}

/**
 * The analysis loader hands the survey to the data-files integration through this channel, so
 * the search index, short links and data files are made while Astro renders the pages: first
 * the papers with their topics (all the search index needs, so it can start while related
 * papers are ranked), then the completed survey. The channel spans Astro's two module graphs
 * (global-channel.ts). Where no integration listens (`astro sync`, unit tests) handing over
 * does nothing.
 */
const channel = globalChannel<Listeners>('completed-survey');

/** Called by the analysis loader each time the papers and their topics are known. */
export function handOverIndexedPapers(papers: IndexedPaper[]): void {
  channel.indexed?.(papers);
}

/** Called by the analysis loader each time the papers, their topics and related papers are known. */
export function handOverSurvey(survey: CompletedSurvey): void {
  channel.survey?.(survey);
}

/** Called by the analysis loader when the analysis failed: no survey will come (a worker waiting for one must stop). */
export function handOverAnalysisFailure(error: Error): void {
  channel.failed?.(error);
}

/** Called by the integration: it gets every survey, every list of classified papers and every analysis failure handed over from now on. */
export function receiveSurvey(listeners: Required<Listeners>): void {
  Object.assign(channel, listeners);
}
