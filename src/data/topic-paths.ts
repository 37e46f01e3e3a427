import type { GetStaticPaths } from 'astro';
import type { PaperRecord } from '../lib/export-json.ts';
import { getPaperRecords } from './records.ts';
import { getTopicIndex, type TopicEntry } from './topics.ts';

export interface TopicExportProps {
  topic: TopicEntry;
  records: PaperRecord[];
}

/** getStaticPaths for per-topic files (feeds, CSV, BibTeX): one per topic with its records. */
export const topicExportPaths = (async () => {
  const [index, records] = await Promise.all([getTopicIndex(), getPaperRecords()]);
  return index.topics.map((topic) => ({
    params: { id: topic.id },
    props: { topic, records: index.papersOf(topic.id).map((paper) => records.get(paper.id)!) } satisfies TopicExportProps,
  }));
}) satisfies GetStaticPaths;
