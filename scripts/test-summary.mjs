// Adds up the JSON reports of vitest (test-reports/unit.json) and Playwright
// (test-reports/e2e.json) into the one line CI reads: "N passed, N failed".
// A report that is missing (its runner never started) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

function read(path) {
  if (!existsSync(path)) {
    console.error(`test summary: ${path} is missing (that test run did not complete)`);
    failed++;
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = read('test-reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0);
}

const e2e = read('test-reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
