import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCoverage } from '../../src/lib/enrich/coverage.ts';
import { titlePhrase } from '../../src/lib/enrich/query.ts';
import { readSeedFolder } from '../../src/lib/seeds/seed-folder-node.ts';
import { buildSurvey } from '../../src/lib/survey.ts';
import { startArxivStub, type ArxivStub, type StubReply } from '../support/arxiv-stub.ts';
import { cleanEnvironment } from './build-helpers.ts';

/**
 * `npm run enrich` run for real (the command package.json declares) against a local arXiv stub
 * that answers with the hand-written feeds of tests/fixtures/arxiv, on a temporary seeds folder.
 */
const root = join(import.meta.dirname, '../..');
const feed = (name: string): StubReply => ({ body: readFileSync(join(root, 'tests/fixtures/arxiv', name), 'utf8') });
/** The pause between requests the runs are given (ENRICH_DELAY_MS): long enough to measure, short enough to wait for. */
const DELAY_MS = 200;

const TITLES = {
  lowRank: 'Low-Rank Adapters for Frozen Language Models',
  sparse: 'Sparse Experts: Routing at Scale',
  quantized: 'Quantized Attention Kernels',
  continual: 'Continual Learning without Forgetting',
  stateSpace: 'State Space Models for Audio',
  tiny: 'Tiny Recurrent Models',
  graph: 'Graph Transformers Revisited',
};
const abstract = (topic: string) => `We study ${topic} in depth. Experiments on five benchmarks show consistent gains over strong baselines.`;
const dump = (titles: string[]) => `Daily Papers\n\n${titles.map((title) => `${title}\n\n${abstract(title.toLowerCase())}\n`).join('\n')}`;

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A seeds folder of two page dumps (one paper listed in both) and a file that is not a seed. */
function seedsFolder(files: Record<string, string> = {
  'a.txt': dump([TITLES.lowRank, TITLES.sparse, TITLES.quantized, TITLES.continual]),
  'b.txt': dump([TITLES.stateSpace, TITLES.tiny, TITLES.graph, TITLES.lowRank.toUpperCase()]),
  'notes.md': '# Reading notes\n\nNot a seed: enrich must leave it alone.\n',
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'survey-enrich-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every file of a folder but enriched.bib, by name, as a hash of its bytes. */
function otherFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== 'enriched.bib')
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

const bibOf = (dir: string) => {
  try {
    return readFileSync(join(dir, 'enriched.bib'), 'utf8');
  } catch {
    return '';
  }
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The enrich command of package.json, run with this Node (which strips the types), not waited for. */
function startEnrich(seedsDir: string, stub: ArxivStub, args: string[] = [], env: Record<string, string> = {}) {
  const [command, ...scriptArgs] = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.enrich as string).split(' ');
  expect(command).toBe('node');
  // ENRICH_CONTACT only when a run is given one, whatever the machine's environment says.
  const { ENRICH_CONTACT: _machines, ...machine } = cleanEnvironment();
  const environment = { ...machine, SEEDS_DIR: seedsDir, ARXIV_API: stub.url, ENRICH_DELAY_MS: String(DELAY_MS), ...env };
  const child = spawn(process.execPath, [...scriptArgs, ...args], { cwd: root, env: environment });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

const runEnrich = (seedsDir: string, stub: ArxivStub, args: string[] = [], env: Record<string, string> = {}) => startEnrich(seedsDir, stub, args, env).done;

/** Phrases asked for since `from`, in order. */
const askedSince = (stub: ArxivStub, from: number) => stub.requests.slice(from).map((request) => request.phrase);
const phrase = (title: string) => titlePhrase(title);

describe('npm run enrich against a local arXiv stub', () => {
  let stub: ArxivStub;
  let dir: string;
  let before: Record<string, string>;
  let papersBefore: number;
  const runs: Run[] = [];
  const marks: number[] = [];
  const bibs: string[] = [];

  beforeAll(async () => {
    stub = await startArxivStub({
      [phrase(TITLES.lowRank)]: [feed('lowrank-match.xml')],
      [phrase(TITLES.sparse)]: [feed('sparse-doi-journal.xml')],
      [phrase(TITLES.quantized)]: [feed('empty.xml'), feed('quantized-match.xml')],
      [phrase(TITLES.continual)]: [feed('continual-ambiguous.xml')],
      [phrase(TITLES.stateSpace)]: [{ status: 503, type: 'text/plain', body: 'Service Unavailable' }, feed('state-space-match.xml')],
      [phrase(TITLES.tiny)]: [feed('error.xml'), feed('empty.xml')],
      [phrase(TITLES.graph)]: [{ type: 'text/plain', body: 'Rate exceeded.' }, feed('empty.xml')],
    });
    dir = seedsFolder();
    before = otherFiles(dir);
    papersBefore = buildSurvey(await readSeedFolder(dir)).papers.length;
    // 1: everything new; 2: a plain rerun; 3: --retry-missed; 4: --dry-run; 5: nothing left to ask.
    const plan: [string[], Record<string, string>][] = [[[], { ENRICH_CONTACT: 'survey-tests@example.org' }], [[], {}], [['--retry-missed'], {}], [['--dry-run', '--retry-missed'], {}], [[], {}]];
    for (const [args, env] of plan) {
      marks.push(stub.requests.length);
      runs.push(await runEnrich(dir, stub, args, env));
      bibs.push(bibOf(dir));
    }
    marks.push(stub.requests.length);
  }, 120_000);

  afterAll(async () => {
    await stub?.close();
  });

  it('asks about every paper once on the first run, again after a 503, and says what it could not match', () => {
    const [first] = runs;
    expect(first!.stderr).toBe('');
    expect(askedSince(stub, marks[0]!).slice(0, 8)).toEqual([
      phrase(TITLES.continual),
      phrase(TITLES.graph),
      phrase(TITLES.lowRank),
      phrase(TITLES.quantized),
      phrase(TITLES.sparse),
      phrase(TITLES.stateSpace),
      phrase(TITLES.stateSpace),
      phrase(TITLES.tiny),
    ]);
    expect(marks[1]! - marks[0]!).toBe(8);
    // Two lookups failed this run (a malformed answer, an error feed): reported, and the exit status says so.
    expect(first!.code).toBe(1);
    expect(first!.stdout).toMatch(/^1\/7 · 0 matched · about \d+ s left {2}ambiguous \(1901\.00003, 2001\.00004\): "Continual Learning without Forgetting"$/m);
    expect(first!.stdout).toMatch(/^7\/7 · 3 matched · done {2}failed \(arXiv answered with an error: max_results must be an integer\): "Tiny Recurrent Models"$/m);
    expect(first!.stdout).toContain('HTTP 503; asking again in 400 ms');
    expect(first!.stdout).toContain('Done: asked about 7 of 7 · 3 matched · 1 not found · 1 ambiguous · 2 failed.');
    const unmatched = first!.stdout.slice(first!.stdout.indexOf('Could not match:'));
    expect(unmatched).toMatch(/ambiguous {3}"Continual Learning without Forgetting" \(a\.txt:\d+\): arXiv has 1901\.00003, 2001\.00004 under this title; not guessed/);
    expect(unmatched).toMatch(/failed {6}"Graph Transformers Revisited" \(b\.txt:\d+\): the answer is not an arXiv feed: not XML/);
    expect(unmatched).toMatch(/not found {3}"Quantized Attention Kernels" \(a\.txt:\d+\)/);
    expect(unmatched).toMatch(/failed {6}"Tiny Recurrent Models" \(b\.txt:\d+\): arXiv answered with an error/);
    expect(first!.stdout).toContain(`Written to ${join(dir, 'enriched.bib')}`);
  });

  it('writes one entry per match, with the survey title exactly and arXiv metadata', () => {
    const library = parse(bibs[0]!, { sentenceCase: false, unsupported: (_node, tex) => tex });
    expect(library.errors).toEqual([]);
    const byTitle = new Map(library.entries.map((entry) => [entry.fields.title as string, entry]));
    expect([...byTitle.keys()]).toEqual([TITLES.lowRank, TITLES.sparse, TITLES.stateSpace]);
    const lowRank = byTitle.get(TITLES.lowRank)!;
    expect(lowRank.type).toBe('misc');
    expect(lowRank.key).toBe('lovelace2024low');
    expect(lowRank.fields).toMatchObject({
      author: [
        { firstName: 'Ada', lastName: 'Lovelace' },
        { firstName: 'Alan M.', lastName: 'Turing' },
        { firstName: 'Grace', lastName: 'Hopper' },
      ],
      year: '2024',
      month: '1',
      eprint: '2401.00001',
      archiveprefix: 'arXiv',
      primaryclass: 'cs.CL',
      url: 'https://arxiv.org/abs/2401.00001',
    });
    expect(lowRank.fields).not.toHaveProperty('abstract');
    expect(byTitle.get(TITLES.sparse)!.type).toBe('article');
    expect(byTitle.get(TITLES.sparse)!.fields).toMatchObject({ doi: '10.1234/sparse.2024.1', journal: 'J. Sparse Models 3 (2024) 1-20', eprint: '2402.00002' });
    expect(byTitle.get(TITLES.stateSpace)!.fields).toMatchObject({ eprint: '2403.00005', url: 'https://arxiv.org/abs/2403.00005', primaryclass: 'eess.AS' });
    // Each entry is preceded by where it came from and when.
    expect(bibs[0]).toMatch(
      /^@comment\{survey-enrich \{"status":"matched","title":"Low-Rank Adapters for Frozen Language Models","arxiv":"2401\.00001","key":"lovelace2024low","api":"http:\/\/127\.0\.0\.1:\d+\/api\/query","query":"ti:\\"Low-Rank Adapters for Frozen Language Models\\"","at":"\d{4}-\d\d-\d\dT[\d:.]+Z"\}\}\n@misc\{lovelace2024low,$/m,
    );
  });

  it('records the miss and the ambiguity, and not the failures, which the next run asks about again', () => {
    const coverage = readCoverage(bibs[0]!);
    expect(Object.fromEntries([...coverage.byTitle.values()].map((record) => [record.title, record.status]))).toEqual({
      [TITLES.continual]: 'ambiguous',
      [TITLES.lowRank]: 'matched',
      [TITLES.quantized]: 'missed',
      [TITLES.sparse]: 'matched',
      [TITLES.stateSpace]: 'matched',
    });
    expect(coverage.unreadable).toEqual([]);
    expect(coverage.brokenTailAt).toBeUndefined();

    const [, second] = runs;
    expect(askedSince(stub, marks[1]!).slice(0, marks[2]! - marks[1]!)).toEqual([phrase(TITLES.graph), phrase(TITLES.tiny)]);
    expect(second!.code).toBe(0);
    expect(second!.stdout).toContain('7 papers in');
    expect(second!.stdout).toContain('has 3 matched, 1 not found, 1 ambiguous.');
    expect(second!.stdout).toContain('2 titles recorded as not found or ambiguous by earlier runs were not asked again (--retry-missed asks again).');
    // Appended, never rewritten.
    expect(bibs[1]!.startsWith(bibs[0]!)).toBe(true);
    expect(readCoverage(bibs[1]!).byTitle.get(TITLES.graph.toLowerCase())?.status).toBe('missed');
  });

  it('asks again about misses and ambiguities with --retry-missed, and appends only what changed', () => {
    const [, , third] = runs;
    expect(third!.code).toBe(0);
    expect(askedSince(stub, marks[2]!).slice(0, marks[3]! - marks[2]!)).toEqual([phrase(TITLES.continual), phrase(TITLES.graph), phrase(TITLES.quantized), phrase(TITLES.tiny)]);
    expect(bibs[2]!.startsWith(bibs[1]!)).toBe(true);
    const added = bibs[2]!.slice(bibs[1]!.length);
    expect(added.match(/^@comment\{survey-enrich /gm)).toHaveLength(1);
    expect(added).toMatch(/^@misc\{perlman2024quantized,$/m);
    expect(readCoverage(bibs[2]!).byTitle.get(TITLES.quantized.toLowerCase())?.status).toBe('matched');
  });

  it('lists the queries with --dry-run, asking and writing nothing', () => {
    const [, , , dry] = runs;
    expect(dry!.code).toBe(0);
    expect(marks[4]).toBe(marks[3]);
    expect(bibs[3]).toBe(bibs[2]);
    expect(dry!.stdout).toContain('Would ask arXiv about 3 papers');
    expect(dry!.stdout).toContain(`  ${stub.url}?search_query=ti:%22Continual+Learning+without+Forgetting%22&start=0&max_results=10`);
    expect(dry!.stdout).toContain(`  ${stub.url}?search_query=ti:%22Graph+Transformers+Revisited%22&start=0&max_results=10`);
  });

  it('asks nothing when every paper is recorded', () => {
    const [, , , , last] = runs;
    expect(last!.code).toBe(0);
    expect(marks[5]).toBe(marks[4]);
    expect(last!.stdout).toContain('Nothing to ask');
    expect(bibs[4]).toBe(bibs[3]);
  });

  it('paces its requests and sends one at a time, with a User-Agent that names the project', () => {
    for (const [i, request] of stub.requests.entries()) {
      expect(request.inFlight).toBe(1);
      expect(request.userAgent).toMatch(/^survey-site\/\d+\.\d+\.\d+ \(literature-survey site generator; npm run enrich looks up paper titles/);
      // The pause runs from the end of the previous request, so arrivals are the pace apart at least (unpaced, tens of ms).
      if (i > 0 && !marks.includes(i)) expect(request.at - stub.requests[i - 1]!.at).toBeGreaterThanOrEqual(DELAY_MS);
    }
    expect(stub.requests[0]!.userAgent).toContain('mailto:survey-tests@example.org');
    expect(stub.requests[marks[1]!]!.userAgent).not.toContain('mailto:');
    // The retry after the 503 waited twice the pace.
    const [first, retry] = stub.requests.filter((request) => request.phrase === phrase(TITLES.stateSpace));
    expect(retry!.at - first!.at).toBeGreaterThanOrEqual(2 * DELAY_MS);
  });

  it('changes no other file of the seeds folder', () => {
    expect(otherFiles(dir)).toEqual(before);
  });

  it('leaves the survey the same size: the enriched entries merge into their dump papers by title', async () => {
    const survey = buildSurvey(await readSeedFolder(dir));
    expect(survey.papers).toHaveLength(papersBefore);
    expect(Object.fromEntries(survey.papers.map((paper) => [paper.title, paper.arxiv]))).toEqual({
      [TITLES.lowRank]: '2401.00001',
      [TITLES.sparse]: '2402.00002',
      [TITLES.quantized]: '2406.00003',
      [TITLES.continual]: null,
      [TITLES.stateSpace]: '2403.00005',
      [TITLES.tiny]: null,
      [TITLES.graph]: null,
    });
    // Enrichment adds metadata to the dumps' papers: it repeats none and contradicts none.
    expect(survey.report.stats).toMatchObject({ enriched: 4, warnings: 0 });
  });
});

describe('npm run enrich, stopped and limited', () => {
  let stub: ArxivStub;

  beforeAll(async () => {
    stub = await startArxivStub({
      [phrase(TITLES.lowRank)]: [feed('lowrank-match.xml')],
      [phrase(TITLES.quantized)]: ['hang', feed('quantized-match.xml')],
      [phrase(TITLES.sparse)]: [feed('sparse-doi-journal.xml')],
    });
  });

  afterAll(async () => {
    await stub?.close();
  });

  const folder = () => seedsFolder({ 'a.txt': dump([TITLES.lowRank, TITLES.quantized, TITLES.sparse]) });

  it('keeps what it wrote when interrupted (Ctrl-C) and goes on from there on the next run', async () => {
    const dir = folder();
    const from = stub.requests.length;
    const { child, done } = startEnrich(dir, stub);
    // The second paper's answer never comes: the run is stopped while it waits.
    await stub.requested(phrase(TITLES.quantized));
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toContain('Stopping: what was written stays; run again to continue.');
    expect(stopped.stdout).toContain('Interrupted: asked about 1 of 3 · 1 matched');
    const coverage = readCoverage(bibOf(dir));
    expect([...coverage.byTitle.values()].map((record) => [record.title, record.status])).toEqual([[TITLES.lowRank, 'matched']]);
    expect(coverage.brokenTailAt).toBeUndefined();
    expect(parse(bibOf(dir), { sentenceCase: false }).entries.map((entry) => entry.key)).toEqual(['lovelace2024low']);

    const resumed = await runEnrich(dir, stub);
    expect(resumed.code).toBe(0);
    expect(askedSince(stub, from)).toEqual([phrase(TITLES.lowRank), phrase(TITLES.quantized), phrase(TITLES.quantized), phrase(TITLES.sparse)]);
    expect(readCoverage(bibOf(dir)).byTitle.size).toBe(3);
  });

  it('asks about no more than --limit papers and says how many are left', async () => {
    const dir = folder();
    const from = stub.requests.length;
    const run = await runEnrich(dir, stub, ['--limit', '1']);
    expect(run.code).toBe(0);
    expect(askedSince(stub, from)).toEqual([phrase(TITLES.lowRank)]);
    expect(run.stdout).toContain('2 papers left for the next run.');
    expect(readCoverage(bibOf(dir)).byTitle.size).toBe(1);
  });

  it('removes a record cut short by a crash before appending, and asks about its paper again', async () => {
    const dir = folder();
    await runEnrich(dir, stub, ['--limit', '1']);
    const whole = bibOf(dir);
    // As if the machine had stopped in the middle of writing the next record.
    writeFileSync(join(dir, 'enriched.bib'), `${whole}@comment{survey-enrich {"status":"matched","title":"Quantized Attention Kernels","arxiv":"2406.00003","key":"perlman2024quantized","query":"q","at":"t"}}\n@misc{perlman2024quantized,\n  author = {Radia`);
    const run = await runEnrich(dir, stub, ['--limit', '1']);
    expect(run.stderr).toMatch(/removed a record cut short at the end of .*enriched\.bib \(line \d+\); its paper is asked about again/);
    const after = bibOf(dir);
    expect(after.startsWith(whole)).toBe(true);
    expect(parse(after, { sentenceCase: false }).errors).toEqual([]);
    expect([...readCoverage(after).byTitle.values()].map((record) => record.title)).toEqual([TITLES.lowRank, TITLES.quantized]);
  });

  it('refuses an unknown option and a limit that is not a number, asking nothing', async () => {
    const dir = folder();
    const from = stub.requests.length;
    const unknown = await runEnrich(dir, stub, ['--retry-all']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--retry-all'");
    const limit = await runEnrich(dir, stub, ['--limit', 'ten']);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain('--limit needs a whole number of papers, not "ten"');
    expect(stub.requests.length).toBe(from);
  });
});
