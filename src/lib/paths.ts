/**
 * Prefixes a site path with the deploy base, so every link works under a sub-path.
 * @example withBase('/survey/', '/papers/mamba/') // '/survey/papers/mamba/'
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

/**
 * The site path of a paper page.
 * @example paperPath('mamba') // '/papers/mamba/'
 */
export function paperPath(slug: string): string {
  return `/papers/${slug}/`;
}
