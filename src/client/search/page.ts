/**
 * The /search/ page: query field, topic and code filters with counts, results, and the address
 * bar as the state (src/lib/search/state.ts).
 *
 * History: while the user types, the current entry's address follows the field
 * (history.replaceState); when the search settles (a pause in typing, Enter, leaving the field) or
 * a filter changes, the entry is restored to the previous settled search and the new one is
 * pushed (history.pushState), so Back returns to the previous search. popstate restores a state.
 *
 * Filters: several topics match papers in ANY of them (OR); topics and code combine with AND.
 * Counts are computed over the merged results (query + synonyms, deduplicated) for the current
 * query; a facet's counts ignore that facet's own selection.
 */
import { withBase } from '../../lib/links/site-urls.ts';
import {
  facetCounts,
  hasFilters,
  matchesFilters,
  parseSearchState,
  sameState,
  serializeSearchState,
  toggle,
  type CodeValue,
  type PaperFacets,
  type SearchState,
} from '../../lib/search/state.ts';
import { getEngine, type SearchEngine, type SearchHit } from './engine.ts';
import { excerptNodes, h, plural, quoted } from './render.ts';

const PAGE_SIZE = 20;
const TOPIC_LIMIT = 8;
const DEBOUNCE_MS = 120;
const SETTLE_MS = 900;
const NO_FACETS: PaperFacets = { topics: [], code: undefined };
const CODE_LABELS: Record<CodeValue, string> = { yes: 'Links to code', no: 'No code link' };

