import type { CompletedSurvey } from '../lib/survey.ts';

type Listener = (survey: CompletedSurvey) => void;

interface Channel {
  listener: Listener | undefined;
}

/**
 * The analysis loader hands the completed survey to the data-files integration through this
 * channel, so the search index, short links and data files are made while Astro renders the
 * pages. Loaders run in Vite's module runner and integrations in Node's own module graph: this
 * module is loaded once in each, so the channel lives on globalThis, under a registered symbol
 * (as Astro keeps its own cross-graph state) on a property nothing can overwrite. Where no
 * integration listens (`astro sync`, unit tests) handing over does nothing.
 */
const KEY = Symbol.for('survey-site.completed-survey');
const host = globalThis as typeof globalThis & { [KEY]?: Channel };
if (!host[KEY]) Object.defineProperty(host, KEY, { value: { listener: undefined } satisfies Channel, enumerable: false, writable: false, configurable: false });
const channel = host[KEY]!;

/** Called by the analysis loader each time the papers and their topics are known. */
export function handOverSurvey(survey: CompletedSurvey): void {
  channel.listener?.(survey);
}

/** Called by the integration: `listener` gets every survey handed over from now on. */
export function receiveSurvey(listener: Listener): void {
  channel.listener = listener;
}
