/** Papers per year, for the survey's and each topic's year chart. */

/** One year's bar. */
export interface YearBar {
  year: number;
  count: number;
}

export interface YearCounts {
  /** Every year from the first to the last, in order; a year without papers counts 0 (a gap is worth seeing). */
  bars: YearBar[];
  first: number;
  last: number;
  /** Papers with a year, and without one. */
  dated: number;
  undated: number;
  /** The year with the most papers (the latest of equals). */
  peak: YearBar;
}

/**
 * Counts papers per year; undefined when no paper has a year (then there is nothing to chart).
 * @example countByYear([2023, null, 2021, 2023])?.bars // [{ year: 2021, count: 1 }, { year: 2022, count: 0 }, { year: 2023, count: 2 }]
 */
export function countByYear(years: Iterable<number | null>): YearCounts | undefined {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const year of years) {
    if (year === null) undated++;
    else counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const bars: YearBar[] = [];
  for (let year = first; year <= last; year++) bars.push({ year, count: counts.get(year) ?? 0 });
  const peak = bars.reduce((best, bar) => (bar.count >= best.count ? bar : best));
  return { bars, first, last, dated: bars.reduce((sum, bar) => sum + bar.count, 0), undated, peak };
}

const papers = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;

/**
 * The counts in one sentence, for a chart's text summary.
 * @example describeYears(countByYear([2021, 2023, 2023, null])!) // '3 papers from 2021 to 2023, most in 2023 (2). 1 paper has no year.'
 */
export function describeYears(counts: YearCounts): string {
  const span = counts.first === counts.last ? `${papers(counts.dated)}, all from ${counts.first}` : `${papers(counts.dated)} from ${counts.first} to ${counts.last}, most in ${counts.peak.year} (${counts.peak.count})`;
  const undated = counts.undated === 0 ? '' : ` ${papers(counts.undated)} ${counts.undated === 1 ? 'has' : 'have'} no year.`;
  return `${span}.${undated}`;
}
