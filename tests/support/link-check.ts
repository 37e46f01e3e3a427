import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src|srcset|action|content)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Every file of a built site, as paths relative to its root. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
}

/**
 * Internal links and assets of every HTML page in `dir` that do not resolve to a built file
 * (or to an element id, for fragments), for a site deployed under `base`. Links that leave the
 * base path are broken too: on a sub-path deploy they point at someone else's site.
 */
export function findBrokenLinks(dir: string, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const pages = siteFiles(dir).filter((file) => file.endsWith('.html'));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(join(dir, file), 'utf8').matchAll(ID)].map((m) => m[1]!));
      idsCache.set(file, ids);
    }
    return ids;
  };

  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    const pageUrl = new URL(`http://site.invalid${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      for (const candidate of match[0].includes('srcset') ? raw.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [raw]) {
        if (!candidate || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(candidate) || match[0].startsWith(' content')) {
          // External (scheme or protocol-relative) links are not ours to check; `content` only
          // matters for meta refresh, handled below.
          if (match[0].startsWith(' content') && /^\d+;\s*url=/i.test(candidate)) check(candidate.replace(/^\d+;\s*url=/i, ''));
          continue;
        }
        check(candidate);
      }
    }

    function check(link: string): void {
      const url = new URL(link, pageUrl);
      if (url.host !== 'site.invalid') return;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, url: link, reason: `outside the base path ${base}` });
        return;
      }
      let path = decodeURIComponent(url.pathname.slice(base.length));
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (!existsSync(join(dir, path))) {
        broken.push({ page, url: link, reason: 'no such file' });
        return;
      }
      if (url.hash && path.endsWith('.html') && !idsOf(path).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, url: link, reason: `no element with id ${url.hash}` });
      }
    }
  }
  return broken;
}
