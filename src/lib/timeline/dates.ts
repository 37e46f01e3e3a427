/**
 * A paper's publication date in the forms its readers and tools want: the page's "December
 * 2023", Google Scholar's `2023/12` and schema.org's `2023-12`. Only what is known is written:
 * a month without a year is no date.
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a date is made from (`Paper['year']` and `Paper['month']`). */
export interface YearMonth {
  year: number | null;
  month: number | null;
}

const monthOf = (month: number | null) => (month !== null && month >= 1 && month <= 12 ? month : null);

/**
 * The date as a page shows it.
 * @example readableDate({ year: 2023, month: 12 }) // 'December 2023'
 */
export function readableDate({ year, month }: YearMonth): string | undefined {
  if (year === null) return undefined;
  const m = monthOf(month);
  return m === null ? String(year) : `${MONTH_NAMES[m - 1]} ${year}`;
}

/**
 * The date as `citation_publication_date` takes it (Google Scholar's `YYYY/MM`).
 * @example citationDate({ year: 2023, month: 3 }) // '2023/03'
 */
export function citationDate({ year, month }: YearMonth): string | undefined {
  if (year === null) return undefined;
  const m = monthOf(month);
  return m === null ? String(year) : `${year}/${String(m).padStart(2, '0')}`;
}

/**
 * The date in ISO 8601 to the precision known, for schema.org's `datePublished`.
 * @example isoDate({ year: 2023, month: 3 }) // '2023-03'
 */
export function isoDate({ year, month }: YearMonth): string | undefined {
  if (year === null) return undefined;
  const m = monthOf(month);
  return m === null ? String(year) : `${year}-${String(m).padStart(2, '0')}`;
}
