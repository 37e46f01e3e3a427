/**
 * Lost-backslash symbol words outside formulas: `GTA5 rightarrow Cityscapes`, `gamma-MoD`,
 * `Adapt-infty`, `HyperZcdotZcdotW`.
 */
import { replace, type Plan } from '../engine.ts';
import { balanced } from '../latexify.ts';
import { LATEX_SYMBOLS } from '../../text/latex-symbols.ts';

/** Standalone command words that are never English: `GTA5 rightarrow Cityscapes`. */
const SYMBOL_WORD = /(?<=^|[\s(])(rightarrow|leftarrow|Rightarrow|Leftarrow|leftrightarrow|longrightarrow|mapsto|infty|leq|geq|neq|otimes|oplus|odot|subseteq|supseteq|setminus|cdots|ldots)(?=$|[\s,.;:)])/g;
/** A Greek-letter prefix of a method name: `gamma-MoD` → `γ-MoD`, `beta-VAE` → `β-VAE`. */
const GREEK_PREFIX = /(?<![\w\\-])(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|phi|chi|psi|omega)-(?=[A-Z][A-Za-z0-9]*)/g;
/** A Greek/infinity suffix of a method name: `MHR-mu` → `MHR-μ`, `Adapt-infty` → `Adapt-∞`. */
const GREEK_SUFFIX = /(?<=[A-Za-z0-9]-)(infty|mu)(?![\w-])/g;
/** A word with `cdot` in it, braces and all: `HyperZcdotZcdotW`, `HyperZ{cdotZ{cdot}W}`. */
const CDOT_WORD = /(?<=^|[\s(])[A-Za-z0-9{}-]*cdot[A-Za-z0-9{}-]*(?=$|[\s,.;:)])/g;
/** `cdot` between capitals or digits: a lost `\cdot` in a name, never English. */
const GLUED_CDOT = /(?<=[A-Z0-9])cdot(?=[A-Z0-9])/g;

export function repairSymbolWords(plan: Plan): void {
  for (const m of plan.text.matchAll(SYMBOL_WORD)) {
    const sym = LATEX_SYMBOLS[m[1] ?? ''];
    if (sym) replace(plan, 'symbol-command', m.index, m.index + m[0].length, sym);
  }
  for (const m of plan.text.matchAll(GREEK_PREFIX)) {
    const g = LATEX_SYMBOLS[m[1] ?? ''];
    if (g) replace(plan, 'greek-letter', m.index, m.index + (m[1] ?? '').length, g);
  }
  for (const m of plan.text.matchAll(GREEK_SUFFIX)) {
    const g = LATEX_SYMBOLS[m[1] ?? ''];
    if (g) replace(plan, 'greek-letter', m.index, m.index + m[0].length, g);
  }
  for (const m of plan.text.matchAll(CDOT_WORD)) {
    // The braces are what is left of `Z{\cdot}W` groups: they go when every `cdot` is a dot.
    if (!balanced(m[0])) continue;
    const dotted = m[0].replace(/[{}]/g, '').replace(GLUED_CDOT, '·');
    if (!dotted.includes('cdot')) replace(plan, 'symbol-command', m.index, m.index + m[0].length, dotted);
  }
}
