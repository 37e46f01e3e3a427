/**
 * The edit engine behind `repairAbstract`: rules look at the original text and propose edits;
 * an edit is accepted only when it overlaps no accepted edit and no protected zone (a formula,
 * a URL) the rule may not enter. Rules run in priority order, so the first rule to claim a
 * stretch of text wins and the result does not depend on what other rules would have done.
 */

import type { CorpusVocabulary } from './vocabulary.ts';

/** What a repair did, for the build report (see the module comment of `repair-abstract.ts`). */
export type RepairKind =
  | 'stray-dollar'
  | 'math-delimiter'
  | 'math-command'
  | 'url-command'
  | 'url-duplicate'
  | 'escaped-percent'
  | 'escaped-underscore'
  | 'escaped-char'
  | 'latex-accent'
  | 'font-command'
  | 'stray-braces'
  | 'latin-abbrev'
  | 'latex-quotes'
  | 'latex-dash'
  | 'tilde-space'
  | 'symbol-command'
  | 'greek-letter'
  | 'math-expression'
  | 'superscript'
  | 'subscript'
  | 'times'
  | 'sim'
  | 'name-macro'
  | 'space-before-punctuation'
  | 'citation-key'
  | 'sentence-space'
  | 'glued-words'
  | 'broken-hyphen';

export interface Repair {
  kind: RepairKind;
  /** The original text that was replaced. */
  from: string;
  /** What replaced it (only this repair's edits applied). */
  to: string;
  /** Offset of `from` in the original text. */
  index: number;
}

export interface RepairResult {
  text: string;
  repairs: Repair[];
}

export interface Edit {
  start: number;
  end: number;
  to: string;
}

export type Zone = 'math' | 'url';

interface ZoneSpan {
  start: number;
  end: number;
  zone: Zone;
}

/** The repairs of one text in the making: accepted edits, protected zones, what was done. */
export interface Plan {
  readonly text: string;
  /** The corpus's words, when the whole survey is repaired: rules that need evidence from it skip without. */
  readonly vocabulary?: CorpusVocabulary;
  edits: Edit[];
  zones: ZoneSpan[];
  repairs: Repair[];
}

/** One family of repairs: proposes its edits for the text of a plan. */
export type Rule = (plan: Plan) => void;

export function createPlan(text: string, vocabulary?: CorpusVocabulary): Plan {
  return { text, vocabulary, edits: [], zones: [], repairs: [] };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Protects a span from every later rule that does not allow its zone. */
export function protect(plan: Plan, start: number, end: number, zone: Zone): void {
  plan.zones.push({ start, end, zone });
}

/**
 * Accepts a repair made of one or more edits unless one of them overlaps an accepted edit or
 * a protected zone (math span, URL) the rule may not enter.
 */
export function propose(plan: Plan, kind: RepairKind, edits: Edit[], allow: readonly Zone[] = []): boolean {
  for (const edit of edits) {
    if (edit.end <= edit.start) return false;
    if (plan.edits.some((other) => overlaps(edit, other))) return false;
    if (plan.zones.some((zone) => !allow.includes(zone.zone) && overlaps(edit, zone))) return false;
  }
  if (edits.every((edit) => plan.text.slice(edit.start, edit.end) === edit.to)) return false;
  plan.edits.push(...edits);
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  plan.repairs.push({ kind, index: start, from: plan.text.slice(start, end), to: applyEdits(plan.text, edits, start, end) });
  return true;
}

/** A repair of one edit: `text[start, end)` becomes `to`. */
export function replace(plan: Plan, kind: RepairKind, start: number, end: number, to: string, allow: readonly Zone[] = []): boolean {
  return propose(plan, kind, [{ start, end, to }], allow);
}

/** The text between `start` and `end` with the edits applied. */
export function applyEdits(text: string, edits: readonly Edit[], start = 0, end = text.length): string {
  let out = '';
  let cursor = start;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, edit.start) + edit.to;
    cursor = edit.end;
  }
  return out + text.slice(cursor, end);
}

/** Whether no accepted edit and no protected zone touches the span. */
export function isFree(plan: Plan, start: number, end: number): boolean {
  const span = { start, end };
  return !plan.edits.some((e) => overlaps(span, e)) && !plan.zones.some((z) => overlaps(span, z));
}
