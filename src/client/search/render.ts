/** DOM helpers shared by the search modal and the search page. */
import type { ExcerptPart } from './engine.ts';

type Child = Node | string | null | undefined | false;

/** `h('a', { href: '/x', class: 'y' }, 'text')`: attributes as strings, `true` for bare ones, children appended. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** An excerpt as text and `<mark>` nodes. */
export function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? h('mark', { class: 'search-mark' }, part.text) : document.createTextNode(part.text)));
}

/** "mixture of experts" → “mixture of experts” for status lines. */
export const quoted = (text: string): string => `“${text}”`;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
