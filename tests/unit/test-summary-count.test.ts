import { describe, expect, it } from 'vitest';
import { countPlaywright, countReports, countVitest } from '../../scripts/test-summary-count.mjs';

// The report objects below are cut down from real reports of vitest 4.1 (`--reporter=json`) and
// Playwright 1.65 (`reporter: 'json'`) run on throwaway test files: same fields, fewer of them.

const FILE = '/repo/tests/unit/example.test.ts';
type VitestTest = { ancestorTitles: string[]; fullName: string; status: string; title: string; failureMessages: string[]; meta: object };
const vTest = (title: string, status: string, failureMessages: string[] = []): VitestTest => ({
  ancestorTitles: [],
  fullName: title,
  status,
  title,
  failureMessages,
  meta: {},
});

/** A vitest report; the counts are given by hand, as vitest writes them next to the files. */
function vitest(counts: { passed: number; failed: number; pending?: number; todo?: number; success: boolean }, files: object[]) {
  return {
    numTotalTestSuites: files.length,
    numPassedTestSuites: 0,
    numFailedTestSuites: 0,
    numPendingTestSuites: 0,
    numTotalTests: counts.passed + counts.failed + (counts.pending ?? 0) + (counts.todo ?? 0),
    numPassedTests: counts.passed,
    numFailedTests: counts.failed,
    numPendingTests: counts.pending ?? 0,
    numTodoTests: counts.todo ?? 0,
    startTime: 1,
    success: counts.success,
    testResults: files,
  };
}
const vFile = (status: string, assertionResults: VitestTest[], message = '') => ({ startTime: 1, endTime: 2, status, message, name: FILE, assertionResults });

type PwTest = { annotations: { type: string; description?: string }[]; expectedStatus: string; status: string; results: object[] };
const pwTest = (status: string, annotations: PwTest['annotations'] = [], error?: string): PwTest => ({
  annotations,
  expectedStatus: status === 'skipped' ? 'skipped' : 'passed',
  status,
  results: [{ status: status === 'unexpected' ? 'failed' : status === 'skipped' ? 'skipped' : 'passed', errors: error ? [{ message: error }] : [], annotations }],
});
const spec = (title: string, test: PwTest) => ({ title, ok: test.status !== 'unexpected', tags: [], tests: [test], file: 'site.spec.ts' });

/** A Playwright report; stats are given by hand, as Playwright writes them next to the suites. */
function playwright(stats: { expected: number; skipped: number; unexpected: number; flaky: number }, specs: object[], errors: object[] = []) {
  return {
    config: {},
    suites: specs.length ? [{ title: 'site.spec.ts', file: 'site.spec.ts', specs }] : [],
    errors,
    stats: { startTime: '2026-01-01T00:00:00.000Z', duration: 1, ...stats },
  };
}

const UNIT_OK = vitest({ passed: 1, failed: 0, success: true }, [vFile('passed', [vTest('works', 'passed')])]);
const E2E_OK = playwright({ expected: 1, skipped: 0, unexpected: 0, flaky: 0 }, [spec('works', pwTest('expected'))]);

describe('countVitest', () => {
  it('passes a run whose tests all passed', () => {
    expect(countVitest(UNIT_OK)).toEqual({ passed: 1, failed: 0, problems: [], notes: [] });
  });

  it('fails a file that threw on import: no test in it, status failed, the error as message', () => {
    const report = vitest({ passed: 1, failed: 0, success: false }, [
      vFile('passed', [vTest('works', 'passed')]),
      { ...vFile('failed', [], 'boom at import'), name: '/repo/tests/unit/broken.test.ts' },
    ]);
    const count = countVitest(report);
    expect(count.failed).toBe(1);
    expect(count.problems).toEqual(['unit: tests/unit/broken.test.ts failed outside its tests: boom at import']);
  });

  it('fails a file whose hook failed after its tests passed', () => {
    const count = countVitest(vitest({ passed: 1, failed: 0, success: false }, [vFile('failed', [vTest('works', 'passed')], 'hook boom')]));
    expect(count).toMatchObject({ passed: 1, failed: 1 });
  });

  it('counts a failed test once, not again for its file', () => {
    const report = vitest({ passed: 1, failed: 1, success: false }, [
      vFile('failed', [vTest('works', 'passed'), vTest('breaks', 'failed', ['AssertionError: expected 1 to be 2\n    at x.ts:3'])]),
    ]);
    expect(countVitest(report)).toEqual({
      passed: 1,
      failed: 1,
      problems: ['unit: tests/unit/example.test.ts › breaks: AssertionError: expected 1 to be 2'],
      notes: [],
    });
  });

  it('fails every skipped and todo test, since vitest keeps no reason for a skip', () => {
    const skipped = { ...vTest('inner', 'skipped'), ancestorTitles: ['block'] };
    const report = vitest({ passed: 1, failed: 0, pending: 1, todo: 1, success: true }, [
      vFile('passed', [vTest('works', 'passed'), skipped, vTest('later', 'todo')]),
    ]);
    const count = countVitest(report);
    expect(count).toMatchObject({ passed: 1, failed: 2 });
    expect(count.problems).toEqual([
      'unit: tests/unit/example.test.ts › block › inner: skipped (vitest keeps no reason; remove the skip or make the test fail)',
      'unit: tests/unit/example.test.ts › later: todo (vitest keeps no reason; remove the skip or make the test fail)',
    ]);
  });

  it('fails a run whose only test is skipped: nothing passed', () => {
    const count = countVitest(vitest({ passed: 0, failed: 0, pending: 1, success: true }, [vFile('passed', [vTest('skipped', 'skipped')])]));
    expect(count.passed).toBe(0);
    expect(count.failed).toBe(2);
    expect(count.problems).toContain('unit: no test passed');
  });

  it('fails a run vitest calls unsuccessful even when no count says why', () => {
    expect(countVitest({ ...UNIT_OK, success: false })).toMatchObject({ failed: 1, problems: ['unit: vitest reports the run as unsuccessful'] });
  });

  it('fails what is not a vitest report', () => {
    expect(countVitest(null).failed).toBe(1);
    expect(countVitest(E2E_OK)).toEqual({ passed: 0, failed: 1, problems: ['unit: not a vitest JSON report'], notes: [] });
  });
});

