import { normalizeShortId, withoutRepeats, type TalkList } from './list.ts';

/**
 * The share link of a talk list: the list itself in the address's fragment, so it needs no
 * server and survives rebuilds, e.g. `https://example.org/list/#p=2VFVW8.5RE4ST&t=My%20talk`.
 *
 * The ids are written in capitals joined by dots because a QR code encodes upper-case letters,
 * digits and `.` in its alphanumeric mode (5.5 bits a character instead of 8): at 20 papers
 * that is two QR versions smaller (version 9 instead of 11 at level Q on a short origin), which
 * is what lets the code scan from the back of a room. Reading accepts any case and `,` too.
 * The fragment never reaches the server, so a static host needs nothing for it.
 */

/** The `p=` part (ids) and optional `t=` part (title) of a share link's fragment. */
export function shareFragment(list: TalkList): string {
  const ids = `p=${list.ids.map((id) => id.toUpperCase()).join('.')}`;
  return list.title ? `${ids}&t=${encodeURIComponent(list.title)}` : ids;
}

/**
 * The absolute share link of a list, given the list page's absolute URL.
 * @example shareLink('https://example.org/list/', { ids: ['2vfvw8', '5re4st'] }) // 'https://example.org/list/#p=2VFVW8.5RE4ST'
 */
export function shareLink(listPage: string, list: TalkList): string {
  return `${listPage.split('#')[0]}#${shareFragment(list)}`;
}

/** What a share link's fragment holds: the ids in order, the title, and parts that are no short id. */
export interface SharedList extends TalkList {
  /** Pieces of the `p=` value that cannot be short ids (typing mistakes), kept to report them. */
  invalid: string[];
}

/**
 * Reads a share link's fragment (with or without its `#`); undefined when it holds no `p=`.
 * @example readShareFragment('#p=2VFVW8.5re4st&t=Talk') // { ids: ['2vfvw8', '5re4st'], title: 'Talk', invalid: [] }
 */
export function readShareFragment(fragment: string): SharedList | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = params.get('p');
  if (value === null) return undefined;
  const pieces = value.split(/[.,\s]+/).filter(Boolean);
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const piece of pieces) {
    const id = normalizeShortId(piece);
    if (id) ids.push(id);
    else invalid.push(piece);
  }
  const title = params.get('t')?.trim();
  return { ids: withoutRepeats(ids), ...(title ? { title } : {}), invalid };
}
