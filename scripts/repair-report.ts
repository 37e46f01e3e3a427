/**
 * Reports what src/lib/repair/repair-abstract.ts does to a corpus of scraped abstracts.
 *
 *   node --experimental-strip-types scripts/repair-report.ts [corpus.json] [--samples N]
 *
 * corpus.json: an array of { title, abstract } (default /tmp/corpus.json).
 * Prints the repairs per kind with counts and the number of abstracts each kind touched, how
 * many abstracts were touched overall, and up to N (default 3) distinct samples of each kind.
 */
import { readFileSync } from 'node:fs';
import { countRepairKinds, repairAbstract, type Repair, type RepairKind } from '../src/lib/repair/repair-abstract.ts';
import { buildCorpusVocabulary } from '../src/lib/repair/vocabulary.ts';

const args = process.argv.slice(2);
const samplesAt = args.indexOf('--samples');
const sampleCount = samplesAt >= 0 ? Number(args[samplesAt + 1] ?? 3) : 3;
const file = args.find((a, i) => !a.startsWith('--') && i !== samplesAt + 1) ?? '/tmp/corpus.json';

const corpus = JSON.parse(readFileSync(file, 'utf8')) as { title?: string; abstract?: string }[];
const abstracts = corpus.map((p) => p.abstract ?? '');

const started = performance.now();
const vocabulary = buildCorpusVocabulary(corpus.flatMap((p) => [p.title ?? '', p.abstract ?? '']));
const results = abstracts.map((abstract) => repairAbstract(abstract, { vocabulary }));
const elapsed = performance.now() - started;

const counts = countRepairKinds(results);
const touchedBy = new Map<RepairKind, number>();
const samples = new Map<RepairKind, string[]>();
results.forEach((result, i) => {
  const source = abstracts[i] ?? '';
  for (const kind of new Set(result.repairs.map((r) => r.kind))) touchedBy.set(kind, (touchedBy.get(kind) ?? 0) + 1);
  for (const repair of result.repairs) {
    const list = samples.get(repair.kind) ?? [];
    const sample = describe(source, repair);
    if (list.length < sampleCount && !list.includes(sample)) list.push(sample);
    samples.set(repair.kind, list);
  }
});

/** `…context «from» → «to» context…`, on one line. */
function describe(source: string, repair: Repair): string {
  const before = source.slice(Math.max(0, repair.index - 25), repair.index).replace(/^\S*\s/, '');
  const after = source.slice(repair.index + repair.from.length, repair.index + repair.from.length + 25).replace(/\s\S*$/, '');
  const clip = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}...` : s);
  return `${before}«${clip(repair.from)}» → «${clip(repair.to)}»${after}`.replace(/\s+/g, ' ');
}

const kinds = (Object.keys(counts) as RepairKind[]).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
const touched = results.filter((r) => r.repairs.length > 0).length;
const total = kinds.reduce((sum, k) => sum + (counts[k] ?? 0), 0);

const width = Math.max(4, ...kinds.map((k) => k.length));
console.log(`Repairs over ${abstracts.length} abstracts from ${file} (${(elapsed / Math.max(1, abstracts.length)).toFixed(3)} ms per abstract)\n`);
console.log(`${'kind'.padEnd(width)}  repairs  abstracts`);
console.log(`${'-'.repeat(width)}  -------  ---------`);
for (const kind of kinds) {
  console.log(`${kind.padEnd(width)}  ${String(counts[kind]).padStart(7)}  ${String(touchedBy.get(kind) ?? 0).padStart(9)}`);
}
console.log(`${'-'.repeat(width)}  -------  ---------`);
console.log(`${'total'.padEnd(width)}  ${String(total).padStart(7)}  ${String(touched).padStart(9)}`);
console.log(`\nAbstracts touched: ${touched} of ${abstracts.length} (${((100 * touched) / Math.max(1, abstracts.length)).toFixed(1)}%)`);

console.log('\nSamples');
for (const kind of kinds) {
  console.log(`\n${kind}`);
  for (const sample of samples.get(kind) ?? []) console.log(`  ${sample}`);
}
