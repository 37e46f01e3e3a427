import { z } from 'zod';

/**
 * What the list page knows of one paper, from `/p/<id>/paper.json`: enough to show it
 * (title, page link, short citation, gist) and to export a list of papers without a server
 * (its citation key, BibTeX entry and CSV row as the build wrote them for papers.bib and
 * papers.csv, and a plain-text citation). Pages link papers by short id only, so collecting
 * papers downloads nothing; the list page fetches only its papers' files.
 */
export const listPaperSchema = z.object({
  /** The short id, `/p/<id>/`. */
  id: z.string(),
  title: z.string(),
  /** The paper page's link under the deploy base. */
  href: z.string(),
  /** "Gu and Dao, 2023", when the authors are known. */
  cite: z.string().optional(),
  gist: z.string(),
  /** The citation key, the same as in papers.bib. */
  key: z.string(),
  /** The BibTeX entry without the abstract (what a paper page copies). */
  bibtex: z.string(),
  /** The paper's papers.csv record, CRLF included. */
  csv: z.string(),
  /** A one-line plain-text citation. */
  text: z.string(),
});

export type ListPaper = z.infer<typeof listPaperSchema>;
