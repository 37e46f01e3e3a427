import slugify from '@sindresorhus/slugify';
import { shortHash } from '../hash-node.ts';

const MAX_SLUG_LENGTH = 80;

/**
 * The readable part of a paper's URL, from its title. Long titles are cut at a word boundary.
 * @example titleSlug('LoRA: Low-Rank Adaptation of Large Language Models') // 'lora-low-rank-adaptation-of-large-language-models'
 */
export function titleSlug(title: string): string {
  // decamelize would turn "LoRA" into "lo-ra" and "ResNet" into "res-net".
  const slugged = slugify(title, { decamelize: false });
  // A slug of digits alone would be a page of the paper index (/papers/2/), so it says "paper".
  const slug = /^\d+$/.test(slugged) ? `paper-${slugged}` : slugged;
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'paper';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-')) || slug.slice(0, MAX_SLUG_LENGTH);
}

/**
 * Gives every paper key a unique slug. Titles that slug alike keep distinct, deterministic
 * slugs: the smallest key of the group keeps the plain slug, the others get a short hash of
 * their own key appended. Neither depends on the order in which papers are listed.
 *
 * Adding or removing other papers never changes a slug, with one exception no stateless rule
 * avoids: a new title that slugs exactly like an existing one and sorts before it takes the
 * plain slug. The short permalink (src/lib/links/short-ids.ts) depends on the paper's own title only.
 */
export function assignSlugs(papers: readonly { key: string; title: string }[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const { key, title } of papers) {
    const base = titleSlug(title);
    const group = groups.get(base);
    if (group) group.push(key);
    else groups.set(base, [key]);
  }

  const slugs = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [base, keys] of groups) {
    const [first, ...rest] = [...keys].sort();
    slugs.set(first!, base);
    for (const key of rest) {
      let length = 6;
      let slug = `${base}-${shortHash(key, length)}`;
      while (taken.has(slug)) slug = `${base}-${shortHash(key, ++length)}`;
      taken.add(slug);
      slugs.set(key, slug);
    }
  }
  return slugs;
}
