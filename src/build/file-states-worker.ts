// A worker thread that lists the output folder's files with their size and mtime
// (`fileStates`, output-tree.ts) and posts them: at 5,000 papers that is 31,000 files and about
// 2 s of blocking calls, which on the main thread held up the content sync of a warm build.
// Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { fileStates } from './output-tree.ts';

parentPort!.postMessage(fileStates((workerData as { dir: string }).dir));
