import { describe, expect, it } from 'vitest';
import { miniMapFiles, type MiniMapPaper } from '../../src/lib/map/mini-map-files.ts';
import { miniMapSchema } from '../../src/lib/schemas/mini-map.ts';

// Three clusters on a unit map: a paper's small map must show its own cluster around it.
const papers: MiniMapPaper[] = [];
for (const [cx, cy, topic] of [[0.1, 0.1, 'a'], [0.9, 0.1, 'b'], [0.5, 0.9, 'c']] as const) {
  for (let k = 0; k < 20; k++) papers.push({ shortId: `${topic}${String(k).padStart(5, '0')}`, map: { x: cx + (k % 5) * 0.01, y: cy + Math.floor(k / 5) * 0.01 }, topics: [topic] });
}
const topics = ['a', 'b', 'c'].map((id) => ({ id, title: id.toUpperCase() }));

describe('miniMapFiles', () => {
  const files = [...miniMapFiles(papers, topics)];

  it('writes one valid file per paper at p/<id>/map.json', () => {
    expect(files.map((f) => f.path)).toEqual(papers.map((p) => `p/${p.shortId}/map.json`));
    for (const file of files) expect(() => miniMapSchema.parse(JSON.parse(String(file.contents)))).not.toThrow();
  });

  it('centres the paper, ringed once, among its nearest papers inside the window', () => {
    const { points } = miniMapSchema.parse(JSON.parse(String(files[0]!.contents)));
    const self = points.filter((p) => p.self);
    expect(self).toHaveLength(1);
    expect(self[0]).toMatchObject({ x: 0.5, y: 0.5 });
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1);
    }
    // Its own cluster (20 papers) comes first among the nearest: the same colour as the paper.
    const sameColour = points.filter((p) => !p.self && p.colour === self[0]!.colour).length;
    expect(sameColour).toBeGreaterThanOrEqual(19);
  });

  it('gives the same bytes for the same survey', () => {
    expect([...miniMapFiles(papers, topics)].map((f) => f.contents)).toEqual(files.map((f) => f.contents));
  });
});
