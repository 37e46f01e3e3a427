/**
 * One paper as the paper index (`/papers/`) lists it: what a row shows and what its filters and
 * sorting read. The static pages render these rows; `papers/index.json` holds all of them for the
 * browser to filter and sort (src/lib/browse/index-state.ts). Compact: at 20,000 papers the file
 * is loaded once, when a reader first filters or sorts.
 */
import { citedAuthors } from '../exports/authors.ts';
import type { Paper } from '../schemas/paper.ts';

export interface IndexRow {
  slug: string;
  title: string;
  /** Topic ids, best first. */
  topics: string[];
  /** The first code repository or model hub the abstract links (http or https only), else null. */
  code: string | null;
  year: number | null;
  /** "Gu and Dao", "Fedus et al.", or '' when no source names the authors. */
  authors: string;
  venue: string | null;
}

/** What papers/index.json holds: the topics in display order (for labels) and every paper, by title. */
export interface IndexData {
  topics: { id: string; title: string }[];
  papers: IndexRow[];
}

const WEB = /^https?:\/\//i;

/**
 * A paper's index row.
 * @example indexRow(paper).code // 'https://github.com/state-spaces/mamba'
 */
export function indexRow(paper: Pick<Paper, 'slug' | 'titleRepaired' | 'topics' | 'links' | 'year' | 'authors' | 'venue'>): IndexRow {
  return {
    slug: paper.slug,
    title: paper.titleRepaired,
    topics: paper.topics,
    code: paper.links.find((link) => link.kind === 'code' && WEB.test(link.url))?.url ?? null,
    year: paper.year,
    authors: citedAuthors(paper.authors),
    venue: paper.venue,
  };
}

/** Rows by title (then slug): the order of the static pages and of the file. */
export function compareRowsByTitle(a: Pick<IndexRow, 'title' | 'slug'>, b: Pick<IndexRow, 'title' | 'slug'>): number {
  return a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
