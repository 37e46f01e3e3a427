/** Accents and special letters: `na\"{\i}ve` → `naïve`, `Stra\ss e` → `Straße`. */
import { replace, type Plan } from '../engine.ts';

const ACCENT_MARK: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};
const ACCENT = /(\{)?\\(?:(['`^"~=.])\s*|([uvHckr])(?=[{\s]))\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))(\})?/g;
const SPECIAL_LETTER: Record<string, string> = { ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł' };
/** `\ss`, `{\o}`, and `Stra\ss e` (TeX swallows the space after a command inside a word). */
const SPECIAL = /(\{)?\\(ss|o|O|aa|AA|ae|AE|oe|OE|l|L)(?![A-Za-z])(?:\{\}|(?<=[A-Za-z]\\\w{1,2}) (?=[a-z]))?(\})?/g;

export function repairAccents(plan: Plan): void {
  for (const m of plan.text.matchAll(ACCENT)) {
    const mark = ACCENT_MARK[m[2] ?? m[3] ?? ''];
    const base = (m[4] ?? m[5] ?? '').replace(/^\\/, '');
    if (!mark || !base) continue;
    const braced = !!m[1] && !!m[6];
    const start = m.index + (m[1] && !braced ? 1 : 0);
    const end = m.index + m[0].length - (m[6] && !braced ? 1 : 0);
    replace(plan, 'latex-accent', start, end, (base + mark).normalize('NFC'));
  }
  for (const m of plan.text.matchAll(SPECIAL)) {
    const letter = SPECIAL_LETTER[m[2] ?? ''];
    if (!letter) continue;
    const braced = !!m[1] && !!m[3];
    const start = m.index + (m[1] && !braced ? 1 : 0);
    const end = m.index + m[0].length - (m[3] && !braced ? 1 : 0);
    replace(plan, 'latex-accent', start, end, letter);
  }
}
