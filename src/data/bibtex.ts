import { bibtexFields, toBibtex, toBibtexFile } from '../lib/bibtex.ts';
import type { PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath } from '../lib/paths.ts';
import { perPaper } from './per-paper.ts';
import { origin } from './records.ts';

/** A record as BibTeX input: a citation needs an absolute URL even when papers.json is relative. */
function citable(record: PaperRecord): PaperRecord {
  return { ...record, url: absoluteUrl(paperPath(record.slug), { base: import.meta.env.BASE_URL, origin }) };
}

/** One paper's BibTeX entry (the slide kit). */
export function paperBibtex(record: PaperRecord): string {
  return toBibtex(citable(record));
}

// A paper is written into papers.bib and into each of its topics' files: escape it once.
const cachedFields = perPaper(bibtexFields);

/** BibTeX for export records (papers.bib, per-topic files). */
export function recordsToBibtex(records: readonly PaperRecord[]): string {
  return toBibtexFile(records.map(citable), cachedFields);
}
