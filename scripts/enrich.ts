/**
 * `npm run enrich`: looks up on arXiv, by exact title, the papers of the survey that have
 * neither a DOI nor an arXiv id (the page dumps give neither), and writes what it finds to
 * `<SEEDS_DIR>/enriched.bib`, which the next build merges into those papers by title.
 *
 *   npm run enrich                       # ask about every paper not yet in enriched.bib
 *   npm run enrich -- --dry-run          # list the queries, ask nothing, write nothing
 *   npm run enrich -- --limit 50         # ask about 50 papers now, the rest on a later run
 *   npm run enrich -- --retry-missed     # ask again about titles recorded as not found or ambiguous
 *
 * Environment: SEEDS_DIR (as for the build); ENRICH_CONTACT, an e-mail address put in the
 * User-Agent so arXiv can reach whoever runs it. For tests only: ARXIV_API (the query endpoint,
 * e.g. a local stub) and ENRICH_DELAY_MS (the pause between requests, 3000 otherwise).
 *
 * arXiv's terms for its API: no more than one request every three seconds, one connection at a
 * time. So requests go one after another, each starting at least the pace after the previous
 * one ended, retries included. Each record is appended with one write and flushed before the next
 * request, so an interrupted run (Ctrl-C) keeps everything found so far, and a rerun skips it.
 *
 * This lives in scripts/, not src/: it is the project's only code that uses the network, and
 * keeping it out of src/ lets a test hold that nothing the build runs makes a request. The
 * parts worth testing alone are pure modules in src/lib/enrich/.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.ts';
import { MalformedFeedError, parseArxivFeed, type ArxivFeed } from '../src/lib/enrich/atom.ts';
import { readCoverage } from '../src/lib/enrich/coverage.ts';
import { planLookups } from '../src/lib/enrich/plan.ts';
import { aboutDuration, progressLine, remainingMs } from '../src/lib/enrich/progress.ts';
import { ARXIV_API, titleQuery, titleQueryUrl } from '../src/lib/enrich/query.ts';
import { citationKey, FILE_HEADER, matchedRecord, unmatchedRecord } from '../src/lib/enrich/records.ts';
import { matchTitle } from '../src/lib/enrich/title-match.ts';
import { SeedError } from '../src/lib/seeds/problems.ts';
import { readSeedFolder } from '../src/lib/seeds/seed-folder-node.ts';
import { buildSurvey } from '../src/lib/survey.ts';

const USAGE = `Usage: npm run enrich [-- --dry-run] [-- --limit N] [-- --retry-missed]

Looks up on arXiv, by exact title, the papers of SEEDS_DIR (default seeds/) that have no DOI and
no arXiv id, and appends what it finds to <SEEDS_DIR>/enriched.bib. One request every 3 seconds.

  --dry-run        list the queries it would send; send nothing, write nothing
  --limit N        ask about at most N papers this run
  --retry-missed   ask again about titles recorded as not found or ambiguous
  --help           this text`;

/** arXiv's pace: one request every three seconds (Terms of Use for arXiv APIs, "Rate limits"). */
const ARXIV_PACE_MS = 3000;
/** Retries of one lookup after a 5xx, a 429 or a network error, each wait twice the last. */
const RETRIES = 3;
const MAX_BACKOFF_MS = 5 * 60_000;
const REQUEST_TIMEOUT_MS = 60_000;
/** After this many papers in a row whose lookup failed, arXiv is not answering: stop. */
const GIVE_UP_AFTER = 3;

