import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { searchDocument, type SearchablePaper } from '../../src/lib/search/document.ts';
import { authorNames } from '../../src/lib/search/meta-fields.ts';

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

/** Every element of a document, in document order. */
function elements(html: string): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.attrs) found.push(node);
    node.childNodes?.forEach(visit);
  };
  visit(parse(html) as unknown as Node);
  return found;
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join(''));

const paper: SearchablePaper = {
  shortId: '2vfvw8',
  titleRepaired: 'Mamba <img src=x onerror=alert(1)> & "S4"',
  abstractRepaired: 'We use <b>selective</b> state spaces, $O(n \\log n)$ in length, 5× faster.',
  topics: ['ssm', 'efficient-attention'],
  leads: ['ssm'],
  links: [{ url: 'https://a.org/', kind: 'project' }, { url: 'https://github.com/a/b', kind: 'code' }],
  authors: [{ family: 'Gu', given: 'Albert' }, { literal: 'Tri <b>Dao</b>' }, { family: 'Ré', given: 'Christopher' }],
  year: 2023,
  venue: 'Proceedings of ICML,\n  PMLR: "Volume" 202',
};
const dumpOnly: SearchablePaper = { ...paper, authors: [], year: null, venue: null };

describe('searchDocument', () => {
  it('gives Pagefind the title as the weighted result title and the abstract as text', () => {
    const nodes = elements(searchDocument(paper));
    const h1 = nodes.find((n) => n.nodeName === 'h1')!;
    expect(attr(h1, 'data-pagefind-meta')).toBe('title');
    expect(Number(attr(h1, 'data-pagefind-weight'))).toBeGreaterThan(1);
    expect(text(h1)).toBe(paper.titleRepaired);
    // What readers see: the repaired text, its formula written out as the excerpt can show it.
    expect(text(nodes.find((n) => n.nodeName === 'p')!)).toBe('We use <b>selective</b> state spaces, O(n log n) in length, 5× faster.');
    expect(nodes.find((n) => n.nodeName === 'article')!.attrs!.some((a) => a.name === 'data-pagefind-body')).toBe(true);
  });

  it('keeps markup in seed text as text: no element comes from it', () => {
    const names = elements(searchDocument(paper)).map((n) => n.nodeName);
    expect(names).not.toContain('img');
    expect(names).not.toContain('b');
  });

  it('declares one facet per topic, the topics it leads, whether code is linked, the year and the venue', () => {
    const facets = (p: SearchablePaper) => elements(searchDocument(p)).flatMap((n) => attr(n, 'data-pagefind-filter') ?? []);
    expect(facets(paper)).toEqual(['topic:ssm', 'topic:efficient-attention', 'lead:ssm', 'code:yes', 'year:2023', 'venue:Proceedings of ICML, PMLR: "Volume" 202']);
    expect(facets({ ...dumpOnly, topics: [], leads: [], links: [{ url: 'https://a.org/', kind: 'project' }] })).toEqual(['code:no']);
  });

  it('makes the authors and the venue searchable metadata fields, the authors kept apart by a mark', () => {
    const meta = (p: SearchablePaper) => elements(searchDocument(p)).flatMap((n) => attr(n, 'data-pagefind-meta') ?? []);
    const [title, authors, venue, id] = meta(paper);
    expect(title).toBe('title');
    expect(authors).toBe('authors:Albert Gu · Tri <b>Dao</b> · Christopher Ré');
    expect(authorNames(authors!.slice('authors:'.length))).toEqual(['Albert Gu', 'Tri <b>Dao</b>', 'Christopher Ré']);
    // Pagefind reads everything after the first colon as the value: commas and colons in a venue stay in it.
    expect(venue).toBe('venue:Proceedings of ICML, PMLR: "Volume" 202');
    expect(id).toBe('id:2vfvw8'); // the short id a result's "Add to list" button needs
    expect(meta(dumpOnly)).toEqual(['title', 'id:2vfvw8']);
    // Markup in a name is text in an attribute, never an element.
    expect(elements(searchDocument(paper)).map((n) => n.nodeName)).not.toContain('b');
  });

  it('starts the abstract under a heading the client finds by its id, after the title and metadata', () => {
    const nodes = elements(searchDocument(paper));
    const heading = nodes.find((n) => n.nodeName === 'h2')!;
    expect(attr(heading, 'id')).toBe('abstract-heading');
    expect(nodes.indexOf(heading)).toBeGreaterThan(nodes.findIndex((n) => attr(n, 'data-pagefind-meta')?.startsWith('authors:')));
  });
});

describe('searchDocument: British spellings', () => {
  it('adds the American spelling of British words between the facets and the abstract heading, the title\'s weighted like the title', () => {
    const html = searchDocument({ ...paper, titleRepaired: 'Quantisation of Colour Models', abstractRepaired: 'We study quantisation and modelling; optimization stays.' });
    const nodes = elements(html);
    const heading = nodes.findIndex((n) => attr(n, 'id') === 'abstract-heading');
    const added = nodes.slice(0, heading).filter((n) => n.nodeName === 'p');
    expect(added.map((n) => [text(n), attr(n, 'data-pagefind-weight')])).toEqual([
      ['quantization color', '10'],
      ['modeling', undefined],
    ]);
    // An American text adds nothing.
    expect(elements(searchDocument(paper)).filter((n) => n.nodeName === 'p')).toHaveLength(1);
  });
});
