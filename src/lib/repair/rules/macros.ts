/**
 * A custom macro used as a name (`we design and implement \proj, a novel technique`). Its
 * definition is in the paper's preamble, so the abstract cannot tell what it expands to (here
 * "Deep Optimizer States"); the macro's own name, without the backslash, is the word that is
 * there, and it reads as a name.
 */
import { replace, type Plan } from '../engine.ts';

/** A command standing alone like a word: no argument follows it. */
const NAME_MACRO = /(?<=^|[\s(])\\([A-Za-z]{2,})(?=$|[\s,.;:)]|'s\b)/g;
/** Spacing, layout and font switches: their names are not words of the text. */
const LAYOUT = /^(?:[hv](?:space|fill|skip)|[a-z]*skip|quad|qquad|par|item|(?:line|page)?break|newline|newpage|clearpage|(?:no)?indent|centering|raggedright|tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|displaystyle|textstyle|left|right|[bB]igg?[lr]?|bf|it|em|rm|sf|tt|sc|sl|bfseries|itshape|scshape|mdseries|upshape|normalfont|maketitle|and|thanks)$/;

export function repairNameMacros(plan: Plan): void {
  for (const m of plan.text.matchAll(NAME_MACRO)) {
    const name = m[1] ?? '';
    if (!LAYOUT.test(name)) replace(plan, 'name-macro', m.index, m.index + m[0].length, name);
  }
}
