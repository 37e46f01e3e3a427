import type { Paper } from '../survey.ts';
import { absoluteUrl, paperPath, withBase } from '../links/site-urls.ts';

/** One object of `papers.json`: the data contract other tools read. */
export interface PaperRecord {
  slug: string;
  title: string;
  abstract: string;
  topics: string[];
  url: string;
  sources: Paper['sources'];
  links: Paper['links'];
}

/**
 * The public URL of a paper page: absolute when the site origin is known, else base-relative.
 * @example paperUrl('mamba', { base: '/survey/', site: new URL('https://example.org') }) // 'https://example.org/survey/papers/mamba/'
 */
export function paperUrl(slug: string, { base, site }: { base: string; site?: URL | undefined }): string {
  return site ? absoluteUrl(paperPath(slug), { base, origin: site }) : withBase(base, paperPath(slug));
}

export function toPaperRecord(
  paper: Pick<Paper, 'slug' | 'title' | 'abstract' | 'sources' | 'links'>,
  options: { base: string; site?: URL | undefined; topics: string[] },
): PaperRecord {
  return {
    slug: paper.slug,
    title: paper.title,
    abstract: paper.abstract,
    topics: options.topics,
    url: paperUrl(paper.slug, options),
    sources: paper.sources,
    links: paper.links,
  };
}
