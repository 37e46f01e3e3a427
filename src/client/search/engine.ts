/**
 * The search engine behind the modal and /search/: Pagefind's JS API (loaded on first use, under
 * the deploy base), query planning with synonyms and hyphen variants (src/lib/search/synonyms.ts), merged
 * ranking, and facet membership for the filters.
 *
 * Nothing here runs until `getEngine()` is called: pages that never search fetch nothing from
 * /pagefind/.
 */
import { sitePaths, withBase } from '../../lib/links/site-urls.ts';
import { closestTopics, type TopicName } from '../../lib/search/closest-topics.ts';
import { abstractExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { META_WEIGHTS, authorNames, byline } from '../../lib/search/meta-fields.ts';
import { correctedQuery, isTypedForm, queryTerms, searchSpelling } from '../../lib/search/query-terms.ts';
import { FEW_MATCHES, rankPartialMatches, relatedOnly } from '../../lib/search/result-tiers.ts';
import { titleNamer } from '../../lib/search/title-match.ts';
import { correctWord, uncorrectable } from '../../lib/search/spelling.ts';
import type { PaperFacets } from '../../lib/search/state.ts';
import { Vocabulary, type SearchVocabulary } from '../../lib/search/vocabulary.ts';
import type { SearchData } from '../../lib/schemas/search-data.ts';
import { PHRASE_BOOST, highlightTerms, isPhrase, isQuoted, mergeHits, namedTopic, planSearch, type PlannedQuery, type ScoredHit } from '../../lib/search/synonyms.ts';

export type { ExcerptPart };

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

/** Which part of the results a hit belongs to (src/lib/search/result-tiers.ts). */
export type Tier = 'match' | 'related' | 'partial';

export interface SearchHit {
  id: string;
  score: number;
  tier: Tier;
  /** The planned query whose match ranked this page. */
  query: PlannedQuery;
  /** For partial matches: the query's terms the page holds. */
  matched?: string[];
  load(): Promise<HitView>;
}

export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** What was searched: the query, or its corrected spelling. */
  searched: string;
  /** Set when a word was corrected: the query with the corrections in. */
  corrected: string | undefined;
  /** The spelling a corrected query would have become (offered even with `verbatim`). */
  suggestion: string | undefined;
  plan: PlannedQuery[];
  /** The query's terms (after correction): what partial matches count. */
  terms: string[];
  /** Matches first (what the count counts), then related pages; or the partial matches. */
  hits: SearchHit[];
  /** Expansions (topic names) that found the related pages. */
  related: string[];
  /** No page holds every word: `hits` are partial matches. */
  partial: boolean;
  /** When nothing matches every word: the topics whose names are closest to the query. */
  topics: TopicName[];
}

export interface SearchOptions {
  /** Search the words as typed: no spelling correction. */
  verbatim?: boolean;
  /**
   * Look for related pages only when there are fewer matches than this (the modal shows eight
   * results: it need not load the index chunks of a topic's other names when the query fills them).
   */
  relatedBelow?: number;
  /**
   * How many results the caller shows first (default 10): their data is read to find a paper the
   * query names by its title, in the one round of fetches the caller then makes anyway. 0 when
   * the caller shows other results first (filters in use): then nothing is read.
   */
  shown?: number;
}

/** A term of the query, as the index knows it. */
interface TermLookup {
  term: string;
  /** Pagefind's pages for the term alone, when they hold it (not Pagefind's longest-prefix fallback). */
  hits: ScoredHit<PagefindResult>[];
  /** Whether the term is a word of the survey as typed (or a form of one). */
  known: boolean;
}

const base = import.meta.env.BASE_URL;
export const pagefindPath = withBase(base, '/pagefind/');
/** Results whose words are checked to tell a word the index holds from Pagefind's fallback. */
const CHECKED_RESULTS = 3;

export class SearchEngine {
  readonly topicTitles: Map<string, string>;
  readonly topicOrder: string[];
  private exactSets = new Map<string, Promise<Set<string>>>();
  /** Each topic's leading papers (surveys, foundational), by Pagefind id, once asked for. */
  private leaders = new Map<string, Promise<Set<string>>>();
  private lookups = new Map<string, Promise<TermLookup>>();
  private runs = new Map<string, Promise<PagefindResponse | null>>();
  private views = new Map<string, Promise<HitView>>();
  private facetMap: Promise<Map<string, PaperFacets>> | undefined;
  private vocabulary: Promise<Vocabulary> | undefined;
  private pageCount: Promise<number> | undefined;

