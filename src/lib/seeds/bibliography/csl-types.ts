/**
 * CSL item types in BibTeX's words, the vocabulary of `Paper.type`. BibTeX has fewer types
 * than CSL, so several CSL types share one word; anything not listed is `misc`, BibTeX's own
 * catch-all.
 *
 * | CSL | BibTeX |
 * | --- | --- |
 * | article-journal, article-magazine, article-newspaper, review, review-book | article |
 * | article (preprints, working papers) | article |
 * | paper-conference | inproceedings |
 * | chapter, entry-encyclopedia, entry-dictionary, entry | incollection |
 * | book, classic, collection | book |
 * | thesis | phdthesis (CSL does not tell a master's thesis apart) |
 * | report, standard | techreport |
 * | manuscript | unpublished |
 * | webpage, post, post-weblog, dataset, software, document, patent, … | misc |
 */
const BIBTEX_TYPE: Readonly<Record<string, string>> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  article: 'article',
  review: 'article',
  'review-book': 'article',
  'paper-conference': 'inproceedings',
  chapter: 'incollection',
  'entry-encyclopedia': 'incollection',
  'entry-dictionary': 'incollection',
  entry: 'incollection',
  book: 'book',
  classic: 'book',
  collection: 'book',
  thesis: 'phdthesis',
  report: 'techreport',
  standard: 'techreport',
  manuscript: 'unpublished',
};

/**
 * The BibTeX entry type for a CSL type; null when the item gives no type.
 * @example bibtexTypeOf('paper-conference') // 'inproceedings'
 * @example bibtexTypeOf('webpage') // 'misc'
 */
export function bibtexTypeOf(cslType: unknown): string | null {
  if (typeof cslType !== 'string' || cslType.trim() === '') return null;
  return BIBTEX_TYPE[cslType.trim()] ?? 'misc';
}
