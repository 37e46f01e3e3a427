import { holds, togglePaper, type TalkList } from '../../lib/talk-list/list.ts';
import { loadList, onListChange, saveList } from './store.ts';

/**
 * "Add to list" buttons and the header's list counter, on every page. A button names its paper
 * by short id (`data-list-toggle`), so pages carry no paper data for it; clicks are handled once
 * for the whole document, so buttons a script adds later (search results) work too. The
 * buttons are rendered hidden and shown here: without JavaScript there is no list to add to.
 */
const SELECTOR = '[data-list-toggle]';
/** The mark in a search modal option: a mouse target that shows the state, hidden from assistive technology. */
const PILL = '[data-list-pill]';

/** Shows a button's state: pressed and "Remove from list" when its paper is on the list. */
export function showState(button: HTMLButtonElement, list: TalkList): void {
  const on = holds(list, button.dataset.listToggle!);
  button.setAttribute('aria-pressed', String(on));
  // The label is the button's first text node; a visually hidden title may follow it.
  const label = button.firstChild;
  if (label?.nodeType === Node.TEXT_NODE) label.textContent = on ? 'Remove from list' : 'Add to list';
}

/** A button for a paper, in the same markup as src/components/AddToListButton.astro, for results drawn by script. */
export function listToggle(id: string, title: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.listToggle = id;
  button.className = 'list-toggle';
  button.innerHTML = 'Add to list<span class="sr-only"></span>';
  button.querySelector('.sr-only')!.textContent = `: ${title}`;
  showState(button, loadList());
  return button;
}

/** A mark for a search modal option (which may hold no button): click it, or press Shift+Enter on the option. */
export function listPill(id: string): HTMLSpanElement {
  const pill = document.createElement('span');
  pill.className = 'list-toggle ms-2 align-middle';
  pill.dataset.listPill = id;
  pill.setAttribute('aria-hidden', 'true');
  showPill(pill, loadList());
  return pill;
}

function showPill(pill: HTMLElement, list: TalkList): void {
  const on = holds(list, pill.dataset.listPill!);
  pill.dataset.pressed = String(on);
  pill.textContent = on ? 'On list' : 'Add to list';
}

/** Adds a paper to the list or takes it off; returns what happened, for a status line. */
export function toggleOnList(id: string, title: string): string {
  const before = loadList();
  saveList(togglePaper(before, id));
  return holds(before, id) ? `Removed from your list: ${title}.` : `Added to your list: ${title}.`;
}

function showCount(list: TalkList): void {
  for (const counter of document.querySelectorAll<HTMLElement>('[data-list-count]')) {
    counter.textContent = String(list.ids.length);
    const noun = counter.nextElementSibling;
    if (noun) noun.textContent = list.ids.length === 1 ? ' paper' : ' papers';
  }
}

function refresh(list: TalkList): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) showState(button, list);
  for (const pill of document.querySelectorAll<HTMLElement>(PILL)) showPill(pill, list);
  showCount(list);
}

export function attachListButtons(): void {
  const list = loadList();
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) button.hidden = false;
  refresh(list);
  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest?.<HTMLElement>(`${SELECTOR}, ${PILL}`);
    if (!target) return;
    // A pill sits inside a result's link: the click adds, it does not open the paper.
    event.preventDefault();
    saveList(togglePaper(loadList(), (target.dataset.listToggle ?? target.dataset.listPill)!));
  });
  onListChange(refresh);
}
