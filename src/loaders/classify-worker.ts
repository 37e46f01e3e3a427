// A worker thread that classifies papers into topics, so the main thread renders abstracts
// meanwhile (see classifyInWorker). Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { classifyPaper, compileTopics, type PaperText, type TopicDefinition } from '../lib/classify.ts';

const { papers, topics } = workerData as { papers: PaperText[]; topics: TopicDefinition[] };
const compiled = compileTopics(topics);
parentPort!.postMessage(papers.map((paper) => classifyPaper(paper, compiled).map((assignment) => assignment.topic)));
