import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedExtension } from '../../src/lib/seeds/read-seed-file.ts';
import { buildSurvey, type SeedFile, type Survey } from '../../src/lib/survey.ts';

/** Unique papers in the shipped seeds (tests/unit/survey.test.ts checks how they are counted). */
export const SHIPPED_PAPER_COUNT = 627;

const seedsDir = join(import.meta.dirname, '../../seeds');

/** The seed files shipped in `seeds/` (five page dumps and the arXiv metadata), read as the build reads them. */
export function shippedSeedFiles(): SeedFile[] {
  return readdirSync(seedsDir)
    .filter((name) => seedExtension(name) !== '')
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
}

let survey: Survey | undefined;

/**
 * The survey built from the shipped seeds, once per test file: the real corpus for tests that
 * need many real titles and abstracts. It throws rather than return fewer papers than shipped,
 * so a test can never pass on an empty or missing corpus.
 */
export function shippedSurvey(): Survey {
  survey ??= buildSurvey(shippedSeedFiles());
  if (survey.papers.length !== SHIPPED_PAPER_COUNT) {
    throw new Error(`the shipped seeds gave ${survey.papers.length} papers, expected ${SHIPPED_PAPER_COUNT}`);
  }
  return survey;
}
