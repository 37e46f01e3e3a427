import { csvRow, toCsv } from '../lib/csv.ts';
import type { PaperRecord } from '../lib/export-json.ts';
import { perPaper } from './per-paper.ts';

const cachedRow = perPaper(csvRow);

/** CSV for export records (papers.csv, per-topic files), each paper's row made once per build. */
export function recordsToCsv(records: readonly PaperRecord[]): string {
  return toCsv(records, { row: cachedRow });
}
