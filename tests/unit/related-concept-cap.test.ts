import { describe, expect, it } from 'vitest';
import { conceptCappedEvidence } from '../../src/lib/related/concept-cap.ts';

// Shared features by number, with their words; weights are each feature's share of the cosine.
const FEATURES = ['factorized', 'factorized representation', 'representation', 'zero shot', 'mixture expert', 'routing', 'load balancing', 'expert'];
const words = (f: number) => FEATURES[f]!.split(' ');
const evidence = (shared: [string, number][]) =>
  conceptCappedEvidence(
    shared.map(([name]) => FEATURES.indexOf(name)),
    shared.map(([, weight]) => weight),
    shared.length,
    words,
  );

describe('conceptCappedEvidence', () => {
  it('keeps the whole cosine when the shared evidence is spread over several concepts', () => {
    const e = evidence([
      ['mixture expert', 0.1],
      ['routing', 0.08],
      ['load balancing', 0.07],
    ]);
    expect(e.total).toBeCloseTo(0.25);
    expect(e.concept).toBeCloseTo(0.1);
    expect(e.capped).toBeCloseTo(0.25);
  });

  it('lets one word count for at most as much as everything else shared', () => {
    const e = evidence([
      ['factorized', 0.1],
      ['zero shot', 0.02],
    ]);
    expect(e.total).toBeCloseTo(0.12);
    expect(e.concept).toBeCloseTo(0.1);
    expect(e.capped).toBeCloseTo(0.04);
  });

  it('counts the phrases built on the heaviest word as part of its concept', () => {
    // "factorized representation" joins "factorized"; "representation" shares no word with
    // "factorized", so it is the rest; a pair sharing only the family keeps nothing.
    const e = evidence([
      ['factorized', 0.06],
      ['factorized representation', 0.05],
      ['representation', 0.01],
    ]);
    expect(e.concept).toBeCloseTo(0.11);
    expect(e.capped).toBeCloseTo(0.02);
    expect(evidence([['factorized', 0.06], ['factorized representation', 0.05]]).capped).toBe(0);
  });

  it('groups by the heaviest feature whatever the order, and a word links a phrase to it', () => {
    const e = evidence([
      ['routing', 0.02],
      ['expert', 0.03],
      ['mixture expert', 0.09],
    ]);
    expect(e.concept).toBeCloseTo(0.12);
    expect(e.capped).toBeCloseTo(0.04);
  });

  it('has nothing to cap when nothing is shared', () => {
    expect(evidence([])).toEqual({ total: 0, concept: 0, capped: 0 });
  });
});
