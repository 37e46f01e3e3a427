/**
 * The arXiv API query that looks a paper up by its exact title.
 *
 * The API's documented syntax (arXiv API User's Manual, "Details of Query Construction"): a
 * field prefix and a colon (`ti:` for the title), a phrase in double quotes (`%22` in the URL),
 * `+` for a space, `%28`/`%29` for grouping parentheses. There is no escape for a double quote
 * inside a phrase, and arXiv's query parser reads `(` and `)` even inside one, so those, and the
 * other characters that mean something to the query language or to TeX (`: [ ] { } \`), are
 * sent as spaces: the search index drops punctuation anyway, and the title is compared exactly
 * afterwards (`title-match.ts`), so the query only has to find the candidates.
 */

/** The arXiv API's query endpoint (the legacy API the manual documents). */
export const ARXIV_API = 'http://export.arxiv.org/api/query';

/**
 * How many results one lookup asks for: the exact title is usually the first, a handful more
 * reveal two papers that share a title, and a small answer is fast for arXiv to render.
 */
export const MAX_RESULTS = 10;

const QUERY_SYNTAX = /["():[\]{}\\]/g;

/**
 * A title as the words of an arXiv phrase query.
 * @example titlePhrase('Say "Hello" (again)') // 'Say Hello again'
 */
export function titlePhrase(title: string): string {
  return title.normalize('NFC').replace(QUERY_SYNTAX, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The search query for a title, as the API reads it once the URL is decoded.
 * @example titleQuery('LoRA: Low-Rank Adaptation') // 'ti:"LoRA Low-Rank Adaptation"'
 */
export function titleQuery(title: string): string {
  const phrase = titlePhrase(title);
  if (!phrase) throw new Error(`nothing to search for in the title "${title}"`);
  return `ti:"${phrase}"`;
}

/**
 * The address that asks arXiv for papers whose title contains `title` as a phrase. The field
 * prefix's colon stays literal, as in every example of the manual; each word is
 * percent-encoded, so a `+`, `&` or `#` in a title is a character, not URL syntax.
 * @example titleQueryUrl('LoRA: Low-Rank Adaptation') // 'http://export.arxiv.org/api/query?search_query=ti:%22LoRA+Low-Rank+Adaptation%22&start=0&max_results=10'
 */
export function titleQueryUrl(title: string, base: string = ARXIV_API, maxResults: number = MAX_RESULTS): string {
  const words = titleQuery(title).slice('ti:"'.length, -1).split(' ').map(encodeURIComponent);
  return `${base}?search_query=ti:%22${words.join('+')}%22&start=0&max_results=${maxResults}`;
}
