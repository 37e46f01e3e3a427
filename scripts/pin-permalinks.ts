/**
 * Pins the published permanent links of the shipped seeds: for every paper, its title, slug and
 * short id (tests/fixtures/permalinks.json). Printed QR codes and links on slides depend on
 * these, so a change of the slug or short-id rules must never move one.
 *
 *   node --experimental-strip-types scripts/pin-permalinks.ts          # add rows for new papers
 *   node --experimental-strip-types scripts/pin-permalinks.ts --check  # exit 1 if a row would change
 *
 * New papers add rows; a row is never rewritten. tests/unit/permalinks.test.ts checks the same.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSurvey } from '../src/lib/survey.ts';

interface PinnedLink {
  title: string;
  slug: string;
  shortId: string;
}

const root = join(import.meta.dirname, '..');
const seedsDir = join(root, 'seeds');
const fixture = join(root, 'tests/fixtures/permalinks.json');
const check = process.argv.includes('--check');

const seedFiles = readdirSync(seedsDir)
  .filter((name) => /\.(txt|bib|json|ris)$/.test(name))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
const built = buildSurvey(seedFiles).papers.map(({ title, slug, shortId }) => ({ title, slug, shortId }));
const pinned: PinnedLink[] = existsSync(fixture) ? JSON.parse(readFileSync(fixture, 'utf8')) : [];

const bySlug = new Map(built.map((link) => [link.slug, link]));
const moved = pinned.filter((row) => {
  const now = bySlug.get(row.slug);
  return !now || now.shortId !== row.shortId || now.title !== row.title;
});
for (const row of moved) console.error(`moved or gone: ${row.slug} (${row.shortId}) "${row.title}"`);
if (moved.length > 0) process.exit(1);

const known = new Set(pinned.map((row) => row.slug));
const added = built.filter((link) => !known.has(link.slug));
if (check) {
  console.log(`${pinned.length} pinned links unchanged; ${added.length} papers not pinned yet`);
} else {
  const rows = [...pinned, ...added].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  writeFileSync(fixture, `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
  console.log(`${pinned.length} pinned links unchanged; ${added.length} added`);
}
