/**
 * Multiplication, "approximately" and other symbols outside formulas: `\times` → `×`,
 * `34.4times` → `34.4×`, `10sim100` → `10∼100`; never `sometimes`, `3 times` or `similar`.
 */
import { replace, type Plan } from '../engine.ts';
import { LATEX_SYMBOLS } from '../../text/latex-symbols.ts';

/** `34.4times`, `224times224`, `1.37times/1.24times`; never `sometimes` or `3 times`. */
const GLUED_TIMES = /(?<=\d)times(?![a-z])/g;
/** `10sim100`, `(sim50`, `sim4 times`, `by sim 50%`. */
const GLUED_SIM = /(?<=\d)sim(?=\d)|(?<![A-Za-z0-9\\])sim ?(?=\d)/g;
const BACKSLASH_SYMBOL = new RegExp(`\\\\(${Object.keys(LATEX_SYMBOLS).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'g');

export function repairSymbols(plan: Plan): void {
  for (const m of plan.text.matchAll(BACKSLASH_SYMBOL)) {
    const name = m[1] ?? '';
    const sym = LATEX_SYMBOLS[name];
    if (!sym) continue;
    const kind = name === 'times' ? 'times' : name === 'sim' ? 'sim' : 'symbol-command';
    replace(plan, kind, m.index, m.index + m[0].length, sym);
  }
  for (const m of plan.text.matchAll(GLUED_TIMES)) replace(plan, 'times', m.index, m.index + 5, '×');
  for (const m of plan.text.matchAll(GLUED_SIM)) replace(plan, 'sim', m.index, m.index + m[0].length, '∼');
}
