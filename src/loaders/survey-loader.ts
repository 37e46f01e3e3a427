import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { abstractToMarkdown, plainAbstractHtml } from '../lib/text/markdown.ts';
import { SeedError, formatProblem } from '../lib/seeds/problems.ts';
import { buildSurvey, summaryLine, type SeedFile, type Survey } from '../lib/survey.ts';

/** Reads every `*.txt` in the seeds folder. An unreadable file is a problem of that file, not a crash. */
async function readSeedFiles(dir: string): Promise<SeedFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    throw new SeedError([{ file: dir, line: 0, message: `cannot read the seeds folder (${(error as NodeJS.ErrnoException).code ?? error}); set SEEDS_DIR to a folder of .txt dumps` }]);
  }
  const problems: { file: string; line: number; message: string }[] = [];
  const files = await Promise.all(
    names.map(async (name) => {
      try {
        return { name, bytes: new Uint8Array(await readFile(join(dir, name))) };
      } catch (error) {
        problems.push({ file: name, line: 0, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` });
        return undefined;
      }
    }),
  );
  if (problems.length > 0) throw new SeedError(problems);
  return files.filter((file) => file !== undefined);
}

let surveyPromise: Promise<Survey> | undefined;
let surveyDir: string | undefined;

/**
 * The survey built from the seeds folder, once per build: both collections (papers and the
 * build report) read the same result.
 */
export function loadSurvey(seedsDir: string): Promise<Survey> {
  const dir = resolve(seedsDir);
  if (!surveyPromise || surveyDir !== dir) {
    surveyDir = dir;
    surveyPromise = readSeedFiles(dir).then(buildSurvey);
  }
  return surveyPromise;
}

/** Forgets the cached survey so a dev-server reload reads the seeds again. */
function invalidateSurvey(): void {
  surveyPromise = undefined;
}

/**
 * Papers collection: one entry per unique paper, id = slug, body = the abstract as markdown.
 * Like Astro's glob loader it keeps unchanged entries (same digest) and their rendered HTML,
 * and deletes only entries whose paper is gone, so a rebuild re-renders just what changed.
 */
export function papersLoader(options: { seedsDir: string }): Loader {
  return {
    name: 'survey-papers-loader',
    load: async ({ store, parseData, renderMarkdown, generateDigest, logger, watcher }) => {
      const seedsDir = resolve(options.seedsDir);

      async function sync(): Promise<void> {
        let survey: Survey;
        try {
          survey = await loadSurvey(seedsDir);
        } catch (error) {
          invalidateSurvey();
          // Name files by their path from the project root, so a terminal or editor can jump to them.
          if (error instanceof SeedError) throw new SeedError(error.problems.map((p) => ({ ...p, file: join(relative(process.cwd(), seedsDir), p.file) })));
          throw error;
        }

        const untouched = new Set(store.keys());
        for (const paper of survey.papers) {
          untouched.delete(paper.slug);
          // The repaired abstract lives on as rendered HTML; entries keep only what pages read
          // (the slug is the entry id). The build parses the whole store back, and that costs
          // more than linear time in its size (11 s for 75 MB at 20,000 papers): every byte counts.
          const { displayAbstract, slug: _slug, ...data } = paper;
          const body = abstractToMarkdown(displayAbstract);
          const digest = generateDigest({ data, body });
          if (store.get(paper.slug)?.digest === digest) continue;
          // Most abstracts are plain text: their HTML needs no markdown processor, and when
          // nothing was repaired it holds the abstract itself (see abstractOf in src/data/papers.ts).
          const plain = plainAbstractHtml(displayAbstract);
          const { abstract, ...rest } = data;
          store.set({
            id: paper.slug,
            // No `body`: pages use the rendered HTML.
            data: await parseData({ id: paper.slug, data: plain !== undefined && abstract === displayAbstract ? rest : data }),
            digest,
            // Only the HTML: an abstract has no headings, images or frontmatter to keep metadata of.
            rendered: { html: plain ?? (await renderMarkdown(body)).html },
          });
        }
        untouched.forEach((id) => store.delete(id));

        logger.info(summaryLine(survey.stats));
        if (survey.duplicates.length > 0) {
          logger.warn(`${survey.stats.duplicatesMerged} duplicate entries merged into ${survey.duplicates.length} papers (each listed in data-quality.json)`);
        }
        for (const warning of survey.warnings) logger.warn(formatProblem(warning));
      }

      await sync();
      if (!watcher) return;
      watcher.add(seedsDir);
      watcher.on('all', (_event, path) => {
        if (!path.startsWith(seedsDir)) return;
        invalidateSurvey();
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/** Build-report collection: one entry holding what the data-quality report shows. */
export function surveyReportLoader(options: { seedsDir: string }): Loader {
  return {
    name: 'survey-report-loader',
    load: async ({ store, parseData, generateDigest }) => {
      const survey = await loadSurvey(options.seedsDir).catch(() => undefined);
      if (!survey) return; // the papers loader reports seed problems
      const data = {
        stats: survey.stats,
        files: survey.files,
        duplicates: survey.duplicates,
        warnings: survey.warnings,
        repairs: survey.repairs,
      };
      store.set({ id: 'seeds', data: await parseData({ id: 'seeds', data }), digest: generateDigest(data) });
    },
  };
}
