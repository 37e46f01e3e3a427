/**
 * Scraping debris a reader would notice, as patterns the audit (`npm run audit`) counts in
 * what pages and exports show (repaired titles and abstracts, gists). Formulas are left out
 * where KaTeX renders them (`$…$` in abstracts); titles and gists are plain text throughout.
 * These patterns find the damage; the repair rules in `rules/` fix it.
 */
import { mathSpans } from '../text/math-spans.ts';

export interface DebrisPattern {
  id: string;
  /** What it looks like, for the audit's table. */
  example: string;
  pattern: RegExp;
}

export const DEBRIS_PATTERNS: readonly DebrisPattern[] = [
  { id: 'tilde-citation-key', example: 'DNAS~wu2018mixed', pattern: /\S~[a-z][a-z-]*\d{2}/g },
  { id: 'bare-latex-name', example: 'infty, where mu is, alpha B A / r', pattern: /(?<![\\\w-])(?:infty|mu|nu|cdot|leq|geq|neq|alpha(?= [A-Z](?: |$)))(?![\w-])/g },
  { id: 'subscript-outside-math', example: 'resid_{c,t}', pattern: /[A-Za-z]_\{[^}\s]*\}/g },
  { id: 'latex-command', example: '\\proj', pattern: /\\[A-Za-z]+/g },
  { id: 'glued-cdot', example: 'HyperZcdotZcdotW', pattern: /[A-Za-z0-9]cdot[A-Z0-9]/g },
  { id: 'glued-sentence', example: 'images.In this project', pattern: /(?:[a-z]{2}|\))[.!?][A-Z][a-z]/g },
  { id: 'glued-words', example: 'asystem, andretrieve, combinationof', pattern: /\b(?:asystem|andretrieve|combinationof|stateof|ofthe|inthe|tothe|andthe)\b/gi },
  { id: 'broken-hyphen', example: 'over- head', pattern: /\b[A-Za-z]{2,}- (?!(?:and|or|to|as|vs|nor|versus|in|&)\b)[a-z]{2,}/g },
  { id: 'latex-caret', example: 'BT^2', pattern: /[A-Za-z0-9]\^[\w{]/g },
  { id: 'lost-radical', example: 'O(n n)', pattern: /\bO\(([A-Za-z]) \1\)/g },
];

/** The text with its `$…$` formulas blanked out (same length), for patterns meant for prose. */
export function withoutMath(text: string): string {
  let out = text;
  for (const { start, end } of mathSpans(text)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** URLs blanked out: `github.io/x.Y` is not a glued sentence. */
function withoutUrls(text: string): string {
  return text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, (url) => ' '.repeat(url.length));
}

/**
 * Occurrences of each debris pattern in a text a reader sees (formulas and URLs excluded).
 * @example countDebris('as in DNAS~wu2018mixed.') // { 'tilde-citation-key': 1 }
 */
export function countDebris(text: string): Record<string, number> {
  const prose = withoutUrls(withoutMath(text));
  const counts: Record<string, number> = {};
  for (const { id, pattern } of DEBRIS_PATTERNS) {
    const n = [...prose.matchAll(pattern)].length;
    if (n > 0) counts[id] = n;
  }
  return counts;
}
