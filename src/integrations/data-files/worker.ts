// A worker thread that writes the search index, the short links, the data files and the social
// images while the main thread renders pages (see integration.ts). Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { makeDataFiles, type DataFilesJob } from './make-files.ts';

parentPort!.postMessage(await makeDataFiles(workerData as DataFilesJob));
