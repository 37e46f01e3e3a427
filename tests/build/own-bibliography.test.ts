import { parse } from '@retorquere/bibtex-parser';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './build-helpers.ts';
import { elementsOf, type HtmlElement } from './html.ts';

/**
 * A survey built from a page dump and the researcher's own .bib (tests/fixtures/own-bibliography):
 * the dump's Mamba merges with their entry, which keeps its citekey and fields; the other
 * entries bring a journal with a DOI and PDF, a conference paper with eight authors, and
 * addresses that are scripts.
 */
describe('a seeds folder with a page dump and a .bib of ones own', () => {
  let build: BuildResult;
  let papers: { slug: string; title: string; citekey: string | null; year: number | null }[];
  const page = (title: string): HtmlElement[] => {
    const paper = papers.find((p) => p.title === title);
    expect(paper, title).toBeDefined();
    return elementsOf(readFileSync(join(build.outDir, 'papers', paper!.slug, 'index.html'), 'utf8'));
  };
  const meta = (elements: HtmlElement[], name: string) => elements.filter((e) => e.tag === 'meta' && e.attrs.name === name).map((e) => e.attrs.content);
  /** What a copy field holds: a textarea's text or an input's value; undefined when the page has no such field. */
  const copied = (elements: HtmlElement[], id: string) => {
    const field = elements.find((e) => e.attrs.id === id);
    return field?.tag === 'textarea' ? field.text : field?.attrs.value;
  };
  const hrefs = (elements: HtmlElement[]) => elements.filter((e) => e.tag === 'a').map((e) => e.attrs.href ?? '');

  beforeAll(() => {
    build = buildSite(join(import.meta.dirname, '../fixtures/own-bibliography'));
    papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8'));
  });
  afterAll(() => rmSync(dirname(build.outDir), { recursive: true, force: true }));

  it('builds, the dump and the .bib entry of Mamba merged into one paper', () => {
    expect(build.status, build.output).toBe(0);
    expect(papers).toHaveLength(5);
    expect(papers.find((p) => p.title.startsWith('Mamba'))).toMatchObject({ citekey: 'guMambaLinearTimeSequence2023', year: 2023 });
  });

  it("copies the author's own entry: their citekey and fields, without the abstract or their disk's paths", () => {
    const bibtex = copied(page('Mamba: Linear-Time Sequence Modeling with Selective State Spaces'), 'copy-bibtex')!;
    expect(bibtex).toMatch(/^@misc\{guMambaLinearTimeSequence2023,\n/);
    expect(bibtex).toContain('  title = {Mamba: {{Linear-Time Sequence Modeling}} with {{Selective State Spaces}}}');
    expect(bibtex).toContain('  primaryclass = {cs}');
    expect(bibtex).not.toMatch(/abstract|Zotero|\bfile\s*=/);
    const library = parse(bibtex, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(['guMambaLinearTimeSequence2023']);
  });

  it('shows the short citation, and the authors each linking to a search for them', () => {
    const mamba = page('Mamba: Linear-Time Sequence Modeling with Selective State Spaces');
    expect(copied(mamba, 'copy-citation')).toBe('Gu and Dao, 2023');
    expect(hrefs(mamba)).toEqual(expect.arrayContaining(['/search/?q=%22Albert%20Gu%22', '/search/?q=%22Tri%20Dao%22', 'https://arxiv.org/abs/2312.00752', 'https://arxiv.org/pdf/2312.00752']));
  });

  it('links a journal paper by its DOI and its PDF, and tells Google Scholar the journal', () => {
    const switchT = page('Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity');
    expect(hrefs(switchT)).toEqual(expect.arrayContaining(['https://doi.org/10.5555/3586589.3586709', 'https://jmlr.org/papers/volume23/21-0998/21-0998.pdf']));
    expect(meta(switchT, 'citation_author')).toEqual(['Fedus, William', 'Zoph, Barret', 'Shazeer, Noam']);
    expect(meta(switchT, 'citation_journal_title')).toEqual(['Journal of Machine Learning Research']);
    expect(meta(switchT, 'citation_doi')).toEqual(['10.5555/3586589.3586709']);
    expect(meta(switchT, 'citation_pdf_url')).toEqual(['https://jmlr.org/papers/volume23/21-0998/21-0998.pdf']);
    expect(meta(switchT, 'citation_publication_date')).toEqual(['2022']);
    expect(copied(switchT, 'copy-citation')).toBe('Fedus et al., Journal of Machine Learning Research 2022');
  });

  it('names a conference, and folds all but five of eight authors into "et al."', () => {
    const conference = page('A Conference Paper With Many Authors');
    expect(meta(conference, 'citation_conference_title')).toEqual(['Proceedings of the Conference on Fixture Learning']);
    expect(meta(conference, 'citation_author')).toHaveLength(8);
    const authorLinks = conference.filter((e) => e.tag === 'a' && e.attrs.href?.startsWith('/search/?q='));
    expect(authorLinks.map((a) => a.text)).toEqual(['Ada Lee', 'Bo Kim', 'Cy Park', 'Dee Choi', 'Eun Jung', 'Fay Kang', 'Gil Yoon', 'Hae Han']);
    const details = conference.find((e) => e.tag === 'details' && 'data-more-authors' in e.attrs);
    expect(details?.text).toMatch(/^et al\. \(show all 8\)and 3 more: Fay Kang, Gil Yoon, Hae Han$/);
  });

  it('links no address that is a script, and offers searches for the title instead', () => {
    const hostile = page('Hostile Links in a Bibliography');
    expect(hrefs(hostile).filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(hrefs(hostile)).toEqual(expect.arrayContaining(['https://arxiv.org/search/?query=Hostile%20Links%20in%20a%20Bibliography&searchtype=title', 'https://scholar.google.com/scholar?q=Hostile%20Links%20in%20a%20Bibliography']));
    expect(meta(hostile, 'citation_pdf_url')).toEqual([]);
  });

  it('gives a paper known from the dump alone no author line, no date, no short citation, and a @misc entry with its page', () => {
    const dumpOnly = page('A Paper Known Only By Its Title');
    expect(dumpOnly.filter((e) => 'data-authors' in e.attrs || 'data-published' in e.attrs)).toEqual([]);
    expect(copied(dumpOnly, 'copy-citation')).toBeUndefined();
    expect(meta(dumpOnly, 'citation_author')).toEqual([]);
    expect(copied(dumpOnly, 'copy-bibtex')).toMatch(/^@misc\{paperknown,\n {2}title = \{\{A Paper Known Only By Its Title\}\},\n {2}url = \{http[^}]+\/papers\/a-paper-known-only-by-its-title\/\},\n {2}howpublished = /);
  });

  it('charts the years the bibliography gives, the undated counted apart', () => {
    const home = elementsOf(readFileSync(join(build.outDir, 'index.html'), 'utf8'));
    const bars = home.filter((e) => e.tag === 'g' && 'data-year' in e.attrs).map((e) => [Number(e.attrs['data-year']), Number(e.attrs['data-count'])]);
    expect(bars).toEqual([
      [2020, 1],
      [2021, 0],
      [2022, 1],
      [2023, 1],
    ]);
    expect(home.find((e) => 'data-year-summary' in e.attrs)?.text).toBe('3 papers from 2020 to 2023, most in 2023 (1). 2 papers have no year.');
  });
});
