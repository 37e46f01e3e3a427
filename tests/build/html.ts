import { parse } from 'parse5';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; content?: Node };

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/** Every element of an HTML document, as the browser's parser sees it. */
export function elementsOf(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: Node) => {
    if (node.tagName) {
      found.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(node) });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return found;
}
