import type { GetStaticPaths, Page } from 'astro';
import { pageKey } from '../build/page-key.ts';
import { areaAnchor } from '../lib/topics/areas.ts';
import { ancestorsOf, type TopicCount } from '../lib/topics/hierarchy.ts';
import type { ReadingRole } from '../lib/topics/reading-order.ts';
import type { YearCounts } from '../lib/timeline/year-counts.ts';
import type { PaperEntry } from './papers.ts';
import { pageSizes } from './site.ts';
import { getTopicTimeline } from './timeline.ts';
import { getTopicIndex, type TopicEntry, type TopicIndex, type TopicSummary } from './topics.ts';

/** How the topic's page lists each of its papers: why it is there, whether it leads, its other topics. */
export interface ListedPaper {
  reason: string[];
  role: ReadingRole | undefined;
  otherTopics: TopicSummary[];
}

/** A sub-topic's section on its parent's first page. */
export interface SubtopicSection {
  /** What the section shows of the sub-topic (not its entry, whose rules the page does not show). */
  topic: TopicSummary & { description: string };
  count: TopicCount;
  /** Its first papers, in its reading order. */
  papers: PaperEntry[];
  /** How many papers it has (its own page lists them all). */
  total: number;
}

/**
 * Everything one page of a topic shows, looked up once per build. The page renders these props
 * and nothing else from the survey: their hash is its cache key (src/build/page-key.ts).
 */
export type TopicPageProps = {
  topic: TopicEntry;
  page: Page<PaperEntry>;
  breadcrumb: TopicSummary[];
  /** The topic's area and its section on /topics/ (the breadcrumb's first step), null when it has none. */
  area: { title: string; anchor: string } | null;
  count: TopicCount;
  hasSubtopics: boolean;
  /** Whether the topic's list opens with surveys or foundational papers (its reading order puts them first). */
  leads: boolean;
  /** How each paper of this page and of the sub-topic sections is listed, by slug. */
  listed: Record<string, ListedPaper>;
  /** Only on the first page: the overview's extras. */
  first?: {
    subtopics: SubtopicSection[];
    related: (TopicSummary & { shared: number })[];
    years: YearCounts | undefined;
  };
};

/** Papers shown under each sub-topic on its parent's page; the sub-topic's own page lists them all. */
export const SECTION_PAPERS = 5;

const NO_COUNT: TopicCount = { direct: 0, withSubtopics: 0 };

/** getStaticPaths of the topic pages: `/topics/<id>/`, then `/topics/<id>/2/`, … `pageSizes.topic` papers a page. */
export const topicPaths = (async ({ paginate }) => {
  const index = await getTopicIndex();
  const summary = (id: string): TopicSummary => ({ id, title: index.byId.get(id)!.data.title });
  const parents = new Map(index.topics.map((t) => [t.id, t.data.parent]));
  const paths = [];
  for (const topic of index.topics) {
    const breadcrumb = ancestorsOf(topic.id, parents).reverse().map(summary);
    const areaTitle = index.areaOf(topic.id);
    const area = areaTitle === undefined ? null : { title: areaTitle, anchor: areaAnchor(areaTitle) };
    const count = index.rolledUp.get(topic.id) ?? NO_COUNT;
    const children = index.childrenOf(topic.id);
    const years = (await getTopicTimeline(topic.id))?.years;
    const ordered = index.papersOf(topic.id);
    const leads = ordered.length > 0 && index.roleOf(ordered[0]!.id, topic.id) !== undefined;
    for (const path of paginate(ordered, { params: { id: topic.id }, pageSize: pageSizes.topic })) {
      const page = path.props.page;
      const listed = listedPapers(index, topic.id, page.data);
      let first: TopicPageProps['first'];
      if (page.currentPage === 1) {
        const subtopics = children.map((child) => {
          const papers = index.papersOf(child.id);
          Object.assign(listed, listedPapers(index, child.id, papers.slice(0, SECTION_PAPERS)));
          return { topic: { ...summary(child.id), description: child.data.description }, count: index.rolledUp.get(child.id) ?? NO_COUNT, papers: papers.slice(0, SECTION_PAPERS), total: papers.length };
        });
        first = { subtopics, related: index.related(topic.id).map(({ id, shared }) => ({ ...summary(id), shared })), years };
      }
      const props: TopicPageProps = { topic, page, breadcrumb, area, count, hasSubtopics: children.length > 0, leads, listed, first };
      paths.push({ params: path.params, props, cacheKey: pageKey(props) });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

/** How a list under `topicId` shows its papers, keyed by `listedKey` (a sub-topic's section lists them under the child). */
function listedPapers(index: TopicIndex, topicId: string, papers: readonly PaperEntry[]): Record<string, ListedPaper> {
  return Object.fromEntries(
    papers.map((paper) => [
      listedKey(paper.id, topicId),
      { reason: index.reasonOf(paper.id, topicId), role: index.roleOf(paper.id, topicId), otherTopics: index.topicsOf(paper.id).filter((t) => t.id !== topicId) },
    ]),
  );
}

/** The key of a paper listed under a topic in `TopicPageProps.listed`. */
export const listedKey = (slug: string, topicId: string): string => `${topicId}/${slug}`;
