/**
 * Times related papers (src/lib/related/) on the shipped seeds and on synthetic corpora from
 * the bench's generator, old single-word tf-idf against the current ranking.
 *
 *   node scripts/related-timing.ts [sizes, default 627,5000,20000] [--no-old]
 *
 * 627 means the shipped seeds; other sizes are `generateCorpus({ papers: N })` (without topics,
 * so the prior is off there). Prints wall and CPU seconds and the heap in use afterwards; CPU
 * time is the steadier number on a shared machine.
 */
import { join } from 'node:path';
import { generateCorpus } from './bench/generate.mjs';
import { readSeedFolder } from '../src/lib/seeds/seed-folder-node.ts';
import { analysedText, buildSurvey } from '../src/lib/survey.ts';
import { relatedIds } from '../src/lib/related/related.ts';
import { relatedWithTerms } from '../src/lib/related/related-lists.ts';
import { topicIdsOf } from '../src/lib/topics/score.ts';
import { loadTopicDefinitions } from '../src/lib/topics/topic-folder-node.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '627,5000,20000').split(',').map(Number);
const withOld = !args.includes('--no-old');

type Paper = { shortId: string; title: string; abstract: string; topics: string[] };

async function corpus(size: number): Promise<Paper[]> {
  if (size === 627) {
    const papers = buildSurvey(await readSeedFolder(join(root, 'seeds'))).papers;
    const texts = papers.map(analysedText);
    const topics = topicIdsOf(texts, loadTopicDefinitions(join(root, 'content/topics')));
    return papers.map((p, i) => ({ shortId: p.shortId, ...texts[i]!, topics: topics[i]! }));
  }
  return (generateCorpus({ papers: size }).papers as { title: string; abstract: string }[]).map((p, i) => ({ shortId: `p${i}`, ...p, topics: [] }));
}

function time<T>(run: () => T): { wall: number; cpu: number; result: T } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - wall0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, result };
}

console.log('papers   ranking                 wall s   cpu s   heap MiB');
for (const size of sizes) {
  const papers = await corpus(size);
  if (withOld) {
    const old = time(() => relatedIds(papers));
    console.log(`${String(papers.length).padStart(6)}   tf-idf, single words  ${old.wall.toFixed(2).padStart(7)} ${old.cpu.toFixed(2).padStart(7)}   ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0).padStart(6)}`);
  }
  const now = time(() => relatedWithTerms(papers));
  console.log(`${String(papers.length).padStart(6)}   tf-idf+bigrams+LSA    ${now.wall.toFixed(2).padStart(7)} ${now.cpu.toFixed(2).padStart(7)}   ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0).padStart(6)}`);
}
