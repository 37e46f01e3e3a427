/**
 * The `citation_*` meta tags of a paper page, as Google Scholar's inclusion guidelines name
 * them and Zotero's connector reads them (its "Embedded Metadata" translator): one tag per
 * author, the date as `YYYY` or `YYYY/MM`, identifiers, the PDF, and the journal or conference
 * by the entry's type. Only what is known is written.
 */
import { citationDate } from '../timeline/dates.ts';
import { pdfUrlOf } from '../links/paper-links.ts';
import type { Author, Paper } from '../schemas/paper.ts';

/** One `<meta name content>`. */
export interface MetaTag {
  name: string;
  content: string;
}

/** What the tags are made from; `title` is the repaired title, `pageUrl` the survey's page of the paper. */
export type CitationMetaPaper = Pick<Paper, 'titleRepaired' | 'authors' | 'year' | 'month' | 'venue' | 'doi' | 'arxiv' | 'pdf' | 'paperUrl' | 'type'>;

const PREPRINT = /\b(arxiv|biorxiv|medrxiv|ssrn|preprint|corr)\b/i;
const CONFERENCE_TYPES = new Set(['inproceedings', 'conference', 'proceedings', 'paper-conference']);
const CHAPTER_TYPES = new Set(['incollection', 'inbook', 'chapter']);

/**
 * An author as `citation_author` takes one: `Family, Given`, or the literal name as written.
 * @example citationAuthor({ family: 'Gu', given: 'Albert' }) // 'Gu, Albert'
 */
export function citationAuthor(author: Author): string {
  if ('literal' in author) return author.literal.trim();
  return author.given ? `${author.family}, ${author.given}` : author.family;
}

/** The tag naming the venue: a conference's, a book's (for a chapter) or a journal's; none for a preprint server. */
function venueTag(paper: CitationMetaPaper): MetaTag | undefined {
  const venue = paper.venue?.trim();
  if (!venue || PREPRINT.test(venue)) return undefined;
  const type = paper.type?.toLowerCase() ?? '';
  const name = CONFERENCE_TYPES.has(type) ? 'citation_conference_title' : CHAPTER_TYPES.has(type) ? 'citation_inbook_title' : 'citation_journal_title';
  return { name, content: venue };
}

/**
 * The citation meta tags of a paper's page, in the order Google Scholar lists them.
 * @example citationMetaTags({ titleRepaired: 'Mamba', authors: [{ literal: 'Albert Gu' }], year: 2023, month: 12, arxiv: '2312.00752', … }, 'https://example.org/papers/mamba/')
 * // [{ name: 'citation_title', content: 'Mamba' }, { name: 'citation_author', content: 'Albert Gu' }, { name: 'citation_publication_date', content: '2023/12' }, …]
 */
export function citationMetaTags(paper: CitationMetaPaper, pageUrl: string): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: paper.titleRepaired }];
  for (const author of paper.authors) tags.push({ name: 'citation_author', content: citationAuthor(author) });
  const date = citationDate(paper);
  if (date) tags.push({ name: 'citation_publication_date', content: date });
  const venue = venueTag(paper);
  if (venue) tags.push(venue);
  if (paper.doi) tags.push({ name: 'citation_doi', content: paper.doi.trim() });
  if (paper.arxiv) tags.push({ name: 'citation_arxiv_id', content: paper.arxiv });
  const pdf = pdfUrlOf(paper);
  if (pdf) tags.push({ name: 'citation_pdf_url', content: pdf });
  tags.push({ name: 'citation_abstract_html_url', content: pageUrl }, { name: 'citation_public_url', content: pageUrl });
  return tags;
}
