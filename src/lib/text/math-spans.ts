/**
 * Inline math in plain text, as the site finds it: the one rule shared by the markdown
 * renderer (KaTeX), gists and BibTeX, so that all three see the same formulas.
 *
 * A `$` opens a formula only when a non-space character follows it, and the next `$` closes it
 * only when a non-space character precedes it and no digit follows it (so "$5 and $10" and
 * "$ latency … 42.9%$" stay prose); the formula is at most `MAX_MATH_LENGTH` characters on one
 * line.
 */

/** The longest formula: anything longer between two `$` is prose. */
export const MAX_MATH_LENGTH = 120;

/** A `$…$` span; the formula is group 1. Global: use it with `matchAll` or `replace` only. */
export const MATH_SPAN = new RegExp(String.raw`\$(?=\S)([^$\n]{1,${MAX_MATH_LENGTH}}?)(?<=\S)\$(?!\d)`, 'g');

export interface MathSpan {
  /** Offset of the opening `$`. */
  start: number;
  /** Offset just after the closing `$`. */
  end: number;
  /** The formula between the dollars. */
  tex: string;
}

/**
 * The inline formulas of a text, in order.
 * @example mathSpans('costs $5, runs in $O(n)$') // [{ start: 18, end: 24, tex: 'O(n)' }]
 */
export function mathSpans(text: string): MathSpan[] {
  return [...text.matchAll(MATH_SPAN)].map((m) => ({ start: m.index, end: m.index + m[0].length, tex: m[1]! }));
}

/** Whether a text holds an inline formula. */
export function hasMath(text: string): boolean {
  return mathSpans(text).length > 0;
}
