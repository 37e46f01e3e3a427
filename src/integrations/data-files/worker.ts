// A worker thread that writes the search index, the short links, the data files and the social
// images while the main thread renders pages (see finishSite). Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { finishWork, type FinishJob } from './make-files.ts';

parentPort!.postMessage(await finishWork(workerData as FinishJob));
