/** Font commands and stray braces: the markup goes, the words stay (`\textit{DiffuseKronA}`). */
import { propose, type Edit, type Plan, type RepairKind } from '../engine.ts';

const FONT_COMMAND = /\\(?:emph|textit|textbf|texttt|textsc|textsf|textrm|textup|textmd|textsl|underline|text|mbox)\s*\{([^{}]*)\}/g;
/** `{\em words}` and, with the backslash lost, `{em words}`. */
const FONT_GROUP = /\{(\\?)(em|it|bf|sf|rm|tt|sc|sl|bfseries|itshape|scshape)\s+([^{}]*)\}/g;
const STRAY_BRACES = /(?<=^|[\s(])\{([A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]*)*\s+[A-Za-z][A-Za-z'-]+)\}(?=$|[\s.,;:!?)])/g;

/** Removes what surrounds `[contentStart, contentEnd)` in `[start, end)`. */
function unwrap(plan: Plan, kind: RepairKind, start: number, end: number, contentStart: number, contentEnd: number): void {
  const edits: Edit[] = [];
  if (contentStart > start) edits.push({ start, end: contentStart, to: '' });
  if (end > contentEnd) edits.push({ start: contentEnd, end, to: '' });
  if (edits.length) propose(plan, kind, edits);
}

export function repairFonts(plan: Plan): void {
  for (const m of plan.text.matchAll(FONT_COMMAND)) {
    const content = m[1] ?? '';
    if (!content.trim()) continue;
    const end = m.index + m[0].length;
    unwrap(plan, 'font-command', m.index, end, end - 1 - content.length, end - 1);
  }
  for (const m of plan.text.matchAll(FONT_GROUP)) {
    const [, backslash, font, content = ''] = m;
    const words = content.match(/[A-Za-z]{2,}/g) ?? [];
    const textual = font === 'em' || font === 'it' || font === 'sl' || font === 'sc' || font === 'itshape' || font === 'scshape';
    // Short content in a math font (`{sf B}`) is a symbol: the math rules handle it.
    if (!textual && !(words.length >= 2 || (backslash && words.length >= 1 && content.length > 3))) continue;
    if (!backslash && words.length < 2) continue;
    const end = m.index + m[0].length;
    unwrap(plan, 'font-command', m.index, end, end - 1 - content.length, end - 1);
  }
}

/** `{the state of the art}`: braces around plain words (runs after the formula rules). */
export function repairStrayBraces(plan: Plan): void {
  for (const m of plan.text.matchAll(STRAY_BRACES)) {
    const end = m.index + m[0].length;
    unwrap(plan, 'stray-braces', m.index, end, m.index + 1, end - 1);
  }
}
