/** Years and months from the date shapes bibliographies use. */

/** A CSL date: `date-parts`, or a `raw`/`literal` string when the exporter could not split it. */
export interface CslDate {
  'date-parts'?: unknown;
  raw?: unknown;
  literal?: unknown;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^\s*(\d{4})(?:[-/](\d{1,2}))?/;
const YEAR = /\b(\d{4})\b/;
const MONTH_WORD = /\b([A-Za-z]{3,9})\.?\s+\d{4}\b|\b\d{4}\s+([A-Za-z]{3,9})\b/;

/**
 * A month 1–12 from a number or a month name (English, full or abbreviated); null otherwise.
 * CSL's seasons (13–16) are not months.
 * @example monthNumber('jun') // 6
 * @example monthNumber('09') // 9
 * @example monthNumber('Summer') // null
 */
export function monthNumber(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : null;
  }
  const word = text.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.indexOf(word.slice(0, 3));
  // Only a month's name or its prefix of at least three letters (`Sept`, `June`), not any word starting with one.
  return index >= 0 && /^[a-z]{3,9}$/.test(word) && monthFullName(index).startsWith(word) ? index + 1 : null;
}

function monthFullName(index: number): string {
  return ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][index]!;
}

/**
 * The year and month of a CSL date; each null when it does not say.
 * @example yearMonthOf({ 'date-parts': [[2021, 6, 17]] }) // { year: 2021, month: 6 }
 * @example yearMonthOf({ raw: 'June 2021' }) // { year: 2021, month: 6 }
 */
export function yearMonthOf(date: CslDate | undefined): { year: number | null; month: number | null } {
  const parts = Array.isArray(date?.['date-parts']) ? date['date-parts'][0] : undefined;
  if (Array.isArray(parts) && parts.length > 0) {
    const year = Number.parseInt(String(parts[0]), 10);
    return { year: Number.isInteger(year) ? year : null, month: parts.length > 1 ? monthNumber(parts[1]) : null };
  }
  const text = typeof date?.raw === 'string' ? date.raw : typeof date?.literal === 'string' ? date.literal : '';
  return yearMonthOfText(text);
}

/**
 * The year and month a date string gives: ISO (`2021-06-17`, `2021-06`), or a month name beside a year.
 * @example yearMonthOfText('2021-06-17') // { year: 2021, month: 6 }
 */
export function yearMonthOfText(text: string): { year: number | null; month: number | null } {
  const iso = ISO.exec(text);
  if (iso?.[2]) return { year: Number(iso[1]), month: monthNumber(iso[2]) };
  const year = YEAR.exec(text);
  const word = MONTH_WORD.exec(text);
  return { year: year ? Number(year[1]) : null, month: word ? monthNumber(word[1] ?? word[2]) : null };
}
