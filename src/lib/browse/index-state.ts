/**
 * The paper index's state as it lives in the address bar:
 * `/papers/?topics=lora,moe&match=all&code=yes&sort=-year&page=2`.
 *
 * - `topics`: topic ids, comma-separated (a repeated `topic` is read too, as the search page writes it).
 * - `match`: `all` keeps papers in every chosen topic (AND); `any`, the default, in at least one (OR).
 * - `code`: `yes` keeps papers whose abstract links code, `no` those that do not.
 * - `sort`: `title` (default), `-title`, `year` (oldest first), `-year` (newest first); papers
 *   without a year go last either way, ties by title.
 * - `page`: 1-based; a page past the end shows the last.
 *
 * Pure functions, shared by the browser (src/client/paper-index.ts) and the unit tests.
 */
import { compareRowsByTitle, type IndexRow } from './index-row.ts';

export type Match = 'any' | 'all';
export type CodeFilter = 'yes' | 'no' | undefined;
export type SortKey = 'title' | '-title' | 'year' | '-year';

export interface IndexState {
  topics: string[];
  match: Match;
  code: CodeFilter;
  sort: SortKey;
  page: number;
}

export const SORT_KEYS: readonly SortKey[] = ['title', '-title', 'year', '-year'];
const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export const defaultIndexState = (): IndexState => ({ topics: [], match: 'any', code: undefined, sort: 'title', page: 1 });

/**
 * Reads the state from a query string; anything unknown is the default.
 * @example parseIndexState('?topics=moe,lora&match=all').topics // ['lora', 'moe']
 */
export function parseIndexState(search: string | URLSearchParams): IndexState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const topics = [...params.getAll('topics'), ...params.getAll('topic')]
    .flatMap((value) => value.split(','))
    .map((id) => id.trim().toLowerCase())
    .filter((id) => TOPIC_ID.test(id));
  const code = params.get('code');
  const sort = params.get('sort') as SortKey | null;
  const page = Number(params.get('page'));
  return {
    topics: [...new Set(topics)].sort(),
    match: params.get('match') === 'all' ? 'all' : 'any',
    code: code === 'yes' || code === 'no' ? code : undefined,
    sort: sort && SORT_KEYS.includes(sort) ? sort : 'title',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The canonical query string (defaults left out; `match` only where it matters), or '' for the default state.
 * @example serializeIndexState({ topics: ['lora', 'moe'], match: 'all', code: undefined, sort: 'title', page: 1 }) // '?topics=lora,moe&match=all'
 */
export function serializeIndexState(state: IndexState): string {
  const parts: string[] = [];
  if (state.topics.length > 0) parts.push(`topics=${[...new Set(state.topics)].sort().map(encodeURIComponent).join(',')}`);
  if (state.match === 'all' && state.topics.length > 1) parts.push('match=all');
  if (state.code) parts.push(`code=${state.code}`);
  if (state.sort !== 'title') parts.push(`sort=${encodeURIComponent(state.sort)}`);
  if (state.page > 1) parts.push(`page=${state.page}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Whether the state narrows or reorders the list (the static pages show the unfiltered list by title). */
export function changesList(state: IndexState): boolean {
  return state.topics.length > 0 || state.code !== undefined || state.sort !== 'title';
}

/** Whether a row passes the topic and code filters. */
export function matchesIndexFilters(row: Pick<IndexRow, 'topics' | 'code'>, state: Pick<IndexState, 'topics' | 'match' | 'code'>): boolean {
  if (state.code === 'yes' && row.code === null) return false;
  if (state.code === 'no' && row.code !== null) return false;
  if (state.topics.length === 0) return true;
  return state.match === 'all' ? state.topics.every((id) => row.topics.includes(id)) : state.topics.some((id) => row.topics.includes(id));
}

/** Rows in a sort order (a new array); rows without a year last when sorting by year. */
export function sortRows<R extends Pick<IndexRow, 'title' | 'slug' | 'year'>>(rows: readonly R[], sort: SortKey): R[] {
  const sorted = [...rows];
  if (sort === 'title') return sorted.sort(compareRowsByTitle);
  if (sort === '-title') return sorted.sort((a, b) => compareRowsByTitle(b, a));
  const sign = sort === 'year' ? 1 : -1;
  return sorted.sort((a, b) => {
    if (a.year === null || b.year === null) return (a.year === null ? 1 : 0) - (b.year === null ? 1 : 0) || compareRowsByTitle(a, b);
    return sign * (a.year - b.year) || compareRowsByTitle(a, b);
  });
}

/** One page of a list: its rows, the page actually shown (clamped) and how many pages there are (at least 1). */
export function pageOf<R>(rows: readonly R[], page: number, size: number): { rows: R[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}

/** The filtered, sorted list and the page to show: what the index renders for a state. */
export function applyIndexState<R extends IndexRow>(rows: readonly R[], state: IndexState, size: number): { total: number; rows: R[]; page: number; pages: number } {
  const kept = sortRows(rows.filter((row) => matchesIndexFilters(row, state)), state.sort);
  return { total: kept.length, ...pageOf(kept, state.page, size) };
}
