import { withPageOrigin } from './origin.ts';

/**
 * The presenter card as a modal dialog (src/components/PresenterCard.astro): opened by links to
 * `#card` or by an address ending in `#card`, closed by Esc or its Close button, with the rest of
 * the page inert meanwhile and focus back on the link that opened it.
 *
 * The address follows the card: opening it from a link adds `#card` as a history entry (Back
 * closes the card), closing it takes `#card` off again without a reload. Without this script the
 * card still opens through `:target`.
 */
export function attachPresenterCard(card: HTMLDialogElement): void {
  const closeButton = card.querySelector<HTMLButtonElement>('button[data-card-close]')!;
  const closeLink = card.querySelector<HTMLAnchorElement>('a[data-card-close]');
  const openers = [...document.querySelectorAll<HTMLAnchorElement>('a[href="#card"]')];
  let opener: HTMLElement | null = null;
  // Marks the history entries this page load added (after a reload, Back would load the page again).
  const thisLoad = performance.timeOrigin;

  // From here on the dialog shows itself; the `:target` fallback steps aside.
  card.dataset.enhanced = '';
  closeButton.hidden = false;
  if (closeLink) closeLink.hidden = true;

  const shortLink = card.querySelector<HTMLElement>('[data-short-link]');
  if (shortLink?.dataset.url) shortLink.textContent = withPageOrigin(shortLink.dataset.url, card.dataset.localOrigin).replace(/^https?:\/\//, '');

  const addressWithoutCard = () => `${location.pathname}${location.search}`;

  function open(from: HTMLElement | null): void {
    if (card.open) return;
    opener = from;
    card.showModal();
  }

  for (const link of openers) {
    link.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (location.hash !== '#card') history.pushState({ card: thisLoad }, '', '#card');
      open(link);
    });
  }

  closeButton.addEventListener('click', () => card.close());

  card.addEventListener('close', () => {
    if (location.hash === '#card') {
      // Opened from a link: step back over the entry it added. Opened by its address: drop the hash.
      if ((history.state as { card?: number } | null)?.card === thisLoad) history.back();
      else history.replaceState(history.state, '', addressWithoutCard());
    }
    const target = opener?.isConnected ? opener : openers[0];
    target?.focus();
    opener = null;
  });

  // The address decides: Back and Forward, an edited hash, or a page opened at #card.
  const follow = () => {
    if (location.hash === '#card') open(null);
    else if (card.open) card.close();
  };
  window.addEventListener('popstate', follow);
  window.addEventListener('hashchange', follow);
  follow();
}
