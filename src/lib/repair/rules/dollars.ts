/**
 * Dollar signs. A pair that passes the `$` rule (see `repair-abstract.ts`) is kept as math and
 * protected; lost backslashes inside it are restored. Every other `$` is a stray: a currency
 * sign is kept, any other stray `$` is removed and what it wrapped is left to the prose rules.
 */
import { propose, protect, replace, type Plan } from '../engine.ts';
import { appendParts, LETTER_RUN, texParts, type TexPart } from '../latexify.ts';
import { GREEK_NAMES } from '../../text/latex-symbols.ts';
import { MAX_MATH_LENGTH } from '../../text/math-spans.ts';
import { decompose, UNAMBIGUOUS } from '../vocabulary.ts';

const DOLLAR = /(?<!\\)\$\$?/g;
/** What may precede a currency sign: nothing, a space, an opening bracket, a sign, `US`/`A`/`C`. */
const CURRENCY_BEFORE = /^$|[\s(\[~+\-/"“A-Z]/;
const PROSE_RUN = /[A-Za-z]{3,}[,;:]?\s+[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{3,}/;
const SENTENCE_BREAK = /[.!?]\s+[A-Z][a-z]/;
const FUNCTION_WORD = /\s(?:and|or|the|of|to|for|with|in|on|by|is|are|at|per)\s/;
const TEXT_GROUP = /\\(?:text\w*|mathrm|operatorname|mbox)\s*\{[^{}]*\}/g;
const COMMAND_WORD = /\\[A-Za-z]+/g;

/** Whether the text between two `$` reads like a formula rather than prose. */
function looksLikeMath(content: string): boolean {
  if (content.length === 0 || content.length > MAX_MATH_LENGTH || content.includes('\n')) return false;
  const bare = content.replace(TEXT_GROUP, ' ').replace(COMMAND_WORD, ' ');
  if (PROSE_RUN.test(bare) || SENTENCE_BREAK.test(bare)) return false;
  // `$5 and 3$`: a function word and no math syntax at all.
  return !(FUNCTION_WORD.test(bare) && !/[\\^_{}=+<>|]/.test(content));
}

export function repairDollars(plan: Plan): void {
  const { text } = plan;
  if (!text.includes('$')) return;
  const delims = [...text.matchAll(DOLLAR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const stray: { start: number; end: number }[] = [];
  let i = 0;
  while (i < delims.length) {
    const open = delims[i]!;
    const close = delims[i + 1];
    const canOpen = /\S/.test(text.charAt(open.end));
    if (canOpen && close && /\S/.test(text.charAt(close.start - 1)) && !/\d/.test(text.charAt(close.end))) {
      const content = text.slice(open.end, close.start);
      if (looksLikeMath(content)) {
        protect(plan, open.start, close.end, 'math');
        if (open.end - open.start === 2 || close.end - close.start === 2) {
          propose(plan, 'math-delimiter', [{ start: open.start, end: open.end, to: '$' }, { start: close.start, end: close.end, to: '$' }], ['math']);
        }
        restoreCommandsInMath(plan, open.end, close.start);
        i += 2;
        continue;
      }
    }
    stray.push(open);
    i += 1;
  }
  for (const s of stray) {
    const currency = s.end - s.start === 1 && /\d/.test(text.charAt(s.end)) && CURRENCY_BEFORE.test(text.charAt(s.start - 1));
    if (currency) continue;
    // `i.e., $ f(X)`: take one of the two spaces around the `$` along.
    const spaced = /^\s?$/.test(text.charAt(s.start - 1)) && /\s/.test(text.charAt(s.end));
    replace(plan, 'stray-dollar', s.start, s.end + (spaced ? 1 : 0), '');
  }
}

/** Letter runs inside `\text{…}`-like groups are words, not lost commands. */
function textGroupRanges(content: string): { start: number; end: number }[] {
  return [...content.matchAll(TEXT_GROUP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const MATH_RESTORE = new Set([...UNAMBIGUOUS, ...GREEK_NAMES.filter((g) => g.length > 2), 'log', 'exp', 'ell']);

/** Inside a real `$…$` formula: `5.18times` → `5.18\\times`, `mathcal{O}` → `\\mathcal{O}`. */
function restoreCommandsInMath(plan: Plan, start: number, end: number): void {
  const content = plan.text.slice(start, end);
  const skip = textGroupRanges(content);
  for (const m of content.matchAll(LETTER_RUN)) {
    const run = m[0];
    const at = m.index;
    if (content.charAt(at - 1) === '\\' || skip.some((r) => at >= r.start && at < r.end)) continue;
    let parts: TexPart[] | undefined;
    if (MATH_RESTORE.has(run)) parts = [{ text: run, command: true }];
    else {
      const pieces = decompose(run);
      if (pieces && pieces.some((p) => UNAMBIGUOUS.has(p))) parts = texParts(run, false);
    }
    if (!parts) continue;
    const to = appendParts(content.slice(0, at), parts, content.charAt(at + run.length)).slice(at);
    replace(plan, 'math-command', start + at, start + at + run.length, to, ['math']);
  }
}
