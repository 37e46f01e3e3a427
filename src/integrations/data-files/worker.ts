// A worker thread that writes the search index, the short links, the data files and the social
// images while the main thread renders pages (see integration.ts). It starts with the classified
// papers (the search index starts at once) and gets the completed survey on `surveyPort` later
// (the port closes instead when the analysis failed); it says on that port when the search index
// is made.
// It runs at background priority (integration.ts), and so does the Pagefind process it starts.
// Node runs this file as TypeScript by stripping its types.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { CompletedSurvey } from '../../lib/survey.ts';
import { lowerPriorityIfAsked } from '../../build/thread-priority.ts';
import { makeDataFiles, type DataFilesJob, type SearchIndexMadeMessage } from './make-files.ts';

lowerPriorityIfAsked();
const { surveyPort, ...job } = workerData as Omit<DataFilesJob, 'survey'> & { surveyPort: MessagePort };
const survey = new Promise<CompletedSurvey>((resolve, reject) => {
  surveyPort.once('message', resolve);
  surveyPort.once('close', () => reject(new Error('The analysis failed: there is no survey to make the data files of')));
});
parentPort!.postMessage(await makeDataFiles({ ...job, survey, onSearchIndexMade: () => surveyPort.postMessage({ searchIndexMade: true } satisfies SearchIndexMadeMessage) }));
surveyPort.close();