describe('countPlaywright', () => {
  it('passes a run whose tests all passed, flaky ones noted', () => {
    const report = playwright({ expected: 1, skipped: 0, unexpected: 0, flaky: 1 }, [spec('works', pwTest('expected')), spec('wobbles', pwTest('flaky'))]);
    expect(countPlaywright(report)).toEqual({ passed: 2, failed: 0, problems: [], notes: ['e2e: site.spec.ts › wobbles: flaky (passed on a retry)'] });
  });

  it('fails a failed test, with its first error line without colour codes', () => {
    const report = playwright({ expected: 1, skipped: 0, unexpected: 1, flaky: 0 }, [
      spec('works', pwTest('expected')),
      spec('breaks', pwTest('unexpected', [], 'Error: \u001b[2mexpect(\u001b[22mreceived).toBe(expected)\n\nExpected: 2')),
    ]);
    expect(countPlaywright(report)).toMatchObject({ passed: 1, failed: 1, problems: ['e2e: site.spec.ts › breaks: Error: expect(received).toBe(expected)'] });
  });

  it('fails errors outside tests: a spec that throws on import leaves no suite, only errors', () => {
    const report = playwright({ expected: 0, skipped: 0, unexpected: 0, flaky: 0 }, [], [
      { message: 'Error: boom at import', stack: '', location: {}, snippet: '' },
      { message: 'Error: No tests found.\nMake sure…', stack: '' },
    ]);
    const count = countPlaywright(report);
    expect(count.failed).toBe(3);
    expect(count.problems).toEqual(['e2e: error outside the tests: Error: boom at import', 'e2e: error outside the tests: Error: No tests found.', 'e2e: no test passed']);
  });

  it('passes a skip with a stated reason and fails a bare skip or a fixme', () => {
    const report = playwright({ expected: 1, skipped: 3, unexpected: 0, flaky: 0 }, [
      spec('works', pwTest('expected')),
      spec('on a GPU', pwTest('skipped', [{ type: 'skip', description: 'needs a GPU' }])),
      spec('bare', pwTest('skipped', [{ type: 'skip' }])),
      spec('broken', pwTest('skipped', [{ type: 'fixme', description: 'flaky on CI' }])),
    ]);
    expect(countPlaywright(report)).toEqual({
      passed: 1,
      failed: 2,
      problems: [
        "e2e: site.spec.ts › bare: skipped without a reason (give one: test.skip(condition, 'why'))",
        'e2e: site.spec.ts › broken: marked fixme (a known broken test)',
      ],
      notes: ['e2e: site.spec.ts › on a GPU: skipped: needs a GPU'],
    });
  });

  it('fails skips the stats count but no test explains (a run stopped early)', () => {
    expect(countPlaywright(playwright({ expected: 1, skipped: 2, unexpected: 0, flaky: 0 }, [spec('works', pwTest('expected'))])).failed).toBe(2);
  });

  it('fails a run where nothing passed, even with every skip explained', () => {
    const report = playwright({ expected: 0, skipped: 1, unexpected: 0, flaky: 0 }, [spec('on a GPU', pwTest('skipped', [{ type: 'skip', description: 'needs a GPU' }]))]);
    expect(countPlaywright(report)).toMatchObject({ passed: 0, failed: 1, problems: ['e2e: no test passed'] });
  });

  it('fails what is not a Playwright report', () => {
    expect(countPlaywright(UNIT_OK)).toEqual({ passed: 0, failed: 1, problems: ['e2e: not a Playwright JSON report'], notes: [] });
  });
});

describe('countReports', () => {
  it('adds both reports up', () => {
    expect(countReports({ unit: UNIT_OK, e2e: E2E_OK })).toEqual({ passed: 2, failed: 0, problems: [], notes: [] });
  });

  it('counts a missing report as one failure', () => {
    expect(countReports({ unit: UNIT_OK, e2e: undefined })).toMatchObject({ passed: 1, failed: 1, problems: [expect.stringMatching(/e2e\.json is missing/)] });
    expect(countReports({ unit: undefined, e2e: undefined })).toMatchObject({ passed: 0, failed: 2 });
  });
});
