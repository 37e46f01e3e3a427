import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { qrModules } from '../../src/lib/links/qr.ts';
import { siteUrls } from '../../src/lib/links/site-urls.ts';
import { qrFile, redirectPage, shortLinkFiles, shortLinkTable, type ShortLink } from '../../src/lib/links/short-link-files.ts';

const link: ShortLink = {
  id: 'k3x9qa',
  slug: 'mamba',
  title: 'Mamba: <script>alert(1)</script> & "friends"',
  page: '/survey/papers/mamba/',
  short: 'https://example.org/survey/p/k3x9qa/',
};

/** The attributes of the first element named `tag` in an HTML document. */
function attributesOf(html: string, tag: string, where: (attrs: Record<string, string>) => boolean = () => true): Record<string, string> | undefined {
  type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
  const stack: Node[] = [parse(html) as unknown as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === tag) {
      const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
      if (where(attrs)) return attrs;
    }
    stack.push(...(node.childNodes ?? []));
  }
  return undefined;
}

describe('redirectPage', () => {
  it('refreshes at once to the paper page and links it for clients that ignore the refresh', () => {
    const html = redirectPage(link);
    expect(attributesOf(html, 'meta', (a) => a['http-equiv'] === 'refresh')?.content).toBe('0; url=/survey/papers/mamba/');
    expect(attributesOf(html, 'a')?.href).toBe('/survey/papers/mamba/');
    expect(attributesOf(html, 'meta', (a) => a.name === 'robots')?.content).toBe('noindex');
  });

  it('declares the site icon, so a browser following it asks for no /favicon.ico (a 404 the README walk saw)', () => {
    const icon = attributesOf(redirectPage(link), 'link', (a) => a.rel === 'icon')?.href;
    expect(new URL(icon!, 'https://example.org/survey/p/k3x9qa/').pathname).toBe('/survey/favicon.svg');
  });

  it('shows the title as text, never as markup', () => {
    const html = redirectPage(link);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>Mamba: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;</title>');
  });

  it('points its canonical link at the absolute page URL when there is one, else at the page path', () => {
    expect(attributesOf(redirectPage(link), 'link')?.href).toBe('/survey/papers/mamba/');
    const withSite = { ...link, canonical: 'https://example.org/survey/papers/mamba/' };
    expect(attributesOf(redirectPage(withSite), 'link')?.href).toBe('https://example.org/survey/papers/mamba/');
  });
});

describe('shortLinkFiles', () => {
  it('yields the table, then one redirect page and one QR file per link, at the paths the site links to', () => {
    const other = { ...link, id: 'zz9922', slug: 'other' };
    const files = [...shortLinkFiles({ links: [link, other] })];
    expect(files.map((file) => file.path)).toEqual(['p/index.json', 'p/k3x9qa/index.html', 'papers/mamba/qr.svg', 'p/zz9922/index.html', 'papers/other/qr.svg']);
    expect(JSON.parse(files[0]!.contents)).toEqual({ links: [link, other] });
  });

  it('writes a standalone SVG file whose code encodes the absolute short URL', () => {
    const svg = qrFile(link);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const { size } = qrModules(link.short);
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(svg).toContain(`<title>QR code for ${link.short}</title>`);
  });
});

describe('shortLinkTable', () => {
  const papers = [{ slug: 'mamba', shortId: 'k3x9qa', titleRepaired: 'Mamba' }];

  it('points each short link at the paper page under the base, with absolute short URLs from the origin', () => {
    expect(shortLinkTable(papers, siteUrls({ base: '/survey/', origin: 'http://localhost:4321' }))).toEqual({
      links: [{ id: 'k3x9qa', slug: 'mamba', title: 'Mamba', page: '/survey/papers/mamba/', short: 'http://localhost:4321/survey/p/k3x9qa/' }],
    });
  });

  it('gives redirects an absolute canonical link only when the site origin is known', () => {
    const [row] = shortLinkTable(papers, siteUrls({ base: '/', origin: 'https://example.org', site: 'https://example.org' })).links;
    expect(row).toMatchObject({ page: '/papers/mamba/', canonical: 'https://example.org/papers/mamba/', short: 'https://example.org/p/k3x9qa/' });
  });
});
