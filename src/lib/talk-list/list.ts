import { SHORT_ID_ALPHABET } from '../links/short-id-alphabet.ts';

/**
 * A talk list: papers in the order a presenter wants them, by short id (`/p/<id>/`), with an
 * optional title. Short ids are what the site keeps stable across rebuilds, so a list stored
 * in a browser or carried in a link survives new papers and new builds.
 */
export interface TalkList {
  ids: string[];
  title?: string | undefined;
}

const SHORT_ID = new RegExp(`^[${SHORT_ID_ALPHABET}]{6,12}$`);

/**
 * A short id as the site spells it (lower case), or undefined when it cannot be one.
 * @example normalizeShortId(' 3G3DQ3 ') // '3g3dq3'
 */
export function normalizeShortId(text: string): string | undefined {
  const id = text.trim().toLowerCase();
  return SHORT_ID.test(id) ? id : undefined;
}

/** The list without repeats, first place kept. */
export function withoutRepeats(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Whether the list holds a paper. */
export const holds = (list: TalkList, id: string): boolean => list.ids.includes(id);

/** The list with a paper added at the end (unchanged when it is already there). */
export function addPaper(list: TalkList, id: string): TalkList {
  return holds(list, id) ? list : { ...list, ids: [...list.ids, id] };
}

/** The list without a paper. */
export function removePaper(list: TalkList, id: string): TalkList {
  return { ...list, ids: list.ids.filter((other) => other !== id) };
}

/** Adds a paper that is not on the list, removes one that is. */
export function togglePaper(list: TalkList, id: string): TalkList {
  return holds(list, id) ? removePaper(list, id) : addPaper(list, id);
}

/**
 * The list with the paper at `from` moved to `to` (both clamped to the list).
 * @example movePaper({ ids: ['a', 'b', 'c'] }, 2, 0).ids // ['c', 'a', 'b']
 */
export function movePaper(list: TalkList, from: number, to: number): TalkList {
  const ids = [...list.ids];
  if (from < 0 || from >= ids.length) return list;
  const target = Math.max(0, Math.min(ids.length - 1, to));
  const [id] = ids.splice(from, 1);
  ids.splice(target, 0, id!);
  return { ...list, ids };
}

/**
 * A list read back from storage or elsewhere: anything that is not a list of strings becomes
 * the empty list, repeats go; ids are kept as stored (an unknown id is shown, not dropped).
 */
export function readList(value: unknown): TalkList {
  if (typeof value !== 'object' || value === null) return { ids: [] };
  const { ids, title } = value as { ids?: unknown; title?: unknown };
  const list: TalkList = { ids: Array.isArray(ids) ? withoutRepeats(ids.filter((id): id is string => typeof id === 'string')) : [] };
  if (typeof title === 'string' && title.trim()) list.title = title.trim();
  return list;
}
