import { describe, expect, it } from 'vitest';
import { arxivAbsUrl, arxivPdfUrl, authorSearchPath, doiUrl, paperAccessLinks, pdfUrlOf, titleSearchLinks, webUrl, type LinkedPaper } from '../../src/lib/links/paper-links.ts';
import { parseSearchState } from '../../src/lib/search/state.ts';

const known = (overrides: Partial<LinkedPaper>): LinkedPaper => ({ doi: null, arxiv: null, paperUrl: null, pdf: null, ...overrides });
const urlsOf = (paper: LinkedPaper) => paperAccessLinks(paper).map((link) => `${link.kind} ${link.url}`);

describe('webUrl', () => {
  it('keeps http(s) addresses, normalized by the URL parser', () => {
    expect(webUrl('https://arxiv.org/abs/2312.00752')).toBe('https://arxiv.org/abs/2312.00752');
    expect(webUrl('  https://example.org/a  ')).toBe('https://example.org/a');
    expect(webUrl('https://example.org/a b')).toBeNull(); // a space inside is no address
    expect(webUrl('HTTPS://Example.ORG/paper?x=<1>')).toBe('https://example.org/paper?x=%3C1%3E');
  });

  it('never links another scheme, a path, a credential or a control character', () => {
    for (const value of ['javascript:alert(1)', 'JavaScript://%0Aalert(1)', ' javascript:alert(1)', 'data:text/html,<script>', 'file:///home/ana/paper.pdf', 'vbscript:x', '/home/ana/paper.pdf', 'www.example.org', 'https://', 'https://user:pw@example.org/', 'https://example.org/\u0000x', 'https://exa\nmple.org/', '', null, undefined]) {
      expect(webUrl(value), String(value)).toBeNull();
    }
  });
});

describe('identifier links', () => {
  it('resolves a DOI at doi.org, percent-encoding all but its slashes', () => {
    expect(doiUrl('10.1145/3394486.3403172')).toBe('https://doi.org/10.1145/3394486.3403172');
    expect(doiUrl('10.1002/(SICI)1097-4636(199706)35:4<409::AID-JBM2>3.0.CO;2-F')).toBe('https://doi.org/10.1002/(SICI)1097-4636(199706)35%3A4%3C409%3A%3AAID-JBM2%3E3.0.CO%3B2-F');
    expect(doiUrl('10.1000/a"onclick=x#y')).toBe('https://doi.org/10.1000/a%22onclick%3Dx%23y');
    expect(doiUrl('javascript:alert(1)')).toBeNull();
    expect(doiUrl('doi 10.1000/x')).toBeNull();
  });

  it('links arXiv abstracts and PDFs of new- and old-style ids only', () => {
    expect(arxivAbsUrl('2312.00752')).toBe('https://arxiv.org/abs/2312.00752');
    expect(arxivPdfUrl('2312.00752')).toBe('https://arxiv.org/pdf/2312.00752');
    expect(arxivAbsUrl('hep-th/9901001')).toBe('https://arxiv.org/abs/hep-th/9901001');
    expect(arxivAbsUrl('math.AG/0601001')).toBe('https://arxiv.org/abs/math.AG/0601001');
    expect(arxivAbsUrl('../../evil')).toBeNull();
    expect(arxivPdfUrl('2312.00752?x=1')).toBeNull();
  });
});

