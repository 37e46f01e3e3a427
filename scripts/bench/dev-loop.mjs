// The survey author's loop in `npm run dev`: how long from saving a seed file or a topic file to
// the open page showing the change. Starts `astro dev` on copies of the seeds and the topic files
// (SEEDS_DIR, TOPICS_DIR: the real ones are never touched), opens a paper page in Chromium, edits
// that paper's abstract in its seed file and waits for the new words on the page (no reload by
// the script: the dev server must bring them); then the same for a topic's overview on its topic
// page. Prints each edit's seconds and the median.
//
//   npm run bench:dev-loop                       # 5 edits of each kind on seeds/
//   npm run bench:dev-loop -- --edits 3 --seeds ~/my-survey --port 4422
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    edits: { type: 'string', default: '5' },
    seeds: { type: 'string', default: join(root, 'seeds') },
    port: { type: 'string', default: process.env.DEV_PORT || '4422' },
    topic: { type: 'string', default: 'lora' },
    verbose: { type: 'boolean', default: false },
  },
});
const edits = Number(args.edits);
const origin = `http://127.0.0.1:${args.port}`;

const work = mkdtempSync(join(tmpdir(), 'survey-dev-loop-'));
const seeds = join(work, 'seeds');
const topics = join(work, 'topics');
cpSync(args.seeds, seeds, { recursive: true });
cpSync(join(root, 'content/topics'), topics, { recursive: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForServer(log) {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${origin}/data-quality.json`).then((r) => r.ok && r.text().then((t) => t.includes('"stats"')), () => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`astro dev did not start:\n${log()}`);
}

/** A paper of the seed copy whose page can be watched: its slug, its seed file and the abstract's line. */
async function pickPaper() {
  const papers = await (await fetch(`${origin}/papers.json`)).json();
  for (const paper of papers) {
    const source = paper.sources.find((s) => s.file.endsWith('.txt'));
    if (!source || paper.sources.length > 1) continue; // a merged paper's abstract may come from another entry
    const lines = readFileSync(join(seeds, source.file), 'utf8').split('\n');
    let line = source.line; // 1-based line of the title; the abstract is the next non-empty line
    while (line < lines.length && lines[line].trim() === '') line++;
    if (lines[line] && lines[line].length > 200) return { slug: paper.slug, file: join(seeds, source.file), index: line };
  }
  throw new Error('no single-source paper with an abstract line in the seeds');
}

/** Rewrites one line of a file. */
function editLine(file, index, change) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[index] = change(lines[index]);
  writeFileSync(file, lines.join('\n'));
}

/** Seconds from saving to the page showing `marker`, the page left open and not reloaded by us. */
async function timeEdit(page, save, marker) {
  const start = performance.now();
  const reloads = [];
  const onNavigate = (frame) => frame === page.mainFrame() && reloads.push(((performance.now() - start) / 1000).toFixed(2));
  page.on('framenavigated', onNavigate);
  save();
  await page.waitForFunction((text) => document.body?.innerText.includes(text), marker, { timeout: 60_000, polling: 50 });
  const seconds = (performance.now() - start) / 1000;
  page.off('framenavigated', onNavigate);
  if (args.verbose) console.log(`  ${marker} shown after ${seconds.toFixed(2)} s; the dev server reloaded the page at ${reloads.join(', ') || 'no time'} s`);
  return seconds;
}

let log = '';
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', args.port], {
  cwd: root,
  env: { ...process.env, SEEDS_DIR: seeds, TOPICS_DIR: topics, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));
const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
try {
  const startup = performance.now();
  await waitForServer(() => log);
  console.log(`astro dev ready in ${((performance.now() - startup) / 1000).toFixed(1)} s`);
  const page = await browser.newPage();

  const paper = await pickPaper();
  await page.goto(`${origin}/papers/${paper.slug}/`);
  await page.waitForLoadState('networkidle');
  const seedTimes = [];
  for (let i = 1; i <= edits; i++) {
    const marker = `Dev loop seed edit ${i} saved.`;
    seedTimes.push(await timeEdit(page, () => editLine(paper.file, paper.index, (line) => `${line.replace(/ Dev loop seed edit \d+ saved\.$/, '')} ${marker}`), marker));
    await page.waitForLoadState('networkidle');
    await sleep(1000);
  }

  const topicFile = join(topics, `${args.topic}.md`);
  await page.goto(`${origin}/topics/${args.topic}/`);
  await page.waitForLoadState('networkidle');
  const topicTimes = [];
  for (let i = 1; i <= edits; i++) {
    const marker = `Dev loop topic edit ${i} saved.`;
    const text = readFileSync(topicFile, 'utf8').replace(/\n?Dev loop topic edit \d+ saved\.\n$/, '\n');
    topicTimes.push(await timeEdit(page, () => writeFileSync(topicFile, `${text.replace(/\n*$/, '\n')}${marker}\n`), marker));
    await page.waitForLoadState('networkidle');
    await sleep(1000);
  }

  const show = (times) => `${times.map((t) => t.toFixed(2)).join(', ')} s; median ${median(times).toFixed(2)} s`;
  console.log(`seed edit (abstract of /papers/${paper.slug}/): ${show(seedTimes)}`);
  console.log(`topic edit (overview of /topics/${args.topic}/): ${show(topicTimes)}`);
} catch (error) {
  console.error(log.slice(-4000));
  throw error;
} finally {
  await browser.close();
  server.kill();
  await sleep(500);
  rmSync(work, { recursive: true, force: true });
}
