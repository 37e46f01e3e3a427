/**
 * Authors from CSL names. The paper model keeps two shapes, `{ family, given }` and
 * `{ literal }`, so CSL's particles and suffix are folded in where a reader and a BibTeX
 * export both read them right: `von` before the family name, `de` (dropping) after the given
 * name, `Jr.` after the family name (`Smith Jr., John` is the BibTeX form that keeps it).
 */
import type { Author } from '../../schemas/paper.ts';
import { plainText } from './rich-text.ts';

/** A CSL name as exporters write it; every part optional, and untrusted (JSON input). */
export interface CslName {
  family?: unknown;
  given?: unknown;
  literal?: unknown;
  'non-dropping-particle'?: unknown;
  'dropping-particle'?: unknown;
  suffix?: unknown;
}

const part = (value: unknown): string => (typeof value === 'string' ? plainText(value) : '');
const joined = (...parts: string[]): string => parts.filter(Boolean).join(' ');

/**
 * One author from a CSL name; null when the name is empty. A name with a family part only
 * (`{OpenAI}` in BibTeX, a one-word name) is kept literal: there is no given name to invert.
 * @example authorFromCsl({ family: 'Neumann', given: 'John', 'non-dropping-particle': 'von' }) // { family: 'von Neumann', given: 'John' }
 * @example authorFromCsl({ family: 'OpenAI' }) // { literal: 'OpenAI' }
 */
export function authorFromCsl(name: CslName): Author | null {
  const literal = part(name.literal);
  if (literal) return { literal };
  const family = joined(part(name['non-dropping-particle']), part(name.family), part(name.suffix));
  const given = joined(part(name.given), part(name['dropping-particle']));
  if (family && given) return { family, given };
  return family || given ? { literal: family || given } : null;
}

/** The authors of a CSL item, in order, skipping empty or malformed names. */
export function authorsFromCsl(names: unknown): Author[] {
  if (!Array.isArray(names)) return [];
  return names.flatMap((name) => {
    const author = name !== null && typeof name === 'object' ? authorFromCsl(name as CslName) : null;
    return author ? [author] : [];
  });
}
