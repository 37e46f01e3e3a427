/**
 * The /search/ page: query field, code, year, topic and venue filters (with counts, filters.ts),
 * results, and the address bar as the state (src/lib/search/state.ts).
 *
 * History: while the user types, the current entry's address follows the field
 * (history.replaceState); when the search settles (a pause in typing, Enter, leaving the field) or
 * a filter changes, the entry is restored to the previous settled search and the new one is
 * pushed (history.pushState), so Back returns to the previous search. popstate restores a state.
 *
 * Filters: several topics match papers in ANY of them (OR) or, with the toggle, in ALL of them
 * (AND); several venues match papers at ANY of them; different filters combine with AND. Counts
 * are computed over the matches for the current query (what the status line counts); a facet's
 * counts ignore that facet's own selection (except topics combined by AND).
 *
 * Results: the matches, counted in the status line; then the related pages under "Also
 * related: …"; or, when no paper holds every word, the papers holding most of them. A corrected
 * query says so above the status, with a link to the words as typed; a query that matches
 * nothing offers the closest topics (src/client/search/engine.ts). The year and venue filters
 * exist only when the survey has years or venues (the page leaves them out otherwise).
 */
import { sitePaths, withBase } from '../../lib/links/site-urls.ts';
import { listToggle } from '../talk-list/buttons.ts';
import {
  anyYear,
  emptyState,
  describeYearRange,
  facetCounts,
  hasFilters,
  hasYearRange,
  matchesFilters,
  parseSearchState,
  sameState,
  serializeSearchState,
  toggle,
  type CodeValue,
  type FacetCounts,
  type PaperFacets,
  type SearchState,
} from '../../lib/search/state.ts';
import { getEngine, type SearchEngine, type SearchHit, type SearchOutcome } from './engine.ts';
import { checkboxItem, updateCheckboxItem, ValueList, YearRangeSelect } from './filters.ts';
import { excerptNodes, h, plural, quoted } from './render.ts';

