/** LaTeX quotes and dashes as typographic characters: ``` ``x'' ``` → `“x”`, `---` → `—`. */
import { propose, replace, type Plan } from '../engine.ts';

const DOUBLE_QUOTES = /``((?:[^`'"\n]|'(?!'))+?)(''|")/g;
const SINGLE_QUOTES = /(?<![`\w])`([^`'\n]{1,80})'(?![\w'])/g;
const EM_DASH = /(?<!-)---(?!-)/g;
const EN_DASH = /(?<=\s)--(?=\s)|(?<=[A-Za-z0-9])--(?=[A-Za-z0-9])/g;

export function repairPunctuation(plan: Plan): void {
  for (const m of plan.text.matchAll(DOUBLE_QUOTES)) {
    const close = m.index + m[0].length - (m[2] ?? '').length;
    propose(plan, 'latex-quotes', [{ start: m.index, end: m.index + 2, to: '“' }, { start: close, end: m.index + m[0].length, to: '”' }]);
  }
  for (const m of plan.text.matchAll(SINGLE_QUOTES)) {
    const end = m.index + m[0].length;
    propose(plan, 'latex-quotes', [{ start: m.index, end: m.index + 1, to: '‘' }, { start: end - 1, end, to: '’' }]);
  }
  for (const m of plan.text.matchAll(EM_DASH)) replace(plan, 'latex-dash', m.index, m.index + 3, '—');
  for (const m of plan.text.matchAll(EN_DASH)) replace(plan, 'latex-dash', m.index, m.index + 2, '–');
}
