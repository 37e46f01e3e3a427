// A worker thread that classifies papers into topics, so the main thread renders abstracts
// meanwhile (see classifyInWorker). Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { topicIdsOf, type PaperText, type TopicDefinition } from '../lib/topics/classify.ts';

const { papers, topics } = workerData as { papers: PaperText[]; topics: TopicDefinition[] };
parentPort!.postMessage(topicIdsOf(papers, topics));
