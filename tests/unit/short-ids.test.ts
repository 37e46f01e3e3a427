import { describe, expect, it } from 'vitest';
import { titleKey } from '../../src/lib/seeds/normalize.ts';
import { SHORT_ID_ALPHABET, assignShortIds, shortId, type KeyHasher } from '../../src/lib/links/short-ids.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

/** The title keys of the shipped seeds' papers, as buildSurvey keys them. */
const corpusKeys = (): string[] => shippedSurvey().papers.map((p) => titleKey(p.title));

/** A hasher that returns chosen 256-bit values, so tests can make ids collide on purpose. */
const fixedHasher = (values: Record<string, bigint>): KeyHasher => (key) => values[key]!.toString(16).padStart(64, '0');
const B = BigInt(SHORT_ID_ALPHABET.length);

describe('shortId', () => {
  it('is six characters of an alphabet without 0, o, 1, l or i (typeable from a slide)', () => {
    expect(SHORT_ID_ALPHABET).toHaveLength(31);
    expect(SHORT_ID_ALPHABET).not.toMatch(/[01oli]/);
    expect(SHORT_ID_ALPHABET).toMatch(/^[a-z2-9]+$/);
    const keys = corpusKeys();
    expect(keys).toHaveLength(SHIPPED_PAPER_COUNT);
    for (const key of keys) expect(shortId(key)).toMatch(/^[23456789abcdefghjkmnpqrstuvwxyz]{6}$/);
  });

  it('spreads the ids of the shipped seeds over the whole alphabet at every position', () => {
    // 627 hash digits miss one of 31 characters with a chance of about 1 in 10⁸.
    const ids = corpusKeys().map((key) => shortId(key));
    for (let position = 0; position < 6; position++) expect(new Set(ids.map((id) => id[position])).size, `position ${position}`).toBe(31);
  });

  it('is a pure function of the title key', () => {
    const key = titleKey('Mamba: Linear-Time Sequence Modeling with Selective State Spaces');
    expect(shortId(key)).toBe(shortId(key));
    expect(shortId(key)).toBe(shortId(titleKey('MAMBA:  linear-time sequence modeling with selective state spaces')));
    expect(shortId(key)).not.toBe(shortId(titleKey('Mamba-2')));
  });

  it('has longer forms that extend the six-character id', () => {
    const key = 'pointer networks';
    expect(shortId(key, 7).startsWith(shortId(key))).toBe(true);
    expect(shortId(key, 8).startsWith(shortId(key, 7))).toBe(true);
  });
});

describe('assignShortIds', () => {
  it('gives every key of the shipped seeds a distinct id', () => {
    const keys = corpusKeys();
    expect(new Set(keys).size).toBe(SHIPPED_PAPER_COUNT);
    const ids = assignShortIds(keys);
    expect(ids.size).toBe(SHIPPED_PAPER_COUNT);
    expect(new Set(ids.values()).size).toBe(ids.size);
    // Only a collision lengthens an id, and then it extends the plain one; 627 keys among 31⁶
    // ids collide with a chance of about 1 in 4,000, so nearly all stay at six characters.
    for (const key of keys) expect(ids.get(key)!.startsWith(shortId(key)), key).toBe(true);
    expect([...ids.values()].filter((id) => id.length > 6).length).toBeLessThanOrEqual(2);
  });

  it('does not depend on the order of the keys', () => {
    const keys = corpusKeys();
    const reversed = assignShortIds([...keys].reverse());
    const shuffled = assignShortIds([...keys].sort((a, b) => shortId(a).localeCompare(shortId(b))));
    expect(Object.fromEntries(reversed)).toEqual(Object.fromEntries(assignShortIds(keys)));
    expect(Object.fromEntries(shuffled)).toEqual(Object.fromEntries(assignShortIds(keys)));
  });

  it('uses the plain six-character id when nothing collides', () => {
    expect(assignShortIds(['model soups', 'pointer networks'])).toEqual(
      new Map([
        ['model soups', shortId('model soups')],
        ['pointer networks', shortId('pointer networks')],
      ]),
    );
  });

  it('on a collision keeps the smallest key at six characters and lengthens the others', () => {
    // b and c share their six low digits with a; b differs from a in the seventh digit.
    const x = 0x1234_5678_9abc_def0n;
    const hash = fixedHasher({ a: x, b: x + B ** 6n, c: x + 2n * B ** 6n });
    for (const keys of [
      ['a', 'b', 'c'],
      ['c', 'b', 'a'],
      ['b', 'c', 'a'],
    ]) {
      const ids = assignShortIds(keys, hash);
      expect(ids.get('a')).toBe(shortId('a', 6, hash));
      expect(ids.get('b')).toBe(shortId('b', 7, hash));
      expect(ids.get('c')).toBe(shortId('c', 7, hash));
      expect(ids.get('b')!.slice(0, 6)).toBe(ids.get('a'));
    }
  });

  it('goes to eight characters when the seven-character ids collide too', () => {
    const x = 987_654_321_123_456_789n;
    const hash = fixedHasher({ a: x, b: x + B ** 7n, c: x + 2n * B ** 7n, d: x + 5n });
    const ids = assignShortIds(['d', 'c', 'b', 'a'], hash);
    expect(ids.get('a')).toHaveLength(6);
    expect(ids.get('b')).toHaveLength(7);
    expect(ids.get('c')).toHaveLength(8);
    expect(ids.get('d')).toHaveLength(6); // an unrelated key is untouched
    expect(new Set(ids.values()).size).toBe(4);
  });

  it('maps repeated keys to one id', () => {
    expect(assignShortIds(['x', 'x'])).toEqual(new Map([['x', shortId('x')]]));
  });

  it('separates even keys with identical hashes, by length, and gives up only when the hash runs out of digits', () => {
    const same = fixedHasher({ a: 42n, b: 42n });
    const ids = assignShortIds(['b', 'a'], same);
    expect(ids.get('a')).toHaveLength(6);
    expect(ids.get('b')).toHaveLength(7);
    const many = Array.from({ length: 60 }, (_, i) => `key ${i}`);
    expect(() => assignShortIds(many, () => '2a'.padStart(64, '0'))).toThrow(/too many keys share the hash/);
  });
});
