import { getCollection, type CollectionEntry } from 'astro:content';
import { childrenOf, rolledUpCounts, topicFamilies, type TopicCount, type TopicFamily } from '../lib/topics/hierarchy.ts';
import { areaCounts, groupByArea, topicAreas, type AreaGroup } from '../lib/topics/areas.ts';
import { inReadingOrder, readingRole, type ReadingRole } from '../lib/topics/reading-order.ts';
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
  /** Each topic's own papers (its rules took them), in reading order (src/lib/topics/reading-order.ts). */
  papersOf: (topicId: string) => PaperEntry[];
  /** The words that put a paper in a topic (empty when it is not there). */
  reasonOf: (slug: string, topicId: string) => string[];
  /** Whether a paper leads a topic's list as a survey or a foundational paper. */
  roleOf: (slug: string, topicId: string) => ReadingRole | undefined;
  /** A topic's direct sub-topics, in display order. */
  childrenOf: (topicId: string) => TopicEntry[];
  /** Root topics with everything under them, in display order. */
  families: TopicFamily<TopicEntry>[];
  /** The families grouped by area (src/lib/topics/areas.ts); one group with area null when no topic file names one. */
  areas: AreaGroup<TopicEntry>[];
  /** Papers per area, each paper once per area. */
  areaCounts: Map<string, number>;
  /** A topic's area (its own or its nearest ancestor's), undefined when none is named. */
  areaOf: (topicId: string) => string | undefined;
  /** Papers per topic, by its own rules. */
  counts: Map<string, number>;
  /** Papers per topic directly and with its sub-topics (each paper once). */
  rolledUp: Map<string, TopicCount>;
  overlap: Map<string, number>;
  related: (topicId: string, limit?: number) => RelatedTopic[];
  unclassified: PaperEntry[];
  /** Why no topic takes a paper: the topic that came closest (undefined when no rule matched at all). */
  closestOf: (slug: string) => { topic: string; score: number; threshold: number; words: string[]; excluded: boolean } | undefined;
}

let cached: Promise<TopicIndex> | undefined;

/** Indexes the build's topic assignments once; every page reads this one index. */
export function getTopicIndex(): Promise<TopicIndex> {
  cached ??= build();
  return cached;
}

const byTitle = (a: PaperEntry, b: PaperEntry) => a.data.titleRepaired.localeCompare(b.data.titleRepaired, 'en');
const readable = (paper: PaperEntry) => ({ slug: paper.id, title: paper.data.titleRepaired, year: paper.data.year });
const node = (topic: TopicEntry) => ({ id: topic.id, parent: topic.data.parent });

async function build(): Promise<TopicIndex> {
  const [papers, entries, assigned] = await Promise.all([getPapers(), getCollection('topics'), getAnalysis()]);
  const topics = entries.sort((a, b) => compareTopicsForDisplay(a.data, b.data));
  const bySlug = assigned?.data.topics ?? {};
  const reasons = assigned?.data.reasons ?? {};
  const closest = assigned?.data.closest ?? {};
  const topicIds = new Map(papers.map((paper) => [paper.id, bySlug[paper.id] ?? []]));
  const papersByTopic = new Map<string, PaperEntry[]>(topics.map((topic) => [topic.id, []]));
  for (const paper of papers) for (const id of topicIds.get(paper.id)!) papersByTopic.get(id)?.push(paper);
  const foundational = new Map(topics.map((topic) => [topic.id, new Set(topic.data.foundational ?? [])]));
  for (const [id, list] of papersByTopic) papersByTopic.set(id, inReadingOrder(list, readable, foundational.get(id)));

  const titles = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  const summaries = new Map([...topicIds].map(([slug, ids]) => [slug, ids.map((id) => ({ id, title: titles.get(id)! }))]));
  const overlap = topicOverlap(topicIds.values());
  const ids = topics.map((topic) => topic.id);
  const children = childrenOf(topics.map(node));
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const entryOf = (id: string) => byId.get(id)!;
  const titleOf = new Map(papers.map((paper) => [paper.id, paper.data.titleRepaired]));
  const yearOf = new Map(papers.map((paper) => [paper.id, paper.data.year]));
  const families = topicFamilies(topics.map(node)).map(({ root, members }) => ({
    root: entryOf(root.id),
    members: members.map(({ topic, depth }) => ({ topic: entryOf(topic.id), depth })),
  }));
  const areaOf = topicAreas(topics.map((topic) => ({ ...node(topic), area: topic.data.area })));
  return {
    topics,
    byId,
    topicIdsOf: (slug) => topicIds.get(slug) ?? [],
    topicsOf: (slug) => summaries.get(slug) ?? [],
    papersOf: (id) => papersByTopic.get(id) ?? [],
    reasonOf: (slug, id) => reasons[slug]?.[topicIds.get(slug)?.indexOf(id) ?? -1] ?? [],
    roleOf: (slug, id) => readingRole({ slug, title: titleOf.get(slug) ?? '', year: yearOf.get(slug) ?? null }, foundational.get(id) ?? new Set()),
    childrenOf: (id) => (children.get(id) ?? []).map(({ id: child }) => entryOf(child)),
    families,
    areas: groupByArea(families, areaOf),
    areaCounts: areaCounts(topicIds.values(), areaOf),
    areaOf: (id) => areaOf.get(id),
    counts: topicCounts(topicIds.values()),
    rolledUp: rolledUpCounts(topicIds.values(), topics.map(node)),
    overlap,
    related: (id, limit) => relatedTopics(id, ids, overlap, limit),
    unclassified: papers.filter((paper) => topicIds.get(paper.id)!.length === 0).sort(byTitle),
    closestOf: (slug) => closest[slug],
  };
}
