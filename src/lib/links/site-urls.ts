/**
 * Every address the site publishes, from one place: page links, absolute permalinks, short
 * links, QR targets, feeds and canonical links all come from `siteUrls(settings)`, so a
 * sub-path deploy (`BASE`) or an origin (`SITE`) changes them all alike.
 */

/** Where the site is served: the deploy base, the origin of absolute URLs, and SITE when set. */
export interface UrlSettings {
  base: string;
  /** SITE, or the local preview address: absolute URLs (QR codes, feeds, citations) point here. */
  origin: string;
  /** SITE when set: only then are canonical links and absolute papers.json URLs published. */
  site?: string | undefined;
}

/**
 * Prefixes a site path with the deploy base, so every link works under a sub-path.
 * @example withBase('/survey/', '/papers/mamba/') // '/survey/papers/mamba/'
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/** Site paths (without the base) of the things the site publishes. */
export const sitePaths = {
  /** @example sitePaths.paper('mamba') // '/papers/mamba/' */
  paper: (slug: string) => `/papers/${slug}/`,
  /** The QR code of a paper's short link, next to its page. */
  paperQr: (slug: string) => `/papers/${slug}/qr.svg`,
  /** @example sitePaths.short('k3x9qa') // '/p/k3x9qa/' */
  short: (shortId: string) => `/p/${shortId}/`,
  topic: (id: string) => `/topics/${id}/`,
  /** An area's section on the topics page (its anchor: src/lib/topics/areas.ts). @example sitePaths.area('area-vision') // '/topics/#area-vision' */
  area: (anchor: string) => `/topics/#${anchor}`,
  /** One page of a topic's papers: the first is the topic page itself. @example sitePaths.topicPage('lora', 2) // '/topics/lora/2/' */
  topicPage: (id: string, page: number) => (page <= 1 ? `/topics/${id}/` : `/topics/${id}/${page}/`),
  /** The index of every paper, page by page. @example sitePaths.paperIndex(3) // '/papers/3/' */
  paperIndex: (page = 1) => (page <= 1 ? '/papers/' : `/papers/${page}/`),
  /**
   * The paper index filtered to topics: papers in every one of them (`all`) or in any (`any`); ids
   * sorted, the address the index itself writes (src/lib/browse/index-state.ts).
   * @example sitePaths.paperIndexOf(['lora', 'moe'], 'all') // '/papers/?topics=lora,moe&match=all'
   */
  paperIndexOf: (topicIds: readonly string[], match: 'all' | 'any' = 'any') =>
    `/papers/?topics=${[...new Set(topicIds)].sort().map(encodeURIComponent).join(',')}${match === 'all' && new Set(topicIds).size > 1 ? '&match=all' : ''}`,
  /** What the paper index loads to filter and sort in the browser (src/lib/browse/). */
  paperIndexData: () => '/papers/index.json',
  /** A topic's export folder (`papers.bib`, `papers.csv`, `rss.xml`), or the whole survey's. */
  exports: (topicId?: string) => (topicId ? `/topics/${topicId}/` : '/'),
  feed: (topicId?: string) => (topicId ? `/topics/${topicId}/rss.xml` : '/rss.xml'),
  socialImage: (topicId?: string) => (topicId ? `/og/topics/${topicId}.png` : '/og/site.png'),
  /**
   * The survey map, or the map showing one topic or centred on one paper.
   * @example sitePaths.map({ paper: 'k3x9qa' }) // '/map/?p=k3x9qa'
   */
  map: (focus?: { topic: string } | { paper: string }) =>
    !focus ? '/map/' : 'topic' in focus ? `/map/?topic=${encodeURIComponent(focus.topic)}` : `/map/?p=${encodeURIComponent(focus.paper)}`,
  /** The words search corrects misspellings to, fetched only when a query needs them. */
  searchVocabulary: () => '/search-vocabulary.json',
} as const;

export interface SiteUrls {
  /** A link to a site path under the base. */
  href(path: string): string;
  /** An absolute URL of a site path, on SITE or the local preview address. */
  absolute(path: string): string;
  /** The canonical URL of a site path: only when SITE is set. */
  canonical(path: string): string | undefined;
  /** What papers.json publishes: the canonical URL with SITE, the base-relative link without. */
  published(path: string): string;
  /** A paper page's link, and its absolute URL (what citations and feeds use). */
  paper(slug: string): string;
  paperAbsolute(slug: string): string;
  /** A paper's short permalink as an absolute URL: what QR codes and slides carry. */
  short(shortId: string): string;
  /** The path under the base a site-relative address stands for, for a page to know where it is. */
  sitePathOf(pathname: string): string;
}

/**
 * The URL builder of a site.
 * @example siteUrls({ base: '/survey/', origin: 'https://example.org' }).short('k3x9qa') // 'https://example.org/survey/p/k3x9qa/'
 */
export function siteUrls({ base, origin, site }: UrlSettings): SiteUrls {
  const href = (path: string) => withBase(base, path);
  const absolute = (path: string) => new URL(href(path), origin).href;
  const canonical = (path: string) => (site ? new URL(href(path), site).href : undefined);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    href,
    absolute,
    canonical,
    published: (path) => canonical(path) ?? href(path),
    paper: (slug) => href(sitePaths.paper(slug)),
    paperAbsolute: (slug) => absolute(sitePaths.paper(slug)),
    short: (shortId) => absolute(sitePaths.short(shortId)),
    sitePathOf: (pathname) => (pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname),
  };
}
