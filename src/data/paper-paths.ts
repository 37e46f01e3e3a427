import type { GetStaticPaths } from 'astro';
import { getAnalysis, getPapers, type PaperEntry } from './papers.ts';
import { getTopicIndex, type TopicSummary } from './topics.ts';

/** Everything a paper page shows besides the paper itself, looked up once per build. */
export type PaperProps = {
  paper: PaperEntry;
  topics: TopicSummary[];
  related: PaperEntry[];
  /** Why each related paper is listed, by its slug: the words and phrases and the topics the two share. */
  relatedWhy: Record<string, RelatedReason>;
};

/** What a related paper shares with the paper whose page lists it. */
export interface RelatedReason {
  terms: string[];
  topics: string[];
}

/** getStaticPaths of the paper pages. */
export const paperPaths = (async () => {
  const [papers, index, analysis] = await Promise.all([getPapers(), getTopicIndex(), getAnalysis()]);
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
    const props: PaperProps = { paper, topics, related, relatedWhy };
    return { params: { slug: paper.id }, props };
  });
}) satisfies GetStaticPaths;
