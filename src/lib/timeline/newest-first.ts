import type { YearMonth } from './dates.ts';

/**
 * The items newest first: by year, then month (a paper dated only by its year after that
 * year's dated months), undated last; items of the same date keep the order they came in (a
 * list by title stays by title within a month).
 * @example newestFirst([{ year: 2021, month: null }, { year: null, month: null }, { year: 2023, month: 1 }], (d) => d).map((d) => d.year) // [2023, 2021, null]
 */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => YearMonth): T[] {
  // Sorting keys: undated below every year, a missing month below January.
  const key = (item: T) => {
    const { year, month } = dateOf(item);
    return year === null ? [Number.MIN_SAFE_INTEGER, 0] : [year, month ?? 0];
  };
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => b.key[0]! - a.key[0]! || b.key[1]! - a.key[1]! || a.index - b.index)
    .map(({ item }) => item);
}
