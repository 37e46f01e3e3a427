import type { OutputFile } from '../output-file.ts';
import type { Paper } from '../schemas/paper.ts';
import type { MiniMap } from '../schemas/mini-map.ts';
import { mapFamilies, type FamilyTopic } from './families.ts';
import { miniMapPath } from './mini-map-path.ts';
import { MapGrid, neighbourhood } from './neighbourhood.ts';

export type MiniMapPaper = Pick<Paper, 'shortId' | 'map' | 'topics'>;

/**
 * Each paper's small map, `p/<id>/map.json`: the paper among its nearest papers, coloured by
 * its main topic's family as on the survey map (src/data/map.ts). A file of its own, not a
 * prop of the paper page, so an abstract edit that moves the map leaves paper pages' HTML
 * (and their cache keys) alone. Pure: same survey, same bytes.
 */
export function* miniMapFiles(papers: readonly MiniMapPaper[], topics: readonly FamilyTopic[]): Generator<OutputFile> {
  const main = papers.map((paper) => paper.topics[0] ?? null);
  const { colourOf } = mapFamilies(topics, main);
  const grid = new MapGrid(papers.map((paper, i) => ({ ...paper.map, colour: colourOf(main[i]!) })));
  for (const [i, paper] of papers.entries()) {
    const file: MiniMap = { points: neighbourhood(grid, i) };
    yield { path: miniMapPath(paper.shortId).slice(1), contents: JSON.stringify(file) };
  }
}