function fail(message: string, code = 2): never {
  console.error(`enrich: ${message}`);
  process.exit(code);
}

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: { 'dry-run': { type: 'boolean' }, limit: { type: 'string' }, 'retry-missed': { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.limit !== undefined && !/^\d+$/.test(values.limit)) fail(`--limit needs a whole number of papers, not "${values.limit}"\n\n${USAGE}`);
    return { dryRun: values['dry-run'] === true, retryMissed: values['retry-missed'] === true, limit: values.limit === undefined ? undefined : Number(values.limit) };
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function paceFromEnvironment(): number {
  const given = process.env.ENRICH_DELAY_MS;
  if (given === undefined || given === '') return ARXIV_PACE_MS;
  if (!/^\d+$/.test(given)) fail(`ENRICH_DELAY_MS must be a whole number of milliseconds, not "${given}" (it is for tests; leave it unset to keep arXiv's pace)`);
  return Number(given);
}

const options = parseOptions();
const paceMs = paceFromEnvironment();
const api = process.env.ARXIV_API || ARXIV_API;
const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const contact = process.env.ENRICH_CONTACT ? `; mailto:${process.env.ENRICH_CONTACT}` : '';
const userAgent = `survey-site/${version} (literature-survey site generator; npm run enrich looks up paper titles${contact})`;
const seedsDir = resolve(resolveConfig(process.env).seedsDir);
const bibPath = join(seedsDir, 'enriched.bib');
/** A path as the log shows it: relative to where the command runs when it is below it. */
const shownPath = (path: string) => {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
};
const shownBibPath = shownPath(bibPath);

/**
 * Keeps requests at least `ms` apart as arXiv sees them: the pause runs from the end of the
 * previous request (its answer read, or its failure), not from the call that started it, since
 * a request reaches the server some time after that call (the first of a run also loads the
 * HTTP client and opens the connection) and a slow start would shorten the gap arXiv measures.
 */
function createPacer(ms: number) {
  let lastEnd = -Infinity;
  return {
    async wait(signal: AbortSignal) {
      // Timers may fire a millisecond early by this clock: wait until it really says so.
      for (let left = lastEnd + ms - performance.now(); left > 0; left = lastEnd + ms - performance.now()) await sleep(left, undefined, { signal });
    },
    finished() {
      lastEnd = performance.now();
    },
  };
}
const pacer = createPacer(paceMs);

type Lookup = { ok: true; body: string } | { ok: false; reason: string };

/** Why a request did not complete, in a reader's words. */
function networkReason(error: unknown): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return `network error (${err.cause?.code ?? err.cause?.message ?? err.message})`;
}

/** Seconds or an HTTP date from a Retry-After header, in milliseconds. */
function retryAfterMs(header: string | null): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}

/** Asks `url`, retrying 5xx, 429 and network errors with growing waits. Throws only when stopped. */
async function lookUp(url: string, signal: AbortSignal): Promise<Lookup> {
  for (let attempt = 1; ; attempt++) {
    await pacer.wait(signal);
    let reason: string;
    let serverWait = 0;
    try {
      const response = await fetch(url, {
        headers: { 'user-agent': userAgent, accept: 'application/atom+xml' },
        signal: AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      });
      const body = await response.text();
      pacer.finished();
      if (response.ok) return { ok: true, body };
      reason = `HTTP ${response.status}`;
      // Another 4xx is an answer about the request itself: asking again would get the same.
      if (response.status !== 429 && response.status < 500) return { ok: false, reason };
      serverWait = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      pacer.finished();
      if (signal.aborted) throw error;
      reason = networkReason(error);
    }
    if (attempt > RETRIES) return { ok: false, reason: `${reason}, ${attempt} attempts` };
    const wait = Math.min(MAX_BACKOFF_MS, Math.max(serverWait, paceMs * 2 ** attempt));
    console.log(`    ${reason}; asking again in ${wait < 1000 ? `${wait} ms` : `${Math.round(wait / 1000)} s`}`);
    await sleep(wait, undefined, { signal });
  }
}

