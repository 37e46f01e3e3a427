/**
 * One-line citations of a paper page, for pasting under a slide or into notes.
 * Only the title and the page URL are used: the survey knows no authors, venues or years.
 */

// Characters that could turn part of a title into markdown syntax inside link text: the
// brackets and backslash that end or escape the link text, backticks (a code span would
// swallow a `]`), `<`/`>` (autolinks, HTML), `*`/`_` (emphasis) and `~` (GFM strikethrough).
const MARKDOWN_TITLE_SPECIAL = /[\\[\]`*_<>~]/g;
// `&copy;` and friends would render as the character they name.
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
// What cannot stand in a markdown link destination unencoded: parentheses, whitespace,
// angle brackets and control characters.
const URL_UNSAFE = /[()<>\s\u0000-\u001F\u007F]/gu;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const percentEncode = (char: string) =>
  [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** A URL that a markdown link destination keeps whole: `(`, `)`, spaces and `<>` percent-encoded. */
function markdownUrl(url: string): string {
  return url.trim().replace(URL_UNSAFE, percentEncode);
}

/**
 * A markdown link to a paper: the title as link text, escaped so it renders literally.
 * @example markdownLink('[RE] Model Soups', 'https://example.org/papers/model-soups/') // '[\\[RE\\] Model Soups](https://example.org/papers/model-soups/)'
 */
export function markdownLink(title: string, url: string): string {
  const text = oneLine(title).replace(MARKDOWN_TITLE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
  return `[${text}](${markdownUrl(url)})`;
}
