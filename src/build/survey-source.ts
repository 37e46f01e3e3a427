import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Paper } from '../lib/schemas/paper.ts';
import { SeedError } from '../lib/seeds/problems.ts';
import { readSeedFolder } from '../lib/seeds/seed-folder-node.ts';
import { VocabularyCounter } from '../lib/repair/vocabulary.ts';
import { analysedText, buildSurvey, type Survey } from '../lib/survey.ts';
import { compileTopics } from '../lib/topics/compile.ts';
import { validateTaxonomy } from '../lib/topics/taxonomy.ts';
import { compareTopicsForDisplay } from '../lib/topics/stats.ts';
import { readTopicFolder, type TopicSource } from '../lib/topics/topic-folder-node.ts';
import { mapInWorker, relatedInWorker, topicsInWorker, type ClosestTopic, type PaperTopics } from './analysis.ts';
import { analysisMemo, type AnalysisMemo } from './analysis-cache.ts';

/** The survey with every paper's topics and related papers. */
export interface AnalysedSurvey extends Survey {
  papers: Paper[];
  /** The topics in display order. */
  topics: TopicSource[];
  /** Why each paper is in each of its topics, by slug: the matched words, one list per topic in `paper.topics`'s order. */
  reasons: Map<string, string[][]>;
  /** For each paper no topic takes, by slug: the topic that came closest (src/build/analysis.ts). */
  closest: Map<string, ClosestTopic>;
}

/** The survey with each paper's topics (`topics[i]` is `papers[i]`'s), before related papers and the map. */
interface ClassifiedSurvey extends Survey {
  taxonomy: TopicSource[];
  topics: PaperTopics[];
}

type Input = 'seeds' | 'topics';

/** How long `astro dev` gathers file events before building again (see connect). */
const GATHER_EVENTS_MS = 40;

/** What a loader's context offers that the source needs: the project root and, in `astro dev`, a file watcher. */
interface LoaderContext {
  config: { root: URL; cacheDir: URL };
  watcher?: { add(path: string): void; on(event: 'all', listener: (event: string, path: string) => void): void } | undefined;
}

/** Reads and checks the taxonomy, in display order: a broken topic file throws an error naming the file. */
function readCheckedTopics(dir: string): TopicSource[] {
  let topics: TopicSource[];
  try {
    topics = readTopicFolder(dir);
  } catch (error) {
    // A topic file the author broke: the message names the file and key; no stack trace under it.
    throw Object.assign(new Error((error as Error).message), { stack: '' });
  }
  const definitions = topics.map((topic) => topic.definition);
  compileTopics(definitions);
  const problems = validateTaxonomy(definitions);
  if (problems.length > 0) throw Object.assign(new Error(`The topic files have problems:\n${problems.join('\n')}`), { stack: '' });
  return topics.sort((a, b) => compareTopicsForDisplay(a.definition, b.definition));
}

/**
 * The survey's inputs, the seeds folder and the taxonomy folder, read once per build and shared
 * by every content loader: each reads the same survey, and a change of a file (in `astro dev`)
 * is noticed once, forgets what it invalidates, and tells every loader that depends on it.
 */
