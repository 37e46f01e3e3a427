import { toBibtex } from '../lib/bibtex.ts';
import type { PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath } from '../lib/paths.ts';
import { origin } from './records.ts';

/** One paper's BibTeX entry for its slide kit: a citation needs an absolute URL even when papers.json is relative. */
export function paperBibtex(record: PaperRecord): string {
  return toBibtex({ ...record, url: absoluteUrl(paperPath(record.slug), { base: import.meta.env.BASE_URL, origin }) });
}