describe('paperAccessLinks', () => {
  it('gives an arXiv paper its abstract page and its PDF', () => {
    expect(paperAccessLinks(known({ arxiv: '2312.00752', paperUrl: 'https://arxiv.org/abs/2312.00752' }))).toEqual([
      { kind: 'arxiv', label: 'arXiv', detail: '2312.00752', url: 'https://arxiv.org/abs/2312.00752' },
      { kind: 'arxiv-pdf', label: 'PDF', detail: 'arXiv', url: 'https://arxiv.org/pdf/2312.00752' },
    ]);
  });

  it('puts the DOI first, and leaves out arXiv’s own DOI and a second arXiv PDF', () => {
    expect(urlsOf(known({ doi: '10.5555/3648699.3648819', arxiv: '2101.03961', pdf: 'https://arxiv.org/pdf/2101.03961v3.pdf' }))).toEqual([
      'doi https://doi.org/10.5555/3648699.3648819',
      'arxiv https://arxiv.org/abs/2101.03961',
      'arxiv-pdf https://arxiv.org/pdf/2101.03961',
    ]);
    expect(urlsOf(known({ doi: '10.48550/arXiv.2106.09685', arxiv: '2106.09685' }))).toEqual(['arxiv https://arxiv.org/abs/2106.09685', 'arxiv-pdf https://arxiv.org/pdf/2106.09685']);
  });

  it("links the paper's own address only without an identifier, and its PDF when it names one", () => {
    expect(urlsOf(known({ doi: '10.1000/x', paperUrl: 'https://publisher.example/x', pdf: 'https://publisher.example/x.pdf' }))).toEqual(['doi https://doi.org/10.1000/x', 'pdf https://publisher.example/x.pdf']);
    expect(paperAccessLinks(known({ paperUrl: 'https://jmlr.org/papers/v23/21-0998.html' }))).toEqual([{ kind: 'page', label: 'Paper', detail: 'jmlr.org/papers/v23/21-0998.html', url: 'https://jmlr.org/papers/v23/21-0998.html' }]);
    expect(urlsOf(known({ paperUrl: 'https://example.org/a.pdf', pdf: 'https://example.org/a.pdf' }))).toEqual(['page https://example.org/a.pdf']);
  });

  it('links nothing that is not an identifier or a web address', () => {
    expect(paperAccessLinks(known({ doi: 'javascript:alert(1)', arxiv: 'javascript:alert(1)', paperUrl: 'javascript:alert(1)', pdf: 'file:///home/ana/a.pdf' }))).toEqual([]);
    expect(paperAccessLinks(known({}))).toEqual([]);
  });
});

describe('pdfUrlOf', () => {
  it("is arXiv's PDF, else the paper's own web PDF, else none", () => {
    expect(pdfUrlOf(known({ arxiv: '2312.00752', pdf: 'https://example.org/a.pdf' }))).toBe('https://arxiv.org/pdf/2312.00752');
    expect(pdfUrlOf(known({ pdf: 'https://example.org/a.pdf' }))).toBe('https://example.org/a.pdf');
    expect(pdfUrlOf(known({ pdf: 'javascript:alert(1)' }))).toBeNull();
  });
});

describe('titleSearchLinks', () => {
  it('searches four sites for the title, encoded whole', () => {
    const links = titleSearchLinks('Model Soups: averaging  weights & more?');
    const q = 'Model%20Soups%3A%20averaging%20weights%20%26%20more%3F';
    expect(links.map((link) => link.url)).toEqual([
      `https://arxiv.org/search/?query=${q}&searchtype=title`,
      `https://www.semanticscholar.org/search?q=${q}`,
      `https://scholar.google.com/scholar?q=${q}`,
      `https://huggingface.co/papers?q=${q}`,
    ]);
    expect(links.map((link) => link.label)).toEqual(['arXiv', 'Semantic Scholar', 'Google Scholar', 'Hugging Face Papers']);
  });

  it('keeps markup and quotes from seeds inside the query', () => {
    for (const { url } of titleSearchLinks('<script>"x"</script> #frag')) {
      expect(url).not.toMatch(/[<>"# ]/);
      expect(new URL(url).searchParams.get(url.includes('arxiv') ? 'query' : 'q')).toBe('<script>"x"</script> #frag');
    }
  });
});

describe('authorSearchPath', () => {
  it("searches the survey for the name as a phrase, which the search page reads back", () => {
    expect(authorSearchPath('Albert Gu')).toBe('/search/?q=%22Albert%20Gu%22');
    expect(parseSearchState(authorSearchPath('Łukasz Kaiser').split('?')[1]!).q).toBe('"Łukasz Kaiser"');
    expect(authorSearchPath('Dwayne "The Rock" Johnson')).toBe('/search/?q=%22Dwayne%20The%20Rock%20Johnson%22');
  });
});
