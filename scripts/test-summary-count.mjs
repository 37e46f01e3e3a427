// Counts the JSON reports of vitest 4 and Playwright into passed and failed tests, with the reason
// for every failure. Pure (no file access), so tests/unit/test-summary-count.test.ts can feed it
// report objects shaped like the ones the reporters write. Plain JavaScript: .ci/run calls
// scripts/test-summary.mjs with whatever Node the machine has.

/**
 * @typedef {{ passed: number, failed: number, problems: string[], notes: string[] }} Count
 *   `problems`: why the run fails, one line each; `notes`: what is worth knowing but passes
 *   (a skip with its reason, a flaky test).
 */

/** Shortens an absolute test file path to its place in the repository. */
const place = (/** @type {string} */ file) => String(file).replace(/^.*?\/(?=tests\/)/, '');

/** First line of an error message, for a one-line reason (Playwright's messages carry colour codes). */
const firstLine = (/** @type {unknown} */ text) =>
  String(text ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')[0] || '(no message)';

/** A vitest test's name with its describe blocks. */
const vitestTitle = (/** @type {any} */ file, /** @type {any} */ test) => [place(file.name), ...(test.ancestorTitles ?? []), test.title].join(' › ');

const count = (/** @type {unknown} */ n) => (Number.isInteger(n) && /** @type {number} */ (n) >= 0 ? /** @type {number} */ (n) : undefined);

/**
 * Counts a vitest 4 JSON report (`--reporter=json`).
 * A file that failed outside its tests (an import that throws, a failing hook, no tests at all)
 * has `status: 'failed'` and a `message` but no failed test: it counts as one failure. Vitest
 * records no reason for a skip, so every skipped or todo test counts as a failure.
 * @param {any} report
 * @returns {Count}
 */
export function countVitest(report) {
  const passedTests = count(report?.numPassedTests);
  const failedTests = count(report?.numFailedTests);
  const pending = count(report?.numPendingTests);
  const todo = count(report?.numTodoTests);
  if (passedTests === undefined || failedTests === undefined || pending === undefined || todo === undefined || !Array.isArray(report.testResults)) {
    return { passed: 0, failed: 1, problems: ['unit: not a vitest JSON report'], notes: [] };
  }
  const problems = [];
  let failed = failedTests + pending + todo;
  let listedSkips = 0;
  for (const file of report.testResults) {
    const tests = Array.isArray(file.assertionResults) ? file.assertionResults : [];
    for (const test of tests) {
      if (test.status === 'failed') problems.push(`unit: ${vitestTitle(file, test)}: ${firstLine(test.failureMessages?.[0])}`);
      else if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
        listedSkips++;
        problems.push(`unit: ${vitestTitle(file, test)}: ${test.status} (vitest keeps no reason; remove the skip or make the test fail)`);
      }
    }
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      failed++;
      problems.push(`unit: ${place(file.name)} failed outside its tests: ${firstLine(file.message)}`);
    }
  }
  if (pending + todo > listedSkips) problems.push(`unit: ${pending} skipped and ${todo} todo tests in all`);
  // A run vitest itself calls unsuccessful fails even when no count above says why.
  if (report.success === false && failed === 0) {
    failed++;
    problems.push('unit: vitest reports the run as unsuccessful');
  }
  if (passedTests === 0) {
    failed++;
    problems.push('unit: no test passed');
  }
  return { passed: passedTests, failed, problems, notes: [] };
}

/**
 * Every test of a Playwright JSON report, with its title path.
 * @param {any[]} suites
 * @param {string[]} path
 * @returns {{ title: string, test: any }[]}
 */
function playwrightTests(suites, path = []) {
  return (suites ?? []).flatMap((suite) => {
    const here = [...path, suite.title];
    return [
      ...(suite.specs ?? []).flatMap((spec) => (spec.tests ?? []).map((test) => ({ title: [...here, spec.title].join(' › '), test }))),
      ...playwrightTests(suite.suites, here),
    ];
  });
}

/**
 * Counts a Playwright JSON report (`reporter: 'json'`).
 * Errors outside tests (a spec that throws on import, `.only` under `forbidOnly`, no tests found)
 * are in `errors`. A skip passes only with a stated reason: an annotation of type 'skip' with a
 * description (`test.skip(condition, 'why')`); a bare skip or a fixme is a failure.
 * @param {any} report
 * @returns {Count}
 */
export function countPlaywright(report) {
  const stats = report?.stats;
  const expected = count(stats?.expected);
  const unexpected = count(stats?.unexpected);
  const skipped = count(stats?.skipped);
  const flaky = count(stats?.flaky);
  if (expected === undefined || unexpected === undefined || skipped === undefined || flaky === undefined || !Array.isArray(report.errors)) {
    return { passed: 0, failed: 1, problems: ['e2e: not a Playwright JSON report'], notes: [] };
  }
  const problems = report.errors.map((/** @type {any} */ error) => `e2e: error outside the tests: ${firstLine(error.message)}`);
  const notes = [];
  let excused = 0;
  for (const { title, test } of playwrightTests(report.suites)) {
    if (test.status === 'unexpected') problems.push(`e2e: ${title}: ${firstLine(test.results?.at(-1)?.errors?.[0]?.message)}`);
    if (test.status === 'flaky') notes.push(`e2e: ${title}: flaky (passed on a retry)`);
    if (test.status !== 'skipped') continue;
    const reason = (test.annotations ?? []).find((/** @type {any} */ a) => a.type === 'skip' && String(a.description ?? '').trim());
    if (reason) {
      excused++;
      notes.push(`e2e: ${title}: skipped: ${reason.description.trim()}`);
    } else if ((test.annotations ?? []).some((/** @type {any} */ a) => a.type === 'fixme')) problems.push(`e2e: ${title}: marked fixme (a known broken test)`);
    else problems.push(`e2e: ${title}: skipped without a reason (give one: test.skip(condition, 'why'))`);
  }
  const unexcused = Math.max(0, skipped - excused);
  let failed = unexpected + report.errors.length + unexcused;
  if (expected + flaky === 0) {
    failed++;
    problems.push('e2e: no test passed');
  }
  return { passed: expected + flaky, failed, problems, notes };
}

/**
 * Adds up both reports; a report that is `undefined` (missing: its runner never finished) is one
 * failure.
 * @param {{ unit: any, e2e: any }} reports
 * @returns {Count}
 */
export function countReports({ unit, e2e }) {
  const parts = [
    unit === undefined ? { passed: 0, failed: 1, problems: ['unit: test-reports/unit.json is missing (vitest did not finish)'], notes: [] } : countVitest(unit),
    e2e === undefined ? { passed: 0, failed: 1, problems: ['e2e: test-reports/e2e.json is missing (Playwright did not run or finish)'], notes: [] } : countPlaywright(e2e),
  ];
  return {
    passed: parts.reduce((sum, part) => sum + part.passed, 0),
    failed: parts.reduce((sum, part) => sum + part.failed, 0),
    problems: parts.flatMap((part) => part.problems),
    notes: parts.flatMap((part) => part.notes),
  };
}
