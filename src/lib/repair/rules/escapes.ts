/** Escaped characters: `50\%`, `Strip\_MLP`, `R\&D`, `\$5` lose their backslash (URLs too). */
import { replace, type Plan } from '../engine.ts';

const ESCAPED = /\\([%_&#])|\\\$(?=\d)/g;

export function repairEscapes(plan: Plan): void {
  for (const m of plan.text.matchAll(ESCAPED)) {
    const char = m[1] ?? '$';
    const kind = char === '%' ? 'escaped-percent' : char === '_' ? 'escaped-underscore' : 'escaped-char';
    replace(plan, kind, m.index, m.index + m[0].length, char, ['url']);
  }
}
