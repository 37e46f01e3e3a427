import { sitePaths, type SiteUrls } from '../links/site-urls.ts';
import type { Paper } from '../schemas/paper.ts';

/**
 * One object of `papers.json`, the data contract other tools read: the title and abstract as
 * the seeds listed them (`title`, `abstract`) and as the site shows them (`titleRepaired`,
 * `abstractRepaired`), its one-line gist (the sentence stating the contribution), the paper's topics, its page URL (`url`: absolute with SITE,
 * base-relative without), where the seeds listed it, the links in its abstract, and what
 * bibliographies say of it (null or empty where none does).
 */
export type PaperRecord = Pick<Paper, 'slug' | 'title' | 'abstract' | 'titleRepaired' | 'abstractRepaired' | 'gist' | 'topics'> & { url: string } & Pick<
    Paper,
    'sources' | 'links' | 'authors' | 'year' | 'month' | 'venue' | 'doi' | 'arxiv' | 'paperUrl' | 'pdf' | 'keywords' | 'type' | 'citekey'
  >;

/** A paper's record, its fields in the order papers.json lists them. */
export function toPaperRecord(paper: Omit<PaperRecord, 'url'>, urls: SiteUrls): PaperRecord {
  const { slug, title, abstract, titleRepaired, abstractRepaired, gist, topics, sources, links } = paper;
  const { authors, year, month, venue, doi, arxiv, paperUrl, pdf, keywords, type, citekey } = paper;
  const url = urls.published(sitePaths.paper(slug));
  return { slug, title, abstract, titleRepaired, abstractRepaired, gist, topics, url, sources, links, authors, year, month, venue, doi, arxiv, paperUrl, pdf, keywords, type, citekey };
}
