import { sitePaths, type SiteUrls } from '../links/site-urls.ts';
import type { Paper } from '../schemas/paper.ts';

/**
 * One object of `papers.json`, the data contract other tools read: the title and abstract as
 * the seeds listed them (`title`, `abstract`) and as the site shows them (`titleRepaired`,
 * `abstractRepaired`), the paper's topics, its page URL (absolute with SITE, base-relative
 * without), where the seeds listed it and the links in its abstract.
 */
export type PaperRecord = Pick<Paper, 'slug' | 'title' | 'abstract' | 'titleRepaired' | 'abstractRepaired' | 'topics' | 'sources' | 'links'> & {
  url: string;
};

export function toPaperRecord(paper: Omit<PaperRecord, 'url'>, urls: SiteUrls): PaperRecord {
  const { slug, title, abstract, titleRepaired, abstractRepaired, topics, sources, links } = paper;
  return { slug, title, abstract, titleRepaired, abstractRepaired, topics, url: urls.published(sitePaths.paper(slug)), sources, links };
}
