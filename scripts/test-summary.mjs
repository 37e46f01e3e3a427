// Adds up the JSON reports of vitest (test-reports/unit.json) and Playwright
// (test-reports/e2e.json) into the one line CI reads: "N passed, N failed".
// The reasons for every failure (and notes such as a skip's stated reason) go to stderr first.
// Exit status 1 when anything failed; the counting rules are in test-summary-count.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { countReports } from './test-summary-count.mjs';

/** A report as an object, `undefined` when missing; an unreadable one becomes `null`, which counts as not a report. */
function read(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`test summary: ${path} is not valid JSON (${error.message})`);
    return null;
  }
}

const { passed, failed, problems, notes } = countReports({ unit: read('test-reports/unit.json'), e2e: read('test-reports/e2e.json') });
for (const note of notes) console.error(`note: ${note}`);
for (const problem of problems) console.error(`FAILED ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
