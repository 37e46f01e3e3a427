import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportSite } from '../../lib/exports/export-files.ts';
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
 * A dev-server middleware serving the data files (short links, QR codes, papers.json, feeds, …)
 * from memory, made again whenever a new survey is handed over. The search index and the social
 * images are left to `astro build`.
 */
export function dataFilesMiddleware(latest: () => { survey: CompletedSurvey; site: ExportSite } | undefined) {
  let files: Promise<Map<string, string>> | undefined;
  let filesOf: CompletedSurvey | undefined;
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
    if (filesOf !== current.survey || !files) {
      filesOf = current.survey;
      files = (async () => {
        const map = new Map<string, string>();
        const { listDataFiles } = await import('./make-files.ts');
        for await (const file of listDataFiles(current)) map.set(file.path, file.contents);
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
