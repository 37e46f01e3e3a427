/**
 * Addresses of a paper outside the survey: its DOI, arXiv and PDF links, or, for a paper
 * known by its title alone, searches for that title (built here, no network). Every value
 * comes from seeds, so only what reads as an identifier or an http(s) address becomes a link:
 * a `javascript:` or local `file:` address never does.
 */
import type { Paper } from '../schemas/paper.ts';

/** A link to the paper itself. */
export interface PaperAccessLink {
  kind: 'doi' | 'arxiv' | 'arxiv-pdf' | 'page' | 'pdf';
  /** What the link is: "DOI", "arXiv", "PDF", "Paper". */
  label: string;
  /** Which one, for the reader: the DOI, the arXiv id, the host and path. */
  detail: string;
  url: string;
}

/** A search for a paper's title on a site that indexes papers. */
export interface TitleSearchLink {
  site: 'arxiv' | 'semantic-scholar' | 'google-scholar' | 'hugging-face';
  label: string;
  url: string;
}

/** What the links are made from. */
export type LinkedPaper = Pick<Paper, 'doi' | 'arxiv' | 'paperUrl' | 'pdf'>;

// New-style ids (`2312.00752`) and old-style ones (`hep-th/9901001`, `math.AG/0601001`), no version.
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?\/\d{7})$/i;
// A DOI: `10.`, a registrant code, `/`, a suffix of printable characters.
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
// arXiv's own DOIs (`10.48550/arXiv.2312.00752`) name the arXiv record a link already opens.
const ARXIV_DOI = /^10\.48550\/arxiv\./i;
const CONTROL = /[\u0000-\u001F\u007F\s]/u;

/**
 * The address as a link when it is an http(s) URL with a host, normalized by the URL parser;
 * null for anything else (`javascript:`, `file:`, a path, text with spaces).
 * @example webUrl('https://arxiv.org/abs/2312.00752') // 'https://arxiv.org/abs/2312.00752'
 * @example webUrl('javascript:alert(1)') // null
 */
export function webUrl(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (!text || CONTROL.test(text) || !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The DOI's resolver link, the DOI percent-encoded except its slashes; null for what is not a DOI.
 * @example doiUrl('10.1000/a<b>#1') // 'https://doi.org/10.1000/a%3Cb%3E%231'
 */
export function doiUrl(doi: string): string | null {
  const value = doi.trim();
  return DOI.test(value) ? `https://doi.org/${encodeURIComponent(value).replace(/%2F/gi, '/')}` : null;
}

/** @example arxivAbsUrl('2312.00752') // 'https://arxiv.org/abs/2312.00752' */
export function arxivAbsUrl(id: string): string | null {
  return ARXIV_ID.test(id) ? `https://arxiv.org/abs/${id}` : null;
}

/** @example arxivPdfUrl('hep-th/9901001') // 'https://arxiv.org/pdf/hep-th/9901001' */
export function arxivPdfUrl(id: string): string | null {
  return ARXIV_ID.test(id) ? `https://arxiv.org/pdf/${id}` : null;
}

/** `host/path` of a link, for a reader to see where it goes. */
function shown(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname.replace(/\/$/, '')}`;
}

/**
 * The links to a paper, the publisher's first: its DOI (unless arXiv's own DOI of an arXiv
 * paper), its arXiv abstract and PDF; its own address only when it has neither identifier; and
 * a PDF it names, unless arXiv's PDF is already there. Empty for a paper known by title alone.
 */
export function paperAccessLinks(paper: LinkedPaper): PaperAccessLink[] {
  const links: PaperAccessLink[] = [];
  const arxivAbs = paper.arxiv ? arxivAbsUrl(paper.arxiv) : null;
  const arxivPdf = paper.arxiv ? arxivPdfUrl(paper.arxiv) : null;
  const doi = paper.doi ? doiUrl(paper.doi) : null;
  if (doi && !(arxivAbs && ARXIV_DOI.test(paper.doi!))) links.push({ kind: 'doi', label: 'DOI', detail: paper.doi!.trim(), url: doi });
  if (arxivAbs && arxivPdf) links.push({ kind: 'arxiv', label: 'arXiv', detail: paper.arxiv!, url: arxivAbs }, { kind: 'arxiv-pdf', label: 'PDF', detail: 'arXiv', url: arxivPdf });
  const page = webUrl(paper.paperUrl);
  if (!doi && !arxivAbs && page) links.push({ kind: 'page', label: 'Paper', detail: shown(page), url: page });
  const pdf = webUrl(paper.pdf);
  if (pdf && !(arxivPdf && new URL(pdf).hostname.endsWith('arxiv.org')) && pdf !== page) links.push({ kind: 'pdf', label: 'PDF', detail: shown(pdf), url: pdf });
  return links;
}

/**
 * The PDF Google Scholar and Zotero are told of: arXiv's, else the one the paper names.
 * @example pdfUrlOf({ doi: null, arxiv: '2312.00752', paperUrl: null, pdf: null }) // 'https://arxiv.org/pdf/2312.00752'
 */
export function pdfUrlOf(paper: LinkedPaper): string | null {
  return (paper.arxiv ? arxivPdfUrl(paper.arxiv) : null) ?? webUrl(paper.pdf);
}

/**
 * Searches for a title on arXiv (titles only), Semantic Scholar, Google Scholar and Hugging
 * Face Papers: for a paper the survey knows no address of. The title is percent-encoded whole.
 * @example titleSearchLinks('Model Soups')[0].url // 'https://arxiv.org/search/?query=Model%20Soups&searchtype=title'
 */
export function titleSearchLinks(title: string): TitleSearchLink[] {
  const q = encodeURIComponent(title.replace(/\s+/g, ' ').trim());
  return [
    { site: 'arxiv', label: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { site: 'semantic-scholar', label: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}` },
    { site: 'google-scholar', label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${q}` },
    { site: 'hugging-face', label: 'Hugging Face Papers', url: `https://huggingface.co/papers?q=${q}` },
  ];
}

/**
 * The survey's search for an author's name as a phrase (a site path, without the base). Quotes
 * inside the name are dropped: they would end the phrase.
 * @example authorSearchPath('Albert Gu') // '/search/?q=%22Albert%20Gu%22'
 */
export function authorSearchPath(name: string): string {
  const phrase = name.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
  return `/search/?q=${encodeURIComponent(`"${phrase}"`)}`;
}
