import { stringify } from 'csv-stringify/sync';
import { authorList } from './authors.ts';
import type { PaperRecord } from './paper-record.ts';

/**
 * `papers.csv`: the survey as a spreadsheet. `papers.json` is the contract for programs; this
 * file is for people who double-click it, and two decisions follow from that:
 *
 * - **UTF-8 with a byte-order mark.** Excel (Windows and macOS) opens a BOM-less CSV in the
 *   legacy code page and turns every "é" or "—" into mojibake; with the BOM it reads UTF-8.
 *   Programs read it fine once told: Python `encoding='utf-8-sig'`, csv-parse `bom: true`,
 *   pandas and readr strip it by themselves. Otherwise RFC 4180: CRLF after every record
 *   (the last too), fields quoted only when they hold `"`, `,`, CR or LF, quotes doubled.
 * - **Formula injection is defused.** Seed text is scraped; a cell starting with `=`, `+`, `-`,
 *   `@`, tab or CR is a formula to Excel, LibreOffice and Google Sheets (`=HYPERLINK(…)`
 *   leaks data on a click). Such cells get a leading apostrophe (OWASP's advice), which the
 *   spreadsheets treat as "this is text". It is the only change to any value, so a reader
 *   that needs the exact text drops one `'` before one of those characters (`csvCellText`).
 */

/**
 * The title and abstract columns hold the text as the site shows it (repaired); papers.json also
 * has it as listed. Bibliographic columns are empty where no bibliography knows the value.
 */
export const CSV_COLUMNS = ['slug', 'title', 'abstract', 'topics', 'url', 'sources', 'links', 'authors', 'year', 'venue', 'doi', 'arxiv', 'type', 'citekey'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that no spreadsheet will evaluate. */
function defuse(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The exact text of a cell read back from `toCsv` output (undoes the formula apostrophe).
 * @example csvCellText("'=1+1") // '=1+1'
 */
export function csvCellText(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const OPTIONS = {
  record_delimiter: 'windows',
  // csv-stringify quotes a lone LF only when it is the record delimiter; RFC 4180 wants any.
  quoted_match: /[\r\n]/,
} as const;

const HEADER = stringify([[...CSV_COLUMNS]], OPTIONS);

/**
 * One paper as a CSV record (with its CRLF). Topics are joined with `; `, sources written
 * `file:line; file:line`, link URLs joined with a space.
 */
export function csvRow(record: PaperRecord): string {
  const cells = [
    record.slug,
    record.titleRepaired,
    record.abstractRepaired,
    record.topics.join('; '),
    record.url,
    record.sources.map(({ file, line }) => `${file}:${line}`).join('; '),
    record.links.map(({ url }) => url).join(' '),
    authorList(record.authors),
    record.year === null ? '' : String(record.year),
    record.venue ?? '',
    record.doi ?? '',
    record.arxiv ?? '',
    record.type ?? '',
    record.citekey ?? '',
  ].map(defuse);
  return stringify([cells], OPTIONS);
}

/**
 * The papers as CSV, one row per paper under a header row. `row` is `csvRow` unless the caller
 * caches it (a build writes each paper into several files).
 */
export function toCsv(records: readonly PaperRecord[], { bom = true, row = csvRow }: { bom?: boolean; row?: (record: PaperRecord) => string } = {}): string {
  return (bom ? '\ufeff' : '') + HEADER + records.map(row).join('');
}
