import type { GetStaticPaths, Page } from 'astro';
import { pageKey } from '../build/page-key.ts';
import { compareRowsByTitle, indexRow, type IndexRow } from '../lib/browse/index-row.ts';
import type { TopicFamily } from '../lib/topics/hierarchy.ts';
import { getPapers } from './papers.ts';
import { pageSizes } from './site.ts';
import { getTopicIndex, type TopicEntry, type TopicSummary } from './topics.ts';

/** What the home page and the paper index say about the survey at a glance. */
export interface SurveyCounts {
  papers: number;
  topics: number;
  withCode: number;
  /** The first and last year a paper has, when any has one. */
  years: { first: number; last: number } | undefined;
}

let rows: Promise<IndexRow[]> | undefined;

/** Every paper's index row, by title (then slug): the static pages of `/papers/` and papers/index.json agree. Once per build. */
export function getIndexRows(): Promise<IndexRow[]> {
  rows ??= Promise.all([getPapers(), getTopicIndex()]).then(([papers, index]) =>
    papers.map((paper) => indexRow({ slug: paper.id, ...paper.data, topics: index.topicIdsOf(paper.id) })).sort(compareRowsByTitle),
  );
  return rows;
}

let counts: Promise<SurveyCounts> | undefined;

/** The survey in four numbers: papers, topics, papers that link code, and the years they span (once a build). */
export function getSurveyCounts(): Promise<SurveyCounts> {
  counts ??= surveyCounts();
  return counts;
}

async function surveyCounts(): Promise<SurveyCounts> {
  const [all, index] = await Promise.all([getIndexRows(), getTopicIndex()]);
  const years = all.map((row) => row.year).filter((year): year is number => year !== null);
  return {
    papers: all.length,
    topics: index.topics.length,
    withCode: all.filter((row) => row.code !== null).length,
    years: years.length > 0 ? { first: years.reduce((a, b) => Math.min(a, b)), last: years.reduce((a, b) => Math.max(a, b)) } : undefined,
  };
}

/**
 * Everything a page of the paper index shows. The page renders these props and nothing else
 * from the survey: their hash is its cache key (src/build/page-key.ts). Every page carries the
 * filters and the counts, so a new topic or paper re-renders them all, as it must.
 */
export type PaperIndexProps = {
  page: Page<IndexRow>;
  counts: SurveyCounts;
  /** The topic filters: families of topics (id and title: a rule edited in a topic file changes no index page) and papers per topic. */
  families: TopicFamily<TopicSummary>[];
  topicCounts: Map<string, number>;
  /** Topic titles by id, for the rows' topic links. */
  titles: Map<string, string>;
};

const summary = (topic: TopicEntry): TopicSummary => ({ id: topic.id, title: topic.data.title });

/** A family of topic entries as the filters show it, by id and title. */
function familySummary({ root, members }: TopicFamily<TopicEntry>): TopicFamily<TopicSummary> {
  return { root: summary(root), members: members.map(({ topic, depth }) => ({ topic: summary(topic), depth })) };
}

/** getStaticPaths of the paper index: every paper by title, `pageSizes.paperIndex` a page (`/papers/`, `/papers/2/`, …). */
export const paperIndexPaths = (async ({ paginate }) => {
  const [rows, counts, index] = await Promise.all([getIndexRows(), getSurveyCounts(), getTopicIndex()]);
  const shared = { counts, families: index.families.map(familySummary), topicCounts: index.counts, titles: new Map(index.topics.map((topic) => [topic.id, topic.data.title])) };
  return paginate(rows, { pageSize: pageSizes.paperIndex, props: shared }).map((path) => {
    const props = path.props as PaperIndexProps;
    return { ...path, cacheKey: pageKey(props) };
  });
}) satisfies GetStaticPaths;
