import { searchWordsOf, shortLinkMeant } from '../lib/links/missing-address.ts';
import { withBase } from '../lib/links/site-urls.ts';

/**
 * The 404 page's help: a short link typed off a slide in capitals or without its slash goes on
 * to the paper (after checking that the short link exists, so a wrong code never loops), and
 * any other missing address fills the search box with its words.
 */
export async function helpNotFound(root: HTMLElement): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const sitePath = location.pathname.startsWith(`${prefix}/`) ? location.pathname.slice(prefix.length) : location.pathname;
  const status = root.querySelector<HTMLElement>('[data-not-found-status]')!;
  const input = root.querySelector<HTMLInputElement>('[data-not-found-query]')!;

  const meant = shortLinkMeant(sitePath);
  if (meant) {
    const target = withBase(base, meant);
    status.textContent = `Opening the short link ${meant}…`;
    const exists = await fetch(target, { method: 'HEAD' })
      .then((response) => response.ok)
      .catch(() => false);
    if (exists) {
      location.replace(`${target}${location.search}${location.hash}`);
      return;
    }
    status.textContent = `No paper has the short code “${meant.split('/')[2]}”. Check the letters (short codes have no 0, 1, i, l or o), or search for the paper:`;
  }
  if (!input.value) input.value = searchWordsOf(sitePath);
}
