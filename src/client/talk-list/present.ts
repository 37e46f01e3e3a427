import { qrSvg } from '../../lib/links/qr.ts';

/**
 * The list's "Present" view: one full-screen card per paper (title, citation, the QR code of its
 * short link) and a last card with the QR code of the whole list. Arrow keys, Page Up/Down,
 * Space, Home and End move; Esc closes; focus returns to the Present button.
 */
export type PresentCard =
  | { kind: 'paper'; title: string; cite: string | undefined; shortUrl: string }
  | { kind: 'list'; title: string; count: number; link: string };

const text = (tag: string, className: string, content: string): HTMLElement => {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
};

function cardNodes(card: PresentCard): Node[] {
  const words = document.createElement('div');
  const qr = document.createElement('div');
  qr.className = 'w-64 justify-self-center sm:w-80 [&_svg]:h-auto [&_svg]:w-full';
  if (card.kind === 'paper') {
    words.append(text('h2', 'text-3xl leading-tight font-bold sm:text-5xl', card.title));
    if (card.cite) words.append(text('p', 'mt-6 text-2xl text-zinc-700', card.cite));
    words.append(text('p', 'mt-8 font-mono text-2xl font-semibold break-all text-accent-800 sm:text-3xl', card.shortUrl.replace(/^https?:\/\//, '')));
    qr.innerHTML = qrSvg(card.shortUrl);
  } else {
    words.append(text('p', 'text-lg font-semibold tracking-wide text-accent-700 uppercase', 'All papers of this talk'));
    words.append(text('h2', 'mt-4 text-3xl leading-tight font-bold sm:text-5xl', card.title));
    words.append(text('p', 'mt-6 text-2xl text-zinc-700', `${card.count} ${card.count === 1 ? 'paper' : 'papers'}: scan the code to open the list.`));
    words.append(text('p', 'mt-6 font-mono text-base break-all text-accent-800', card.link.replace(/^https?:\/\//, '')));
    qr.innerHTML = qrSvg(card.link);
  }
  return [words, qr];
}

export function attachPresent(dialog: HTMLDialogElement, opener: HTMLButtonElement, cards: () => PresentCard[]): void {
  const stage = dialog.querySelector<HTMLElement>('[data-present-card]')!;
  const position = dialog.querySelector<HTMLElement>('[data-present-position]')!;
  const prev = dialog.querySelector<HTMLButtonElement>('[data-present-prev]')!;
  const next = dialog.querySelector<HTMLButtonElement>('[data-present-next]')!;
  let deck: PresentCard[] = [];
  let index = 0;

  function show(at: number): void {
    index = Math.max(0, Math.min(deck.length - 1, at));
    stage.replaceChildren(...cardNodes(deck[index]!));
    stage.dataset.index = String(index);
    position.textContent = `Card ${index + 1} of ${deck.length}`;
    const focused = document.activeElement;
    prev.disabled = index === 0;
    next.disabled = index === deck.length - 1;
    // A button that just became disabled drops the focus: hand it to the other one.
    if (focused === next && next.disabled) prev.focus();
    if (focused === prev && prev.disabled) next.focus();
  }

  opener.addEventListener('click', () => {
    deck = cards();
    if (deck.length === 0) return;
    dialog.showModal();
    show(0);
    next.focus();
  });
  prev.addEventListener('click', () => show(index - 1));
  next.addEventListener('click', () => show(index + 1));
  dialog.querySelector('[data-present-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  // On the document, not the dialog: the keys must work wherever the focus is while it is open.
  document.addEventListener('keydown', (event) => {
    if (!dialog.open) return;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, PageDown: index + 1, ' ': index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, PageUp: index - 1, Home: 0, End: deck.length - 1 };
    const to = moves[event.key];
    // Space and the arrows on a focused button would press it or scroll: the deck takes them.
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    show(to);
  });
}
