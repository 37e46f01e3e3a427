/** Set membership and order relations: `Min R^{mtimes n}` → `$M \in R^{m \times n}$`, `t le T` → `$t \le T$`. */
import { replace, type Plan } from '../engine.ts';
import { latexify, runsAreMath } from '../latexify.ts';

/** Set membership: `Min R^{mtimes n}`, `h in R^{C times T times d}`, `h_{c,t} in R^d`. */
const MEMBERSHIP = /(?<![\w\\])(?:([A-Z])in|([A-Za-z](?:_\{[^{}\s]{1,10}\}|_[A-Za-z0-9])?) in) +((?:mathbb ?)?[A-Z]\^(?:\{[^{}]{1,40}\}|[A-Za-z0-9](?![A-Za-z0-9])))/g;
/** Order relations between single-letter variables: `t le T`. */
const RELATION = /(?<![\w\\])([a-z]) (le|leq|ge|geq|neq) ([A-Z0-9])(?![\w])/g;

export function repairRelations(plan: Plan): void {
  for (const m of plan.text.matchAll(MEMBERSHIP)) {
    const variable = m[1] ?? m[2] ?? '';
    const set = m[3] ?? '';
    if (!runsAreMath(set)) continue;
    replace(plan, 'math-expression', m.index, m.index + m[0].length, `$${variable} \\in ${latexify(set)}$`);
  }
  for (const m of plan.text.matchAll(RELATION)) {
    replace(plan, 'math-expression', m.index, m.index + m[0].length, `$${m[1]} \\${m[2]} ${m[3]}$`);
  }
}
