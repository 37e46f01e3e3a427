/** LaTeX math delimiters: `\( … \)` and `\[ … \]` become `$…$`. */
import { protect, replace, type Plan } from '../engine.ts';
import { MAX_MATH_LENGTH } from '../../text/math-spans.ts';

const PAREN_MATH = /\\\(([^$]{1,300}?)\\\)|\\\[([^$]{1,300}?)\\\]/g;

export function repairMathDelimiters(plan: Plan): void {
  for (const m of plan.text.matchAll(PAREN_MATH)) {
    const content = (m[1] ?? m[2] ?? '').trim();
    if (!content || content.length > MAX_MATH_LENGTH) continue;
    if (replace(plan, 'math-delimiter', m.index, m.index + m[0].length, `$${content}$`)) {
      protect(plan, m.index, m.index + m[0].length, 'math');
    }
  }
}
