/**
 * Formulas written without `$`: a token with a math signal (a script, a font group, a glued
 * unambiguous command such as `ntimes`) is grown over the tokens its open brackets or a
 * trailing operator demand, and becomes `$…$` LaTeX when every letter run in it is math
 * (`R^{ntimes n}` → `$R^{n \times n}$`). A lone digit script reads fine as Unicode instead
 * (`BT^2` → `BT²`, `CO_2` → `CO₂`).
 */
import { isFree, replace, type Plan } from '../engine.ts';
import { balanced, depth, hasIdentifierScript, latexify, LETTER_RUN, runsAreMath } from '../latexify.ts';
import { SUBSCRIPTS, SUPERSCRIPTS } from '../../text/latex-symbols.ts';
import { MAX_MATH_LENGTH } from '../../text/math-spans.ts';
import { decompose, isCommand, OPERATORS, UNAMBIGUOUS } from '../vocabulary.ts';

const URLISH = /:\/\/|www\.|@|\.(?:com|org|io|net|edu|ai|ly)\b|\/[A-Za-z]{2,}|\\_|[$%"]/;
const SCRIPT_SIGNAL = /(?<!\\)[\^_]/;
const FONT_SIGNAL = /\{\\?(?:sf|rm|bf|cal|tt)\s/;

function hasSignal(expr: string): boolean {
  if (SCRIPT_SIGNAL.test(expr) || FONT_SIGNAL.test(expr)) return true;
  for (const m of expr.matchAll(LETTER_RUN)) {
    const run = m[0];
    if (expr.charAt(m.index - 1) === '\\') continue;
    if (/^(?:mathcal|mathbb|mathbf|mathrm|mathsf|widetilde|widehat|sqrt|frac)$/.test(run)) return true;
    const parts = decompose(run);
    if (parts && parts.some((p) => UNAMBIGUOUS.has(p))) return true;
    if (OPERATORS.has(run) && UNAMBIGUOUS.has(run) && /[\])}]/.test(expr.charAt(m.index - 1))) return true;
  }
  return false;
}

/** A single digit script that reads fine as Unicode: `BT^2`, `SRe^2L`, `10^{19}`, `CO_2`. */
const UNICODE_SUPER = /^((?:[A-Za-z0-9]+-)*[A-Za-z0-9]+)\^(?:\{([+-]?\d{1,3})\}|([+-]?\d{1,3}))(?!\d)([A-Za-z]{0,3})$/;
const UNICODE_SUB = /^([A-Za-z]{1,2})_(?:\{(\d{1,2})\}|(\d{1,2}))([A-Z]?)$/;

type Analysis = { kind: 'math-expression' | 'superscript' | 'subscript'; start: number; end: number; to: string };

