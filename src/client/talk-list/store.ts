import { readList, type TalkList } from '../../lib/talk-list/list.ts';

/**
 * The reader's talk list in `localStorage`, and news of its changes: from this page (a custom
 * event) and from other tabs (the `storage` event), so every button and counter stays true.
 * A browser that refuses storage (private mode, quota) keeps the list for the page's lifetime.
 */
// One list per site: surveys served from one origin under different bases keep their own.
const KEY = `talk-list:${import.meta.env.BASE_URL}`;
const CHANGED = 'talk-list-change';
let memory: TalkList = { ids: [] };

export function loadList(): TalkList {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? readList(JSON.parse(stored)) : { ids: [] };
  } catch {
    return memory;
  }
}

export function saveList(list: TalkList): void {
  memory = list;
  try {
    localStorage.setItem(KEY, JSON.stringify(list.title ? { ids: list.ids, title: list.title } : { ids: list.ids }));
  } catch {
    // Storage refused: the list lives in `memory` until the page closes.
  }
  document.dispatchEvent(new CustomEvent(CHANGED));
}

/** Calls `listener` with the list whenever it changes, here or in another tab. */
export function onListChange(listener: (list: TalkList) => void): void {
  document.addEventListener(CHANGED, () => listener(loadList()));
  addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) listener(loadList());
  });
}
