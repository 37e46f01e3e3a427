import { BLACKBOARD, SUBSCRIPTS, SUPERSCRIPTS, SYMBOL_COMMANDS } from '../text/latex-symbols.ts';
import { mathSpans } from '../text/math-spans.ts';

/**
 * Text as the content of a BibTeX field, valid for BibTeX and for biblatex/biber.
 *
 * - Text is plain text: every LaTeX special (`\ { } % & $ # _ ^ ~`, and `< > |` which print
 *   wrong in OT1 fonts) is escaped, TeX ligatures (`--`, `''`, ``` `` ```, `?``, `,,`) are
 *   broken with `{}`, whitespace runs become one space. Braces are written as
 *   `\textbraceleft{}`/`\textbraceright{}`, never `\{`, because BibTeX and biber count `\{` as
 *   a brace too and an unbalanced one would break the file.
 * - Math: a `$…$` span, found the way the site finds formulas (`mathSpans`), stays math only
 *   when it is also safe for LaTeX: balanced braces, no `%`, `&` or `#`, not ending in a
 *   backslash. Otherwise its dollars are escaped like any other text.
 * - Unicode math, which the repaired abstracts use where no formula is needed (`34.4×`,
 *   `10∼100`, `γ-MoD`, `10⁻³`, `CO₂`), is written back as LaTeX, since LaTeX's text fonts have
 *   none of it: symbols as math (`34.4$\times$`, `$\gamma$-MoD`), script digits as
 *   `\textsuperscript{-3}`/`\textsubscript{2}`; inside a kept formula as commands and `^{…}`.
 *   The reverse of the site's symbol table (`src/lib/text/latex-symbols.ts`); `…` stays text.
 */

const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};
const TEXT_SPECIAL = /[\\{}%&$#_^~<>|]/g;

// TeX turns `--` into a dash, two quotes into a curly quote, ?` into ¿ and ,, into „: an empty
// group between the characters keeps them literal.
const LIGATURE = /-(?=-)|'(?=')|`(?=`)|[?!](?=`)|,(?=,)/g;

const escapeText = (text: string) =>
  text.replace(TEXT_SPECIAL, (char) => TEXT_ESCAPES[char]!).replace(LIGATURE, '$&{}');

/** Unicode math character → LaTeX math command (`≤` → `\leq`, `ℝ` → `\mathbb{R}`). */
const MATH_COMMANDS = new Map<string, string>([
  ...[...SYMBOL_COMMANDS].map(([char, name]): [string, string] => [char, `\\${name}`]),
  ...Object.entries(BLACKBOARD).map(([letter, char]): [string, string] => [char, `\\mathbb{${letter}}`]),
]);
/** Script character → what it raises or lowers (`⁻` → `-`). */
const SCRIPT_BASE = new Map<string, string>([
  ...Object.entries(SUPERSCRIPTS).map(([base, char]): [string, string] => [char, base]),
  ...Object.entries(SUBSCRIPTS).map(([base, char]): [string, string] => [char, base]),
]);
/** `…` has a text glyph; every other symbol of the table is set as math. */
const TEXT_SYMBOLS = new Set(['…']);
const charClass = (chars: Iterable<string>) => `[${[...chars].join('')}]`;
const TEXT_MATH_CHAR = charClass([...MATH_COMMANDS.keys()].filter((char) => !TEXT_SYMBOLS.has(char)));
/**
 * What prose needs as LaTeX: a run of math symbols, of superscripts or of subscripts, or a
 * braced script the repair left as text because its base is a name (`resid_{c,t}`).
 */
const PROSE_MATH = new RegExp(
  `(${TEXT_MATH_CHAR}+)|(${charClass(Object.values(SUPERSCRIPTS))}+)|(${charClass(Object.values(SUBSCRIPTS))}+)|(?<=[\\p{L}\\p{N})\\]])([_^])\\{([^{}\\\\$]{1,20})\\}`,
  'gu',
);
const UNICODE_IN_FORMULA = new RegExp(`(${charClass(MATH_COMMANDS.keys())})|(${charClass(Object.values(SUPERSCRIPTS))}+)|(${charClass(Object.values(SUBSCRIPTS))}+)`, 'gu');

const unscript = (run: string) => [...run].map((char) => SCRIPT_BASE.get(char) ?? char).join('');

/**
 * Prose as LaTeX text: specials escaped, Unicode math and braced scripts written as LaTeX.
 * @example escapeProse('10∼100× at 10⁻³, CO₂, resid_{c,t}') // '10$\\sim$100$\\times$ at 10\\textsuperscript{-3}, CO\\textsubscript{2}, resid\\textsubscript{c,t}'
 */
function escapeProse(text: string): string {
  let out = '';
  let cursor = 0;
  for (const m of text.matchAll(PROSE_MATH)) {
    out += escapeText(text.slice(cursor, m.index));
    const [match, symbols, superscript, subscript, mark, script] = m;
    if (symbols) out += `$${[...symbols].map((char) => MATH_COMMANDS.get(char)).join('')}$`;
    else if (superscript || mark === '^') out += `\\textsuperscript{${escapeText(superscript ? unscript(superscript) : script!)}}`;
    else out += `\\textsubscript{${escapeText(subscript ? unscript(subscript) : script!)}}`;
    cursor = m.index + match.length;
  }
  return out + escapeText(text.slice(cursor));
}

/**
 * A formula with its Unicode symbols as commands and its script characters as scripts.
 * @example formulaToLatex('x × yᵀ') // 'x \\times y^{T}'
 */
function formulaToLatex(tex: string): string {
  return tex.replace(UNICODE_IN_FORMULA, (run, symbol: string | undefined, superscript: string | undefined, subscript: string | undefined, at: number) => {
    if (superscript) return `^{${unscript(superscript)}}`;
    if (subscript) return `_{${unscript(subscript)}}`;
    // `\times y`: a command swallows the letters glued to it.
    return `${MATH_COMMANDS.get(symbol!)}${/[A-Za-z]/.test(tex.charAt(at + run.length)) ? ' ' : ''}`;
  });
}

/** Whether a formula can go into LaTeX as it is without breaking the file or the document. */
function isSafeMath(formula: string): boolean {
  if (/[%&#]/.test(formula) || formula.endsWith('\\')) return false;
  let depth = 0;
  for (const char of formula) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Plain text as the content of a BibTeX field: specials escaped, Unicode math as LaTeX, safe
 * `$…$` formulas kept.
 * @example escapeBibtexText('50% of $x^2$ & {more}, 5× faster') // '50\\% of $x^2$ \\& \\textbraceleft{}more\\textbraceright{}, 5$\\times$ faster'
 */
export function escapeBibtexText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  let result = '';
  let cursor = 0;
  for (const { start, end, tex } of mathSpans(oneLine)) {
    if (!isSafeMath(tex)) continue;
    const before = escapeProse(oneLine.slice(cursor, start));
    // `$\times$$x$` would read as display math to some parsers: keep the two formulas apart.
    result += `${before}${before.endsWith('$') ? '{}' : ''}$${formulaToLatex(tex)}$`;
    cursor = end;
  }
  const rest = escapeProse(oneLine.slice(cursor));
  return result + (result.endsWith('$') && rest.startsWith('$') ? '{}' : '') + rest;
}
