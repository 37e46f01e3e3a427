import { getCollection, type CollectionEntry } from 'astro:content';
import { compareTopicsForDisplay, relatedTopics, topicCounts, topicOverlap, type RelatedTopic } from '../lib/topics/stats.ts';
import { getAnalysis, getPapers, type PaperEntry } from './papers.ts';

export type TopicEntry = CollectionEntry<'topics'>;

export interface TopicSummary {
  id: string;
  title: string;
}

export interface TopicIndex {
  /** Ordered for display: by `order`, then title. */
  topics: TopicEntry[];
  byId: Map<string, TopicEntry>;
  /** Each paper's topic ids, best first. */
  topicIdsOf: (slug: string) => string[];
  /** Each paper's topics as id and title (for chips and links), best first. */
  topicsOf: (slug: string) => TopicSummary[];
  /** Each topic's papers, by title. */
  papersOf: (topicId: string) => PaperEntry[];
  counts: Map<string, number>;
  overlap: Map<string, number>;
  related: (topicId: string, limit?: number) => RelatedTopic[];
  unclassified: PaperEntry[];
}

let cached: Promise<TopicIndex> | undefined;

/** Indexes the build's topic assignments once; every page reads this one index. */
export function getTopicIndex(): Promise<TopicIndex> {
  cached ??= build();
  return cached;
}

const byTitle = (a: PaperEntry, b: PaperEntry) => a.data.titleRepaired.localeCompare(b.data.titleRepaired, 'en');

async function build(): Promise<TopicIndex> {
  const [papers, entries, assigned] = await Promise.all([getPapers(), getCollection('topics'), getAnalysis()]);
  const topics = entries.sort((a, b) => compareTopicsForDisplay(a.data, b.data));
  const bySlug = assigned?.data.topics ?? {};
  const topicIds = new Map(papers.map((paper) => [paper.id, bySlug[paper.id] ?? []]));
  const papersByTopic = new Map<string, PaperEntry[]>(topics.map((topic) => [topic.id, []]));
  for (const paper of papers) for (const id of topicIds.get(paper.id)!) papersByTopic.get(id)!.push(paper);
  for (const list of papersByTopic.values()) list.sort(byTitle);

  const titles = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  const summaries = new Map([...topicIds].map(([slug, ids]) => [slug, ids.map((id) => ({ id, title: titles.get(id)! }))]));
  const overlap = topicOverlap(topicIds.values());
  const ids = topics.map((topic) => topic.id);
  return {
    topics,
    byId: new Map(topics.map((topic) => [topic.id, topic])),
    topicIdsOf: (slug) => topicIds.get(slug) ?? [],
    topicsOf: (slug) => summaries.get(slug) ?? [],
    papersOf: (id) => papersByTopic.get(id) ?? [],
    counts: topicCounts(topicIds.values()),
    overlap,
    related: (id, limit) => relatedTopics(id, ids, overlap, limit),
    unclassified: papers.filter((paper) => topicIds.get(paper.id)!.length === 0).sort(byTitle),
  };
}
