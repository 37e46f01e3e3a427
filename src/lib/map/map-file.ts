import type { Paper } from '../schemas/paper.ts';

/** One point of `map.json`: a paper, where it sits (x and y in [0, 1]) and its main topic (or null). */
export interface MapRecord {
  slug: string;
  x: number;
  y: number;
  topic: string | null;
}

/**
 * The map's coordinates for others to plot their way (`dist/map.json`), by slug.
 * @example mapRecords([{ slug: 'mamba', map: { x: 0.2, y: 0.7 }, topics: ['ssm', 'efficient-architectures'] }]) // [{ slug: 'mamba', x: 0.2, y: 0.7, topic: 'ssm' }]
 */
export function mapRecords(papers: readonly Pick<Paper, 'slug' | 'map' | 'topics'>[]): MapRecord[] {
  return [...papers]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map(({ slug, map, topics }) => ({ slug, x: map.x, y: map.y, topic: topics[0] ?? null }));
}
