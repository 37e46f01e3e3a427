import { describe, expect, it } from 'vitest';
import { hasMath, mathSpans } from '../../src/lib/text/math-spans.ts';

describe('mathSpans', () => {
  it('finds formulas whose dollars hug their content', () => {
    expect(mathSpans('runs in $O(n \\log n)$ time and $k$-NN')).toEqual([
      { start: 8, end: 21, tex: 'O(n \\log n)' },
      { start: 31, end: 34, tex: 'k' },
    ]);
  });

  it('reads prices and lost dollars as prose', () => {
    expect(mathSpans('costs $5 and $10 per run')).toEqual([]);
    expect(mathSpans('up to 5.18\\times$ latency and 42.9%$ energy')).toEqual([]);
    expect(mathSpans('only $ here $ too')).toEqual([]);
  });

  it('does not let a formula run over a line break or 120 characters', () => {
    expect(mathSpans('$a\nb$')).toEqual([]);
    expect(mathSpans(`$${'x'.repeat(120)}$`)).toHaveLength(1);
    expect(mathSpans(`$${'x'.repeat(121)}$`)).toEqual([]);
  });

  it('says whether a text holds a formula, every time it is asked', () => {
    expect(hasMath('a $x^2$ b')).toBe(true);
    expect(hasMath('a $x^2$ b')).toBe(true);
    expect(hasMath('a $5 b')).toBe(false);
  });
});
