/**
 * The paper index (`/papers/`): the static pages list every paper by title; this script adds the
 * filters (topics, any or all of them, code), the order, and paging over the filtered list, with
 * the address bar as the state (src/lib/browse/index-state.ts). It loads `papers/index.json`
 * only when a reader filters or sorts, or arrives with such an address (a topic overlap cell
 * links here). Every choice pushes a history entry, so Back undoes it.
 */
import type { IndexData, IndexRow } from '../lib/browse/index-row.ts';
import { applyIndexState, changesList, parseIndexState, serializeIndexState, type IndexState, type SortKey } from '../lib/browse/index-state.ts';
import { h, plural } from './search/render.ts';

const SORT_LABEL: Record<SortKey, string> = { title: 'by title', '-title': 'by title, Z–A', '-year': 'newest first', year: 'oldest first' };
const LINK = 'text-accent-700 underline dark:text-accent-300';

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  rows: HTMLElement;
  status: HTMLElement;
  pages: HTMLElement[];
  table: HTMLTableElement;
}

let data: Promise<IndexData> | undefined;

function load(url: string): Promise<IndexData> {
  data ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<IndexData>;
  });
  return data;
}

/** The form's choices as a state (page 1: a new filter starts over). */
function stateOfForm(form: HTMLFormElement, sort: SortKey): IndexState {
  const fields = new FormData(form);
  const code = fields.get('code');
  return {
    topics: fields.getAll('topics').map(String).sort(),
    match: fields.get('match') === 'all' ? 'all' : 'any',
    code: code === 'yes' || code === 'no' ? code : undefined,
    sort,
    page: 1,
  };
}

function showInForm(form: HTMLFormElement, state: IndexState): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="topics"]')) box.checked = state.topics.includes(box.value);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="match"]')) radio.checked = radio.value === state.match;
  form.querySelector<HTMLSelectElement>('select[name="code"]')!.value = state.code ?? '';
  form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
}

function rowOf(row: IndexRow, n: number, titles: Map<string, string>, root: HTMLElement): HTMLTableRowElement {
  const paperHref = root.dataset.paperPath!.replace('SLUG', encodeURIComponent(row.slug));
  const topicHref = (id: string) => root.dataset.topicPath!.replace('TOPIC', encodeURIComponent(id));
  const byline = [row.authors, row.venue].filter(Boolean).join(' · ');
  const none = (word: string) => [h('span', { 'aria-hidden': 'true', class: 'text-zinc-500 dark:text-zinc-400' }, '–'), h('span', { class: 'sr-only' }, word)];
  const topics =
    row.topics.length > 0 &&
    h(
      'ul',
      { class: 'topic-chips mt-1', 'aria-label': 'Topics' },
      ...row.topics.map((id) =>
        h('li', {}, h('a', { class: 'topic-chip', href: topicHref(id), 'data-topic': id }, titles.get(id) ?? id)),
      ),
    );
  const year = h('td', { class: 'py-2 pr-3 tabular-nums', 'data-year': '' });
  if (row.year === null) year.append(...none('unknown'));
  else year.append(String(row.year));
  const code = h('td', { class: 'py-2', 'data-code': '' });
  // Only http(s) addresses reach papers/index.json (src/lib/browse/index-row.ts).
  if (row.code) code.append(h('a', { class: LINK, href: row.code, 'aria-label': `Code for ${row.title}` }, 'Code'));
  else code.append(...none('none'));
  return h(
    'tr',
    { class: 'align-top', 'data-paper': row.slug },
    h('td', { class: 'py-2 pr-2 text-zinc-600 tabular-nums dark:text-zinc-400' }, String(n)),
    h('td', { class: 'py-2 pr-3' }, h('a', { class: 'font-medium text-accent-700 hover:underline dark:text-accent-300', href: paperHref }, row.title), byline && h('div', { class: 'text-zinc-600 dark:text-zinc-400', 'data-byline': '' }, byline), topics),
    year,
    code,
  );
}

/** Links to every page of the filtered list (as the static pages have), the current one marked. */
function pageLinks(state: IndexState, page: number, pages: number, base: string, label: string): Node | null {
  if (pages <= 1) return null;
  const item = 'inline-block min-w-9 rounded-md border px-2 py-1 text-center text-sm';
  const plain = `${item} border-zinc-300 text-accent-700 hover:bg-zinc-100 dark:border-zinc-600 dark:text-accent-300 dark:hover:bg-zinc-800`;
  const current = `${item} border-accent-700 bg-accent-700 font-semibold text-white dark:border-accent-300 dark:bg-accent-300 dark:text-zinc-950`;
  const href = (n: number) => base + serializeIndexState({ ...state, page: n });
  const list = h('ul', { class: 'flex flex-wrap items-center gap-1.5' });
  if (page > 1) list.append(h('li', {}, h('a', { class: plain, href: href(page - 1), rel: 'prev', 'data-page': String(page - 1) }, 'Previous')));
  for (let n = 1; n <= pages; n++) {
    list.append(h('li', {}, h('a', n === page ? { class: current, href: href(n), 'aria-current': 'page', 'data-page': String(n) } : { class: plain, href: href(n), 'aria-label': `Page ${n}`, 'data-page': String(n) }, String(n))));
  }
  if (page < pages) list.append(h('li', {}, h('a', { class: plain, href: href(page + 1), rel: 'next', 'data-page': String(page + 1) }, 'Next')));
  return h('nav', { 'aria-label': label, class: 'my-4', 'data-page-links': '' }, list);
}

