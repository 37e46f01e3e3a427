/**
 * The content audit of issue 19: what a reviewer would check of the machine-made text, on a
 * seeds folder (default: the shipped `seeds/`).
 *
 *   npm run audit [-- <seeds-dir>] [--list gist-lead-in|gist-cut|gist-no-contribution|debris|related-unlabelled]
 *
 * Prints
 * - gists: the share that open with "In this paper/work …" or a dangling connector ("To
 *   address this, …"), stop mid-thought, or never state a contribution;
 * - debris: occurrences per pattern (src/lib/repair/debris.ts) in what pages and exports show
 *   (repaired titles and abstracts outside formulas, gists), and the papers they are in;
 * - related papers: agreement with the hand labels in tests/fixtures/related-labels.json (each
 *   sampled paper's top 5, labelled clearly related / borderline / unrelated by reading), for
 *   the lists recorded there before the rework and for the lists the code makes now, with how
 *   many papers a page lists on average and how many pages list none; `--list
 *   related-unlabelled` names the listed pairs the labels do not cover yet.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedFolder } from '../src/lib/seeds/seed-folder-node.ts';
import { analysedText, buildSurvey } from '../src/lib/survey.ts';
import { countDebris, DEBRIS_PATTERNS } from '../src/lib/repair/debris.ts';
import { hasDanglingLeadIn, hasPaperLeadIn, isCutMidThought, statesContribution } from '../src/lib/text/gist-quality.ts';
import { loadTopicDefinitions } from '../src/lib/topics/topic-folder-node.ts';
import { runAnalysisTask } from '../src/build/analysis.ts';
import { relatedAgreement, type RelatedLabels } from '../src/lib/related/agreement.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const list = listAt >= 0 ? args[listAt + 1] : undefined;
const seedsDir = args.find((a, i) => !a.startsWith('--') && i !== listAt + 1) ?? join(root, 'seeds');

const survey = buildSurvey(await readSeedFolder(seedsDir));
const papers = survey.papers;
const n = papers.length;
const pct = (k: number, of = n) => `${k}`.padStart(4) + ` (${((100 * k) / Math.max(1, of)).toFixed(1)}%)`;

// 1. Gists.
const withGist = papers.filter((p) => p.gist);
const leadIn = withGist.filter((p) => hasPaperLeadIn(p.gist));
const dangling = withGist.filter((p) => hasDanglingLeadIn(p.gist));
const cut = withGist.filter((p) => isCutMidThought(p.gist));
const noContribution = withGist.filter((p) => !statesContribution(p.gist, p.titleRepaired));
console.log(`Gists of ${seedsDir}: ${withGist.length} of ${n} papers have one`);
console.log(`  start "In this paper/work …" / "Here, we …"  ${pct(leadIn.length, withGist.length)}`);
console.log(`  start with a dangling connector            ${pct(dangling.length, withGist.length)}`);
console.log(`  stop mid-thought (… or no final stop)      ${pct(cut.length, withGist.length)}`);
console.log(`  state no contribution                      ${pct(noContribution.length, withGist.length)}`);
const lists: Record<string, typeof papers> = { 'gist-lead-in': [...leadIn, ...dangling], 'gist-cut': cut, 'gist-no-contribution': noContribution };
if (list && lists[list]) for (const p of lists[list]!) console.log(`    ${p.slug}: ${p.gist}`);

// 2. Debris in what readers see.
const debris = new Map<string, { count: number; papers: Set<string> }>(DEBRIS_PATTERNS.map(({ id }) => [id, { count: 0, papers: new Set() }]));
for (const paper of papers) {
  for (const text of [paper.titleRepaired, paper.abstractRepaired, paper.gist]) {
    for (const [id, count] of Object.entries(countDebris(text))) {
      const entry = debris.get(id)!;
      entry.count += count;
      entry.papers.add(paper.slug);
      if (list === 'debris') console.log(`    ${id} in ${paper.slug}`);
    }
  }
}
console.log('\nDebris in repaired titles, abstracts (outside formulas) and gists');
for (const { id, example } of DEBRIS_PATTERNS) {
  const { count, papers: where } = debris.get(id)!;
  console.log(`  ${id.padEnd(24)} ${String(count).padStart(4)} in ${String(where.size).padStart(3)} papers   (${example})`);
}

// 3. Related papers against the hand labels.
const labelsFile = join(root, 'tests/fixtures/related-labels.json');
if (existsSync(labelsFile)) {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as RelatedLabels;
  const texts = papers.map(analysedText);
  const topicIds = runAnalysisTask({ task: 'topics', papers: texts, topics: loadTopicDefinitions(join(root, 'content/topics')) });
  const related = runAnalysisTask({ task: 'related', papers: papers.map((p, i) => ({ shortId: p.shortId, ...texts[i]!, topics: topicIds[i]!.ids })) });
  const now = new Map(papers.map((p, i) => [p.shortId, related.ids[i]!.slice(0, labels.k)]));
  console.log(`\nRelated papers: top ${labels.k} of ${labels.papers.length} sampled papers against hand labels`);
  console.log('  lists     pairs  clearly  borderline  unrelated  unlabelled  pages without a clearly related one');
  for (const [name, lists] of [
    ['before', new Map(labels.papers.map((p) => [p.shortId, p.before]))],
    ['now', now],
  ] as const) {
    const a = relatedAgreement(labels, lists);
    const share = (k: number) => `${((100 * k) / Math.max(1, a.pairs)).toFixed(0)}%`.padStart(7);
    console.log(`  ${name.padEnd(8)} ${String(a.pairs).padStart(5)}  ${share(a.related)}  ${share(a.borderline)}     ${share(a.unrelated)}     ${String(a.unlabelled).padStart(6)}     ${a.pagesWithoutRelated}`);
  }
  const shown = related.ids.map((ids) => Math.min(ids.length, labels.k));
  console.log(`  all ${n} pages now list ${(shown.reduce((a, b) => a + b, 0) / Math.max(1, n)).toFixed(2)} of at most ${labels.k} on average; ${shown.filter((k) => k === 0).length} list none`);
  if (list === 'related-unlabelled') {
    const titles = new Map(papers.map((p) => [p.shortId, p.titleRepaired]));
    for (const paper of labels.papers) {
      for (const id of now.get(paper.shortId) ?? []) if (!paper.labels[id]) console.log(`    ${paper.shortId} → ${id}: ${paper.title} → ${titles.get(id)}`);
    }
  }
} else {
  console.log(`\nRelated papers: no labels at ${labelsFile}`);
}
