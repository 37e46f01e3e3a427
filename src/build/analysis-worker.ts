// A worker thread that runs one analysis task (src/build/analysis.ts) and posts its answer, so
// the main thread renders abstracts meanwhile. Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData } from 'node:worker_threads';
import { runAnalysisTask, type AnalysisTask } from './analysis.ts';
import { lowerPriorityIfAsked } from './thread-priority.ts';

lowerPriorityIfAsked();
parentPort!.postMessage(runAnalysisTask(workerData as AnalysisTask));
