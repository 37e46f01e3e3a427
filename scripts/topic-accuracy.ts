/**
 * Measures the topic taxonomy (content/topics/*.md) against the hand-labelled sample and a corpus.
 *
 *   node --experimental-strip-types scripts/topic-accuracy.ts [corpus.json] [--verbose] [--check]
 *
 * corpus.json: an array of { title, abstract } (default /tmp/corpus.json).
 * Prints precision/recall per core topic on tests/fixtures/topic-labels.json, coverage of the
 * corpus (share of papers with at least one topic), papers per topic and the unclassified papers.
 * The rules were tuned on that sample, so its precision/recall are fit, not accuracy (the unit
 * test tests/unit/topic-regression.test.ts guards them); accuracy needs labels made by someone who
 * has not seen the rules.
 * --verbose also lists every false positive / false negative with the rule matches behind it.
 * --check exits with status 1 when a target is missed (P/R >= 0.95, coverage >= 95%, >= 5 papers
 * per topic).
 */
import { CORE_TOPICS } from './core-topics.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTopics } from '../src/lib/topics/compile.ts';
import { classifyPaper, scorePaper, type PaperText } from '../src/lib/topics/score.ts';
import { validateTaxonomy } from '../src/lib/topics/taxonomy.ts';
import { loadTopicDefinitions } from '../src/lib/topics/topic-folder-node.ts';

const TARGET_PR = 0.95;
const TARGET_COVERAGE = 0.95;
const MIN_PER_TOPIC = 5;

interface Labelled extends PaperText {
  core: string[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const check = args.includes('--check');
const corpusPath = args.find((a) => !a.startsWith('--')) ?? '/tmp/corpus.json';

const defs = loadTopicDefinitions(join(root, 'content/topics'));
const problems = validateTaxonomy(defs);
for (const p of problems) console.error(`taxonomy: ${p}`);
const topics = compileTopics(defs);
const labels = JSON.parse(readFileSync(join(root, 'tests/fixtures/topic-labels.json'), 'utf8')) as Labelled[];
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as PaperText[];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const explain = (paper: PaperText, topic: string): string => {
  const s = scorePaper(paper, topics).find((t) => t.topic === topic);
  if (!s) return 'no matches';
  const m = s.matches.map((x) => `${x.in === 'title' ? 'T' : 'A'}:${x.match}(${x.weight})`).join(' ');
  return `score ${s.score}/${s.threshold}${s.excludedBy ? ` excluded by /${s.excludedBy}/` : ''}: ${m}`;
};

let failed = problems.length > 0;

// 1. Precision / recall per core topic on the labelled sample.
console.log(`Labelled sample: ${labels.length} papers`);
console.log('topic                 positives  predicted   TP   FP   FN  precision  recall');
const predictedByPaper = labels.map((p) => new Set(classifyPaper(p, topics).map((a) => a.topic)));
for (const topic of CORE_TOPICS) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  labels.forEach((paper, i) => {
    const truth = paper.core.includes(topic);
    const pred = predictedByPaper[i]!.has(topic);
    if (truth && pred) tp++;
    else if (pred) {
      fp++;
      errors.push(`  FP ${paper.title}\n       ${explain(paper, topic)}`);
    } else if (truth) {
      fn++;
      errors.push(`  FN ${paper.title}\n       ${explain(paper, topic)}`);
    }
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  if (precision < TARGET_PR || recall < TARGET_PR) failed = true;
  console.log(
    `${topic.padEnd(22)}${String(tp + fn).padStart(9)}${String(tp + fp).padStart(11)}${String(tp).padStart(5)}` +
      `${String(fp).padStart(5)}${String(fn).padStart(5)}${precision.toFixed(3).padStart(11)}${recall.toFixed(3).padStart(8)}`,
  );
  if (verbose && errors.length > 0) console.log(errors.join('\n'));
}

// 2. Coverage and papers per topic on the corpus.
const counts = new Map<string, number>(topics.map((t) => [t.id, 0]));
const unclassified: string[] = [];
const started = performance.now();
for (const paper of corpus) {
  const assigned = classifyPaper(paper, topics);
  if (assigned.length === 0) unclassified.push(paper.title);
  for (const a of assigned) counts.set(a.topic, (counts.get(a.topic) ?? 0) + 1);
}
const elapsed = performance.now() - started;
const coverage = corpus.length === 0 ? 1 : (corpus.length - unclassified.length) / corpus.length;
if (coverage < TARGET_COVERAGE) failed = true;
console.log(
  `\nCorpus ${corpusPath}: ${corpus.length} papers, ${topics.length} topics, ` +
    `classified in ${elapsed.toFixed(0)} ms`,
);
console.log(`Coverage: ${corpus.length - unclassified.length}/${corpus.length} = ${pct(coverage)} have >= 1 topic`);
console.log('\nPapers per topic:');
for (const t of topics) {
  const n = counts.get(t.id) ?? 0;
  if (n < MIN_PER_TOPIC) failed = true;
  const parent = t.definition.parent ? ` (parent: ${t.definition.parent})` : '';
  console.log(`  ${String(n).padStart(4)}  ${t.id}${parent}${n < MIN_PER_TOPIC ? '   <-- fewer than 5' : ''}`);
}
console.log(`\nUnclassified (${unclassified.length}):`);
for (const title of unclassified) console.log(`  - ${title}`);

if (check && failed) {
  console.error('\nFAILED: a target (P/R >= 0.95, coverage >= 95%, >= 5 papers per topic) is not met');
  process.exit(1);
}
