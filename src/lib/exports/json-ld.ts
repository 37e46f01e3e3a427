/**
 * The schema.org `ScholarlyArticle` of a paper page, as JSON-LD: what search engines and
 * reference tools read besides the citation meta tags.
 */
import { arxivAbsUrl, doiUrl } from '../links/paper-links.ts';
import { isoDate } from '../timeline/dates.ts';
import type { Paper } from '../schemas/paper.ts';
import { fullName } from './authors.ts';

/** What the article is made from: the paper, and what the page adds (its URL, topics, the survey's name). */
export interface ArticleInput extends Pick<Paper, 'titleRepaired' | 'authors' | 'year' | 'month' | 'doi' | 'arxiv'> {
  /** The abstract as plain text (formulas written out). */
  abstract: string;
  pageUrl: string;
  topics: readonly string[];
  surveyTitle: string;
}

interface PropertyValue {
  '@type': 'PropertyValue';
  propertyID: string;
  value: string;
  url?: string;
}

/**
 * The article as a JSON-LD object; `author`, `datePublished`, `identifier` and `sameAs` only
 * when known. Identifiers are `PropertyValue`s (`DOI`, `arXiv`), and `sameAs` their addresses.
 */
export function scholarlyArticle(input: ArticleInput): Record<string, unknown> {
  const identifier: PropertyValue[] = [];
  const doi = input.doi?.trim();
  const doiLink = doi ? doiUrl(doi) : null;
  if (doi) identifier.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: doi, ...(doiLink ? { url: doiLink } : {}) });
  const arxivLink = input.arxiv ? arxivAbsUrl(input.arxiv) : null;
  if (input.arxiv) identifier.push({ '@type': 'PropertyValue', propertyID: 'arXiv', value: input.arxiv, ...(arxivLink ? { url: arxivLink } : {}) });
  const sameAs = [doiLink, arxivLink].filter((url): url is string => url !== null);
  const datePublished = isoDate(input);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name: input.titleRepaired,
    headline: input.titleRepaired,
    ...(input.authors.length > 0 ? { author: input.authors.map((author) => ({ '@type': 'Person', name: fullName(author) })) } : {}),
    ...(datePublished ? { datePublished } : {}),
    abstract: input.abstract,
    url: input.pageUrl,
    ...(identifier.length > 0 ? { identifier } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    about: [...input.topics],
    isPartOf: { '@type': 'Collection', name: input.surveyTitle },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` escaped, so no seed text can
 * close the element or open a comment, and the line separators JavaScript once rejected.
 * @example jsonLdText({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