const PAGE_SIZE = 20;
const LIST_LIMIT = 8;
const DEBOUNCE_MS = 120;
const SETTLE_MS = 900;
const NO_FACETS: PaperFacets = { topics: [], code: undefined, year: undefined, venue: undefined };
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
  const venueList = document.getElementById('search-venue-filter');
  const venueMore = document.getElementById('search-venue-more') as HTMLButtonElement | null;
  const yearFrom = document.getElementById('search-year-from') as HTMLSelectElement | null;
  const yearTo = document.getElementById('search-year-to') as HTMLSelectElement | null;
  const clearFilters = document.getElementById('search-clear-filters') as HTMLButtonElement;
  const status = document.getElementById('search-status')!;
  const correction = document.getElementById('search-correction')!;
  const suggestions = document.getElementById('search-suggestions')!;
  const relatedHeading = document.getElementById('search-related-heading')!;
  const relatedList = document.getElementById('search-related')!;
  const topicAny = document.getElementById('search-topic-any') as HTMLInputElement;
  const topicAll = document.getElementById('search-topic-all') as HTMLInputElement;
  const expanded = document.getElementById('search-expanded')!;
  const examples = document.getElementById('search-examples')!;
  const results = document.getElementById('search-results')!;
  const region = document.getElementById('search-results-region')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const searchPage = withBase(import.meta.env.BASE_URL, '/search/');
  const topicsPage = withBase(import.meta.env.BASE_URL, '/topics/');
  const baseTitle = document.title;
  ui.hidden = false;

  let current = parseSearchState(location.search);
  let committed = current;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let drawnSeq = 0;
  let engine: SearchEngine | undefined;
  let topics: ValueList | undefined;
  let venues: ValueList | undefined;
  // The results on the page: the list they come from and how many of it are drawn. Only a finished
  // search replaces them, so a "Show more" clicked while a search runs still extends what is shown.
  let filtered: SearchHit[] = [];
  let rendered = 0;
  // The state of the latest search started (none after one failed): typing pauses and Enter
  // search only a state not searched already, so neither redraws the list under a "Show more".
  let searched: SearchState | undefined;
  // The page "Show more" is drawing: a second click meanwhile (a double-click) waits for it rather
  // than drawing the same page again.
  let drawingMore: Promise<HTMLAnchorElement | null> | undefined;

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
    const q = input.value.replace(/\s+/g, ' ').trim();
    // The words as typed stay as typed ("search instead for …") until they change.
    current = { ...current, q, verbatim: q === current.q && current.verbatim };
    history.replaceState(history.state, '', urlOf(current));
    clearTimeout(settleTimer);
    settleTimer = setTimeout(commit, SETTLE_MS);
    clearTimeout(searchTimer);
    searchTimer = setTimeout(searchIfNew, DEBOUNCE_MS);
  }

  function searchIfNew(): void {
    if (!(searched && sameState(current, searched))) void run();
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
    typed();
    // Search now, not again after the typing pause typed() waits for.
    clearTimeout(searchTimer);
    commit();
    // Enter on the search already shown (or under way) keeps its results and any pages "Show more" added.
    searchIfNew();
  });
  clearFilters.addEventListener('click', () => setFilters({ topics: [], allTopics: false, code: [], years: anyYear(), venues: [] }));
  const syncTopicMatch = () => {
    topicAll.checked = current.allTopics;
    topicAny.checked = !current.allTopics;
  };
  syncTopicMatch();
  for (const radio of [topicAny, topicAll]) radio.addEventListener('change', () => radio.checked && setFilters({ allTopics: radio === topicAll }));
  const years = yearFrom && yearTo ? new YearRangeSelect(yearFrom, yearTo, (range) => setFilters({ years: range })) : undefined;
  years?.set(current.years);
  more.addEventListener('click', () => {
    // A second click while the page is drawn (a double-click) adds nothing; nor does a click while a
    // new search runs, whose results replace the list (and would take the focus moved into it).
    if (drawingMore || searching()) return;
    drawingMore = renderMore()
      .catch((error: unknown) => {
        status.textContent = 'Search could not load. Reload the page to try again.';
        console.error(error);
        return null;
      })
      .finally(() => (drawingMore = undefined));
    void drawingMore.then((link) => link?.focus());
  });
  window.addEventListener('popstate', () => {
    clearTimeout(settleTimer);
    clearTimeout(searchTimer);
    current = committed = parseSearchState(location.search);
    input.value = current.q;
    years?.set(current.years);
    syncTopicMatch();
    syncDetails();
    void run();
  });

  /** The lists of many values, made once the engine knows the topic titles and the survey's venues. */
  function valueLists(e: SearchEngine): void {
    topics ??= new ValueList({
      name: 'topic',
      list: topicList,
      more: topicMore,
      limit: LIST_LIMIT,
      noun: 'topics',
      order: e.topicOrder,
      label: (id) => e.topicTitles.get(id) ?? id,
      onToggle: (id, on) => setFilters({ topics: toggle(current.topics, id, on) }),
    });
    if (venueList && venueMore)
      venues ??= new ValueList({
        name: 'venue',
        list: venueList,
        more: venueMore,
        limit: LIST_LIMIT,
        noun: 'venues',
        order: e.synonyms.venues.map((v) => v.venue),
        label: (venue) => venue,
        onToggle: (venue, on) => setFilters({ venues: toggle(current.venues, venue, on) }),
      });
  }

  function renderFilters(counts: FacetCounts, key: string): void {
    // Code: both values, always listed.
    const codeValues: CodeValue[] = ['yes', 'no'];
    if (codeList.childElementCount !== codeValues.length) {
      codeList.replaceChildren(
        ...codeValues.map((value) =>
          checkboxItem('code', value, CODE_LABELS[value], counts.code.get(value) ?? 0, current.code.includes(value), (on) => setFilters({ code: toggle(current.code, value, on) })),
        ),
      );
    } else {
      for (const item of codeList.children) {
        const value = (item as HTMLElement).dataset.value as CodeValue;
        updateCheckboxItem(item, counts.code.get(value) ?? 0, current.code.includes(value));
      }
    }
    topics?.render(counts.topic, current.topics, key);
    venues?.render(counts.venue, current.venues, key);
    years?.set(current.years);
    syncTopicMatch();
    clearFilters.hidden = !hasFilters(current);
    const codeActive = hasFilters({ ...current, topics: [], years: anyYear(), venues: [] });
    const active = current.topics.length + current.venues.length + (codeActive ? 1 : 0) + (hasYearRange(current.years) ? 1 : 0);
    filterSummary.textContent = active ? `(${active} active)` : '';
  }

  async function resultItem(hit: SearchHit): Promise<HTMLLIElement> {
    const e = engine!;
    const view = await hit.load();
    const meta = h('div', { class: 'mt-2 flex flex-wrap items-center gap-1.5 text-xs' });
    // The topic chips of every list of papers (src/styles/global.css), links to the topic like theirs.
    const chips = view.topics.slice(0, 4).map((id) => h('li', {}, h('a', { class: 'topic-chip', href: withBase(import.meta.env.BASE_URL, sitePaths.topic(id)), 'data-topic': id }, e.topicTitles.get(id) ?? id)));
    if (chips.length) meta.append(h('ul', { class: 'topic-chips', 'aria-label': 'Topics' }, ...chips));
    if (view.topics.length > 4) meta.append(h('span', { class: 'text-zinc-600 dark:text-zinc-400' }, `+${view.topics.length - 4} more`));
    if (view.code === 'yes')
      meta.append(h('span', { class: 'rounded-full border border-emerald-700/40 px-2 py-0.5 text-emerald-800 dark:border-emerald-400/40 dark:text-emerald-300' }, 'Code'));
    if (hit.tier === 'related') meta.append(h('span', { class: 'text-zinc-600 dark:text-zinc-400' }, `matched ${quoted(hit.query.text)}`));
    if (hit.matched) meta.append(h('span', { class: 'text-zinc-600 dark:text-zinc-400' }, `has ${hit.matched.map(quoted).join(', ')}`));
    return h(
      'li',
      { class: 'py-4 first:pt-0' },
      h(
        'article',
        {},
        h(
          'div',
          { class: 'flex items-start justify-between gap-3' },
          h(
            'h3',
            { class: 'text-lg leading-snug font-semibold' },
            h('a', { href: view.url, class: 'text-accent-700 underline-offset-2 hover:underline dark:text-accent-300' }, view.title),
          ),
          view.shortId ? listToggle(view.shortId, view.title) : null,
        ),
        view.byline ? h('p', { class: 'mt-0.5 text-sm text-zinc-600 dark:text-zinc-400', 'data-byline': true }, view.byline) : null,
        view.excerpt.length ? h('p', { class: 'mt-1 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300' }, ...excerptNodes(view.excerpt)) : null,
        meta.childElementCount ? meta : null,
      ),
    );
  }

  /** Appends the next page of results; resolves to the first new link (none when a search replaced them meanwhile). */
  async function renderMore(): Promise<HTMLAnchorElement | null> {
    const list = filtered;
    const slice = list.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(slice.map(resultItem));
    if (list !== filtered) return null;
    slice.forEach((hit, i) => (hit.tier === 'related' ? relatedList : results).append(items[i]!));
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

  /** Whether a search has started whose results are not drawn yet. */
  const searching = () => seq !== drawnSeq;

  async function run(): Promise<void> {
    const mine = ++seq;
    const state = current;
    searched = state;
    document.title = state.q ? `${state.q} – ${baseTitle}` : baseTitle;
    if (!engine) status.textContent = 'Loading search…';
    try {
      engine ??= await getEngine();
      valueLists(engine);
      const [facets, outcome, all] = await Promise.all([
        engine.facets(),
        state.q ? engine.search(state.q, { verbatim: state.verbatim, shown: hasFilters(state) ? 0 : PAGE_SIZE }) : Promise.resolve(undefined),
        state.q ? Promise.resolve(undefined) : engine.allPages(),
      ]);
      if (mine !== seq) return;
      const base = outcome ? outcome.hits : all!;
      const facetOf = (hit: SearchHit) => facets.get(hit.id) ?? NO_FACETS;
      // Filters count what the status line counts: the matches (or, when none, the partial matches).
      const countedHits = base.some((hit) => hit.tier === 'match') ? base.filter((hit) => hit.tier === 'match') : base;
      const counts = facetCounts(countedHits.map(facetOf), state);
      renderFilters(counts, state.q);
      const browsing = !state.q && !hasFilters(state);
      const matching = browsing ? [] : base.filter((hit) => matchesFilters(facetOf(hit), state));
      const equivalents = outcome?.plan.filter((p) => p.relation === 'equivalent').map((p) => quoted(p.text)) ?? [];
      const first = matching.slice(0, PAGE_SIZE);
      const items = await Promise.all(first.map(resultItem));
      if (mine !== seq) return;
      // Everything above the results changes in the same frame as they do (no layout shift).
      examples.hidden = !browsing;
      region.toggleAttribute('data-reserve', !browsing);
      expanded.textContent = equivalents.length ? `Also searched: ${equivalents.join(', ')}.` : '';
      const relatedNames = outcome?.related ?? [];
      relatedHeading.hidden = !matching.some((hit) => hit.tier === 'related');
      relatedHeading.textContent = `Also related: ${relatedNames.map(quoted).join(', ')}`;
      results.replaceChildren(...items.filter((_, i) => first[i]!.tier !== 'related'));
      relatedList.replaceChildren(...items.filter((_, i) => first[i]!.tier === 'related'));
      filtered = matching;
      rendered = items.length;
      drawnSeq = mine;
      updateMore();
      const shownMatches = filtered.filter((hit) => hit.tier === 'match').length;
      const baseMatches = base.filter((hit) => hit.tier === 'match').length;
      renderCorrection(state, outcome);
      renderSuggestions(outcome, shownMatches);
      status.textContent = outcome?.partial ? describePartial(state, filtered.length) : describe(state, outcome ? shownMatches : filtered.length, outcome ? baseMatches : base.length, outcome);
      status.dataset.query = state.q;
    } catch (error) {
      if (mine !== seq) return;
      // No results are left under the message; the same search may be tried again.
      searched = undefined;
      drawnSeq = mine;
      filtered = [];
      rendered = 0;
      results.replaceChildren();
      relatedList.replaceChildren();
      relatedHeading.hidden = true;
      updateMore();
      status.textContent = 'Search could not load. Reload the page to try again.';
      console.error(error);
    }
  }

  const verb = (n: number) => (n === 1 ? 'matches' : 'match');

  /** "Showing results for …, search instead for …" over a corrected search; "Did you mean …?" over a verbatim one. */
  function renderCorrection(state: SearchState, outcome: SearchOutcome | undefined): void {
    const link = (text: string, next: Partial<SearchState>) =>
      h('a', { href: urlOf({ ...state, ...next }), class: 'font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300' }, text);
    if (outcome?.corrected) {
      correction.replaceChildren(
        'Showing results for ',
        h('strong', { class: 'font-semibold italic' }, outcome.corrected),
        ' — search instead for ',
        link(state.q, { verbatim: true }),
      );
    } else if (outcome?.suggestion) {
      correction.replaceChildren('Did you mean ', link(outcome.suggestion, { q: outcome.suggestion, verbatim: false }), '?');
    } else correction.replaceChildren();
  }

  /** When nothing matches every word: the topics whose names are closest to the query. */
  function renderSuggestions(outcome: SearchOutcome | undefined, matches: number): void {
    if (!outcome || outcome.hits.length > 0 || matches > 0) {
      suggestions.replaceChildren();
      return;
    }
    const topics = outcome.topics;
    if (!topics.length) {
      suggestions.replaceChildren('Try fewer or different words, or ', h('a', { href: topicsPage, class: 'font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300' }, 'browse the topics'), '.');
      return;
    }
    const links = topics.map((topic) =>
      h('a', { href: urlOf({ ...emptyState(), topics: [topic.id] }), class: 'font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300' }, topic.title),
    );
    suggestions.replaceChildren(`${topics.length === 1 ? 'Closest topic' : 'Closest topics'}: `, ...links.flatMap((a, i) => (i ? [', ', a] : [a])), '.');
  }

  function describePartial(state: SearchState, shown: number): string {
    if (shown === 0) return `No papers match ${quoted(state.q)}. Try fewer or different words.`;
    return `No paper matches every word; papers matching most of them (${plural(shown, 'paper')}):`;
  }

  function describe(state: SearchState, shown: number, unfiltered: number, outcome?: SearchOutcome): string {
    const filters: string[] = [];
    if (state.topics.length)
      filters.push(
        state.topics.length === 1
          ? `in ${engine?.topicTitles.get(state.topics[0]!) ?? state.topics[0]}`
          : `in ${state.allTopics ? 'all' : 'any'} of ${state.topics.length} topics`,
      );
    if (hasFilters(state) && state.code.length === 1) filters.push(state.code[0] === 'yes' ? 'with code' : 'without a code link');
    if (hasYearRange(state.years)) filters.push(describeYearRange(state.years));
    if (state.venues.length) filters.push(state.venues.length === 1 ? `published in ${state.venues[0]}` : `published in any of ${state.venues.length} venues`);
    const where = filters.length ? ` ${filters.join(', ')}` : '';
    if (!state.q && !hasFilters(state)) return `Type to search ${plural(unfiltered, 'paper')}, or pick a topic to browse.`;
    if (!state.q) return `${plural(shown, 'paper')}${where}.`;
    const q = outcome?.corrected ?? state.q;
    const some = outcome?.hits.filter((hit) => hit.tier === 'partial').length ?? 0;
    const more = some ? ` ${plural(some, 'more paper')} ${verb(some)} most of its words.` : '';
    if (shown === 0 && unfiltered > 0) return `No papers match ${quoted(q)}${where}; ${plural(unfiltered, 'paper')} ${verb(unfiltered)} without the filters.`;
    if (shown === 0) return `No papers match ${quoted(q)}.${more}`;
    return `${plural(shown, 'paper')} ${verb(shown)} ${quoted(q)}${where}.${more}`;
  }

  void run();
}
