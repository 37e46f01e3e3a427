/** Latin abbreviation macros: `\eg` → `e.g.`, `\etc.` → `etc.` (never a doubled period). */
import { replace, type Plan } from '../engine.ts';

const LATIN: Record<string, string> = {
  eg: 'e.g.', ie: 'i.e.', etc: 'etc.', etal: 'et al.', vs: 'vs.', cf: 'cf.', wrt: 'w.r.t.', aka: 'a.k.a.',
  Eg: 'E.g.', Ie: 'I.e.', Cf: 'Cf.', Etc: 'Etc.', resp: 'resp.',
};
const LATIN_MACRO = /\\(eg|ie|etc|etal|vs|cf|wrt|aka|Eg|Ie|Cf|Etc|resp)(?![A-Za-z])(?:\{\}|\\ )?(\.)?/g;

export function repairLatin(plan: Plan): void {
  for (const m of plan.text.matchAll(LATIN_MACRO)) {
    const word = LATIN[m[1] ?? ''];
    if (!word) continue;
    replace(plan, 'latin-abbrev', m.index, m.index + m[0].length, word);
  }
}
