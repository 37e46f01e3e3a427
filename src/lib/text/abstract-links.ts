import type { PaperLink } from '../schemas/paper.ts';

/** Matches http(s) URLs; stops at whitespace, quotes, angle brackets, LaTeX braces and backslashes. */
export const URL_PATTERN = /https?:\/\/[^\s<>"'{}\\|^`]+/g;

const CODE_HOSTS = /^(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org|huggingface\.co|codeberg\.org)$/i;
const TRAILING_PUNCTUATION = /[.,;:!?*'"]+$/;

/**
 * Trims what the scrape glued to a URL's end: sentence punctuation and unbalanced closing
 * brackets ("(see https://x.org/a)." → "https://x.org/a").
 * @example cleanUrl('https://github.com/org/repo.') // 'https://github.com/org/repo'
 */
export function cleanUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const trimmed = url.replace(TRAILING_PUNCTUATION, '');
    const closer = trimmed.at(-1);
    const opener = closer === ')' ? '(' : closer === ']' ? '[' : undefined;
    if (opener && count(trimmed, opener) < count(trimmed, closer!)) {
      url = trimmed.slice(0, -1);
      continue;
    }
    if (trimmed === url) return url;
    url = trimmed;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Whether a URL is a safe, absolute web address worth linking. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The kind of a web link, by host. */
export function linkKind(url: string): PaperLink['kind'] {
  return CODE_HOSTS.test(new URL(url).hostname) ? 'code' : 'project';
}

/**
 * All distinct web links in a text, in order of appearance.
 * @example extractLinks('Code: https://github.com/a/b. Site: https://a.io/.') // [{ url: 'https://github.com/a/b', kind: 'code' }, { url: 'https://a.io/', kind: 'project' }]
 */
export function extractLinks(text: string): PaperLink[] {
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = cleanUrl(match[0]);
    const identity = url.replace(/\/$/, '').toLowerCase();
    if (!isWebUrl(url) || seen.has(identity)) continue;
    seen.add(identity);
    links.push({ url, kind: linkKind(url) });
  }
  return links;
}
