// A worker thread that classifies papers into topics, so the main thread renders abstracts
// meanwhile (see classifyInWorker). Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import type { TopicDefinition } from '../lib/schemas/topic.ts';
import { topicIdsOf, type PaperText } from '../lib/topics/score.ts';

const { papers, topics } = workerData as { papers: PaperText[]; topics: TopicDefinition[] };
parentPort!.postMessage(topicIdsOf(papers, topics));
