import type { Author, Paper } from '../schemas/paper.ts';

/**
 * An author's name as a reader writes it: given names first.
 * @example fullName({ family: 'Gu', given: 'Albert' }) // 'Albert Gu'
 */
export function fullName(author: Author): string {
  return 'literal' in author ? author.literal : [author.given, author.family].filter(Boolean).join(' ');
}

// Words that make a name an organisation's, not a person's ("Google Research", "Qwen Team").
const ORGANISATION_WORDS = /\b(?:association|center|centre|collaboration|committee|company|consortium|corp|corporation|council|foundation|group|inc|initiative|institute|lab|laboratory|labs|llc|ltd|organi[sz]ation|project|research|society|team|university)\b/i;
// Two to five words of letters (with marks, dots, apostrophes and hyphens): "J. Ryan Shue", "Joost van de Weijer".
// "Meta AI", "Mistral AI": "AI" as a last word (a first name "Ai" is a person's).
const AI_SUFFIX = /\sAI$/;
const PERSON_WORDS = /^[\p{L}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}][\p{L}\p{M}.'’-]*){1,4}$/u;

/**
 * Whether a literal name reads as a person's name written whole (arXiv gives "Albert Gu"),
 * rather than an organisation's or one word: a person is cited by the last word, and BibTeX
 * may split the name itself.
 * @example isPersonName('Albert Gu') // true
 * @example isPersonName('Google Research') // false
 */
export function isPersonName(literal: string): boolean {
  const name = literal.trim();
  return PERSON_WORDS.test(name) && !/\band\b/i.test(name) && !ORGANISATION_WORDS.test(name) && !AI_SUFFIX.test(name);
}

/**
 * The name an author is cited by: the family name, a person's literal name's last word, or an
 * organisation's name whole.
 * @example citedName({ literal: 'Xianming Li' }) // 'Li'
 * @example citedName({ literal: 'Google Research' }) // 'Google Research'
 */
export function citedName(author: Author): string {
  if (!('literal' in author)) return author.family;
  const name = author.literal.trim();
  return isPersonName(name) ? name.split(/\s+/).at(-1)! : name;
}

/**
 * The authors as a list for a page or a spreadsheet cell.
 * @example authorList([{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }]) // 'Albert Gu; Tri Dao'
 */
export function authorList(authors: readonly Author[], separator = '; '): string {
  return authors.map(fullName).join(separator);
}

/**
 * The authors as a citation names them: one, two joined by "and", or the first "et al.".
 * @example citedAuthors([{ family: 'Gu' }, { family: 'Dao' }]) // 'Gu and Dao'
 */
export function citedAuthors(authors: readonly Author[]): string {
  const names = authors.map(citedName);
  return names.length === 0 ? '' : names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} et al.`;
}

/**
 * A short citation for a slide: "Gu and Dao, 2023", "Fedus et al., JMLR 2022"; the venue only
 * when it is a journal or conference name, not a preprint server. Undefined when neither
 * authors nor a year are known.
 * @example shortCitation({ authors: [{ family: 'Gu' }, { family: 'Dao' }], year: 2023, venue: 'arXiv' }) // 'Gu and Dao, 2023'
 */
export function shortCitation(paper: Pick<Paper, 'authors' | 'year' | 'venue'>): string | undefined {
  const who = citedAuthors(paper.authors);
  const venue = paper.venue && !/\b(arxiv|biorxiv|medrxiv|ssrn|preprint|corr)\b/i.test(paper.venue) && paper.venue.length <= 40 ? paper.venue : '';
  const when = [venue, paper.year ?? ''].filter(Boolean).join(' ');
  const text = [who, when].filter(Boolean).join(', ');
  return text || undefined;
}

/**
 * The line a paper list shows under a title: who and when, without the venue. Undefined when
 * neither authors nor a year are known.
 * @example authorsAndYear({ authors: [{ literal: 'Albert Gu' }, { literal: 'Tri Dao' }], year: 2023 }) // 'Gu and Dao · 2023'
 */
export function authorsAndYear(paper: Pick<Paper, 'authors' | 'year'>): string | undefined {
  const text = [citedAuthors(paper.authors), paper.year ?? ''].filter(Boolean).join(' · ');
  return text || undefined;
}
