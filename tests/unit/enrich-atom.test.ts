import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MalformedFeedError, parseArxivFeed, type ArxivEntry } from '../../src/lib/enrich/atom.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/arxiv', name), 'utf8');
const entriesOf = (xml: string): ArxivEntry[] => {
  const feed = parseArxivFeed(xml);
  if (feed.kind !== 'entries') throw new Error(`expected entries, got an error: ${feed.message}`);
  return feed.entries;
};

describe('parseArxivFeed', () => {
  it('reads every entry in order, ids without versions, wrapped titles and abstracts on one line', () => {
    const entries = entriesOf(fixture('lowrank-match.xml'));
    expect(entries.map((entry) => entry.id)).toEqual(['2405.00009', '2401.00001']);
    expect(entries[1]).toEqual({
      id: '2401.00001',
      title: 'Low-rank adapters for frozen language models',
      summary: 'We adapt a frozen language model by training two small matrices per layer. The adapters add 0.1% parameters & match full fine-tuning on five tasks.',
      authors: ['Ada Lovelace', 'Alan M. Turing', 'Grace Hopper'],
      year: 2024,
      month: 1,
      primaryCategory: 'cs.CL',
      doi: null,
      journalRef: null,
    });
  });

  it('reads arxiv:doi, arxiv:journal_ref and character references', () => {
    const [entry] = entriesOf(fixture('sparse-doi-journal.xml'));
    expect(entry).toMatchObject({
      id: '2402.00002',
      title: 'Sparse Experts -- Routing at Scale',
      authors: ['José Müller', 'Chen Wei'],
      year: 2024,
      month: 2,
      doi: '10.1234/sparse.2024.1',
      journalRef: 'J. Sparse Models 3 (2024) 1-20',
    });
    expect(entry!.summary).toContain('$O(n \\log n)$ with 50% fewer {active} experts');
  });

  it('reads two papers with the same title as two entries', () => {
    const entries = entriesOf(fixture('continual-ambiguous.xml'));
    expect(entries.map(({ id, title }) => [id, title])).toEqual([
      ['1901.00003', 'Continual Learning without Forgetting'],
      ['2001.00004', 'Continual learning without forgetting'],
    ]);
  });

  it('reads a feed without entries as no result', () => {
    expect(parseArxivFeed(fixture('empty.xml'))).toEqual({ kind: 'entries', entries: [] });
    expect(parseArxivFeed('<feed xmlns="http://www.w3.org/2005/Atom"/>')).toEqual({ kind: 'entries', entries: [] });
  });

  it('reads the error feed as an error with its message, not as a paper titled "Error"', () => {
    expect(parseArxivFeed(fixture('error.xml'))).toEqual({ kind: 'error', message: 'max_results must be an integer' });
  });

  it('keeps a numeric title as text and old-style ids whole', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/hep-th/9901001v2</id><title>1984</title><published>1999-01-01T00:00:00Z</published></entry></feed>`;
    expect(entriesOf(xml)[0]).toMatchObject({ id: 'hep-th/9901001', title: '1984', year: 1999, month: 1, authors: [], summary: '', primaryCategory: null });
  });

  it('keeps only a well-formed DOI, the first of several', () => {
    const feed = (doi: string) => `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"><entry><id>http://arxiv.org/abs/2101.00001v1</id><title>T</title><arxiv:doi>${doi}</arxiv:doi></entry></feed>`;
    expect(entriesOf(feed('10.1/a 10.2/b'))[0]!.doi).toBe('10.1/a');
    expect(entriesOf(feed('not a doi'))[0]!.doi).toBeNull();
  });

  it.each([
    ['plain text', 'Rate exceeded.', /not XML/],
    ['an HTML page', '<html><body><h1>503 Service Unavailable</h1></body></html>', /not an Atom feed/],
    ['a truncated feed', fixture('lowrank-match.xml').slice(0, 900), /not XML/],
    ['an entry that is not an arXiv paper', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://example.org/x</id><title>T</title></entry></feed>', /entry 1 has no arXiv abstract address/],
    ['an entry without a title', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2101.00001v1</id></entry></feed>', /has no title/],
  ])('calls %s malformed', (_, body, message) => {
    expect(() => parseArxivFeed(body)).toThrow(MalformedFeedError);
    expect(() => parseArxivFeed(body)).toThrow(message);
  });
});
