import type { Author, Paper } from '../schemas/paper.ts';

/**
 * An author's name as a reader writes it: given names first.
 * @example fullName({ family: 'Gu', given: 'Albert' }) // 'Albert Gu'
 */
export function fullName(author: Author): string {
  return 'literal' in author ? author.literal : [author.given, author.family].filter(Boolean).join(' ');
}

/**
 * The name an author is cited by: the family name, or a literal name's last word (a literal
 * name is a person written whole, as `Xianming Li`, more often than an organisation).
 * @example citedName({ literal: 'Xianming Li' }) // 'Li'
 */
export function citedName(author: Author): string {
  if (!('literal' in author)) return author.family;
  const words = author.literal.trim().split(/\s+/);
  return words.at(-1) ?? author.literal;
}

/**
 * The authors as a list for a page or a spreadsheet cell.
 * @example authorList([{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }]) // 'Albert Gu; Tri Dao'
 */
export function authorList(authors: readonly Author[], separator = '; '): string {
  return authors.map(fullName).join(separator);
}

/**
 * A short citation for a slide: "Gu and Dao, 2023", "Fedus et al., JMLR 2022"; the venue only
 * when it is a journal or conference name, not a preprint server. Undefined when neither
 * authors nor a year are known.
 * @example shortCitation({ authors: [{ family: 'Gu' }, { family: 'Dao' }], year: 2023, venue: 'arXiv' }) // 'Gu and Dao, 2023'
 */
export function shortCitation(paper: Pick<Paper, 'authors' | 'year' | 'venue'>): string | undefined {
  const names = paper.authors.map(citedName);
  const who = names.length === 0 ? '' : names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} et al.`;
  const venue = paper.venue && !/\b(arxiv|biorxiv|medrxiv|ssrn|preprint|corr)\b/i.test(paper.venue) && paper.venue.length <= 40 ? paper.venue : '';
  const when = [venue, paper.year ?? ''].filter(Boolean).join(' ');
  const text = [who, when].filter(Boolean).join(', ');
  return text || undefined;
}
