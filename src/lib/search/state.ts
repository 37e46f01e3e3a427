/**
 * The search page's state as it lives in the address bar:
 * `/search/?q=mamba&topic=ssm&topic=linear-rnn&code=yes&year=2021-2023&venue=NeurIPS`.
 *
 * - `q`: the query as typed (surrounding whitespace dropped).
 * - `topic`: topic ids, repeated (a comma-separated list is read too). Several topics match a
 *   paper in ANY of them (OR), or, with `topics=all`, papers in ALL of them (AND).
 * - `code`: `yes` (papers whose abstract links code) or `no`; both, like none, means either.
 * - `year`: a range of years, both ends included: `2021-2023`, one year `2022`, open-ended
 *   `2021-` (2021 and later) or `-2019` (up to 2019). Papers without a year are outside any range.
 * - `venue`: venue names as the index files them (src/lib/search/facets.ts), repeated; a name
 *   may hold commas, so no list is split. Several venues match a paper at ANY of them.
 * - `verbatim=1`: search the words as typed, without spelling correction (the "search instead
 *   for" link of a corrected search).
 *
 * Different filters combine with AND. Pure functions, shared by the client and the unit tests.
 */

export interface SearchState {
  q: string;
  topics: string[];
  /** Whether a paper must be in every checked topic (AND) rather than in any (OR). */
  allTopics: boolean;
  code: CodeValue[];
  years: YearRange;
  venues: string[];
  /** No spelling correction. */
  verbatim: boolean;
}

export type CodeValue = 'yes' | 'no';

/** Both ends included; null is open. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const CODE_VALUES: readonly CodeValue[] = ['yes', 'no'];
const MAX_QUERY = 200;
const MAX_VENUE = 200;
const YEAR_RANGE = /^(\d{4})?\s*[-–]\s*(\d{4})?$/;
const ONE_YEAR = /^\d{4}$/;

export const anyYear = (): YearRange => ({ from: null, to: null });
export const emptyState = (): SearchState => ({ q: '', topics: [], allTopics: false, code: [], years: anyYear(), venues: [], verbatim: false });

function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

const unique = <T>(list: T[]): T[] => [...new Set(list)];

/**
 * Reads a year range (`2021-2023`, `2022`, `2021-`, `-2019`); ends given the wrong way round are
 * swapped, anything else is no range.
 * @example parseYearRange('2023-2021') // { from: 2021, to: 2023 }
 */
export function parseYearRange(text: string | null | undefined): YearRange {
  const value = (text ?? '').trim();
  if (ONE_YEAR.test(value)) return { from: Number(value), to: Number(value) };
  const match = YEAR_RANGE.exec(value);
  if (!match || (!match[1] && !match[2])) return anyYear();
  const [from, to] = [match[1] ? Number(match[1]) : null, match[2] ? Number(match[2]) : null];
  return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
}

/**
 * A year range as the address writes it, or `''` for any year.
 * @example formatYearRange({ from: 2021, to: null }) // '2021-'
 */
export function formatYearRange({ from, to }: YearRange): string {
  if (from === null && to === null) return '';
  if (from === to) return String(from);
  return `${from ?? ''}-${to ?? ''}`;
}

/** Whether a year range narrows anything. */
export const hasYearRange = (range: YearRange): boolean => range.from !== null || range.to !== null;

/** Whether a paper's year (undefined: not known) is in the range. */
export function inYearRange(year: number | undefined, { from, to }: YearRange): boolean {
  if (from === null && to === null) return true;
  return year !== undefined && (from === null || year >= from) && (to === null || year <= to);
}

/**
 * A year range in words, for status lines.
 * @example describeYearRange({ from: 2021, to: 2023 }) // 'from 2021 to 2023'
 */
export function describeYearRange({ from, to }: YearRange): string {
  if (from !== null && to !== null) return from === to ? `in ${from}` : `from ${from} to ${to}`;
  if (from !== null) return `from ${from} on`;
  if (to !== null) return `up to ${to}`;
  return '';
}

function venueValues(params: URLSearchParams): string[] {
  const names = params.getAll('venue').map((value) => value.replace(/\s+/g, ' ').trim());
  return unique(names.filter((name) => name && name.length <= MAX_VENUE)).sort();
}

