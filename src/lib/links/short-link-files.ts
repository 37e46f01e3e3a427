import { escapeMarkup } from '../text/escape.ts';
import type { OutputFile } from '../output-file.ts';
import type { Paper } from '../schemas/paper.ts';
import { sitePaths, type SiteUrls } from './site-urls.ts';
import { qrSvg } from './qr.ts';

/**
 * Short permalinks as files. A site has one `/p/<id>/` redirect and one `qr.svg` per paper;
 * drawing them as Astro routes cost as much as rendering the paper pages themselves (three
 * routes of ~1 ms each per paper), so the build writes them as plain files from one table of
 * short links, which it also publishes as `/p/index.json`.
 */

/** One row of `/p/index.json`. */
export interface ShortLink {
  /** The short id, `/p/<id>/`. */
  id: string;
  slug: string;
  /** The title as the paper page shows it. */
  title: string;
  /** The paper page's path under the deploy base, where the redirect goes. */
  page: string;
  /** The paper page's absolute URL when SITE is set (the redirect's canonical link). */
  canonical?: string;
  /** The absolute short URL the QR code encodes. */
  short: string;
}

export interface ShortLinkTable {
  links: ShortLink[];
}

/** The short-link table of a site: one row per paper, every address from the site's URL builder. */
export function shortLinkTable(papers: readonly Pick<Paper, 'slug' | 'shortId' | 'titleRepaired'>[], urls: SiteUrls): ShortLinkTable {
  return {
    links: papers.map((paper) => {
      const canonical = urls.canonical(sitePaths.paper(paper.slug));
      return {
        id: paper.shortId,
        slug: paper.slug,
        title: paper.titleRepaired,
        page: urls.paper(paper.slug),
        ...(canonical ? { canonical } : {}),
        short: urls.short(paper.shortId),
      };
    }),
  };
}

/**
 * The redirect page of a short link: a zero-second meta refresh (any static host can serve
 * it), kept out of search engines, with the paper title for link previews and a plain link
 * for the rare client that ignores the refresh.
 */
export function redirectPage(link: ShortLink): string {
  const page = escapeMarkup(link.page);
  const title = escapeMarkup(link.title);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '<meta name="robots" content="noindex">',
    // The site's icon: without one the browser asks for /favicon.ico, which the site does not have
    // (a 404 on every short link). The page is always <base>p/<id>/, so the icon is two levels up.
    '<link rel="icon" href="../../favicon.svg" type="image/svg+xml">',
    `<link rel="canonical" href="${link.canonical ? escapeMarkup(link.canonical) : page}">`,
    `<meta http-equiv="refresh" content="0; url=${page}">`,
    '</head>',
    `<body><main><p>This short link points to <a href="${page}">${title}</a>.</p></main></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The QR code of a short link as a standalone SVG file, to download into slides. */
export function qrFile(link: ShortLink): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${qrSvg(link.short)}\n`;
}

/**
 * Every file the short-link table stands for: the table itself, each redirect page and each
 * paper's `qr.svg`, drawn by `drawQr` (the build passes one that keeps codes across builds).
 */
export function* shortLinkFiles(table: ShortLinkTable, drawQr: (link: ShortLink) => string = qrFile): Generator<OutputFile> {
  yield { path: 'p/index.json', contents: JSON.stringify(table) + '\n' };
  for (const link of table.links) {
    yield { path: `${sitePaths.short(link.id).slice(1)}index.html`, contents: redirectPage(link) };
    yield { path: sitePaths.paperQr(link.slug).slice(1), contents: drawQr(link) };
  }
}
