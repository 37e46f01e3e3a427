/**
 * URLs: `\url{…}` and `\href{…}{…}` are unwrapped, the LaTeX duplicate a scrape glues to a
 * link (`https://a.io/x{https://a.io/x}`) is dropped, and every URL is protected from the
 * prose rules (`_`, `~` and `%` are part of it).
 */
import { isFree, protect, replace, type Plan } from '../engine.ts';

/**
 * A URL as scraped LaTeX writes it. Unlike the link finder's `URL_PATTERN`, which reads repaired
 * text, a backslash does not end it: scraped URLs keep their LaTeX escapes (`Strip\_MLP`).
 */
const LATEX_URL = /https?:\/\/[^\s<>"'{}|^`]+/g;
/** `{https://…}` or `{https://…` right after a URL: its LaTeX duplicate. */
const GLUED_DUPLICATE = new RegExp(`^\\{(${LATEX_URL.source})(\\})?`);
const BARE_DOMAIN = /\b(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|io|net|ai|ly|edu|co|dev|me|gl)\/[^\s<>"'{}|^`]*/g;
const URL_COMMAND = /\\url\{([^{}\s]+)\}|\\href\{([^{}\s]+)\}\{([^{}]*)\}/g;
const URL_TAIL_PUNCT = /[.,;:!?)\]]+$/;

function unescapeUrl(url: string): string {
  return url.replace(/\\([_%&#~])/g, '$1');
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => unescapeUrl(u).replace(URL_TAIL_PUNCT, '').replace(/\/$/, '').toLowerCase();
  return norm(a) === norm(b);
}

export function repairUrls(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(URL_COMMAND)) {
    const url = unescapeUrl(m[1] ?? m[2] ?? '');
    const label = m[3];
    const glued = /[A-Za-z0-9]/.test(text.charAt(m.index - 1));
    const to = (glued ? ' ' : '') + (label !== undefined && label.trim() && !sameUrl(label, url) ? `${label} (${url})` : url);
    if (replace(plan, 'url-command', m.index, m.index + m[0].length, to)) {
      protect(plan, m.index, m.index + m[0].length, 'url');
    }
  }
  for (const m of text.matchAll(LATEX_URL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(plan, start, end)) continue;
    // `https://a.io/x{https://a.io/x}`: the LaTeX source of the link glued to its text.
    if (text.charAt(end) === '{') {
      const dup = GLUED_DUPLICATE.exec(text.slice(end));
      if (dup && dup[1] && sameUrl(m[0], dup[1])) {
        const keepTail = dup[2] ? '' : (URL_TAIL_PUNCT.exec(dup[1])?.[0] ?? '');
        replace(plan, 'url-duplicate', end, end + dup[0].length - keepTail.length, '');
      }
    }
    protect(plan, start, end, 'url');
  }
  for (const m of text.matchAll(BARE_DOMAIN)) {
    if (isFree(plan, m.index, m.index + m[0].length)) protect(plan, m.index, m.index + m[0].length, 'url');
  }
}
