/**
 * Plain text from CSL rich text. Zotero's CSL-JSON and Citation.js's LaTeX conversion both
 * mark formatting with the same few HTML-like tags (`<i>`, `<b>`, `<sup>`, `<sub>`,
 * `<span style="font-variant:small-caps;">`, `<span class="nocase">`); the site shows plain
 * text, so only those tags go and anything else that looks like a tag stays as written.
 */
import { normalizeText } from '../normalize.ts';

const FORMAT_TAG = /<\/?(?:i|b|sc|span(?:\s+(?:class|style)="[^"]*")?)>/g;
const SCRIPT = /<(sup|sub)>(.*?)<\/\1>/g;
const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎' };
// `\"{\i}` comes out as a dotless i with a combining diaeresis, which NFC cannot compose into ï.
const DOTLESS_WITH_MARK = /([ıȷ])(?=[\u0300-\u036f])/g;

/**
 * Rich text as plain, normalized text: formatting tags dropped, `<sup>2</sup>` as `²` (or
 * `^{…}` when Unicode has no such superscript, so the repair step can still read it).
 * @example plainText('CO<sub>2</sub> in <i>E. coli</i>') // 'CO₂ in E. coli'
 */
export function plainText(text: string): string {
  return normalizeText(
    text
      .replace(SCRIPT, (_, tag: string, inner: string) => script(inner, tag === 'sup'))
      .replace(FORMAT_TAG, '')
      .replace(DOTLESS_WITH_MARK, (letter: string) => (letter === 'ı' ? 'i' : 'j')),
  );
}

function script(inner: string, sup: boolean): string {
  const table = sup ? SUPERSCRIPT : SUBSCRIPT;
  const chars = [...inner];
  if (chars.length > 0 && chars.every((c) => table[c])) return chars.map((c) => table[c]).join('');
  return `${sup ? '^' : '_'}{${inner}}`;
}
