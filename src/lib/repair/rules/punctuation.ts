/**
 * LaTeX quotes and dashes as typographic characters (``` ``x'' ``` → `“x”`, `---` → `—`), and
 * the space a scrape leaves where a macro was before a comma or period (`ZeroQ , a novel`).
 */
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

/** Spaces between a word and the `,` `.` `;` `:` that ends it. */
const SPACE_BEFORE_PUNCT = /(?<=[\p{L}\p{N})\]”’"]) +(?=[,.;:](?:\s|$))/gu;
const AFTER_URL = /(?:https?:\/\/|www\.)\S*$/;

export function repairSpaceBeforePunctuation(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(SPACE_BEFORE_PUNCT)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    // `word . . .` is a spaced ellipsis; `3 : 1` a ratio.
    if (/^\.\s+\./.test(after) || (/^:\s*\d/.test(after) && /\d$/.test(text.slice(0, m.index)))) continue;
    // `https://a.io/x .`: the space keeps the period out of the link.
    if (AFTER_URL.test(text.slice(0, m.index))) continue;
    replace(plan, 'space-before-punctuation', m.index, end, '');
  }
}