/** Appends one record with one write, flushed to disk before the next request. */
function appendRecord(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  const fd = openSync(bibPath, 'a');
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A title for a log line. */
const shown = (title: string) => `"${title.length > 80 ? `${title.slice(0, 79)}…` : title}"`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function main(): Promise<number> {
  let survey: ReturnType<typeof buildSurvey>;
  try {
    // Its own file is left out: this tool reads it itself (a record a crash cut short must not
    // stop the run), and the papers it enriched are still the ones without an identifier of their own.
    survey = buildSurvey((await readSeedFolder(seedsDir)).filter((file) => file.name !== 'enriched.bib'));
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    console.error(`enrich: the seeds in ${seedsDir} cannot be read, so there is nothing to look up:`);
    for (const problem of error.problems) console.error(`  ${problem.file}:${problem.line}: ${problem.message}`);
    return 1;
  }

  let existing = existsSync(bibPath) ? readFileSync(bibPath, 'utf8') : '';
  const coverage = readCoverage(existing);
  for (const line of coverage.unreadable) console.warn(`enrich: ${shownBibPath}:${line}: a survey-enrich line that cannot be read; ignored`);
  if (coverage.brokenTailAt !== undefined) {
    const line = existing.slice(0, coverage.brokenTailAt).split('\n').length;
    if (options.dryRun) console.warn(`enrich: ${shownBibPath} ends with a record cut short (line ${line}); a real run removes it and asks about its paper again`);
    else {
      // Left by a crash or a full disk mid-write: a half entry would break every BibTeX reader of the file.
      existing = existing.slice(0, coverage.brokenTailAt);
      truncateSync(bibPath, Buffer.byteLength(existing, 'utf8'));
      console.warn(`enrich: removed a record cut short at the end of ${shownBibPath} (line ${line}); its paper is asked about again`);
    }
  }

  const plan = planLookups(survey.papers, coverage, options);
  const total = plan.ask.length;
  console.log(
    `${plural(survey.papers.length, 'paper')} in ${shownPath(seedsDir)}: ${plan.identified} with a DOI or arXiv id; ` +
      `${shownBibPath} has ${plan.recorded.matched} matched, ${plan.recorded.missed} not found, ${plan.recorded.ambiguous} ambiguous.`,
  );
  if (paceMs !== ARXIV_PACE_MS) console.log(`Pace: one request every ${paceMs} ms (ENRICH_DELAY_MS; arXiv's terms ask for 3 s).`);
  if (api !== ARXIV_API) console.log(`API: ${api} (ARXIV_API).`);

  if (options.dryRun) {
    console.log(total === 0 ? 'Nothing to ask.' : `Would ask arXiv about ${plural(total, 'paper')} (${aboutDuration(total * paceMs)}):`);
    for (const { paper } of plan.ask) {
      try {
        console.log(`  ${titleQueryUrl(paper.title, api)}`);
      } catch (error) {
        console.log(`  cannot ask about ${shown(paper.title)}: ${(error as Error).message}`);
      }
    }
    if (plan.deferred > 0) console.log(`(${plan.deferred} more after --limit)`);
    return 0;
  }
  if (total === 0) {
    console.log(`Nothing to ask${plan.deferred > 0 ? '' : ': every paper without an identifier is in ' + shownBibPath}.`);
    return 0;
  }
  console.log(`Asking arXiv about ${plural(total, 'paper')}, one request every ${paceMs >= 1000 ? `${paceMs / 1000} s` : `${paceMs} ms`} (${aboutDuration(total * paceMs)}).`);

  let needsNewline = existing.length > 0 && !existing.endsWith('\n');
  let written = 0;
  const write = (text: string) => {
    if (!existsSync(bibPath)) {
      // Created whole or not at all (a rename is atomic), and only once there is something to keep.
      const temporary = `${bibPath}.${process.pid}.tmp`;
      writeFileSync(temporary, FILE_HEADER);
      renameSync(temporary, bibPath);
      needsNewline = false;
    }
    appendRecord(needsNewline ? `\n${text}` : text);
    needsNewline = false;
    written++;
  };

  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    console.log('\nStopping: what was written stays; run again to continue.');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const keys = new Set(coverage.keys);
  const unmatched: string[] = [];
  const counts = { matched: 0, missed: 0, ambiguous: 0, failed: 0 };
  const started = performance.now();
  let done = 0;
  let failedInARow = 0;
  let interrupted = false;
  for (const { paper, previous } of plan.ask) {
    const where = paper.sources.map(({ file, line }) => `${file}:${line}`).join(', ');
    let outcome: string;
    let url = '';
    let result: Lookup = { ok: false, reason: 'the title has no words to search for' };
    try {
      url = titleQueryUrl(paper.title, api);
    } catch {
      // Left as failed: a title of symbols alone cannot be searched for.
    }
    if (url) {
      try {
        result = await lookUp(url, stop.signal);
      } catch {
        interrupted = true;
        break;
      }
    }
    const asked = { api, query: url ? titleQuery(paper.title) : '', at: new Date().toISOString() };
    // Why this paper could not be looked up this run, if it could not.
    let problem = result.ok ? undefined : result.reason;
    let feed: ArxivFeed = { kind: 'entries', entries: [] };
    if (result.ok) {
      try {
        feed = parseArxivFeed(result.body);
        if (feed.kind === 'error') problem = `arXiv answered with an error: ${feed.message}`;
      } catch (error) {
        if (!(error instanceof MalformedFeedError)) throw error;
        problem = `the answer is not an arXiv feed: ${error.message}`;
      }
    }
    if (problem !== undefined || feed.kind === 'error') {
      counts.failed++;
      failedInARow++;
      outcome = `failed (${problem})`;
      unmatched.push(`  failed      ${shown(paper.title)} (${where}): ${problem}; asked again on the next run`);
    } else {
      failedInARow = 0;
      const match = matchTitle(paper.title, feed.entries);
      if (match.status === 'matched') {
        const key = citationKey(match.entry, paper.title, keys);
        keys.add(key);
        write(matchedRecord(paper.title, match.entry, key, asked));
        counts.matched++;
        outcome = `matched arXiv:${match.entry.id}`;
      } else {
        const candidates = match.status === 'ambiguous' ? match.ids : undefined;
        // A retry that learns nothing new adds nothing: the earlier record stands.
        const same = previous?.status === match.status && (previous.candidates ?? []).join() === (candidates ?? []).join();
        if (!same) write(unmatchedRecord(paper.title, asked, candidates));
        counts[match.status]++;
        outcome = match.status === 'missed' ? 'not found' : `ambiguous (${candidates!.join(', ')})`;
        unmatched.push(
          match.status === 'missed'
            ? `  not found   ${shown(paper.title)} (${where})`
            : `  ambiguous   ${shown(paper.title)} (${where}): arXiv has ${candidates!.join(', ')} under this title; not guessed`,
        );
      }
    }
    done++;
    const left = remainingMs({ done, total, elapsedMs: performance.now() - started, paceMs });
    console.log(`${progressLine({ done, total, matched: counts.matched, remainingMs: left })}  ${outcome}: ${shown(paper.title)}`);
    if (failedInARow >= GIVE_UP_AFTER && done < total) {
      console.log(`arXiv did not answer for ${GIVE_UP_AFTER} papers in a row: stopping. What was found is kept; run again later.`);
      break;
    }
  }

  console.log('');
  console.log(
    `${interrupted ? 'Interrupted' : 'Done'}: asked about ${done} of ${total} · ${counts.matched} matched · ${counts.missed} not found · ${counts.ambiguous} ambiguous · ${counts.failed} failed.`,
  );
  if (unmatched.length > 0) console.log(`Could not match:\n${unmatched.join('\n')}`);
  const earlier = plan.recorded.missed + plan.recorded.ambiguous;
  if (earlier > 0) console.log(`${plural(earlier, 'title')} recorded as not found or ambiguous by earlier runs were not asked again (--retry-missed asks again).`);
  if (plan.deferred > 0 || done < total) console.log(`${plural(plan.deferred + total - done, 'paper')} left for the next run.`);
  if (written > 0) console.log(`Written to ${shownBibPath}; the next build merges its entries into their papers by title.`);
  else console.log(`Nothing new to write; ${existsSync(bibPath) ? `${shownBibPath} is unchanged` : `no ${shownBibPath} yet`}.`);
  return interrupted ? 130 : counts.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
