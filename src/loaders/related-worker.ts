// A worker thread that finds each paper's related papers, so the main thread renders abstracts
// meanwhile (see relatedInWorker). Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { relatedIds, type RelatedInput } from '../lib/related/related.ts';

parentPort!.postMessage(relatedIds(workerData as RelatedInput[]));
