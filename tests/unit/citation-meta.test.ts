import { describe, expect, it } from 'vitest';
import { citationAuthor, citationMetaTags, type CitationMetaPaper } from '../../src/lib/exports/citation-meta.ts';

const PAGE = 'https://example.org/papers/mamba/';
const paper = (overrides: Partial<CitationMetaPaper> = {}): CitationMetaPaper => ({
  titleRepaired: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
  authors: [],
  year: null,
  month: null,
  venue: null,
  doi: null,
  arxiv: null,
  pdf: null,
  paperUrl: null,
  type: null,
  ...overrides,
});
const pairs = (p: CitationMetaPaper) => citationMetaTags(p, PAGE).map(({ name, content }) => `${name}=${content}`);

describe('citationAuthor', () => {
  it('writes "Family, Given", or the literal name as written', () => {
    expect(citationAuthor({ family: 'Gu', given: 'Albert' })).toBe('Gu, Albert');
    expect(citationAuthor({ family: 'Plato' })).toBe('Plato');
    expect(citationAuthor({ literal: ' Albert Gu ' })).toBe('Albert Gu');
  });
});

describe('citationMetaTags', () => {
  it('describes an arXiv paper: one author tag each, YYYY/MM, its id and arXiv PDF, no preprint server as journal', () => {
    expect(pairs(paper({ authors: [{ literal: 'Albert Gu' }, { literal: 'Tri Dao' }], year: 2023, month: 12, venue: 'arXiv', arxiv: '2312.00752', type: 'article' }))).toEqual([
      'citation_title=Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      'citation_author=Albert Gu',
      'citation_author=Tri Dao',
      'citation_publication_date=2023/12',
      'citation_arxiv_id=2312.00752',
      'citation_pdf_url=https://arxiv.org/pdf/2312.00752',
      `citation_abstract_html_url=${PAGE}`,
      `citation_public_url=${PAGE}`,
    ]);
  });

  it('names a journal or a conference by the entry type, with the DOI and a web PDF', () => {
    const journal = pairs(paper({ authors: [{ family: 'Fedus', given: 'William' }], year: 2022, venue: 'Journal of Machine Learning Research', type: 'article', doi: '10.5555/3586589.3586709', pdf: 'https://jmlr.org/papers/volume23/21-0998/21-0998.pdf' }));
    expect(journal).toContain('citation_journal_title=Journal of Machine Learning Research');
    expect(journal).toContain('citation_publication_date=2022');
    expect(journal).toContain('citation_doi=10.5555/3586589.3586709');
    expect(journal).toContain('citation_pdf_url=https://jmlr.org/papers/volume23/21-0998/21-0998.pdf');
    expect(journal).toContain('citation_author=Fedus, William');
    expect(pairs(paper({ venue: 'NeurIPS', type: 'inproceedings' }))).toContain('citation_conference_title=NeurIPS');
    expect(pairs(paper({ venue: 'Deep Learning Systems', type: 'incollection' }))).toContain('citation_inbook_title=Deep Learning Systems');
  });

  it('writes only the title and the page for a paper known from a page dump', () => {
    expect(pairs(paper())).toEqual([`citation_title=${paper().titleRepaired}`, `citation_abstract_html_url=${PAGE}`, `citation_public_url=${PAGE}`]);
  });

  it('names no PDF that is not a web address', () => {
    expect(pairs(paper({ pdf: 'javascript:alert(1)' })).some((tag) => tag.startsWith('citation_pdf_url'))).toBe(false);
  });
});
