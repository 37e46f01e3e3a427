/**
 * The search page's state as it lives in the address bar:
 * `/search/?q=mamba&topic=ssm&topic=linear-rnn&code=yes`.
 *
 * - `q`: the query as typed (surrounding whitespace dropped).
 * - `topic`: topic ids, repeated (a comma-separated list is read too). Several topics match a
 *   paper in ANY of them (OR); the topic and code filters combine with AND.
 * - `code`: `yes` (papers whose abstract links code) or `no`; both, like none, means either.
 *
 * Pure functions, shared by the client and the unit tests.
 */

export interface SearchState {
  q: string;
  topics: string[];
  code: CodeValue[];
}

export type CodeValue = 'yes' | 'no';

const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const CODE_VALUES: readonly CodeValue[] = ['yes', 'no'];
const MAX_QUERY = 200;

export const emptyState = (): SearchState => ({ q: '', topics: [], code: [] });

function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

const unique = <T>(list: T[]): T[] => [...new Set(list)];

/**
 * Reads the state from a query string (with or without `?`) or URLSearchParams. Unknown
 * parameters and malformed values are ignored; lists come back sorted and without repeats.
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const topics = unique(values(params, 'topic').filter((id) => TOPIC_ID.test(id))).sort();
  const code = unique(values(params, 'code').filter((v): v is CodeValue => (CODE_VALUES as string[]).includes(v))).sort();
  return { q, topics, code };
}

/** The canonical query string (`?q=…&topic=…&code=…`, or `''` for the empty state). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const topic of unique([...state.topics]).sort()) params.append('topic', topic);
  for (const code of unique([...state.code]).sort()) params.append('code', code);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether two states put the same address in the bar. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** Whether any filter narrows the results. */
export function hasFilters(state: SearchState): boolean {
  return state.topics.length > 0 || (state.code.length > 0 && state.code.length < CODE_VALUES.length);
}

/** The list with the value added (if absent) or removed (if present), sorted. */
export function toggle<T extends string>(list: readonly T[], value: T, on = !list.includes(value)): T[] {
  const rest = list.filter((v) => v !== value);
  return (on ? [...rest, value] : rest).sort();
}

/** A paper's facet values, as the search index files them (src/lib/search/document.ts). */
export interface PaperFacets {
  topics: readonly string[];
  code: string | undefined;
}

/**
 * Whether a paper passes the filters, optionally ignoring one facet (for that facet's counts:
 * a count tells how many results the value would show next to the other facet's choice).
 */
export function matchesFilters(paper: PaperFacets, state: SearchState, ignore?: 'topic' | 'code'): boolean {
  const topicOk = ignore === 'topic' || state.topics.length === 0 || paper.topics.some((t) => state.topics.includes(t));
  const codeOk = ignore === 'code' || state.code.length === 0 || (paper.code !== undefined && (state.code as string[]).includes(paper.code));
  return topicOk && codeOk;
}

/**
 * Counts per facet value over the results (disjunctive faceting: a facet's counts ignore that
 * facet's own selection, so ticking one topic does not zero the others).
 */
export function facetCounts(papers: readonly PaperFacets[], state: SearchState): { topic: Map<string, number>; code: Map<string, number> } {
  const topic = new Map<string, number>();
  const code = new Map<string, number>();
  for (const paper of papers) {
    if (matchesFilters(paper, state, 'topic')) for (const t of paper.topics) topic.set(t, (topic.get(t) ?? 0) + 1);
    if (matchesFilters(paper, state, 'code') && paper.code) code.set(paper.code, (code.get(paper.code) ?? 0) + 1);
  }
  return { topic, code };
}
