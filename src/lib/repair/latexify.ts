/**
 * Scraped formula text and LaTeX: whether the letter runs of a candidate formula are math,
 * and how to write it as LaTeX again (`R^{ntimes n}` → `R^{n \times n}`).
 */
import { decompose, FUNCTIONS, isCommand, isGreek, OPERATORS, SCRIPT_SYMBOLS, SYMBOLS, TWO_LETTER_COMMANDS } from './vocabulary.ts';

export const LETTER_RUN = /[A-Za-z]+/g;

export interface TexPart {
  text: string;
  command: boolean;
}

/** How a letter run is written in LaTeX, or undefined to keep it as letters. */
export function texParts(run: string, wholeScript: boolean): TexPart[] | undefined {
  if (wholeScript) {
    // The whole argument of a script (`_{in}`, `^{max}`) is a label, unless it is a symbol.
    return isGreek(run) || SCRIPT_SYMBOLS.has(run) || run === 'ell' ? [{ text: run, command: true }] : undefined;
  }
  if (run === 'Re' || run === 'Im') return undefined;
  if (isCommand(run)) return run.length > 2 || TWO_LETTER_COMMANDS.has(run) ? [{ text: run, command: true }] : undefined;
  const parts = decompose(run);
  return parts?.map((part) => ({ text: part, command: part.length > 1 && isCommand(part) }));
}

/** Writes converted parts after `out`, spacing operators and separating commands from letters. */
export function appendParts(out: string, parts: readonly TexPart[], next: string): string {
  let result = out;
  parts.forEach((part, k) => {
    const prevChar = result.charAt(result.length - 1);
    if (part.command) {
      if ((OPERATORS.has(part.text) || (k > 0 && FUNCTIONS.has(part.text))) && /[A-Za-z0-9}\])|]/.test(prevChar)) result += ' ';
      result += `\\${part.text}`;
    } else {
      if (k > 0 && parts[k - 1]!.command) result += ' ';
      result += part.text;
    }
  });
  const last = parts.at(-1);
  if (last?.command && (/[A-Za-z]/.test(next) || (OPERATORS.has(last.text) && /[0-9\\([|{]/.test(next)))) result += ' ';
  return result;
}

/**
 * Turns a scraped formula into LaTeX: restores lost backslashes and font groups.
 * @example latexify('R^{ntimes n}') // 'R^{n \\times n}'
 */
export function latexify(expr: string): string {
  const s = expr
    .replace(/\{\\?(sf|rm|bf|cal|tt|it)\s+([^{}]+)\}/g, (_, font: string, body: string) => `\\math${font}{${body.trim()}}`)
    .replace(/\\?sqrt\(([^()]*)\)/g, (_, body: string) => `\\sqrt{${body}}`);
  let out = '';
  let cursor = 0;
  for (const m of s.matchAll(LETTER_RUN)) {
    const run = m[0];
    const at = m.index;
    out += s.slice(cursor, at);
    cursor = at + run.length;
    const prev = s.charAt(at - 1);
    const next = s.charAt(at + run.length);
    const wholeScript = /[\^_]/.test(prev) || (prev === '{' && /[\^_]/.test(s.charAt(at - 2)) && next === '}');
    const parts = prev === '\\' ? undefined : texParts(run, wholeScript);
    out = parts ? appendParts(out, parts, next) : out + run;
  }
  out += s.slice(cursor);
  return out.replace(/([\^_])(\d{2,})/g, '$1{$2}').replace(/ {2,}/g, ' ');
}

/** Whether every letter run of a candidate formula is a variable, a command or a glued pair. */
export function runsAreMath(expr: string): boolean {
  for (const m of expr.matchAll(LETTER_RUN)) {
    const run = m[0];
    const prev = expr.charAt(m.index - 1);
    if (prev === '\\' || run.length <= 2) continue;
    if (SCRIPT_SYMBOLS.has(run) && !SYMBOLS.has(run)) {
      if (/[\^_{]/.test(prev)) continue;
      return false;
    }
    if (isCommand(run) || /^math(?:sf|rm|bf|cal|tt|it)$/.test(run)) continue;
    if (decompose(run)) continue;
    return false;
  }
  return true;
}

/** `_MLP`, `_pytorch`: a multi-letter script without braces is an identifier, not math. */
export function hasIdentifierScript(expr: string): boolean {
  for (const m of expr.matchAll(/(?<!\\)[\^_]([A-Za-z]{2,})/g)) {
    const run = m[1] ?? '';
    if (!isGreek(run) && !SCRIPT_SYMBOLS.has(run) && run !== 'ell') return true;
  }
  // `x86_64`, `Qwen2_5`: a base of letters ending in digits is a name, not math.
  return /(?<!\\)[\^_](?:$|[\s,.;:)\]}])|^[\^_]|[\^_]{2}|[A-Za-z][A-Za-z0-9]*\d[\^_]/.test(expr);
}

export function balanced(expr: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const ch of expr) {
    if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== pairs[ch]) return false;
    }
  }
  return stack.length === 0;
}

/** How many `open` brackets are still unclosed at the end (negative: more closers). */
export function depth(expr: string, open: string, close: string): number {
  let d = 0;
  for (const ch of expr) {
    if (ch === open) d++;
    else if (ch === close) d--;
  }
  return d;
}
