import { bibtexFields, toBibtexFile } from '../lib/bibtex.ts';
import type { PaperRecord } from '../lib/export-json.ts';
import { absoluteUrl, paperPath } from '../lib/paths.ts';
import { perPaper } from './per-paper.ts';
import { origin } from './records.ts';

/** A record as BibTeX input: a citation needs an absolute URL even when papers.json is relative. */
function citable(record: PaperRecord): PaperRecord {
  return { ...record, url: absoluteUrl(paperPath(record.slug), { base: import.meta.env.BASE_URL, origin }) };
}

// A paper is written into its page's slide kit, papers.bib and each of its topics' files:
// escape it once per build.
const cachedFields = perPaper(bibtexFields);

/** One paper's BibTeX entry (the slide kit): a one-entry file is exactly `toBibtex`'s entry. */
export function paperBibtex(record: PaperRecord): string {
  return toBibtexFile([citable(record)], cachedFields);
}

/** BibTeX for export records (papers.bib, per-topic files). */
export function recordsToBibtex(records: readonly PaperRecord[]): string {
  return toBibtexFile(records.map(citable), cachedFields);
}
