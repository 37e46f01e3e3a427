import { describe, expect, it } from 'vitest';
import { impliedPairs, missAgreement, pairPrecision, poolLabels, type LabelledPair } from '../../src/lib/topics/label-agreement.ts';

const pairs: LabelledPair[] = [
  { slug: 'a', topic: 't', label: 'yes' },
  { slug: 'a', topic: 'u', label: 'no' },
  { slug: 'b', topic: 't', label: 'borderline' },
  { slug: 'c', topic: 't', label: 'no' },
];

describe('pairPrecision', () => {
  it('counts only the pairs still assigned, and the dropped ones by label', () => {
    const p = pairPrecision(pairs, new Map([['a', ['t', 'u']], ['b', ['t']], ['c', []]]));
    expect(p).toMatchObject({ assigned: 3, yes: 1, borderline: 1, no: 1, dropped: { yes: 0, borderline: 0, no: 1 } });
    expect(p.strict).toBeCloseTo(1 / 3);
    expect(p.lenient).toBeCloseTo(2 / 3);
  });

  it('is 1 when nothing labelled is assigned (no pair is wrong)', () => {
    expect(pairPrecision(pairs, new Map()).strict).toBe(1);
  });
});

describe('missAgreement', () => {
  it('finds obvious topics, lists the missed ones and the assigned ones outside obvious and maybe', () => {
    const m = missAgreement(
      [
        { slug: 'a', obvious: ['t', 'u'], maybe: ['v'] },
        { slug: 'b', obvious: ['t'], maybe: [] },
      ],
      new Map([['a', ['t', 'v', 'w']], ['b', ['t']]]),
    );
    expect(m).toMatchObject({ obvious: 3, found: 2, missed: ['a u'], extra: ['a w'] });
    expect(m.recall).toBeCloseTo(2 / 3);
  });
});

describe('missAgreement limited to the topics the reviewer judged', () => {
  it('counts neither the obvious nor the extra topics outside the judged ones', () => {
    const m = missAgreement([{ slug: 'a', obvious: ['t', 'core', 'x'], maybe: [] }], new Map([['a', ['t', 'core', 'w']]]), (topic) => topic !== 'core');
    expect(m).toMatchObject({ obvious: 2, found: 1, missed: ['a x'], extra: ['a w'] });
  });
});

describe('impliedPairs', () => {
  const misses = [{ slug: 'a', obvious: ['t'], maybe: ['u'] }];
  it('labels each judged assigned topic without a pair label from the obvious and maybe lists, the rest "no"', () => {
    const implied = impliedPairs(misses, [{ slug: 'a', topic: 'v', label: 'borderline' }], new Map([['a', ['t', 'u', 'v', 'w', 'core']], ['b', ['t']]]), (topic) => topic !== 'core');
    expect(implied).toEqual([
      { slug: 'a', topic: 't', label: 'yes' },
      { slug: 'a', topic: 'u', label: 'borderline' },
      { slug: 'a', topic: 'w', label: 'no' },
    ]);
  });

  it('lets precision count a topic assigned after the labelling', () => {
    const topicsOf = new Map([['a', ['t', 'w']]]);
    const explicit: LabelledPair[] = [{ slug: 'a', topic: 't', label: 'yes' }];
    expect(pairPrecision(explicit, topicsOf).strict).toBe(1);
    expect(pairPrecision([...explicit, ...impliedPairs(misses, explicit, topicsOf)], topicsOf).strict).toBe(0.5);
  });
});

describe('poolLabels', () => {
  const pair = (slug: string, topic: string, label: LabelledPair['label']): LabelledPair => ({ slug, topic, label });

  it('keeps a label the reviewers agree on and counts each pair once', () => {
    const pooled = poolLabels([[pair('a', 't', 'yes'), pair('b', 't', 'no')], [pair('a', 't', 'yes')]]);
    expect(pooled).toEqual([pair('a', 't', 'yes'), pair('b', 't', 'no')]);
  });

  it('calls a pair the reviewers disagree on borderline, whichever way they disagree', () => {
    const pooled = poolLabels([[pair('a', 't', 'yes'), pair('b', 't', 'yes'), pair('c', 'u', 'no')], [pair('a', 't', 'no'), pair('b', 't', 'borderline'), pair('c', 'u', 'borderline')]]);
    expect(pooled.map((p) => p.label)).toEqual(['borderline', 'borderline', 'borderline']);
  });
});