  constructor(
    private readonly pagefind: PagefindApi,
    readonly synonyms: SearchData,
  ) {
    this.topicTitles = new Map(synonyms.topics.map((t) => [t.id, t.title]));
    this.topicOrder = synonyms.topics.map((t) => t.id);
  }

  /**
   * Searches a query the way src/lib/search/result-tiers.ts describes: each term is looked up;
   * a term the survey does not hold is corrected to its closest word (unless `verbatim`); the
   * query (corrected) and its acronym expansions give the matches, its topics' other names the
   * related pages; when no page holds every term, pages holding most of them.
   */
  async search(query: string, { verbatim = false, relatedBelow = Infinity, shown = 10 }: SearchOptions = {}): Promise<SearchOutcome> {
    const typed = query.trim();
    if (isQuoted(typed)) return this.phraseSearch(typed, shown);
    const spelled = searchSpelling(typed);
    const terms = queryTerms(spelled);
    const isMatch = (p: PlannedQuery) => p.kind !== 'synonym' || p.relation === 'equivalent';
    // Most queries need no correction: their matches are searched while the words are looked up.
    void Promise.all(this.plan(spelled).filter(isMatch).map((planned) => this.run(planned))).catch(() => undefined);
    let lookups = await Promise.all(terms.map((term) => this.lookup(term)));
    const corrections = new Map<string, string>();
    const unknown = lookups.filter((l) => !l.known && !uncorrectable(l.term));
    if (unknown.length) {
      const vocabulary = await this.loadVocabulary();
      for (const { term } of unknown) {
        const correction = vocabulary.has(term) ? undefined : correctWord(term, vocabulary);
        if (correction) corrections.set(term, correction);
      }
    }
    let suggestion = corrections.size ? correctedQuery(spelled, corrections) : undefined;
    let corrected = verbatim ? undefined : suggestion;
    if (suggestion) {
      const correctedLookups = await Promise.all(queryTerms(suggestion).map((term) => this.lookup(term)));
      // A correction is offered only when some page holds every word of the corrected query:
      // with a word still nowhere ("protein" in "protein folding"), correcting another word
      // ("folding" → "finding") only changes which pages hold some of the words, and says so
      // as if it were what the reader meant.
      const together = correctedLookups.reduce<Set<string> | undefined>((pages, l) => new Set(l.hits.map((hit) => hit.id).filter((id) => !pages || pages.has(id))), undefined);
      if (!together || together.size === 0) suggestion = corrected = undefined;
      else if (corrected) lookups = correctedLookups;
    }
    const searched = corrected ?? spelled;
    const finalTerms = lookups.map((l) => l.term);
    // A term nothing holds leaves no page holding every term.
    const dead = lookups.some((l) => l.hits.length === 0);
    const plan = dead ? [] : this.plan(searched);
    const matchPlan = plan.filter(isMatch);
    const expansions = plan.filter((p) => !isMatch(p));
    // Both at once, unless the related pages may not be needed.
    const both = relatedBelow === Infinity;
    const [ranked, relatedFirst] = await Promise.all([this.merged(matchPlan, 'match'), both ? this.merged(expansions, 'related') : Promise.resolve([])]);
    const leading = await this.leadingFirst(ranked, searched);
    const relatedPlan = both || leading.length < relatedBelow ? expansions : [];
    // The titles are read while the related pages are searched: neither waits for the other.
    const [matches, relatedHits] = await Promise.all([this.titledFirst(leading, searched, shown), both ? relatedFirst : this.merged(relatedPlan, 'related')]);
    const related = relatedOnly(matches, relatedHits);
    // No page holds every word, or few do in a longer query: the pages holding most of them.
    const partial = matches.length === 0 && lookups.length > 1;
    const some = partial || (matches.length < FEW_MATCHES && lookups.length >= 3) ? await this.partialMatches(lookups, matches) : [];
    const hits = partial ? some : [...matches, ...some, ...related];
    const relatedNames = [...new Set(related.map((hit) => hit.query.text))];
    const topics = matches.length === 0 ? closestTopics(searched, this.synonyms.topics, this.synonyms.groups) : [];
    return { query: typed, searched, corrected, suggestion, plan: [...matchPlan, ...relatedPlan], terms: finalTerms, hits, related: relatedNames, partial, topics };
  }