function describe(state: IndexState, total: number, first: number, last: number, titles: Map<string, string>): string {
  const topics = state.topics.map((id) => titles.get(id) ?? id);
  const joined = topics.length <= 1 ? topics.join('') : `${topics.slice(0, -1).join(', ')} ${state.match === 'all' ? 'and' : 'or'} ${topics.at(-1)}`;
  const parts = [
    topics.length > 0 && (state.match === 'all' && topics.length > 1 ? `in every one of ${joined}` : `in ${joined}`),
    state.code === 'yes' && 'linking code',
    state.code === 'no' && 'linking no code',
  ].filter(Boolean);
  const range = total === 0 ? 'No papers' : first === 1 && last === total ? plural(total, 'paper') : `Papers ${first}–${last} of ${total.toLocaleString('en')}`;
  return `${range}${parts.length > 0 ? ` ${parts.join(', ')}` : ''}, ${SORT_LABEL[state.sort]}.`;
}

function sortHeadings(table: HTMLTableElement, state: IndexState, choose: (sort: SortKey) => void): void {
  for (const th of table.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
    const column = th.dataset.sortColumn as 'title' | 'year';
    let button = th.querySelector('button');
    if (!button) {
      button = h('button', { type: 'button', class: 'inline-flex items-center gap-1 font-semibold hover:text-accent-700 hover:underline dark:hover:text-accent-300' }, th.textContent ?? '', h('span', { 'aria-hidden': 'true', 'data-arrow': '' }));
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const now = parseIndexState(location.search).sort;
        // Title starts A–Z, year starts newest first; a second click reverses.
        choose(column === 'title' ? (now === 'title' ? '-title' : 'title') : now === '-year' ? 'year' : '-year');
      });
    }
    const active = state.sort.replace('-', '') === column;
    const ascending = state.sort === column;
    if (active) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
    button.querySelector('[data-arrow]')!.textContent = active ? (ascending ? '▲' : '▼') : '';
  }
}

/** Starts the index's filters on the page (`#paper-index`). */
export function startPaperIndex(): void {
  const root = document.querySelector<HTMLElement>('[data-paper-index]');
  if (!root) return;
  const el: Elements = {
    root,
    form: root.querySelector<HTMLFormElement>('[data-index-filters]')!,
    rows: root.querySelector<HTMLElement>('[data-index-rows]')!,
    status: root.querySelector<HTMLElement>('[data-index-status]')!,
    pages: [root.querySelector<HTMLElement>('[data-index-pages-top]')!, root.querySelector<HTMLElement>('[data-index-pages-bottom]')!],
    table: root.querySelector<HTMLTableElement>('[data-index-table]')!,
  };
  const base = root.dataset.indexPath!;
  const size = Number(root.dataset.pageSize);
  const titles = new Map([...el.form.querySelectorAll<HTMLInputElement>('input[name="topics"]')].map((box) => [box.value, box.dataset.title ?? box.value]));
  el.form.hidden = false;
  // On a phone the filters would fill the first screen: folded until asked for, unless the address chose some.
  const box = el.form.querySelector<HTMLDetailsElement>('[data-index-filters-box]');
  if (box && matchMedia('(max-width: 767px)').matches && !changesList(parseIndexState(location.search))) box.open = false;
  let touched = false;

  async function render(state: IndexState): Promise<void> {
    showInForm(el.form, state);
    sortHeadings(el.table, state, (sort) => go({ ...stateOfForm(el.form, sort) }));
    // The static page already shows the unfiltered list by title: nothing to load until a choice changes it.
    if (!touched && !changesList(state) && state.page === 1 && !location.search) return;
    touched = true;
    el.root.setAttribute('aria-busy', 'true');
    try {
      const { papers } = await load(root!.dataset.indexData!);
      const shown = applyIndexState(papers, state, size);
      const first = (shown.page - 1) * size + 1;
      el.rows.replaceChildren(...shown.rows.map((row, i) => rowOf(row, first + i, titles, root!)));
      el.status.textContent = describe(state, shown.total, first, first + shown.rows.length - 1, titles);
      el.pages[0]!.replaceChildren(pageLinks(state, shown.page, shown.pages, base, 'Pages of the paper index') ?? '');
      el.pages[1]!.replaceChildren(pageLinks(state, shown.page, shown.pages, base, 'Pages of the paper index, again') ?? '');
    } catch (error) {
      el.status.textContent = `The list could not be filtered (${error instanceof Error ? error.message : String(error)}); every paper is listed by title.`;
    } finally {
      el.root.removeAttribute('aria-busy');
    }
  }

  function go(state: IndexState, scroll = false): void {
    history.pushState(null, '', base + serializeIndexState(state));
    void render(state);
    if (scroll) el.status.scrollIntoView({ block: 'start' });
  }

  el.form.addEventListener('change', () => go(stateOfForm(el.form, el.form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value as SortKey)));
  el.form.addEventListener('submit', (event) => event.preventDefault());
  el.form.addEventListener('reset', (event) => {
    event.preventDefault();
    go({ ...parseIndexState(''), sort: parseIndexState(location.search).sort });
  });
  // Page links of a filtered list stay on this page: no reload, the list is already loaded.
  el.root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(parseIndexState(new URL(link.href).search), true);
  });
  addEventListener('popstate', () => {
    // Back to a static page (`/papers/3/`): it is that page's own list, as served.
    if (!location.search && location.pathname !== base) location.reload();
    else void render(parseIndexState(location.search));
  });
  void render(parseIndexState(location.search));
}
