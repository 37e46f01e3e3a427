/**
 * Text normalization shared by the parser, the dedupe key and every export.
 * The contract (DEVELOPERS.md): NFC, strip BOM and zero-width characters, NBSP → space,
 * collapse whitespace, trim.
 */

// BOM, zero-width space/joiners, word joiner, soft hyphen: invisible in a browser but they
// break title matching and slugs when a scrape carries them along.
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;
// NBSP and its narrow/figure cousins render as spaces; treat them as spaces.
const SPACE_LIKE = /[\u00A0\u2007\u202F]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Normalizes one line of seed text.
 * @example normalizeText('\uFEFFMixture\u00A0of  Experts\u200B ') // 'Mixture of Experts'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * The identity of a paper: two entries are the same paper when these keys are equal.
 * @example titleKey('Mamba:  Linear-Time') === titleKey('MAMBA: linear-time') // true
 */
export function titleKey(title: string): string {
  return normalizeText(title).toLowerCase();
}
