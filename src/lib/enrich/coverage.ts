import { titleKey } from '../seeds/normalize.ts';
import { RECORD_PREFIX, type EnrichRecord, type RecordStatus } from './records.ts';

/**
 * Reading back which papers an existing enriched.bib already covers, from its `survey-enrich`
 * lines (format in records.ts), without parsing BibTeX: a record is its line, and for a match
 * the entry below it up to the line holding only `}`.
 */

export interface Coverage {
  /** The last complete record of each title, by the survey's title key (`titleKey`). */
  byTitle: Map<string, EnrichRecord>;
  /** The citation keys the file's matches use. */
  keys: Set<string>;
  /**
   * Where a record cut short at the very end of the file starts (a crash while writing it, or a
   * full disk), in UTF-16 units of the text; undefined when the file ends with a whole record
   * or with anything that is not a record.
   */
  brokenTailAt: number | undefined;
  /** 1-based lines that start like a record but cannot be read, or a match whose entry never ends. */
  unreadable: number[];
}

const STATUSES: ReadonlySet<string> = new Set<RecordStatus>(['matched', 'missed', 'ambiguous']);

/** The record a `survey-enrich` line holds, or undefined when it is not one. */
function parseRecordLine(line: string): EnrichRecord | undefined {
  if (!line.startsWith(RECORD_PREFIX) || !line.endsWith('}')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(RECORD_PREFIX.length, -1));
  } catch {
    return undefined;
  }
  const record = value as Partial<EnrichRecord> | null;
  if (!record || typeof record !== 'object' || !STATUSES.has(record.status as string) || typeof record.title !== 'string') return undefined;
  if (record.status === 'matched' && (typeof record.arxiv !== 'string' || typeof record.key !== 'string')) return undefined;
  return record as EnrichRecord;
}

/**
 * What an enriched.bib's text already covers.
 * @example readCoverage('@comment{survey-enrich {"status":"missed","title":"X","query":"q","at":"t"}}\n').byTitle.get('x')?.status // 'missed'
 */
export function readCoverage(text: string): Coverage {
  const lines: { text: string; start: number; terminated: boolean }[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start, terminated: newline !== -1 });
    start = end + 1;
  }
  const coverage: Coverage = { byTitle: new Map(), keys: new Set(), brokenTailAt: undefined, unreadable: [] };
  // A write cut short may end the file with the start of a record's first line, even of its prefix.
  const isCutStart = (j: number) => j === lines.length - 1 && !lines[j]!.terminated && lines[j]!.text !== '' && RECORD_PREFIX.startsWith(lines[j]!.text);
  const isRecordLine = (j: number) => lines[j]!.text.startsWith(RECORD_PREFIX) || isCutStart(j);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isRecordLine(i)) continue;
    const record = parseRecordLine(line.text);
    if (record === undefined) {
      // A line cut short is the last one and has no newline; any other is damage to report.
      if (i === lines.length - 1 && !line.terminated) coverage.brokenTailAt = line.start;
      else coverage.unreadable.push(i + 1);
      continue;
    }
    // A match's entry ends at the first line that is only `}`, unless another record comes first.
    let last = i;
    if (record.status === 'matched') {
      last = -1;
      for (let j = i + 1; j < lines.length && !isRecordLine(j); j++) {
        if (lines[j]!.text.trim() === '}') {
          last = j;
          break;
        }
      }
    }
    if (last === -1) {
      const laterRecord = lines.some((_, j) => j > i && isRecordLine(j));
      if (laterRecord) coverage.unreadable.push(i + 1);
      else coverage.brokenTailAt = line.start;
      continue;
    }
    coverage.byTitle.set(titleKey(record.title), record);
    if (record.key) coverage.keys.add(record.key);
    i = last;
  }
  return coverage;
}
