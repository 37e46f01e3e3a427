import { describe, expect, it } from 'vitest';
import { citationDate, isoDate, readableDate } from '../../src/lib/timeline/dates.ts';
import { newestFirst } from '../../src/lib/timeline/newest-first.ts';
import { countByYear, describeYears } from '../../src/lib/timeline/year-counts.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

describe('publication dates', () => {
  it('write the year, and the month when known, in each form', () => {
    expect(readableDate({ year: 2023, month: 12 })).toBe('December 2023');
    expect(readableDate({ year: 2023, month: null })).toBe('2023');
    expect(citationDate({ year: 2023, month: 3 })).toBe('2023/03');
    expect(citationDate({ year: 2023, month: null })).toBe('2023');
    expect(isoDate({ year: 2023, month: 3 })).toBe('2023-03');
    expect(isoDate({ year: 1999, month: null })).toBe('1999');
  });

  it('write no date without a year, and no month out of range', () => {
    for (const format of [readableDate, citationDate, isoDate]) expect(format({ year: null, month: 5 })).toBeUndefined();
    expect(citationDate({ year: 2020, month: 13 })).toBe('2020');
  });
});

describe('countByYear', () => {
  it('counts every year from the first to the last, gaps at 0, and the undated apart', () => {
    expect(countByYear([2023, null, 2021, 2023, null])).toEqual({
      bars: [
        { year: 2021, count: 1 },
        { year: 2022, count: 0 },
        { year: 2023, count: 2 },
      ],
      first: 2021,
      last: 2023,
      dated: 3,
      undated: 2,
      peak: { year: 2023, count: 2 },
    });
  });

  it('has nothing to chart when no paper has a year', () => {
    expect(countByYear([])).toBeUndefined();
    expect(countByYear([null, null])).toBeUndefined();
  });

  it('takes the latest of equal peaks', () => {
    expect(countByYear([2020, 2021])!.peak).toEqual({ year: 2021, count: 1 });
  });

  it('counts the shipped seeds: every paper once', () => {
    const papers = shippedSurvey().papers;
    const counts = countByYear(papers.map((paper) => paper.year))!;
    expect(counts.dated + counts.undated).toBe(papers.length);
    expect(counts.dated).toBe(papers.filter((paper) => paper.year !== null).length);
    expect(counts.bars.find((bar) => bar.year === 2023)!.count).toBe(papers.filter((paper) => paper.year === 2023).length);
  });
});

describe('describeYears', () => {
  it('says the span, the busiest year and how many have no year', () => {
    expect(describeYears(countByYear([2021, 2023, 2023, null])!)).toBe('3 papers from 2021 to 2023, most in 2023 (2). 1 paper has no year.');
    expect(describeYears(countByYear([2023, 2023])!)).toBe('2 papers, all from 2023.');
    expect(describeYears(countByYear([2022, null, null])!)).toBe('1 paper, all from 2022. 2 papers have no year.');
  });
});

describe('newestFirst', () => {
  const at = (title: string, year: number | null, month: number | null = null) => ({ title, year, month });

  it('orders by year, then month, undated last, and keeps the given order among equals', () => {
    const byTitle = [at('A', 2021), at('B', null), at('C', 2023, 1), at('D', 2023, 12), at('E', 2023), at('F', 2023, 12), at('G', null)];
    expect(newestFirst(byTitle, (p) => p).map((p) => p.title)).toEqual(['D', 'F', 'C', 'E', 'A', 'B', 'G']);
  });

  it('leaves its input alone', () => {
    const list = [at('A', 2020), at('B', 2024)];
    newestFirst(list, (p) => p);
    expect(list.map((p) => p.title)).toEqual(['A', 'B']);
  });
});
