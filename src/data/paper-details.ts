import { fullName } from '../lib/exports/authors.ts';
import { citationMetaTags, type MetaTag } from '../lib/exports/citation-meta.ts';
import { jsonLdText, scholarlyArticle } from '../lib/exports/json-ld.ts';
import { authorSearchPath, paperAccessLinks, titleSearchLinks, type PaperAccessLink, type TitleSearchLink } from '../lib/links/paper-links.ts';
import { readableText } from '../lib/text/plain-math.ts';
import { readableDate } from '../lib/timeline/dates.ts';
import { abstractOf, type PaperEntry } from './papers.ts';
import { siteSettings, urls } from './site.ts';
import type { TopicSummary } from './topics.ts';

/** An author as the page lists them: the name, and the survey's search for it. */
export interface AuthorLink {
  name: string;
  href: string;
}

/** What a paper page shows and declares about the paper beyond its title and abstract. */
export interface PaperDetails {
  authors: AuthorLink[];
  /** "December 2023", "2023"; undefined without a year. */
  date: string | undefined;
  venue: string | undefined;
  /** Links to the paper itself (DOI, arXiv, its PDF), the first one the main one. */
  access: PaperAccessLink[];
  /** Searches for its title, for a paper with no link at all; empty otherwise. */
  titleSearches: TitleSearchLink[];
  /** `citation_*` meta tags for Google Scholar and Zotero. */
  meta: MetaTag[];
  /** The ScholarlyArticle, ready for its script element. */
  jsonLd: string;
}

/** A paper page's details, from its entry, its absolute URL and its topics. */
export function detailsOf(paper: PaperEntry, pageUrl: string, topics: readonly TopicSummary[]): PaperDetails {
  const data = paper.data;
  const access = paperAccessLinks(data);
  return {
    authors: data.authors.map((author) => ({ name: fullName(author), href: urls.href(authorSearchPath(fullName(author))) })),
    date: readableDate(data),
    venue: data.venue?.trim() || undefined,
    access,
    titleSearches: access.length === 0 ? titleSearchLinks(readableText(data.titleRepaired)) : [],
    meta: citationMetaTags(data, pageUrl),
    jsonLd: jsonLdText(
      scholarlyArticle({ ...data, abstract: readableText(abstractOf(paper)), pageUrl, topics: topics.map((topic) => topic.title), surveyTitle: siteSettings.title }),
    ),
  };
}
