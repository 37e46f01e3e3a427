/**
 * `~` is LaTeX's non-breaking space: `at~https://…`, `models~(LLMs)`, `Fig.~3`. It stays in
 * ranges and approximations (`10~20X`, `~85%`); before a citation key (`Sanghavi~jns13`) it goes
 * with the key (`citation-keys.ts`).
 */
import { replace, type Plan } from '../engine.ts';

const TILDE = /~/g;
const CITATION_KEY = /^[a-z][a-z-]*\d{2,4}[a-z0-9:_-]*/;
const REFERENCE_WORD = /(?:^|[^A-Za-z])(?:Fig|Figs|Figure|Figures|Table|Tables|Tab|Sec|Section|Sections|Eq|Eqs|Equation|Equations|Appendix|App|Chapter|Ch|Theorem|Thm|Lemma|Algorithm|Alg|Definition|Def|Corollary|Proposition|Prop|Step|Part|Ref|Refs)\.?$/;

export function repairTildes(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(TILDE)) {
    const before = text.charAt(m.index - 1);
    const after = text.slice(m.index + 1);
    const toUrl = /\S/.test(before) && /^(?:https?:\/\/|www\.)/.test(after);
    const betweenWords = /[A-Za-z.,;:)\]]/.test(before) && /^[A-Za-z(\[]/.test(after) && !CITATION_KEY.test(after);
    const toNumber = /^\d/.test(after) && REFERENCE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (toUrl || betweenWords || toNumber) replace(plan, 'tilde-space', m.index, m.index + 1, ' ');
  }
}
