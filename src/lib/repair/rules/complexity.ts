/**
 * Complexity bounds: `O(n log n)`, `O(LlogL)`, `widetilde O(|Omega| k^2)`, `mathcal{O}(n^2)`,
 * and `O(n n)`, where the scrape dropped a square root's radical sign (`O(n√n)`).
 */
import { replace, type Plan } from '../engine.ts';
import { hasIdentifierScript, latexify, LETTER_RUN, runsAreMath } from '../latexify.ts';

const BIG_O = /(?<![A-Za-z\\])(?:(\\?(?:widetilde|tilde))\s?\{?(?=O\(|O\}\())?(\\?mathcal\{O\}|O|Theta|Omega|\\Theta|\\Omega)(\}?)\(/g;
const BIG_O_BODY = /^[A-Za-z0-9 ^_{}+\-*/|,.'\\()]+$/;
/**
 * One variable twice with only a space between: a page's `O(n√n)` whose radical, drawn as a
 * glyph, did not survive the scrape. A product would keep its sign or be written `n^2`.
 */
const LOST_RADICAL = /^([A-Za-z]) \1$/;

export function repairComplexity(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(BIG_O)) {
    const open = m.index + m[0].length - 1;
    let d = 0;
    let close = -1;
    for (let k = open; k < Math.min(text.length, open + 60); k++) {
      if (text[k] === '(') d++;
      else if (text[k] === ')' && --d === 0) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    const inside = text.slice(open + 1, close);
    const radical = LOST_RADICAL.exec(inside);
    const body = radical ? `${radical[1]}\\sqrt{${radical[1]}}` : inside;
    const prefix = m[1];
    const head = m[2] ?? 'O';
    if (!BIG_O_BODY.test(body) || !runsAreMath(body) || hasIdentifierScript(body)) continue;
    // `O(n)` and `O(1)` read fine as they are; a bound becomes math only with something to typeset.
    const signal = !!prefix || head.includes('mathcal') || /[\^_\\]|log|sqrt|exp/.test(body) || [...body.matchAll(LETTER_RUN)].some((r) => r[0].length > 2);
    if (!signal) continue;
    const headTex = head.replace(/^\\?mathcal/, '\\mathcal').replace(/^(Theta|Omega)$/, '\\$1');
    const prefixTex = prefix ? `\\${prefix.replace(/^\\/, '')}{${headTex}}` : headTex;
    replace(plan, 'math-expression', m.index, close + 1, `$${prefixTex}(${latexify(body)})$`);
  }
}
