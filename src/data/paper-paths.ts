import type { GetStaticPaths } from 'astro';
import { pageKey } from '../build/page-key.ts';
import { getMapData } from './map.ts';
import { getAnalysis, getCitationKeys, getPapers, type PaperEntry } from './papers.ts';
import { getTopicIndex, type TopicSummary } from './topics.ts';

/**
 * Everything a paper page shows, looked up once per build. The page renders these props and
 * nothing else from the survey (its cache key is their hash: src/build/page-key.ts), so what
 * depends on other papers is here: topics, related papers, the citation key. The small map's
 * points are not (they move whenever the map's layout does): the page's script fetches them
 * from `p/<id>/map.json` (src/lib/map/mini-map-files.ts).
 */
export type PaperProps = {
  paper: PaperEntry;
  topics: TopicSummary[];
  related: PaperEntry[];
  /** Why each related paper is listed, by its slug: the words and phrases and the topics the two share. */
  relatedWhy: Record<string, RelatedReason>;
  /** Its key in papers.bib, unique across the survey. */
  citationKey: string;
  /** Whether the paper is on the survey map, so the page has a small map to draw. */
  onMap: boolean;
};

/** What a related paper shares with the paper whose page lists it. */
export interface RelatedReason {
  terms: string[];
  topics: string[];
}

/** getStaticPaths of the paper pages. */
export const paperPaths = (async () => {
  const [papers, index, analysis, citationKeys, map] = await Promise.all([getPapers(), getTopicIndex(), getAnalysis(), getCitationKeys(), getMapData()]);
  const relatedOf = analysis?.data.related ?? {};
  const termsOf = analysis?.data.relatedTerms ?? {};
  const byShortId = new Map(papers.map((paper) => [paper.data.shortId, paper]));
  return papers.map((paper) => {
    const topics = index.topicsOf(paper.id);
    const related = (relatedOf[paper.id] ?? []).map((id) => byShortId.get(id)!);
    const relatedWhy = Object.fromEntries(
      related.map((other, i) => {
        const theirs = new Set(index.topicsOf(other.id).map((topic) => topic.id));
        return [other.id, { terms: termsOf[paper.id]?.[i] ?? [], topics: topics.filter((topic) => theirs.has(topic.id)).map((topic) => topic.title) }];
      }),
    );
    const props: PaperProps = { paper, topics, related, relatedWhy, citationKey: citationKeys.get(paper.id)!, onMap: map.has(paper.id) };
    return { params: { slug: paper.id }, props, cacheKey: pageKey(props) };
  });
}) satisfies GetStaticPaths;
