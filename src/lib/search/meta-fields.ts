/**
 * The metadata fields of the search index beyond the title: a paper's authors (one `authors`
 * field) and venue, how much a match in each ranks, and the short byline a result shows.
 * Pure and small: shared by the build (src/lib/search/document.ts) and the browser.
 */

/**
 * How much a match in a metadata field lifts a page, for the client's `ranking.metaWeights`
 * (Pagefind adds `weight × matched IDF × coverage²` to the page's score, coverage being the share
 * of the query's IDF the field matched; `title` defaults to 5, other fields to 1). An author's
 * name ranks a page below its title: "Albert Gu" finds his papers first, "Mamba" still finds the
 * papers called Mamba first, and a query word that is also someone's name counts for little.
 */
export const META_WEIGHTS = { authors: 3, venue: 1 } as const;

/**
 * Between two names in the `authors` field. Pagefind numbers a metadata field's words by
 * whitespace, and this mark is a word it indexes as nothing: the last name of one author and
 * the first of the next are not adjacent, so the phrase "Li Wei" does not match "Jing Li · Wei Zhang".
 */
export const AUTHOR_SEPARATOR = ' · ';

/**
 * The `authors` field of the index.
 * @example authorsField(['Albert Gu', 'Tri Dao']) // 'Albert Gu · Tri Dao'
 */
export function authorsField(names: readonly string[]): string {
  return names
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(AUTHOR_SEPARATOR);
}

/** The names of an `authors` field, in order. */
export function authorNames(field: string | undefined): string[] {
  return (field ?? '')
    .split(AUTHOR_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * A result's byline: the first author ("et al." for three or more, both names for two) and the
 * year, or undefined when neither is known.
 * @example byline(['Albert Gu', 'Tri Dao'], '2023') // 'Albert Gu and Tri Dao · 2023'
 * @example byline(['Albert Gu', 'Karan Goel', 'Christopher Ré'], undefined) // 'Albert Gu et al.'
 */
export function byline(names: readonly string[], year: string | undefined): string | undefined {
  const [first, second] = names;
  const who = !first ? '' : names.length === 1 ? first : names.length === 2 ? `${first} and ${second}` : `${first} et al.`;
  const text = [who, year ?? ''].filter(Boolean).join(' · ');
  return text || undefined;
}
