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

/**
 * An absolute URL for a site path, under the deploy base.
 * @example absoluteUrl('/p/k3x9qa/', { base: '/survey/', origin: 'https://example.org' }) // 'https://example.org/survey/p/k3x9qa/'
 */
export function absoluteUrl(path: string, { base, origin }: { base: string; origin: string | URL }): string {
  return new URL(withBase(base, path), origin).href;
}

/**
 * The site path of a paper's short permalink.
 * @example shortPath('k3x9qa') // '/p/k3x9qa/'
 */
export function shortPath(shortId: string): string {
  return `/p/${shortId}/`;
}
