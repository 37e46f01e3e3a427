import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { markdownLink } from '../../src/lib/exports/citation.ts';

type Node = DefaultTreeAdapterMap['node'];
const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** Renders markdown the way the site does and returns every link as { text, href }. */
async function renderedLinks(markdown: string) {
  const processor = await createMarkdownProcessor({ smartypants: false, syntaxHighlight: false });
  const { code } = await processor.render(markdown);
  const links: { text: string; href: string }[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === 'a') {
      const element = node as DefaultTreeAdapterMap['element'];
      links.push({ text: textOf(element), href: element.attrs.find((a) => a.name === 'href')!.value });
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(code));
  return links;
}

const URL = 'https://example.org/survey/papers/model-soups/';

describe('markdownLink', () => {
  it('is [title](url)', () => {
    expect(markdownLink('Model Soups', URL)).toBe(`[Model Soups](${URL})`);
  });

  it('escapes brackets and backslashes in the title', () => {
    expect(markdownLink('[RE] a\\b', URL)).toBe(`[\\[RE\\] a\\\\b](${URL})`);
  });

  it('percent-encodes parentheses and spaces in the url', () => {
    expect(markdownLink('X', 'https://example.org/a (b)/')).toBe('[X](https://example.org/a%20%28b%29/)');
  });

  it('puts a title on one line', () => {
    expect(markdownLink(' Model\n\nSoups ', URL)).toBe(`[Model Soups](${URL})`);
  });

  it.each([
    'Model Soups',
    '[RE] Attention Is All You Need]',
    'Back\\slash and ](javascript:alert(1))',
    'Emphasis *not* _here_ and `no code` ]',
    '<script>alert(1)</script> & AT&amp;T &copy;',
    'x_y_z: ~~strike~~ ![image](x.png)',
  ])('renders as one link whose text is exactly the title: %s', async (title) => {
    const url = 'https://example.org/survey/papers/a (b)/';
    const href = 'https://example.org/survey/papers/a%20%28b%29/';
    expect(await renderedLinks(markdownLink(title, url))).toEqual([{ text: title, href }]);
  });
});