export function attachSearchPage(): void {
  const form = document.getElementById('search-page') as HTMLFormElement;
  const input = document.getElementById('search-page-input') as HTMLInputElement;
  const ui = document.getElementById('search-ui')!;
  const details = document.getElementById('search-filters') as HTMLDetailsElement;
  const filterSummary = document.getElementById('search-filter-summary')!;
  const codeList = document.getElementById('search-code-filter')!;
  const topicList = document.getElementById('search-topic-filter')!;
  const topicMore = document.getElementById('search-topic-more') as HTMLButtonElement;
  const clearFilters = document.getElementById('search-clear-filters') as HTMLButtonElement;
  const status = document.getElementById('search-status')!;
  const expanded = document.getElementById('search-expanded')!;
  const examples = document.getElementById('search-examples')!;
  const results = document.getElementById('search-results')!;
  const region = document.getElementById('search-results-region')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const searchPage = withBase(import.meta.env.BASE_URL, '/search/');
  const baseTitle = document.title;
  ui.hidden = false;

  let current = parseSearchState(location.search);
  let committed = current;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let engine: SearchEngine | undefined;
  let shownTopicsFor: string | undefined;
  let showAllTopics = false;
  let filtered: SearchHit[] = [];
  let rendered = 0;

  const urlOf = (state: SearchState) => `${searchPage}${serializeSearchState(state)}`;

  // Phones: filters fold away unless some are in use; wider screens always show them.
  const wide = matchMedia('(min-width: 48rem)');
  const syncDetails = () => {
    details.open = wide.matches || hasFilters(current);
  };
  syncDetails();
  wide.addEventListener('change', syncDetails);

  /** The field's value became the query: keep the address in step without a new history entry. */
  function typed(): void {
    current = { ...current, q: input.value.replace(/\s+/g, ' ').trim() };
    history.replaceState(history.state, '', urlOf(current));
    clearTimeout(settleTimer);
    settleTimer = setTimeout(commit, SETTLE_MS);
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void run(), DEBOUNCE_MS);
  }

  /** The search settled: the previous settled search keeps its entry, this one gets a new one. */
  function commit(): void {
    clearTimeout(settleTimer);
    if (sameState(current, committed)) return;
    history.replaceState(history.state, '', urlOf(committed));
    history.pushState(null, '', urlOf(current));
    committed = current;
  }

  function setFilters(next: Partial<SearchState>): void {
    current = { ...current, ...next };
    commit();
    void run();
  }

  input.value = current.q;
  input.addEventListener('input', typed);
  input.addEventListener('change', commit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    typed();
    commit();
    void run();
  });
  clearFilters.addEventListener('click', () => setFilters({ topics: [], code: [] }));
  topicMore.addEventListener('click', () => {
    showAllTopics = !showAllTopics;
    void run();
  });
  more.addEventListener('click', () => {
    const first = renderMore();
    void first.then((link) => link?.focus());
  });
  window.addEventListener('popstate', () => {
    clearTimeout(settleTimer);
    clearTimeout(searchTimer);
    current = committed = parseSearchState(location.search);
    input.value = current.q;
    syncDetails();
    void run();
  });

  function checkbox(name: string, value: string, label: string, count: number, checked: boolean, onChange: (on: boolean) => void): HTMLLIElement {
    const box = h('input', {
      type: 'checkbox',
      name,
      value,
      checked,
      class: 'size-4 shrink-0 rounded border-zinc-400 accent-accent-700 dark:accent-accent-300',
    });
    box.addEventListener('change', () => onChange(box.checked));
    const countEl = h('span', { class: 'ml-auto pl-2 text-xs text-zinc-600 tabular-nums dark:text-zinc-400', 'data-count': true }, String(count));
    return h(
      'li',
      { 'data-value': value },
      h(
        'label',
        { class: 'flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 hover:bg-zinc-100 dark:hover:bg-zinc-800' },
        h('span', { class: 'flex h-5 items-center' }, box),
        h('span', { class: 'leading-5' }, label, h('span', { class: 'sr-only' }, `, ${plural(count, 'paper')}`)),
        countEl,
      ),
    );
  }

  function updateCount(item: Element, count: number, checked: boolean): void {
    const countEl = item.querySelector('[data-count]');
    if (countEl) countEl.textContent = String(count);
    const sr = item.querySelector('.sr-only');
    if (sr) sr.textContent = `, ${plural(count, 'paper')}`;
    const box = item.querySelector('input');
    if (box) box.checked = checked;
  }

  function renderFilters(counts: ReturnType<typeof facetCounts>, key: string): void {
    const e = engine!;
    // Code: both values, always listed.
    const codeValues: CodeValue[] = ['yes', 'no'];
    if (codeList.childElementCount !== codeValues.length) {
      codeList.replaceChildren(
        ...codeValues.map((value) =>
          checkbox('code', value, CODE_LABELS[value], counts.code.get(value) ?? 0, current.code.includes(value), (on) => setFilters({ code: toggle(current.code, value, on) })),
        ),
      );
    } else {
      for (const item of codeList.children) {
        const value = (item as HTMLElement).dataset.value as CodeValue;
        updateCount(item, counts.code.get(value) ?? 0, current.code.includes(value));
      }
    }
    // Topics: rebuilt (and re-sorted by count) when the result set changes; otherwise the same
    // boxes are updated in place so focus and order stay put while filters are toggled.
    const rebuild = key !== shownTopicsFor || topicList.dataset.all !== String(showAllTopics);
    if (rebuild) {
      const order = new Map(e.topicOrder.map((id, i) => [id, i]));
      const ids = e.topicOrder.filter((id) => (counts.topic.get(id) ?? 0) > 0 || current.topics.includes(id));
      ids.sort((a, b) => (counts.topic.get(b) ?? 0) - (counts.topic.get(a) ?? 0) || order.get(a)! - order.get(b)!);
      const visible = showAllTopics ? ids : ids.filter((id, i) => i < TOPIC_LIMIT || current.topics.includes(id));
      topicList.replaceChildren(
        ...visible.map((id) =>
          checkbox('topic', id, e.topicTitles.get(id) ?? id, counts.topic.get(id) ?? 0, current.topics.includes(id), (on) =>
            setFilters({ topics: toggle(current.topics, id, on) }),
          ),
        ),
      );
      if (ids.length === 0) topicList.replaceChildren(h('li', { class: 'text-zinc-600 dark:text-zinc-400' }, 'No topics.'));
      topicList.dataset.all = String(showAllTopics);
      shownTopicsFor = key;
      topicMore.hidden = ids.length <= TOPIC_LIMIT;
      topicMore.textContent = showAllTopics ? 'Show fewer topics' : `Show all ${ids.length} topics`;
      topicMore.setAttribute('aria-expanded', String(showAllTopics));
    } else {
      for (const item of topicList.querySelectorAll<HTMLElement>('li[data-value]')) {
        const id = item.dataset.value!;
        updateCount(item, counts.topic.get(id) ?? 0, current.topics.includes(id));
      }
    }
    clearFilters.hidden = !hasFilters(current);
    const active = current.topics.length + (hasFilters(current) && current.code.length ? 1 : 0);
    filterSummary.textContent = active ? `(${active} active)` : '';
  }

  async function resultItem(hit: SearchHit): Promise<HTMLLIElement> {
    const e = engine!;
    const view = await hit.load();
    const meta = h('div', { class: 'mt-2 flex flex-wrap items-center gap-1.5 text-xs' });
    for (const id of view.topics.slice(0, 4)) {
      meta.append(h('span', { class: 'rounded-full bg-zinc-100 px-2 py-0.5 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300' }, e.topicTitles.get(id) ?? id));
    }
    if (view.topics.length > 4) meta.append(h('span', { class: 'text-zinc-600 dark:text-zinc-400' }, `+${view.topics.length - 4} more`));
    if (view.code === 'yes')
      meta.append(h('span', { class: 'rounded-full border border-emerald-700/40 px-2 py-0.5 text-emerald-800 dark:border-emerald-400/40 dark:text-emerald-300' }, 'Code'));
    if (hit.query.kind === 'synonym' || hit.query.kind === 'relaxed') meta.append(h('span', { class: 'text-zinc-600 dark:text-zinc-400' }, `matched ${quoted(hit.query.text)}`));
    return h(
      'li',
      { class: 'py-4 first:pt-0' },
      h(
        'article',
        {},
        h(
          'h3',
          { class: 'text-lg leading-snug font-semibold' },
          h('a', { href: view.url, class: 'text-accent-700 underline-offset-2 hover:underline dark:text-accent-300' }, view.title),
        ),
        view.excerpt.length ? h('p', { class: 'mt-1 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300' }, ...excerptNodes(view.excerpt)) : null,
        meta.childElementCount ? meta : null,
      ),
    );
  }

  /** Appends the next page of results; resolves to the first new link. */
  async function renderMore(): Promise<HTMLAnchorElement | null> {
    const mine = seq;
    const slice = filtered.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(slice.map(resultItem));
    if (mine !== seq) return null;
    results.append(...items);
    rendered += slice.length;
    updateMore();
    return items[0]?.querySelector('a') ?? null;
  }

  /** The button under the results: the next page, or the last few. */
  function updateMore(): void {
    const left = filtered.length - rendered;
    more.hidden = left <= 0;
    if (left > PAGE_SIZE) more.textContent = `Show ${PAGE_SIZE} more (${left.toLocaleString('en')} left)`;
    else more.textContent = left === 1 ? 'Show the last paper' : `Show the last ${left} papers`;
  }

  async function run(): Promise<void> {
    const mine = ++seq;
    const state = current;
    document.title = state.q ? `${state.q} – ${baseTitle}` : baseTitle;
    if (!engine) status.textContent = 'Loading search…';
    try {
      engine ??= await getEngine();
      const [facets, outcome, all] = await Promise.all([
        engine.facets(),
        state.q ? engine.search(state.q) : Promise.resolve(undefined),
        state.q ? Promise.resolve(undefined) : engine.allPages(),
      ]);
      if (mine !== seq) return;
      const base = outcome ? outcome.hits : all!;
      const facetOf = (hit: SearchHit) => facets.get(hit.id) ?? NO_FACETS;
      const counts = facetCounts(base.map(facetOf), state);
      renderFilters(counts, state.q);
      const browsing = !state.q && !hasFilters(state);
      filtered = browsing ? [] : base.filter((hit) => matchesFilters(facetOf(hit), state));
      rendered = 0;
      const synonyms = outcome?.plan.filter((p) => p.kind === 'synonym').map((p) => quoted(p.text)) ?? [];
      const items = await Promise.all(filtered.slice(0, PAGE_SIZE).map(resultItem));
      if (mine !== seq) return;
      // Everything above the results changes in the same frame as they do (no layout shift).
      examples.hidden = !browsing;
      region.toggleAttribute('data-reserve', !browsing);
      expanded.textContent = synonyms.length ? `Also searched: ${synonyms.join(', ')}.` : '';
      results.replaceChildren(...items);
      rendered = items.length;
      updateMore();
      status.textContent = describe(state, filtered.length, base.length);
    } catch (error) {
      if (mine !== seq) return;
      status.textContent = 'Search could not load. Reload the page to try again.';
      console.error(error);
    }
  }

  const verb = (n: number) => (n === 1 ? 'matches' : 'match');

  function describe(state: SearchState, shown: number, unfiltered: number): string {
    const filters: string[] = [];
    if (state.topics.length)
      filters.push(state.topics.length === 1 ? `in ${engine?.topicTitles.get(state.topics[0]!) ?? state.topics[0]}` : `in any of ${state.topics.length} topics`);
    if (hasFilters(state) && state.code.length === 1) filters.push(state.code[0] === 'yes' ? 'with code' : 'without a code link');
    const where = filters.length ? ` ${filters.join(', ')}` : '';
    if (!state.q && !hasFilters(state)) return `Type to search ${plural(unfiltered, 'paper')}, or pick a topic to browse.`;
    if (!state.q) return `${plural(shown, 'paper')}${where}.`;
    if (shown === 0 && unfiltered > 0) return `No papers match ${quoted(state.q)}${where}; ${plural(unfiltered, 'paper')} ${verb(unfiltered)} without the filters.`;
    if (shown === 0) return `No papers match ${quoted(state.q)}. Try fewer or different words.`;
    return `${plural(shown, 'paper')} ${verb(shown)} ${quoted(state.q)}${where}.`;
  }

  void run();
}
