import type { GetStaticPaths } from 'astro';
import { getAnalysis, getPapers, type PaperEntry } from './papers.ts';
import { getTopicIndex, type TopicSummary } from './topics.ts';

/** Everything a paper page shows besides the paper itself, looked up once per build. */
export type PaperProps = {
  paper: PaperEntry;
  topics: TopicSummary[];
  related: PaperEntry[];
};

/** getStaticPaths of the paper pages. */
export const paperPaths = (async () => {
  const [papers, index, analysis] = await Promise.all([getPapers(), getTopicIndex(), getAnalysis()]);
  const relatedOf = analysis?.data.related ?? {};
  const byShortId = new Map(papers.map((paper) => [paper.data.shortId, paper]));
  return papers.map((paper) => {
    const props: PaperProps = { paper, topics: index.topicsOf(paper.id), related: (relatedOf[paper.id] ?? []).map((id) => byShortId.get(id)!) };
    return { params: { slug: paper.id }, props };
  });
}) satisfies GetStaticPaths;