/**
 * Reads the state from a query string (with or without `?`) or URLSearchParams. Unknown
 * parameters and malformed values are ignored; lists come back sorted and without repeats.
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const topics = unique(values(params, 'topic').filter((id) => TOPIC_ID.test(id))).sort();
  const code = unique(values(params, 'code').filter((v): v is CodeValue => (CODE_VALUES as string[]).includes(v))).sort();
  return {
    q,
    topics,
    allTopics: params.get('topics') === 'all',
    code,
    years: parseYearRange(params.get('year')),
    venues: venueValues(params),
    verbatim: params.get('verbatim') === '1',
  };
}

/** The canonical query string (`?q=…&topic=…&topics=all&code=…&year=…&venue=…&verbatim=1`, or `''` for the empty state). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const topic of unique([...state.topics]).sort()) params.append('topic', topic);
  // AND only means something for two topics or more; one topic reads the same either way.
  if (state.allTopics && state.topics.length > 1) params.set('topics', 'all');
  for (const code of unique([...state.code]).sort()) params.append('code', code);
  const years = formatYearRange(state.years);
  if (years) params.set('year', years);
  for (const venue of unique([...state.venues]).sort()) params.append('venue', venue);
  if (state.verbatim && q) params.set('verbatim', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether two states put the same address in the bar. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** Whether any filter narrows the results. */
export function hasFilters(state: SearchState): boolean {
  return state.topics.length > 0 || (state.code.length > 0 && state.code.length < CODE_VALUES.length) || hasYearRange(state.years) || state.venues.length > 0;
}

/** The list with the value added (if absent) or removed (if present), sorted. */
export function toggle<T extends string>(list: readonly T[], value: T, on = !list.includes(value)): T[] {
  const rest = list.filter((v) => v !== value);
  return (on ? [...rest, value] : rest).sort();
}

/** A paper's facet values, as the search index files them (src/lib/search/document.ts); undefined where it has none. */
export interface PaperFacets {
  topics: readonly string[];
  code: string | undefined;
  year: number | undefined;
  venue: string | undefined;
}

export type Facet = 'topic' | 'code' | 'year' | 'venue';

/**
 * Whether a paper passes the filters, optionally ignoring one facet (for that facet's counts:
 * a count tells how many results the value would show next to the other facets' choices).
 */
export function matchesFilters(paper: PaperFacets, state: SearchState, ignore?: Facet): boolean {
  const inTopic = (t: string) => paper.topics.includes(t);
  const topicOk = ignore === 'topic' || state.topics.length === 0 || (state.allTopics ? state.topics.every(inTopic) : state.topics.some(inTopic));
  const codeOk = ignore === 'code' || state.code.length === 0 || (paper.code !== undefined && (state.code as string[]).includes(paper.code));
  const yearOk = ignore === 'year' || inYearRange(paper.year, state.years);
  const venueOk = ignore === 'venue' || state.venues.length === 0 || (paper.venue !== undefined && state.venues.includes(paper.venue));
  return topicOk && codeOk && yearOk && venueOk;
}

export interface FacetCounts {
  topic: Map<string, number>;
  code: Map<string, number>;
  venue: Map<string, number>;
}

/**
 * Counts per facet value over the results (disjunctive faceting: a facet's counts ignore that
 * facet's own selection, so ticking one topic does not zero the others). With topics combined
 * by AND, a topic's count is how many of the current results are in it too: what checking it
 * would leave.
 */
export function facetCounts(papers: readonly PaperFacets[], state: SearchState): FacetCounts {
  const topic = new Map<string, number>();
  const code = new Map<string, number>();
  const venue = new Map<string, number>();
  const add = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const paper of papers) {
    if (matchesFilters(paper, state, state.allTopics ? undefined : 'topic')) for (const t of paper.topics) add(topic, t);
    if (matchesFilters(paper, state, 'code') && paper.code) add(code, paper.code);
    if (matchesFilters(paper, state, 'venue') && paper.venue) add(venue, paper.venue);
  }
  return { topic, code, venue };
}