/** Trims punctuation that belongs to the sentence, not the formula; returns the inner range. */
function core(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 8 && e > s; guard++) {
    const t = text.slice(s, e);
    if (/[.,;:!?"'”’]$/.test(t)) e--;
    else if (/[)\]]$/.test(t) && depth(t, t.endsWith(')') ? '(' : '[', t.endsWith(')') ? ')' : ']') < 0) e--;
    else if (/^[(\[]/.test(t) && depth(t, t.startsWith('[') ? '[' : '(', t.startsWith('[') ? ']' : ')') > 0) s++;
    else if (/^["“‘]/.test(t)) s++;
    else if (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) {
      s++;
      e--;
    } else break;
  }
  return { start: s, end: e };
}

function analyze(text: string, start: number, end: number): Analysis | undefined {
  const range = core(text, start, end);
  const expr = text.slice(range.start, range.end);
  if (!expr || expr.length > MAX_MATH_LENGTH || URLISH.test(expr) || !hasSignal(expr)) return undefined;
  if (hasIdentifierScript(expr) || !balanced(expr)) return undefined;

  const sup = UNICODE_SUPER.exec(expr);
  const supBase = /[A-Za-z]*$/.exec(sup?.[1] ?? '')?.[0] ?? '';
  if (sup && supBase.length <= 6 && !isCommand(supBase)) {
    const digits = sup[2] ?? sup[3] ?? '';
    const to = `${sup[1]}${[...digits].map((d) => SUPERSCRIPTS[d] ?? d).join('')}${sup[4] ?? ''}`;
    return { kind: 'superscript', ...range, to };
  }
  const sub = UNICODE_SUB.exec(expr);
  if (sub && !isCommand(sub[1] ?? '')) {
    const digits = sub[2] ?? sub[3] ?? '';
    return { kind: 'subscript', ...range, to: `${sub[1]}${[...digits].map((d) => SUBSCRIPTS[d] ?? d).join('')}${sub[4] ?? ''}` };
  }
  if (!runsAreMath(expr.replace(/\{\\?(?:sf|rm|bf|cal|tt|it)\s+([^{}]+)\}/g, '\\mathsf{$1}'))) return undefined;
  return { kind: 'math-expression', ...range, to: `$${latexify(expr)}$` };
}

/** Ends with an operator or a command that needs an argument: the formula continues. */
function continues(expr: string): boolean {
  const last = /([A-Za-z]+)$/.exec(expr)?.[1];
  if (!last) return /[=+]$/.test(expr);
  const parts = decompose(last) ?? [last];
  const tail = parts.at(-1) ?? '';
  return OPERATORS.has(tail) || /^(?:mathbb|mathcal|mathbf|mathrm|mathsf|widetilde|widehat)$/.test(tail);
}

const TOKEN = /\S+/g;
const ANY_SIGNAL = /[\^_{]|times|cdot|subseteq|supseteq|leq|geq|neq|approx|infty|mathbb|mathcal|mathbf|mathsf|mathrm|widetilde|sqrt|frac|varphi|Omega/;

export function repairFormulas(plan: Plan): void {
  const { text } = plan;
  if (!ANY_SIGNAL.test(text)) return;
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  /** Extends token i over following tokens while `open` says a bracket is still open. */
  const extend = (i: number, from: number, open: (s: string) => boolean, maxTokens: number, maxNext: number): number => {
    let j = from;
    while (open(text.slice(tokens[i]!.start, tokens[j]!.end)) && j + 1 < tokens.length && j - i < maxTokens) {
      const next = tokens[j + 1]!;
      if (next.end - next.start > maxNext || next.end - tokens[i]!.start > MAX_MATH_LENGTH) break;
      j++;
    }
    return open(text.slice(tokens[i]!.start, tokens[j]!.end)) ? from : j;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!ANY_SIGNAL.test(text.slice(first.start, first.end))) continue;
    // Braces left open: `R^{n times n}` was split by spaces.
    const braced = extend(i, i, (s) => depth(s, '{', '}') > 0, 8, MAX_MATH_LENGTH);
    // Parentheses left open: `{sf A}(Wotimes I)`.
    let j = extend(i, braced, (s) => depth(s, '(', ')') > 0 || depth(s, '[', ']') > 0, 6, 24);
    let best = analyze(text, first.start, tokens[j]!.end) ?? fallback(text, first.start, tokens[j]!.end);
    if (!best && j !== braced) {
      j = braced;
      best = analyze(text, first.start, tokens[j]!.end) ?? fallback(text, first.start, tokens[j]!.end);
    }
    // A trailing operator: `Omegasubseteq [m]times [n]`, `Re_{tau}approx 180,395,590`.
    for (let k = 0; best && best.kind === 'math-expression' && k < 4 && j + 1 < tokens.length; k++) {
      if (best.start !== first.start || best.end !== tokens[j]!.end || !continues(text.slice(best.start, best.end))) break;
      const next = tokens[j + 1]!;
      if (next.end - next.start > 24) break;
      const merged = analyze(text, first.start, next.end);
      if (!merged || merged.kind !== 'math-expression') break;
      best = merged;
      j++;
    }
    if (best && isFree(plan, best.start, best.end)) {
      replace(plan, best.kind, best.start, best.end, best.to);
      i = j;
    }
  }
}

/** Salvages a formula inside a longer token: `Para(CoKl(R^{n times n}`, `A_n-equivariant`. */
function fallback(text: string, start: number, end: number): Analysis | undefined {
  const token = text.slice(start, end);
  const hyphen = /^(.+?)-[A-Za-z][A-Za-z-]{2,}[.,;:]?$/.exec(token);
  if (hyphen && hyphen[1]) {
    const a = analyze(text, start, start + hyphen[1].length);
    if (a) return a;
  }
  for (let k = 0; k < token.length; k++) {
    if (token[k] !== '(' && token[k] !== '=') continue;
    const a = analyze(text, start + k + 1, end);
    if (a && a.kind === 'math-expression') return a;
  }
  return undefined;
}
