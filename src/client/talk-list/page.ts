import { qrModules, qrSvg } from '../../lib/links/qr.ts';
import { sitePaths, withBase } from '../../lib/links/site-urls.ts';
import type { ListPaper } from '../../lib/schemas/talk-list.ts';
import { addPaper, movePaper, removePaper, type TalkList } from '../../lib/talk-list/list.ts';
import { listPaperPath } from '../../lib/talk-list/paper-path.ts';
import { citeCommand, listBibtex, listCsv, listMarkdown, listText, resolveList } from '../../lib/talk-list/list-exports.ts';
import { readShareFragment, shareLink } from '../../lib/talk-list/share-link.ts';
import { withPageOrigin } from '../origin.ts';
import { attachDrag } from './drag.ts';
import { copyText, download, fileStem, qrPng } from './files.ts';
import { attachPresent, type PresentCard } from './present.ts';
import { loadList, onListChange, saveList } from './store.ts';

/**
 * The list page (src/pages/list.astro). It shows either the reader's own list (from
 * localStorage; every change is saved at once) or, opened from a share link, the shared list
 * read-only with an offer to save it. Each paper's data is its `/p/<id>/paper.json`; an id
 * the survey does not know is shown as unknown, never dropped.
 */
export function attachListPage(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const base = import.meta.env.BASE_URL;
  const listPage = withPageOrigin(root.dataset.listPage!, root.dataset.localOrigin);
  const origin = new URL(listPage).origin;
  const absolute = (href: string) => new URL(href, origin).href;
  const localized = (text: string) => withPageOrigin(text, root.dataset.localOrigin);

  const items = $<HTMLOListElement>('[data-list-items]');
  const status = $<HTMLElement>('[data-list-status]');
  const titleInput = $<HTMLInputElement>('[data-list-title]');
  const shared = $<HTMLElement>('[data-shared]');
  const undoButton = $<HTMLButtonElement>('[data-undo]');

  const papers = new Map<string, ListPaper>();
  const requested = new Map<string, Promise<void>>();
  const settled = new Set<string>();
  let sharedList = readShareFragment(location.hash);
  let list: TalkList = sharedList ?? loadList();
  let undo: TalkList | undefined;
  const own = () => sharedList === undefined;

  /** Fetches the data of papers not yet asked for; a missing file means the survey has no such paper. */
  async function lookUp(ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids.map((id) => {
        let loading = requested.get(id);
        if (!loading) {
          loading = fetch(withBase(base, listPaperPath(id)))
            .then((response) => (response.ok ? (response.json() as Promise<ListPaper>) : undefined))
            .then((paper) => {
              if (paper) papers.set(id, paper);
            })
            .catch(() => undefined)
            .finally(() => settled.add(id));
          requested.set(id, loading);
        }
        return loading;
      }),
    );
  }

  const resolved = () => resolveList(list.ids, (id) => papers.get(id));
  const link = () => shareLink(listPage, list);

  function change(next: TalkList, message?: string): void {
    list = next;
    if (own()) saveList(list);
    render();
    if (message) status.textContent = message;
  }

  function button(label: string, name: string, action: string, id: string): HTMLButtonElement {
    const el = document.createElement('button');
    el.type = 'button';
    el.dataset.action = action;
    el.dataset.for = id;
    el.className = 'rounded-md border border-zinc-300 px-2 py-1 text-sm hover:border-accent-600 hover:text-accent-700 disabled:opacity-40 dark:border-zinc-600 dark:hover:border-accent-300 dark:hover:text-accent-300';
    el.innerHTML = `<span aria-hidden="true"></span><span class="sr-only"></span>`;
    el.firstElementChild!.textContent = label;
    el.lastElementChild!.textContent = name;
    return el;
  }

  function item(id: string, index: number): HTMLLIElement {
    const paper = papers.get(id);
    const li = document.createElement('li');
    li.dataset.id = id;
    li.className = 'flex flex-wrap items-start gap-x-3 gap-y-2 py-3 data-dragging:bg-accent-50 sm:flex-nowrap dark:data-dragging:bg-zinc-800';
    const title = paper?.title ?? `Unknown paper ${id}`;
    if (own()) {
      const handle = document.createElement('span');
      handle.dataset.dragHandle = '';
      handle.setAttribute('aria-hidden', 'true');
      handle.title = 'Drag to reorder';
      handle.className = 'mt-0.5 cursor-grab touch-none px-1 text-lg leading-none text-zinc-500 select-none print:hidden';
      handle.textContent = '⠿';
      li.append(handle);
    }
    const number = document.createElement('span');
    number.className = 'mt-0.5 w-6 shrink-0 text-right text-sm text-zinc-600 tabular-nums dark:text-zinc-400';
    number.textContent = `${index + 1}.`;
    const body = document.createElement('div');
    // On a phone the text takes the row and the buttons go under it.
    body.className = 'min-w-0 flex-1 basis-[calc(100%-4.5rem)] sm:basis-auto';
    if (paper) {
      const a = document.createElement('a');
      a.href = paper.href;
      a.className = 'font-medium text-accent-700 hover:underline dark:text-accent-300';
      a.textContent = paper.title;
      body.append(a);
      if (paper.cite) body.append(Object.assign(document.createElement('p'), { className: 'text-sm text-zinc-700 dark:text-zinc-300', textContent: paper.cite }));
      body.append(Object.assign(document.createElement('p'), { className: 'mt-1 text-sm text-zinc-600 dark:text-zinc-400 print:hidden', textContent: paper.gist }));
      // The handout prints each paper's short link, short enough to type.
      body.append(Object.assign(document.createElement('p'), { className: 'hidden font-mono text-sm print:block', textContent: absolute(withBase(base, sitePaths.short(id))).replace(/^https?:\/\//, '') }));
    } else {
      body.append(Object.assign(document.createElement('p'), { className: 'font-medium', textContent: title }));
      body.append(
        Object.assign(document.createElement('p'), {
          className: 'text-sm text-zinc-600 dark:text-zinc-400',
          textContent: settled.has(id) ? 'This survey has no paper with this short id: it was removed, or the link was mistyped.' : 'Loading…',
        }),
      );
    }
    li.append(number, body);
    if (own()) {
      const controls = document.createElement('div');
      controls.className = 'ms-auto flex shrink-0 gap-1 print:hidden';
      const up = button('↑', `Move up: ${title}`, 'up', id);
      const down = button('↓', `Move down: ${title}`, 'down', id);
      up.disabled = index === 0;
      down.disabled = index === list.ids.length - 1;
      const remove = button('Remove', `Remove: ${title}`, 'remove', id);
      up.title = 'Move up';
      down.title = 'Move down';
      controls.append(up, down, remove);
      li.append(controls);
    }
    return li;
  }

  function render(): void {
    const focused = document.activeElement instanceof HTMLElement && items.contains(document.activeElement) ? document.activeElement.dataset : undefined;
    const refocus = focused?.action ? { action: focused.action, id: focused.for } : undefined;
    items.replaceChildren(...list.ids.map(item));
    $<HTMLElement>('[data-list-empty]').hidden = list.ids.length > 0;
    $<HTMLElement>('[data-list-share]').hidden = list.ids.length === 0;
    $<HTMLElement>('[data-list-actions]').hidden = !own();
    $<HTMLButtonElement>('[data-clear]').hidden = list.ids.length === 0;
    titleInput.readOnly = !own();
    if (document.activeElement !== titleInput) titleInput.value = list.title ?? '';
    if (refocus) {
      const again = items.querySelector<HTMLButtonElement>(`[data-action="${refocus.action}"][data-for="${refocus.id}"]`);
      (again && !again.disabled ? again : items.querySelector<HTMLButtonElement>(`[data-for="${refocus.id}"]:not(:disabled)`))?.focus();
    }
    renderShared();
    renderShare();
  }

  function renderShared(): void {
    shared.hidden = !sharedList;
    if (!sharedList) return;
    const mine = loadList();
    const { unknown } = resolved();
    const count = `${sharedList.ids.length} ${sharedList.ids.length === 1 ? 'paper' : 'papers'}`;
    $<HTMLElement>('[data-shared-summary]').textContent =
      `Someone shared ${sharedList.title ? `“${sharedList.title}”, ` : 'a list of '}${count} with you.` +
      (unknown.length ? ` ${unknown.length} of them ${unknown.length === 1 ? 'is' : 'are'} not in this survey.` : '') +
      (sharedList.invalid.length ? ` The link also holds ${sharedList.invalid.map((piece) => `“${piece}”`).join(', ')}, which is no short id.` : '') +
      (mine.ids.length ? ` Saving it replaces your list of ${mine.ids.length}.` : ' Save it to keep it in this browser.');
    $<HTMLButtonElement>('[data-append-shared]').hidden = mine.ids.length === 0;
  }

  let drawnLink = '';
  function renderShare(): void {
    if (list.ids.length === 0) return;
    const url = link();
    $<HTMLInputElement>('[data-share-link]').value = url;
    $<HTMLElement>('[data-share-print]').textContent = url;
    if (url === drawnLink) return;
    drawnLink = url;
    const qr = $<HTMLElement>('[data-list-qr]');
    qr.innerHTML = qrSvg(url);
    qr.firstElementChild?.setAttribute('class', 'block h-auto w-full');
    const version = (qrModules(url).size - 17) / 4;
    $<HTMLElement>('[data-qr-version]').textContent = `QR version ${version}`;
  }

  const exports: Record<string, () => { text: string; type: string; ext: string }> = {
    share: () => ({ text: link(), type: 'text/plain', ext: '.txt' }),
    bibtex: () => ({ text: localized(listBibtex(resolved().papers)), type: 'application/x-bibtex', ext: '.bib' }),
    markdown: () => ({ text: listMarkdown(resolved().papers, absolute), type: 'text/markdown', ext: '.md' }),
    cite: () => ({ text: citeCommand(resolved().papers), type: 'text/plain', ext: '.tex' }),
    csv: () => ({ text: localized(listCsv(root.dataset.csvHeader!, resolved().papers)), type: 'text/csv', ext: '.csv' }),
    text: () => ({ text: localized(listText(resolved().papers)), type: 'text/plain', ext: '.txt' }),
  };

  root.addEventListener('click', async (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!target) return;
    const { action, for: id, copy, download: format } = target.dataset;
    if (action && id) {
      const at = list.ids.indexOf(id);
      const title = papers.get(id)?.title ?? id;
      if (action === 'up') change(movePaper(list, at, at - 1), `Moved up to ${at}: ${title}.`);
      if (action === 'down') change(movePaper(list, at, at + 1), `Moved down to ${at + 2}: ${title}.`);
      if (action === 'remove') {
        undo = list;
        const next = list.ids[at + 1] ?? list.ids[at - 1];
        change(removePaper(list, id), `Removed ${title}.`);
        undoButton.hidden = false;
        (items.querySelector<HTMLButtonElement>(`[data-action="remove"][data-for="${next}"]`) ?? $<HTMLElement>('[data-list-heading]')).focus();
      }
    } else if (copy) {
      const copied = await copyText(exports[copy]!().text);
      status.textContent = copied ? `Copied ${copy === 'share' ? 'the share link' : target.textContent?.replace(/^Copy\s*/, '')} to the clipboard.` : 'Copying failed: your browser refused the clipboard.';
    } else if (format === 'qr-svg') {
      download(`${fileStem(list.title)}-qr.svg`, new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${qrSvg(link())}\n`], { type: 'image/svg+xml' }));
    } else if (format === 'qr-png') {
      download(`${fileStem(list.title)}-qr.png`, await qrPng(link()));
    } else if (format) {
      const file = exports[format]!();
      download(`${fileStem(list.title)}${file.ext}`, new Blob([file.text], { type: `${file.type};charset=utf-8` }));
    } else if ('clear' in target.dataset) {
      undo = list;
      change({ ids: [] }, `Cleared the list of ${undo.ids.length} ${undo.ids.length === 1 ? 'paper' : 'papers'}.`);
      undoButton.hidden = false;
      undoButton.focus();
    } else if ('undo' in target.dataset && undo) {
      const back = undo;
      undo = undefined;
      undoButton.hidden = true;
      change(back, `Restored ${back.ids.length} ${back.ids.length === 1 ? 'paper' : 'papers'}.`);
      $<HTMLElement>('[data-list-heading]').focus();
    } else if ('saveShared' in target.dataset && sharedList) {
      const { ids, title } = sharedList;
      leaveShared({ ids, title }, `Saved ${ids.length} ${ids.length === 1 ? 'paper' : 'papers'} as your list.`);
    } else if ('appendShared' in target.dataset && sharedList) {
      leaveShared(sharedList.ids.reduce(addPaper, loadList()), `Added the shared papers to your list.`);
    } else if ('print' in target.dataset) {
      print();
    }
  });

  /** Makes a shared list (or the reader's list grown by it) the reader's own, and drops it from the address. */
  function leaveShared(next: TalkList, message: string): void {
    sharedList = undefined;
    history.replaceState(history.state, '', location.pathname + location.search);
    const previous = loadList();
    if (previous.ids.length) undo = previous;
    undoButton.hidden = !undo;
    change(next.title ? next : { ids: next.ids }, message);
    void lookUp(list.ids).then(render);
    $<HTMLElement>('[data-list-heading]').focus();
  }

  let titleTimer: number | undefined;
  titleInput.addEventListener('input', () => {
    if (!own()) return;
    clearTimeout(titleTimer);
    titleTimer = window.setTimeout(() => change({ ...list, title: titleInput.value.trim() || undefined }), 250);
  });

  attachDrag(items, (ids) => change({ ...list, ids }, 'Order changed.'));

  attachPresent(root.ownerDocument.querySelector<HTMLDialogElement>('[data-present-dialog]')!, $<HTMLButtonElement>('[data-present]'), (): PresentCard[] => {
    const { papers: found } = resolved();
    return [
      ...found.map((paper): PresentCard => ({ kind: 'paper', title: paper.title, cite: paper.cite, shortUrl: absolute(withBase(base, sitePaths.short(paper.id))) })),
      { kind: 'list', title: list.title ?? 'Papers of this talk', count: found.length, link: link() },
    ];
  });

  // Another tab changed the list, or an "Add to list" button elsewhere on this page did.
  onListChange((stored) => {
    if (!own() || JSON.stringify(stored) === JSON.stringify(list)) return;
    list = stored;
    void lookUp(list.ids).then(render);
  });
  addEventListener('hashchange', () => {
    const next = readShareFragment(location.hash);
    if (!next) return;
    sharedList = next;
    list = next;
    void lookUp(list.ids).then(render);
  });

  // A shared list that is already the reader's own needs no offer.
  const mine = loadList();
  if (sharedList && sharedList.ids.join() === mine.ids.join() && sharedList.title === mine.title) {
    sharedList = undefined;
    list = mine;
  }
  render();
  void lookUp(list.ids).then(() => {
    render();
    root.dataset.ready = '';
  });
}
