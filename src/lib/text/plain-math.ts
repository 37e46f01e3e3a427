/** Formulas as readable plain text, for gists and titles. */
import { BLACKBOARD, LATEX_SYMBOLS, SUBSCRIPTS, SUPERSCRIPTS } from './latex-symbols.ts';
import { MATH_SPAN } from './math-spans.ts';

/** Script characters as plain text writes them after their base: `W^\\top` → `Wᵀ`, `x^*` → `x*`. */
const SUPER: Record<string, string> = { ...SUPERSCRIPTS, '⊤': 'ᵀ', '∗': '*', '⋆': '*', '′': '′', '†': '†' };

/** Parenthesises a compound operand: `a+b` → `(a+b)`, `n` and `2d` stay bare. */
function group(operand: string): string {
  return /[\s+\-*/=]/.test(operand.trim()) ? `(${operand.trim()})` : operand.trim();
}

function script(body: string, table: Readonly<Record<string, string>>, mark: string): string {
  const chars = [...body];
  if (chars.length && chars.every((c) => Object.hasOwn(table, c))) return chars.map((c) => table[c]).join('');
  return chars.length === 1 ? `${mark}${body}` : `${mark}(${body})`;
}

/**
 * Renders a LaTeX formula as readable plain text: `O(n \log n)` → `O(n log n)`,
 * `n \times n` → `n × n`, `10^{-3}` → `10⁻³`, `\mathbb{R}^d` → `ℝ^d`.
 */
export function plainMath(tex: string): string {
  let s = tex
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\(?:text\w*|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|boldsymbol|operatorname|mbox)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\mathbb\s*\{?\s*([A-Z])\s*\}?/g, (_, l: string) => BLACKBOARD[l] ?? l)
    .replace(/\\(?:widetilde|tilde)\s*\{?\s*([A-Za-z])\s*\}?/g, (_, l: string) => `${l}\u0303`)
    .replace(/\\(?:widehat|hat)\s*\{?\s*([A-Za-z])\s*\}?/g, (_, l: string) => `${l}\u0302`)
    .replace(/\\(?:bar|overline)\s*\{?\s*([A-Za-z])\s*\}?/g, (_, l: string) => `${l}\u0304`)
    .replace(/\\sqrt\s*\{([^{}]*)\}/g, (_, a: string) => `√${group(a)}`)
    .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_, a: string, b: string) => `${group(a)}/${group(b)}`)
    .replace(/\\(left|right|big|Big|bigg|Bigg)\b\s*/g, '')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => (Object.hasOwn(LATEX_SYMBOLS, name) ? LATEX_SYMBOLS[name]! : name))
    .replace(/\\([{}%$&#_])/g, '$1');
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/\^\{([^{}]*)\}|\^([^\s(){}])/g, (_, a: string | undefined, b: string | undefined) => script(a ?? b ?? '', SUPER, '^'))
      .replace(/_\{([^{}]*)\}|_([^\s(){}])/g, (_, a: string | undefined, b: string | undefined) => script(a ?? b ?? '', SUBSCRIPTS, '_'));
  }
  return s.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * Repaired text as plain text, its `$…$` formulas written out (for search excerpts and JSON-LD,
 * where no math renderer runs).
 * @example readableText('costs $O(n \\log n)$ time') // 'costs O(n log n) time'
 */
export function readableText(text: string): string {
  return text.replace(MATH_SPAN, (_, tex: string) => plainMath(tex));
}
