import { newestFirst } from '../lib/timeline/newest-first.ts';
import { countByYear, type YearCounts } from '../lib/timeline/year-counts.ts';
import { getPapers, type PaperEntry } from './papers.ts';
import { getTopicIndex } from './topics.ts';

/** A list of papers in time: its papers per year, and the papers newest first. Undefined when none has a year. */
export interface Timeline {
  years: YearCounts;
  newestFirst: PaperEntry[];
}

/** The papers' timeline, or undefined when no paper has a year (a survey without dates shows no chart or ordering). */
function timelineOf(papers: readonly PaperEntry[]): Timeline | undefined {
  const years = countByYear(papers.map((paper) => paper.data.year));
  return years && { years, newestFirst: newestFirst(papers, (paper) => paper.data) };
}

let survey: Promise<YearCounts | undefined> | undefined;

/** The whole survey's papers per year, counted once per build. */
export function getSurveyYears(): Promise<YearCounts | undefined> {
  survey ??= getPapers().then((papers) => countByYear(papers.map((paper) => paper.data.year)));
  return survey;
}

const topics = new Map<string, Promise<Timeline | undefined>>();

/** A topic's timeline (its papers newest first, then by title), made once per build. */
export function getTopicTimeline(topicId: string): Promise<Timeline | undefined> {
  let timeline = topics.get(topicId);
  if (!timeline) {
    timeline = getTopicIndex().then((index) => timelineOf(index.papersOf(topicId)));
    topics.set(topicId, timeline);
  }
  return timeline;
}