export function createSurveySource(options: { seedsDir: string; topicsDir: string }) {
  const seedsDir = resolve(options.seedsDir);
  let topicsDir: string | undefined;
  let memo: AnalysisMemo | undefined;
  // In `astro dev`, the corpus's word counts, brought up to date after a save rather than counted
  // again. A build counts once and keeps nothing.
  let vocabulary: VocabularyCounter | undefined;
  let survey: Promise<Survey> | undefined;
  let topics: Promise<TopicSource[]> | undefined;
  let classified: Promise<ClassifiedSurvey> | undefined;
  let analysed: Promise<AnalysedSurvey> | undefined;
  // In `astro dev` (a loader context with a watcher) the analysis runs at background priority:
  // after a save, the papers collection and the page reload come first (src/build/thread-priority.ts).
  let background = false;
  const listeners: Record<Input, Map<string, () => void>> = { seeds: new Map(), topics: new Map() };
  const watched = new WeakSet<object>();

  /** Names seed files by their path from the working directory, so a terminal or editor can jump to them. */
  const located = (error: unknown) =>
    error instanceof SeedError ? new SeedError(error.problems.map((p) => ({ ...p, file: join(relative(process.cwd(), seedsDir), p.file) }))) : error;

  function forget(input: Input): void {
    if (input === 'seeds') survey = undefined;
    else topics = undefined;
    classified = undefined;
    analysed = undefined;
    for (const listener of listeners[input].values()) listener();
  }

  return {
    seedsDir,

    /**
     * Connects a loader: fixes the project root (the taxonomy folder is relative to it) and,
     * in `astro dev`, watches both folders once, whichever loader connects first.
     */
    connect({ config, watcher }: LoaderContext): void {
      topicsDir ??= fileURLToPath(new URL(options.topicsDir.replace(/\/?$/, '/'), config.root));
      // Beside Astro's own caches (ASTRO_CACHE_DIR): a clean build with a fresh cache recomputes.
      memo ??= analysisMemo(fileURLToPath(new URL('survey-analysis/', config.cacheDir)));
      if (!watcher || watched.has(watcher)) return;
      watched.add(watcher);
      background = true;
      vocabulary = new VocabularyCounter();
      watcher.add(seedsDir);
      watcher.add(topicsDir);
      // An editor's save can be several events (write, rename, a swap file), and a folder copied
      // in is one per file: they are gathered for a moment and forgotten once, so the survey is
      // built again once rather than once per event.
      const changed = new Set<Input>();
      let gathering: ReturnType<typeof setTimeout> | undefined;
      watcher.on('all', (_event, path) => {
        if (path.startsWith(seedsDir)) changed.add('seeds');
        else if (topicsDir && path.startsWith(topicsDir)) changed.add('topics');
        else return;
        clearTimeout(gathering);
        gathering = setTimeout(() => {
          const inputs = [...changed];
          changed.clear();
          inputs.forEach(forget);
        }, GATHER_EVENTS_MS);
      });
    },

    /**
     * Calls `listener` after a file of `input` changed (the cache is already forgotten). One
     * listener per loader: a loader that loads again replaces its own.
     */
    onChange(input: Input, loader: string, listener: () => void): void {
      listeners[input].set(loader, listener);
    },

    /** The papers and the data quality report. Rejects with a SeedError naming every bad line. */
    survey(): Promise<Survey> {
      survey ??= readSeedFolder(seedsDir).then((files) => {
        // Papers whose text and vocabulary answers are unchanged keep the last build's repair.
        const repairs = memo?.repairs();
        const built = buildSurvey(files, { repairs, vocabulary });
        repairs?.save();
        if (repairs) console.info(`[survey] ${repairs.counts.repaired} of ${built.papers.length} papers repaired, the rest as the last build repaired them`);
        return built;
      });
      const current = survey;
      return current.catch((error: unknown) => {
        if (survey === current) survey = undefined; // read again next time: the author may fix the file
        throw located(error);
      });
    },

    /** The topic files, checked, in display order. */
    topics(): Promise<TopicSource[]> {
      if (!topicsDir) throw new Error('The survey source was used before a loader connected it');
      topics ??= Promise.resolve(topicsDir).then(readCheckedTopics);
      const current = topics;
      return current.catch((error: unknown) => {
        if (topics === current) topics = undefined;
        throw error;
      });
    },

    /**
     * The survey with each paper's topics, classified in a worker: what the search index is made
     * of, so the data-files worker can start it while related papers are still being ranked.
     */
    classified(): Promise<ClassifiedSurvey> {
      classified ??= Promise.all([this.survey(), this.topics()]).then(async ([base, taxonomy]) => {
        const texts = base.papers.map(analysedText);
        const definitions = taxonomy.map((topic) => topic.definition);
        // Topics are per paper: only papers whose text (or the definitions) changed are classified.
        const topics = await memo!.runEach('topics', definitions, texts, (missing) => topicsInWorker(missing, definitions, { background }));
        return { ...base, taxonomy, topics };
      });
      const current = classified;
      return current.catch((error: unknown) => {
        if (classified === current) classified = undefined;
        throw error;
      });
    },

    /** The survey with each paper's topics and related papers, computed in workers. */
    analysed(): Promise<AnalysedSurvey> {
      analysed ??= this.survey().then(async (survey) => {
        const identified = survey.papers.map((paper) => ({ shortId: paper.shortId, ...analysedText(paper) }));
        // Related papers take the topics as a prior, so they come second; the map needs neither.
        // Each task is read from the analysis cache when its input and code are unchanged.
        const cache = memo!;
        const options = { background };
        const mapped = cache.run('map', identified, () => mapInWorker(identified, options));
        const { taxonomy, topics, ...base } = await this.classified();
        // A save while this ran (astro dev) made classified() read the seeds again: the lists no
        // longer line up. That save's own sync analyses the new survey.
        if (base.papers !== survey.papers) throw new Error('The seeds changed while they were analysed');
        const withTopics = identified.map((paper, i) => ({ ...paper, topics: topics[i]!.ids }));
        const [related, { map, layout }] = await Promise.all([cache.run('related', withTopics, () => relatedInWorker(withTopics, options)), mapped]);
        // One line the bench reads (scripts/bench.mjs): the layout's share of the build.
        const from = cache.hits.has('map') ? ' (read from the analysis cache)' : '';
        console.info(`[map] laid out ${base.papers.length} papers by ${layout.method} in ${layout.seconds.toFixed(2)} s${from}`);
        if (cache.hits.size > 0) console.info(`[analysis] read from the cache: ${[...cache.hits].sort().join(', ')}`);
        for (const [task, { computed, of }] of cache.computed) console.info(`[analysis] ${task}: ${computed} of ${of} papers computed, the rest read from the cache`);
        return {
          ...base,
          papers: base.papers.map((paper, i) => ({ ...paper, topics: topics[i]!.ids, related: related.ids[i]!, relatedTerms: related.terms[i]!, map: map[i]! })),
          topics: taxonomy,
          reasons: new Map(base.papers.map((paper, i) => [paper.slug, topics[i]!.reasons])),
          closest: new Map(base.papers.flatMap((paper, i) => (topics[i]!.closest ? [[paper.slug, topics[i]!.closest!] as const] : []))),
        };
      });
      const current = analysed;
      return current.catch((error: unknown) => {
        if (analysed === current) analysed = undefined;
        throw error;
      });
    },
  };
}

export type SurveySource = ReturnType<typeof createSurveySource>;
