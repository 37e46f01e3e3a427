/**
 * The search engine behind the modal and /search/: Pagefind's JS API (loaded on first use, under
 * the deploy base), query planning with synonyms and hyphen variants (src/lib/search/synonyms.ts), merged
 * ranking, and facet membership for the filters.
 *
 * Nothing here runs until `getEngine()` is called: pages that never search fetch nothing from
 * /pagefind/.
 */
import { withBase } from '../../lib/links/site-urls.ts';
import { META_WEIGHTS, authorNames, byline } from '../../lib/search/meta-fields.ts';
import type { PaperFacets } from '../../lib/search/state.ts';
import type { SearchData } from '../../lib/schemas/search-data.ts';
import {
  PHRASE_BOOST,
  RELAX_BELOW,
  highlightTerms,
  isPhrase,
  isQuoted,
  isStopWord,
  mergeHits,
  normalizePhrase,
  planSearch,
  relaxedQueries,
  type PlannedQuery,
  type ScoredHit,
} from '../../lib/search/synonyms.ts';

interface PagefindData {
  url: string;
  raw_url?: string;
  excerpt: string;
  content: string;
  locations?: number[];
  anchors?: { id?: string; location: number }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** What a result shows. */
export interface HitView {
  id: string;
  /** Paper page under the base path, with `?highlight=` terms for Pagefind's highlighter. */
  url: string;
  slug: string;
  /** The short id (`/p/<id>/`), for the "Add to list" button. */
  shortId: string | undefined;
  title: string;
  /** A passage of the abstract around the matched words (content words marked). */
  excerpt: ExcerptPart[];
  topics: string[];
  code: string | undefined;
  /** "Albert Gu et al. · 2023", when the authors or the year are known. */
  byline: string | undefined;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const EXCERPT_WORDS = 28;

/** Whether a word of page text is one Pagefind matched for `term` (Pagefind matches prefixes and stems). */
function matchesTerm(word: string, term: string): boolean {
  const w = normalizePhrase(word).replace(/ /g, '');
  if (term.length <= 2) return w === term;
  if (term.length <= 4) return w.startsWith(term);
  return w.startsWith(term.slice(0, term.length - 2));
}

/**
 * The densest window of matched words in the abstract, with the query's words marked (a stop word
 * between two marked words too, so phrases read as one). Pagefind's own excerpt counts the title
 * (weighted 10), so it mostly repeats the title, and it marks every prefix match of "of".
 */
export function abstractExcerpt(data: Pick<PagefindData, 'content' | 'locations' | 'anchors'>, terms: readonly string[], length = EXCERPT_WORDS): ExcerptPart[] {
  const words = data.content.split(/[^\S\uFEFF]+/);
  const heading = data.anchors?.find((a) => a.id === 'abstract-heading');
  const first = heading ? heading.location + 1 : 0;
  const marked = new Set(
    (data.locations ?? []).filter((l) => {
      const word = words[l];
      return l >= first && word !== undefined && !isStopWord(word) && terms.some((term) => matchesTerm(word, term));
    }),
  );
  let start = first;
  let best = -1;
  for (const location of [...marked].sort((a, b) => a - b)) {
    const from = Math.max(first, location - 4);
    let count = 0;
    for (const l of marked) if (l >= from && l < from + length) count++;
    if (count > best) [best, start] = [count, from];
  }
  for (const l of [...marked]) if (marked.has(l + 2) && isStopWord(words[l + 1] ?? '')) marked.add(l + 1);
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > first) push('… ', false);
  for (let i = start; i < end; i++) {
    // A space is marked only between two marked words, so a phrase is one mark.
    if (i > start) push(' ', marked.has(i) && marked.has(i - 1));
    push(words[i]!, marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return parts;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The planned query whose match ranked this page. */
  query: PlannedQuery;
  load(): Promise<HitView>;
}

export interface SearchOutcome {
  query: string;
  plan: PlannedQuery[];
  hits: SearchHit[];
}

const base = import.meta.env.BASE_URL;
export const pagefindPath = withBase(base, '/pagefind/');

export class SearchEngine {
  readonly topicTitles: Map<string, string>;
  readonly topicOrder: string[];
  private exactSets = new Map<string, Promise<Set<string>>>();
  private views = new Map<string, Promise<HitView>>();
  private facetMap: Promise<Map<string, PaperFacets>> | undefined;

  constructor(
    private readonly pagefind: PagefindApi,
    readonly synonyms: SearchData,
  ) {
    this.topicTitles = new Map(synonyms.topics.map((t) => [t.id, t.title]));
    this.topicOrder = synonyms.topics.map((t) => t.id);
  }

  /**
   * Runs the query, its spaced form and its synonym variants in parallel and merges them, best
   * first; if that finds fewer than RELAX_BELOW pages, also the query with one word left out
   * (unless it is quoted: an exact phrase is not loosened).
   */
  async search(query: string): Promise<SearchOutcome> {
    let plan = planSearch(query, this.synonyms.groups);
    let lists = await Promise.all(plan.map((planned) => this.run(planned)));
    const original = plan[0];
    // Merely related synonyms don't count: they find the wider topic, not what was asked.
    const close = lists.filter((_, i) => plan[i]!.relation !== 'related' && plan[i]!.relation !== 'title');
    if (original && !isQuoted(original.text) && new Set(close.flat().map((hit) => hit.id)).size < RELAX_BELOW) {
      const relaxed = relaxedQueries(original.text).filter((r) => !plan.some((p) => p.text === r.text));
      plan = [...plan, ...relaxed];
      lists = [...lists, ...(await Promise.all(relaxed.map((planned) => this.run(planned))))];
    }
    const hits = mergeHits(plan, lists).map(({ id, score, item, query: q }) => {
      const planned = plan[q]!;
      return { id, score, query: planned, load: () => this.view(item, planned) };
    });
    return { query, plan, hits };
  }

  /**
   * One planned query: Pagefind's results, kept to pages that contain its short words whole, with
   * pages that contain it as an exact phrase boosted.
   */
  private async run(planned: PlannedQuery): Promise<ScoredHit<PagefindResult>[]> {
    const phrase = isPhrase(planned) ? this.exactSet(planned.text) : undefined;
    const [response, phraseSet, ...exact] = await Promise.all([
      this.pagefind.search(planned.text),
      phrase ?? Promise.resolve(undefined),
      ...planned.exact.map((token) => this.exactSet(token)),
    ]);
    return (response?.results ?? [])
      .filter((r) => exact.every((set) => set.has(r.id)))
      .map((r) => ({ id: r.id, score: phraseSet?.has(r.id) ? r.score * PHRASE_BOOST : r.score, item: r }));
  }

  /** Pages containing `text` as whole words in this order (Pagefind's quoted, exact search). */
  private exactSet(text: string): Promise<Set<string>> {
    const key = text.replace(/"/g, '').trim();
    let set = this.exactSets.get(key);
    if (!set) {
      set = this.pagefind.search(`"${key}"`).then((r) => new Set((r?.results ?? []).map((x) => x.id)));
      this.exactSets.set(key, set);
    }
    return set;
  }

  private view(result: PagefindResult, planned: PlannedQuery): Promise<HitView> {
    const key = `${result.id}\n${planned.text}`;
    let view = this.views.get(key);
    if (!view) {
      view = result.data().then((data) => {
        const url = new URL(data.url, location.origin);
        url.searchParams.delete('highlight');
        for (const term of highlightTerms(planned.text)) url.searchParams.append('highlight', term);
        const path = url.pathname;
        return {
          id: result.id,
          url: `${path}${url.search}`,
          slug: /\/papers\/([^/]+)\/?$/.exec(path)?.[1] ?? path,
          shortId: data.meta.id,
          title: data.meta.title ?? path,
          excerpt: abstractExcerpt(data, highlightTerms(planned.text)),
          topics: data.filters.topic ?? [],
          code: data.filters.code?.[0],
          byline: byline(authorNames(data.meta.authors), data.filters.year?.[0]),
        };
      });
      this.views.set(key, view);
    }
    return view;
  }

  /**
   * Every page's topic ids, code flag, year and venue, from one filter-only search per filter
   * value (no page data is fetched). Filtering and counting then happen here, over the merged
   * results of all the planned queries, which Pagefind's own filtering (one query at a time)
   * cannot count.
   */
  facets(): Promise<Map<string, PaperFacets>> {
    this.facetMap ??= (async () => {
      const all = await this.pagefind.filters();
      const map = new Map<string, { topics: string[]; code: string | undefined; year: number | undefined; venue: string | undefined }>();
      const entry = (id: string) => {
        let facets = map.get(id);
        if (!facets) map.set(id, (facets = { topics: [], code: undefined, year: undefined, venue: undefined }));
        return facets;
      };
      const jobs = Object.entries(all).flatMap(([facet, values]) =>
        Object.keys(values).map(async (value) => {
          const response = await this.pagefind.search(null, { filters: { [facet]: value } });
          for (const result of response?.results ?? []) {
            if (facet === 'topic') entry(result.id).topics.push(value);
            else if (facet === 'code') entry(result.id).code = value;
            else if (facet === 'year') entry(result.id).year = Number(value);
            else if (facet === 'venue') entry(result.id).venue = value;
          }
        }),
      );
      await Promise.all(jobs);
      return map as Map<string, PaperFacets>;
    })();
    return this.facetMap;
  }

  /** A hit for a page that is listed because of filters alone (empty query). */
  pageHit(id: string, result?: PagefindResult): SearchHit {
    const planned: PlannedQuery = { text: '', weight: 1, kind: 'original', exact: [], terms: 1 };
    return {
      id,
      score: 0,
      query: planned,
      load: async () => {
        if (!result) throw new Error(`No page ${id}`);
        return this.view(result, planned);
      },
    };
  }

  /** All pages, for browsing by filters with an empty query (Pagefind's filter-only search). */
  async allPages(): Promise<SearchHit[]> {
    const response = await this.pagefind.search(null, {});
    const hits = (response?.results ?? []).map((r) => this.pageHit(r.id, r));
    return hits;
  }
}

let engine: Promise<SearchEngine> | undefined;

/** The engine, created once per page: loads pagefind.js and /search-data.json in parallel. */
export function getEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const [pagefind, synonyms] = await Promise.all([
      import(/* @vite-ignore */ `${pagefindPath}pagefind.js`) as Promise<PagefindApi>,
      fetch(withBase(base, '/search-data.json')).then((r) => (r.ok ? (r.json() as Promise<SearchData>) : { topics: [], groups: [], years: [], venues: [] })),
    ]);
    // One small index: the main thread is fast enough, and skipping the worker saves a download.
    await pagefind.options({ noWorker: true, excerptLength: 26, highlightParam: 'highlight', ranking: { metaWeights: META_WEIGHTS } });
    await pagefind.init();
    return new SearchEngine(pagefind, synonyms);
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
