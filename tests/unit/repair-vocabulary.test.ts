import { describe, expect, it } from 'vitest';
import { decompose } from '../../src/lib/repair/vocabulary.ts';

describe('decompose', () => {
  it('splits a letter run glued from variables and lost-backslash commands', () => {
    expect(decompose('mtimes')).toEqual(['m', 'times']);
    expect(decompose('LlogL')).toEqual(['L', 'log', 'L']);
    expect(decompose('Omegasubseteq')).toEqual(['Omega', 'subseteq']);
    expect(decompose('Xin')).toEqual(['X', 'in']);
  });

  it('leaves bare commands, English words and plurals alone', () => {
    for (const run of ['times', 'alpha', 'alphas', 'subsets', 'deltax', 'within', 'sometimes', 'begin']) expect(decompose(run), run).toBeUndefined();
  });
});
