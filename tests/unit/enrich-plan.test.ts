import { describe, expect, it } from 'vitest';
import { readCoverage } from '../../src/lib/enrich/coverage.ts';
import { planLookups, type PlannedPaper } from '../../src/lib/enrich/plan.ts';
import { unmatchedRecord, recordLine } from '../../src/lib/enrich/records.ts';

const paper = (title: string, ids: Partial<PlannedPaper> = {}): PlannedPaper => ({ title, doi: null, arxiv: null, ...ids });
const asked = { api: 'a', query: 'q', at: 't' };
const papers = [
  paper('Has A DOI', { doi: '10.1/x' }),
  paper('Has An arXiv Id', { arxiv: '2101.00001' }),
  paper('Matched Before'),
  paper('Not Found Before'),
  paper('Ambiguous Before'),
  paper('New One'),
  paper('New Two'),
];
// A matched record is only its line here: the plan reads statuses, not entries.
const coverage = readCoverage(
  recordLine({ status: 'matched', title: 'MATCHED BEFORE', arxiv: '2101.00002', key: 'k', ...asked }) +
    '}\n' +
    unmatchedRecord('Not Found Before', asked) +
    unmatchedRecord('Ambiguous Before', asked, ['1', '2']),
);
const titles = (plan: ReturnType<typeof planLookups>) => plan.ask.map(({ paper: p }) => p.title);

describe('planLookups', () => {
  it('asks about papers with no identifier that the file does not record, in survey order', () => {
    const plan = planLookups(papers, coverage, { retryMissed: false, limit: undefined });
    expect(titles(plan)).toEqual(['New One', 'New Two']);
    expect(plan.identified).toBe(2);
    expect(plan.recorded).toEqual({ matched: 1, missed: 1, ambiguous: 1 });
    expect(plan.deferred).toBe(0);
  });

  it('asks again about misses and ambiguities with retryMissed, passing on the earlier record, never about matches', () => {
    const plan = planLookups(papers, coverage, { retryMissed: true, limit: undefined });
    expect(titles(plan)).toEqual(['Not Found Before', 'Ambiguous Before', 'New One', 'New Two']);
    expect(plan.ask.map(({ previous }) => previous?.status)).toEqual(['missed', 'ambiguous', undefined, undefined]);
    expect(plan.recorded).toEqual({ matched: 1, missed: 0, ambiguous: 0 });
  });

  it('asks about at most limit papers and counts the rest as deferred', () => {
    const plan = planLookups(papers, coverage, { retryMissed: true, limit: 1 });
    expect(titles(plan)).toEqual(['Not Found Before']);
    expect(plan.deferred).toBe(3);
    expect(planLookups(papers, coverage, { retryMissed: false, limit: 0 }).ask).toEqual([]);
  });

  it('asks about every unidentified paper when there is no file yet', () => {
    expect(titles(planLookups(papers, readCoverage(''), { retryMissed: false, limit: undefined }))).toEqual(['Matched Before', 'Not Found Before', 'Ambiguous Before', 'New One', 'New Two']);
  });
});
