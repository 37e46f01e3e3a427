import { normalizeShortId } from '../talk-list/list.ts';
import { sitePaths } from './site-urls.ts';

/**
 * What the 404 page can make of an address that leads nowhere: a short link typed off a slide
 * (`/P/3G3DQ3`, no slash, capitals) to forward, or else words to search for.
 */

/**
 * The short link an address means, when it names one in another spelling; undefined when it is
 * no short link or already spelled as one (then the paper is not there).
 * @example shortLinkMeant('/p/3G3DQ3') // '/p/3g3dq3/'
 * @example shortLinkMeant('/p/3g3dq3/') // undefined
 */
export function shortLinkMeant(sitePath: string): string | undefined {
  const match = /^\/p\/([^/?#]+)\/?(?:index\.html?)?$/i.exec(sitePath.trim());
  const id = match ? normalizeShortId(decoded(match[1]!)) : undefined;
  if (!id) return undefined;
  const path = sitePaths.short(id);
  return path === sitePath ? undefined : path;
}

// Parts of an address that are structure, not words a reader meant.
const STRUCTURE = new Set(['p', 'papers', 'paper', 'topics', 'topic', 'index', 'html', 'htm', 'php', 'www', 'pdf', 'abs', 'list', 'search']);

/**
 * Search words from a missing address: its path's words, without the site's structure words.
 * @example searchWordsOf('/papers/mixture-of-expert-models/') // 'mixture of expert models'
 */
export function searchWordsOf(sitePath: string): string {
  return decoded(sitePath)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STRUCTURE.has(word.toLowerCase()))
    .join(' ')
    .slice(0, 120)
    .trim();
}

/** An address part with its escapes decoded; with a broken escape (`%E0`), as written. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
