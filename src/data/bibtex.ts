import { toBibtexFile } from '../lib/bibtex.ts';
import type { PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath } from '../lib/paths.ts';
import { origin } from './records.ts';

/** BibTeX for export records; a citation needs an absolute URL even when papers.json is relative. */
export function recordsToBibtex(records: readonly PaperRecord[]): string {
  const base = import.meta.env.BASE_URL;
  return toBibtexFile(records.map((record) => ({ ...record, url: absoluteUrl(paperPath(record.slug), { base, origin }) })));
}
