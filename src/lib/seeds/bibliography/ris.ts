/**
 * Reads an RIS file (Zotero, EndNote, Mendeley, publishers' "export citation") into seed
 * entries. The file is cut at its `TY  -` lines so that each record knows its line and a
 * broken record costs only itself; each record's fields are read and mapped to CSL by
 * Citation.js's RIS plugin.
 *
 * Errors: a file without a `TY  -` record, tags before the first record, a record without its
 * closing `ER  -` line (a truncated or merged record), a record the plugin cannot read.
 * Warnings: a record without a title (it yields no seed entry).
 */
import type { ParsedSeedFile } from '../parse.ts';
import { fieldsFromCsl, pdfLink } from './csl-item.ts';
import { type RisRecord, readRisRecords, risRecordToCsl } from './citation-js.ts';

const RECORD_START = /^TY {2}-/;
const RECORD_END = /^ER {2}-/;
const TAG_LINE = /^[A-Z][A-Z0-9] {2}-( |$)/;

interface RisChunk {
  line: number;
  lines: string[];
}

/** Parses one `.ris` file; `text` may start with a BOM. */
export function parseRisFile(file: string, text: string): ParsedSeedFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result: ParsedSeedFile = { file, entries: [], errors: [], warnings: [], chromeLines: 0 };
  const lines = source.split(/\r\n|\r|\n/);
  const chunks: RisChunk[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (RECORD_START.test(line)) chunks.push({ line: index + 1, lines: [] });
    const chunk = chunks.at(-1);
    if (chunk) chunk.lines.push(line);
    else if (line) result.errors.push({ file, line: index + 1, message: TAG_LINE.test(line) ? 'a field before the first record: a record starts with a `TY  -` line' : 'not RIS: text before the first record (`TY  - JOUR`, …)' });
  });
  if (chunks.length === 0) {
    if (result.errors.length === 0) result.warnings.push({ file, line: 1, message: 'no papers in this file' });
    // One message is enough for a file that is not RIS at all.
    result.errors.splice(1);
    return result;
  }
  for (const chunk of chunks) readRecord(file, chunk, result);
  return result;
}

/** Reads one record into a seed entry, or reports why it cannot be read. */
function readRecord(file: string, chunk: RisChunk, result: ParsedSeedFile): void {
  const { line } = chunk;
  if (!chunk.lines.some((text) => RECORD_END.test(text))) {
    result.errors.push({ file, line, message: 'record without an end: its `ER  -` line is missing (was the file cut short?)' });
    return;
  }
  let record: RisRecord | undefined;
  let fields;
  try {
    record = readRisRecords(chunk.lines.join('\n'))[0];
    fields = record ? fieldsFromCsl(risRecordToCsl(record)) : undefined;
  } catch (error) {
    result.errors.push({ file, line, message: `cannot read the record: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  if (!record || !fields || !fields.type) {
    result.errors.push({ file, line, message: `cannot read the record: its type ${JSON.stringify(String(record?.TY ?? ''))} is not an RIS type (JOUR, CONF, BOOK, …)` });
    return;
  }
  if (!fields.title) {
    result.warnings.push({ file, line, message: 'record has no title' });
    return;
  }
  // RIS's L1 ("file attachments") holds the PDF when it is a link; Zotero writes local paths there, never published.
  const attachments = [record.L1 ?? []].flat().map(String);
  const pdf = fields.pdf ?? attachments.map(pdfLink).find(Boolean) ?? null;
  result.entries.push({ ...fields, pdf, file, line });
}
