import { NO_METADATA, type Paper } from '../../src/lib/schemas/paper.ts';

/**
 * A whole `Paper` for tests that need one: a title, its topics and whatever text the test is
 * about; every field no test sets is empty (no metadata, no links, no related papers, the map's
 * centre).
 */
export function testPaper(fields: Pick<Paper, 'slug' | 'shortId' | 'title' | 'abstract' | 'abstractRepaired' | 'gist' | 'topics'> & Partial<Paper>): Paper {
  return {
    titleRepaired: fields.title,
    sources: [{ file: 'a.txt', line: 1 }],
    links: [],
    related: [],
    map: { x: 0.5, y: 0.5 },
    relatedTerms: [],
    ...NO_METADATA,
    ...fields,
  };
}
