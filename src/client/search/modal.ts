/**
 * The search dialog's combobox (ARIA 1.2 pattern, list autocomplete, no automatic selection):
 * typing searches; ArrowDown/ArrowUp move the active option (aria-activedescendant) and wrap;
 * Enter opens the active result, or the full results page when none is active; Shift+Enter
 * adds the active result to the talk list (or takes it off); Escape closes
 * (native <dialog> cancel; focus goes back in SearchModal.astro).
 */
import { withBase } from '../../lib/links/site-urls.ts';
import { serializeSearchState, emptyState } from '../../lib/search/state.ts';
import { getEngine, type SearchEngine, type SearchHit, type SearchOutcome } from './engine.ts';
import { excerptNodes, h, plural, quoted } from './render.ts';
import { listPill, toggleOnList } from '../talk-list/buttons.ts';

const LIMIT = 8;
const DEBOUNCE_MS = 90;

let attached = false;

/** The status line over the shown results: what was searched, how many papers match it, which are shown. */
function describe(outcome: SearchOutcome, shown: number): string {
  const corrected = outcome.corrected ? `Showing results for ${quoted(outcome.corrected)}. ` : '';
  if (outcome.partial) return `${corrected}No paper matches every word; papers matching most of them.`;
  const matches = outcome.hits.filter((hit) => hit.tier === 'match').length;
  if (matches === 0) return `${corrected}No papers match ${quoted(outcome.searched)}; related papers.`;
  const verb = matches === 1 ? 'matches' : 'match';
  const best = matches > shown ? `; showing the best ${shown}` : shown > matches ? `, then papers close to it` : '';
  return `${corrected}${plural(matches, 'paper')} ${verb}${best}.`;
}

/** Never a bare "no results": the closest topics, and the spelling the words may have meant. */
function nothingFound(outcome: SearchOutcome): string {
  const topics = outcome.topics.map((topic) => topic.title);
  const meant = outcome.suggestion && !outcome.corrected ? ` Did you mean ${quoted(outcome.suggestion)}?` : '';
  const closest = topics.length ? ` Closest ${topics.length === 1 ? 'topic' : 'topics'}: ${topics.join(', ')}.` : '';
  return `No papers match ${quoted(outcome.corrected ?? outcome.query)}.${meant}${closest}`;
}

export function attachModal(dialog: HTMLDialogElement): void {
  if (attached) return;
  attached = true;
  const input = dialog.querySelector<HTMLInputElement>('#search-dialog-input')!;
  const listbox = dialog.querySelector<HTMLElement>('#search-dialog-listbox')!;
  const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
  const allLink = dialog.querySelector<HTMLAnchorElement>('#search-dialog-all')!;
  const searchPage = withBase(import.meta.env.BASE_URL, '/search/');

  let engine: SearchEngine | undefined;
  let active = -1;
  let options: HTMLAnchorElement[] = [];
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const allResultsUrl = () => `${searchPage}${serializeSearchState({ ...emptyState(), q: input.value })}`;

  function setActive(index: number, scroll = true): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (scroll) option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function clear(message: string): void {
    options = [];
    active = -1;
    listbox.replaceChildren();
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', 'false');
    status.textContent = message;
  }

  function option(hitIndex: number, hit: SearchHit): HTMLAnchorElement {
    const title = h('span', { class: 'block font-medium text-zinc-900 dark:text-zinc-100' });
    const byline = h('span', { class: 'block text-xs text-zinc-600 empty:hidden dark:text-zinc-400' });
    const excerpt = h('span', { class: 'mt-0.5 line-clamp-2 block text-sm text-zinc-600 dark:text-zinc-400' });
    const el = h(
      'a',
      {
        id: `search-option-${hitIndex}`,
        role: 'option',
        'data-id': hit.id,
        'aria-selected': 'false',
        tabindex: '-1',
        href: '#',
        class:
          'block rounded-lg border-l-4 border-transparent px-3 py-2 hover:bg-zinc-100 aria-selected:border-accent-600 aria-selected:bg-accent-50 dark:hover:bg-zinc-800 dark:aria-selected:border-accent-300 dark:aria-selected:bg-zinc-800',
      },
      title,
      byline,
      excerpt,
    );
    el.addEventListener('mousemove', () => {
      const index = options.indexOf(el);
      if (index !== active) setActive(index, false);
    });
    void hit.load().then((view) => {
      el.href = view.url;
      el.dataset.shortId = view.shortId ?? '';
      title.textContent = view.title;
      // An option cannot hold a button (ARIA): a mouse target here, Shift+Enter for the keyboard.
      if (view.shortId) title.append(listPill(view.shortId));
      byline.textContent = view.byline ?? '';
      excerpt.replaceChildren(...excerptNodes(view.excerpt));
    });
    return el;
  }

  async function run(query: string): Promise<void> {
    const mine = ++seq;
    allLink.href = allResultsUrl();
    if (!query.trim()) {
      clear('');
      return;
    }
    if (!engine) status.textContent = 'Loading search…';
    try {
      engine ??= await getEngine();
      const outcome = await engine.search(query, { relatedBelow: LIMIT, shown: LIMIT });
      if (mine !== seq) return;
      const shown = outcome.hits.slice(0, LIMIT);
      if (shown.length === 0) {
        clear(nothingFound(outcome));
        return;
      }
      // Load the shown results before swapping, so the list changes once, complete.
      await Promise.all(shown.map((hit) => hit.load()));
      if (mine !== seq) return;
      // The active result stays active when it is still listed (results refresh as the user types).
      const activeId = options[active]?.dataset.id;
      options = shown.map((hit, i) => option(i, hit));
      active = -1;
      input.removeAttribute('aria-activedescendant');
      listbox.replaceChildren(...options);
      const keep = options.findIndex((o) => o.dataset.id === activeId);
      if (keep >= 0) setActive(keep);
      input.setAttribute('aria-expanded', 'true');
      status.textContent = describe(outcome, shown.length);
    } catch (error) {
      if (mine !== seq) return;
      clear('Search could not load. Try the search page instead.');
      console.error(error);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
      setActive(next);
    } else if (event.key === 'Enter' && event.shiftKey && options[active]?.dataset.shortId) {
      event.preventDefault();
      const chosen = options[active]!;
      status.textContent = toggleOnList(chosen.dataset.shortId!, chosen.querySelector('span')?.firstChild?.textContent ?? '');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen && chosen.getAttribute('href') !== '#') {
        if (event.ctrlKey || event.metaKey) window.open(chosen.href, '_blank', 'noopener');
        else location.assign(chosen.href);
      } else if (input.value.trim()) location.assign(allResultsUrl());
    }
  });

  // Opening again keeps the last query and its results; a query typed before this module loaded runs now.
  if (input.value.trim()) void run(input.value);
}
