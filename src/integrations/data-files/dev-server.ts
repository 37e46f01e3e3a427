import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportSite } from '../../lib/exports/export-files.ts';
import type { ShortLink } from '../../lib/links/short-link-files.ts';
import type { CompletedSurvey } from '../../lib/survey.ts';

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  html: 'text/html; charset=utf-8',
};

/**
 * Whether a path (under the base) can be a data file: one of their kinds, and no page (a page is
 * `…/index.html`, except a short link's `p/<id>/index.html`).
 */
function mayBeDataFile(path: string): boolean {
  const kind = path.split('.').pop()!;
  return kind in CONTENT_TYPES && (kind !== 'html' || path.startsWith('p/'));
}

/**
 * A dev-server middleware serving the data files (short links, QR codes, papers.json, feeds, …)
 * from memory, made again whenever a new survey is handed over. The search index and the social
 * images are left to `astro build`.
 */
export function dataFilesMiddleware(latest: () => { survey: CompletedSurvey; site: ExportSite } | undefined) {
  let files: Promise<Map<string, string>> | undefined;
  let filesOf: CompletedSurvey | undefined;
  // A QR code depends only on its short URL: drawn once per dev session, not once per edit.
  const qrCodes = new Map<string, string>();
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    const current = latest();
    if (!current || !request.url) return next();
    const base = current.site.base.replace(/\/?$/, '/');
    let pathname: string;
    try {
      pathname = decodeURI(request.url.split('?')[0]!);
    } catch {
      return next(); // a malformed address is Astro's to answer
    }
    if (!pathname.startsWith(base)) return next();
    const path = pathname.slice(base.length).replace(/(^|\/)$/, '$1index.html');
    // Pages and Vite's own modules go straight on: after an edit, the page reload must not wait
    // for every data file to be made again (that waits for the first request of a data file).
    if (!mayBeDataFile(path)) return next();
    if (filesOf !== current.survey || !files) {
      filesOf = current.survey;
      files = (async () => {
        const map = new Map<string, string>();
        const [{ listDataFiles }, { qrFile }] = await Promise.all([import('./make-files.ts'), import('../../lib/links/short-link-files.ts')]);
        const drawQr = (link: ShortLink) => qrCodes.get(link.short) ?? qrCodes.set(link.short, qrFile(link)).get(link.short)!;
        for await (const file of listDataFiles(current, drawQr)) map.set(file.path, file.contents);
        return map;
      })();
    }
    files.then((map) => {
      const contents = map.get(path);
      if (contents === undefined) return next();
      response.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
      response.end(contents);
    }, next);
  };
}
