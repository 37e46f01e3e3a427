/**
 * Page chrome: navigation and promo text that the listing-page dumps carry between papers.
 * The parser decides structurally what a title and an abstract are; this list only lets it
 * skip noise it already knows without a warning.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

const CHROME_LINES: readonly RegExp[] = [
  /^new$/i,
  /^subscribe$/i,
  /^daily papers$/i,
  /^by ?ak and the research community$/i,
  /^get trending papers in your email inbox(?: once a day)?!?$/i,
  // Short listing dates: "Mar 13", "13 Mar", "Mar 13, 2024".
  new RegExp(`^${MONTH} \\d{1,2}(?:, ?\\d{4})?$`, 'i'),
  new RegExp(`^\\d{1,2} ${MONTH}(?: \\d{4})?$`, 'i'),
];

// Chrome that the scrape glued to the next line ("SubscribeGenerative Image …", "Subscribeβ-VAE").
// Only stripped when what follows cannot continue the word (anything but a lower-case ASCII
// letter or a space), so "Newton's method" and "Subscriber Models" stay whole.
const GLUED_PREFIX = /^(?:Subscribe|Daily Papers|new)(?=[^\sa-z'’])/u;

/** True when a whole (normalized) line is known page chrome. */
export function isChromeLine(line: string): boolean {
  return CHROME_LINES.some((pattern) => pattern.test(line));
}

/**
 * Removes page chrome glued to the start of a line.
 * @example stripGluedChrome('SubscribeGenerative Image Layers') // 'Generative Image Layers'
 */
export function stripGluedChrome(line: string): string {
  return line.replace(GLUED_PREFIX, '');
}
