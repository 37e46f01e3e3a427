import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { searchDocument, type SearchablePaper } from '../../src/lib/search/document.ts';

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
  titleRepaired: 'Mamba <img src=x onerror=alert(1)> & "S4"',
  abstractRepaired: 'We use <b>selective</b> state spaces, $O(n \\log n)$ in length, 5× faster.',
  topics: ['ssm', 'efficient-attention'],
  links: [{ url: 'https://a.org/', kind: 'project' }, { url: 'https://github.com/a/b', kind: 'code' }],
};

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

  it('declares one facet per topic and whether code is linked', () => {
    const facets = (p: typeof paper) => elements(searchDocument(p)).flatMap((n) => attr(n, 'data-pagefind-filter') ?? []);
    expect(facets(paper)).toEqual(['topic:ssm', 'topic:efficient-attention', 'code:yes']);
    expect(facets({ ...paper, topics: [], links: [{ url: 'https://a.org/', kind: 'project' }] })).toEqual(['code:no']);
  });
});