  /**
   * When the query names a topic ("mixture of experts", "MoE", "state space models"), its
   * surveys and foundational papers (the `lead` filter, src/lib/search/document.ts) come first,
   * as on the topic page, in the order the search ranked them: a reader asking for a field meets
   * Switch Transformers and S4 before the papers that only say the words most often.
   */
  private async leadingFirst(matches: SearchHit[], searched: string): Promise<SearchHit[]> {
    const topic = matches.length > 1 ? namedTopic(searched, this.synonyms.groups) : undefined;
    if (topic === undefined) return matches;
    let leaders = this.leaders.get(topic);
    if (!leaders) {
      leaders = this.pagefind.search(null, { filters: { lead: topic } }).then((response) => new Set((response?.results ?? []).map((r) => r.id)));
      this.leaders.set(topic, leaders);
    }
    return promoted(matches, await leaders);
  }

  /**
   * A paper the query names by its title (src/lib/search/title-match.ts) comes first: "layer
   * normalisation" finds Layer Normalization before the papers that say the words more often,
   * "Mamba" the Mamba paper. Only the `shown` first are read: the caller shows their data anyway
   * (each view is loaded once).
   */
  private async titledFirst(matches: SearchHit[], searched: string, shown: number): Promise<SearchHit[]> {
    const head = matches.slice(0, shown);
    const views = await Promise.all(head.map((hit) => hit.load().catch(() => undefined)));
    const names = titleNamer(searched);
    return promoted(matches, new Set(head.filter((_, i) => views[i] && names(views[i].title)).map((hit) => hit.id)));
  }

  /** The queries to run for `text`, each in American spelling, once (an alias list may give both spellings). */
  private plan(text: string): PlannedQuery[] {
    const seen = new Set<string>();
    return planSearch(text, this.synonyms.groups)
      .map((planned) => ({ ...planned, text: searchSpelling(planned.text) }))
      .filter((planned) => !seen.has(planned.text) && (seen.add(planned.text), true));
  }

  /** The planned queries' pages, merged, best first. */
  private async merged(plan: PlannedQuery[], tier: Tier): Promise<SearchHit[]> {
    const lists = await Promise.all(plan.map((planned) => this.run(planned)));
    return mergeHits(plan, lists).map((hit) => this.hit(hit, plan[hit.query]!, tier));
  }

  /** Pages holding most of the terms (src/lib/search/result-tiers.ts), other than `matches`. */
  private async partialMatches(lookups: readonly TermLookup[], matches: readonly SearchHit[]): Promise<SearchHit[]> {
    const ranked = rankPartialMatches(
      lookups.map((l) => ({ term: l.term, hits: l.hits })),
      await this.totalPages(),
    );
    const planned = plannedFor(lookups.map((l) => l.term).join(' '), 'partial');
    return relatedOnly(matches, ranked).map((r) => ({ ...this.hit({ ...r, query: 0 }, planned, 'partial'), matched: r.matched }));
  }

