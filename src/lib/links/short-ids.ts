import { shortHash } from '../hash-node.ts';
import { SHORT_ID_ALPHABET } from './short-id-alphabet.ts';

export { SHORT_ID_ALPHABET };

/**
 * Short permalinks (`/p/<id>/`) that survive being read off a projected slide and typed in.
 *
 * An id is a run of base-31 digits of the SHA-256 of the paper's title key (`titleKey(title)`),
 * written in a lower-case alphabet without the look-alikes 0/o, 1/l/i. (Crockford's base-32
 * keeps 0 and 1 and decodes the look-alikes as aliases, which a static site cannot do; with
 * those two gone only 31 unambiguous lower-case symbols remain, hence base 31.) Six digits give
 * 31⁶ ≈ 887 million ids. The digits are taken least-significant first, so the 7- and 8-character
 * ids used after a collision extend the 6-character one.
 */
export const SHORT_ID_LENGTH = 6;

const BASE = BigInt(SHORT_ID_ALPHABET.length);

/** A hash of a key as hexadecimal digits; injectable so tests can force collisions. */
export type KeyHasher = (key: string) => string;

const sha256Hex: KeyHasher = (key) => shortHash(key, 64);

/** The first `length` base-31 digits of a hex hash, least-significant digit first. */
function digits(hex: string, length: number): string {
  let value = BigInt(`0x${hex}`);
  let id = '';
  for (let i = 0; i < length; i++) {
    id += SHORT_ID_ALPHABET[Number(value % BASE)];
    value /= BASE;
  }
  return id;
}

/** How many digits a hash can yield before they are all zero padding. */
function maxDigits(hex: string): number {
  return Math.floor((hex.length * 4) / Math.log2(SHORT_ID_ALPHABET.length));
}

/**
 * The 6-character short id of a paper, from its normalized title key.
 * @example shortId('mamba: linear-time sequence modeling with selective state spaces') // six characters of 23456789abcdefghjkmnpqrstuvwxyz
 */
export function shortId(titleKey: string, length = SHORT_ID_LENGTH, hash: KeyHasher = sha256Hex): string {
  return digits(hash(titleKey), length);
}

/**
 * Gives every key a unique short id, independent of the order the keys come in.
 * Keys whose 6-character ids collide are sorted; the lexicographically smallest keeps its
 * 6-character id and the others move on to 7 characters of the same hash, then 8, and so on,
 * with the same rule at every length. Ids of different lengths never clash, so a key's id
 * depends only on the set of keys, never on file order. (Even keys with identical hashes get
 * distinct ids, of different lengths.) Throws only if a hash runs out of digits, which takes
 * dozens of keys with one and the same 256-bit hash.
 */
export function assignShortIds(keys: readonly string[], hash: KeyHasher = sha256Hex): Map<string, string> {
  const ids = new Map<string, string>();
  let pending = [...new Set(keys)].map((key) => ({ key, hex: hash(key) }));
  for (let length = SHORT_ID_LENGTH; pending.length > 0; length++) {
    const groups = new Map<string, typeof pending>();
    for (const item of pending) {
      if (length > maxDigits(item.hex)) throw new Error(`short ids: too many keys share the hash of "${item.key}"`);
      const id = digits(item.hex, length);
      const group = groups.get(id);
      if (group) group.push(item);
      else groups.set(id, [item]);
    }
    pending = [];
    for (const [id, group] of groups) {
      const [first, ...rest] = group.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      ids.set(first!.key, id);
      pending.push(...rest);
    }
  }
  return ids;
}
