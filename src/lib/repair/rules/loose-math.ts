/**
 * Math a scrape left in the prose, outside any `$…$`:
 * - a Greek name standing alone where a symbol was meant: `where mu is the global mean`,
 *   `adapter matrices alpha B A / r` (but `alpha channel` is English and stays);
 * - a braced subscript on a multi-letter name: `resid_{c,t}` → `$\mathrm{resid}_{c,t}$`.
 */
import { replace, type Plan } from '../engine.ts';
import { LATEX_SYMBOLS } from '../../text/latex-symbols.ts';

/** `mu` as a word is never English. */
const LONE_MU = /(?<![\p{L}\d\\$_^-])mu(?![\p{L}\d_-])/gu;
/** A Greek name followed by a one-letter variable: `alpha B A / r`, `lambda x`. */
const GREEK_BEFORE_VARIABLE = /(?<![\p{L}\d\\$_^-])(alpha|beta|gamma|delta|epsilon|zeta|theta|kappa|lambda|sigma|tau|phi|psi|omega|rho)(?= [A-Za-z](?:[\s/,.;:)=+*-]|$))/gu;
/** `resid_{c,t}`: a name of two or more letters with a braced subscript. */
const NAMED_SUBSCRIPT = /(?<![\p{L}\d\\$_^])([A-Za-z]{2,})_\{([A-Za-z0-9,]{1,8})\}/gu;

export function repairLooseMath(plan: Plan): void {
  for (const m of plan.text.matchAll(LONE_MU)) replace(plan, 'greek-letter', m.index, m.index + m[0].length, LATEX_SYMBOLS.mu ?? 'μ');
  for (const m of plan.text.matchAll(GREEK_BEFORE_VARIABLE)) {
    // "a variable" after it must not be an English article or pronoun: `alpha I`, `beta a`.
    const next = plan.text.charAt(m.index + m[0].length + 1);
    if (next === 'a' || next === 'I') continue;
    const symbol = LATEX_SYMBOLS[m[1] ?? ''];
    if (symbol) replace(plan, 'greek-letter', m.index, m.index + m[0].length, symbol);
  }
  for (const m of plan.text.matchAll(NAMED_SUBSCRIPT)) {
    replace(plan, 'subscript', m.index, m.index + m[0].length, `$\\mathrm{${m[1]}}_{${m[2]}}$`);
  }
}