  /** A query in double quotes: that phrase, nothing else (a paper it names by its title first). */
  private async phraseSearch(typed: string, shown: number): Promise<SearchOutcome> {
    const plan = planSearch(typed, this.synonyms.groups);
    const lists = await Promise.all(plan.map((planned) => this.run(planned)));
    const hits = await this.titledFirst(
      mergeHits(plan, lists).map((hit) => this.hit(hit, plan[hit.query]!, 'match')),
      typed.replace(/"/g, ''),
      shown,
    );
    return { query: typed, searched: typed, corrected: undefined, suggestion: undefined, plan, terms: [], hits, related: [], partial: false, topics: [] };
  }

  private hit(hit: ScoredHit<PagefindResult> & { query: number }, planned: PlannedQuery, tier: Tier): SearchHit {
    return { id: hit.id, score: hit.score, tier, query: planned, load: () => this.view(hit.item, planned) };
  }

  /**
   * A term's pages, and whether the survey holds the term as typed: some of Pagefind's best
   * pages for it hold a word that is a form of it (src/lib/search/query-terms.ts `isTypedForm`).
   * When none does, Pagefind fell back to a shorter word ("x" for "xyzzy") or its stemmer folded
   * a misspelling in: a fallback holds nothing, a folded misspelling keeps its pages (they do
   * hold the stem) but counts as unknown, so it is offered a correction.
   */
  private lookup(term: string): Promise<TermLookup> {
    let lookup = this.lookups.get(term);
    if (!lookup) {
      lookup = (async (): Promise<TermLookup> => {
        if (term.length <= 2) {
          const set = await this.exactSet(term);
          const response = set.size ? await this.search1(term) : null;
          const hits = (response?.results ?? []).filter((r) => set.has(r.id)).map((r) => ({ id: r.id, score: r.score, item: r }));
          return { term, hits, known: hits.length > 0 };
        }
        const stemSet = this.exactSet(term);
        const response = await this.search1(term);
        const results = response?.results ?? [];
        // The best page first (its words are fetched to be shown anyway); the next ones only if it does not tell.
        const holdsTyped = async (from: number, to: number) =>
          (await Promise.all(results.slice(from, to).map((r) => r.data()))).some((data) => matchedWords(data).some((word) => isTypedForm(word, term)));
        const typedForm = (await holdsTyped(0, 1)) || (await holdsTyped(1, CHECKED_RESULTS));
        // Pages holding the term's stem; a word being typed has none, and then its prefix matches count, not a fallback.
        const stem = await stemSet;
        const held = stem.size > 0 ? results.filter((r) => stem.has(r.id)) : typedForm ? results : [];
        const hits = held.map((r) => ({ id: r.id, score: r.score, item: r }));
        return { term, hits, known: typedForm && hits.length > 0 };
      })();
      this.lookups.set(term, lookup);
    }
    return lookup;
  }

  private search1(text: string): Promise<PagefindResponse | null> {
    let response = this.runs.get(text);
    if (!response) {
      response = this.pagefind.search(text);
      this.runs.set(text, response);
    }
    return response;
  }

  /**
   * One planned query: Pagefind's results, kept to pages that hold each of its words in a form
   * Pagefind's stemmer gives the same stem (its quoted search), not merely a word that starts
   * with the stem ("optimization" is not "optimistic"); pages that contain it as an exact phrase
   * are boosted. A word of the query no page holds by its stem may be one still being typed
   * ("transfor") or the head of a compound ("flash" of "FlashAttention"): Pagefind's prefix
   * match stands for it. A word an expansion brings in must be held: an alias no paper uses finds
   * nothing, not Pagefind's fallback to a shorter word; a related topic's name of several words
   * must be held as that phrase.
   */
  private async run(planned: PlannedQuery): Promise<ScoredHit<PagefindResult>[]> {
    const words = highlightTerms(planned.text);
    const [response, phraseSet, ...sets] = await Promise.all([
      this.search1(planned.text),
      isPhrase(planned) ? this.exactSet(planned.text) : Promise.resolve(undefined),
      ...words.map((word) => this.exactSet(word)),
    ]);
    const mustHold = planned.kind === 'synonym' || planned.kind === 'joined';
    const required = sets.filter((set, i) => set.size > 0 || words[i]!.length <= 2 || mustHold);
    // A topic's name found for a related pages' list only counts as the phrase it is: "dynamic
    // networks" (found for "early exit") is not a page saying "dynamics" and "networks" apart.
    if (planned.kind === 'synonym' && planned.relation !== 'equivalent' && phraseSet) required.push(phraseSet);
    return (response?.results ?? [])
      .filter((r) => required.every((set) => set.has(r.id)))
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

  /** The spelling vocabulary, fetched the first time a query has a word the survey does not hold. */
  private loadVocabulary(): Promise<Vocabulary> {
    this.vocabulary ??= fetch(withBase(base, sitePaths.searchVocabulary()))
      .then((r) => (r.ok ? (r.json() as Promise<SearchVocabulary>) : { words: '', counts: [] }))
      .then((data) => new Vocabulary(data));
    return this.vocabulary;
  }

  /** How many papers the index holds (for how rare a word is). */
  private totalPages(): Promise<number> {
    this.pageCount ??= this.pagefind.search(null, {}).then((r) => r?.results.length ?? 0);
    return this.pageCount;
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
      // `lead` orders results (leadingFirst); it is no facet a reader filters by.
      const jobs = Object.entries(all).filter(([facet]) => facet !== 'lead').flatMap(([facet, values]) =>
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
    const planned = plannedFor('', 'original');
    return {
      id,
      score: 0,
      tier: 'match',
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

/** `hits` with those whose id is in `first` moved to the front, each group in its order. */
function promoted(hits: SearchHit[], first: ReadonlySet<string>): SearchHit[] {
  if (first.size === 0) return hits;
  return [...hits.filter((hit) => first.has(hit.id)), ...hits.filter((hit) => !first.has(hit.id))];
}

/** A planned query made here rather than by `planSearch` (a browse, the partial matches). */
function plannedFor(text: string, kind: PlannedQuery['kind']): PlannedQuery {
  return { text, weight: 1, kind, exact: [], terms: 1 };
}

/** The words of a page Pagefind matched (its `locations` in its `content`), as written. */
function matchedWords(data: Pick<PagefindData, 'content' | 'locations'>): string[] {
  const words = data.content.split(/[^\S\uFEFF]+/);
  return (data.locations ?? []).map((l) => words[l] ?? '');
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
