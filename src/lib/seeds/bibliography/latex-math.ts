/**
 * Math in LaTeX source, kept out of the LaTeX-to-Unicode conversion. An abstract's formulas
 * (`$\mathcal{O}(n^2)$`) stay as written, `$…$`, the way page dumps carry them, so the site's
 * repair step and KaTeX render them; the conversion would flatten them (`\mathcalO(n²)`).
 */

// `$$…$$`, `$…$` (a `$` escaped as `\$` is a dollar sign, not math), `\(…\)`, `\[…\]`.
const MATH = /(?<!\\)\$\$[\s\S]+?(?<!\\)\$\$|(?<!\\)\$(?:\\.|[^$\\])+?\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g;
// Private-use characters: they pass through the conversion untouched, and no source contains them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

export interface ProtectedMath {
  /** The source with every formula replaced by a placeholder. */
  text: string;
  /** Puts the formulas back, as written, into the converted text. */
  restore(converted: string): string;
}

/**
 * Replaces the formulas of LaTeX source with placeholders that survive a conversion.
 * @example protectMath('costs $O(n^2)$ time').restore('costs \uE0000\uE001 time') // 'costs $O(n^2)$ time'
 */
export function protectMath(source: string): ProtectedMath {
  const formulas: string[] = [];
  const text = source.replace(MATH, (formula) => `${OPEN}${formulas.push(formula) - 1}${CLOSE}`);
  return { text, restore: (converted) => converted.replace(PLACEHOLDER, (_, index: string) => formulas[Number(index)] ?? '') };
}

// What the conversion changes: commands, groups, math, ties and TeX's ligatures (`--`, ``` `` ```, `''`).
const LATEX = /[\\{}$~]|--|``|''/;

/**
 * Whether LaTeX source needs converting at all; text without commands, braces, math, ties or
 * ligatures reads the same after conversion, so it can skip it.
 * @example needsLatexConversion('A plain abstract.') // false
 */
export function needsLatexConversion(source: string): boolean {
  return LATEX.test(source);
}

// Escaped specials that mean just the character in text (`50\%`, `top\_k`): the common LaTeX of abstracts.
const ESCAPED_CHARACTER = /\\([%&_#])/g;

/**
 * Source whose only LaTeX is escaped characters (`\%`, `\&`, `\_`, `\#`), unescaped; null
 * when more LaTeX is left, which the full conversion must read.
 * @example unescapeSimpleLatex('50\\% fewer, top\\_k') // '50% fewer, top_k'
 * @example unescapeSimpleLatex('na\\"{\\i}ve') // null
 */
export function unescapeSimpleLatex(source: string): string | null {
  const unescaped = source.replace(ESCAPED_CHARACTER, '$1');
  return LATEX.test(unescaped) ? null : unescaped;
}
