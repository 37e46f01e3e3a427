import { toBibtex } from '../lib/exports/bibtex.ts';
import { abstractOf, type PaperEntry } from './papers.ts';
import { paperUrls } from './records.ts';

/** One paper's BibTeX entry for its slide kit, citing the absolute page URL even when papers.json is relative. */
export function paperBibtex(paper: PaperEntry): string {
  return toBibtex({ slug: paper.id, title: paper.data.title, abstract: abstractOf(paper), url: paperUrls(paper).page, sources: paper.data.sources });
}
