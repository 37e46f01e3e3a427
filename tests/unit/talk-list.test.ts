import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { shortLinkMeant, searchWordsOf } from '../../src/lib/links/missing-address.ts';
import { qrModules } from '../../src/lib/links/qr.ts';
import { NO_METADATA } from '../../src/lib/schemas/paper.ts';
import { listPaperSchema, type ListPaper } from '../../src/lib/schemas/talk-list.ts';
import { addPaper, movePaper, normalizeShortId, readList, removePaper, togglePaper } from '../../src/lib/talk-list/list.ts';
import { listPapers, plainCitation, talkListFiles, type ListDataPaper } from '../../src/lib/talk-list/list-data.ts';
import { listPaperPath } from '../../src/lib/talk-list/paper-path.ts';
import { citeCommand, listBibtex, listCsv, listMarkdown, listText, resolveList } from '../../src/lib/talk-list/list-exports.ts';
import { readShareFragment, shareFragment, shareLink } from '../../src/lib/talk-list/share-link.ts';

const permalinks: { shortId: string }[] = JSON.parse(readFileSync(new URL('../fixtures/permalinks.json', import.meta.url), 'utf8'));
const realIds = permalinks.map((row) => row.shortId);

describe('talk list model', () => {
  it('adds at the end once, removes, toggles', () => {
    let list = addPaper({ ids: [] }, 'aaaaaa');
    list = addPaper(addPaper(list, 'bbbbbb'), 'aaaaaa');
    expect(list.ids).toEqual(['aaaaaa', 'bbbbbb']);
    expect(removePaper(list, 'aaaaaa').ids).toEqual(['bbbbbb']);
    expect(togglePaper(list, 'bbbbbb').ids).toEqual(['aaaaaa']);
    expect(togglePaper(list, 'cccccc').ids).toEqual(['aaaaaa', 'bbbbbb', 'cccccc']);
  });

  it('moves a paper up, down and past the ends without losing one', () => {
    const list = { ids: ['a', 'b', 'c', 'd'] };
    expect(movePaper(list, 2, 1).ids).toEqual(['a', 'c', 'b', 'd']);
    expect(movePaper(list, 0, 1).ids).toEqual(['b', 'a', 'c', 'd']);
    expect(movePaper(list, 3, 99).ids).toEqual(['a', 'b', 'c', 'd']);
    expect(movePaper(list, 1, -5).ids).toEqual(['b', 'a', 'c', 'd']);
    expect(movePaper(list, 7, 0)).toBe(list);
  });

  it('reads stored lists defensively, keeping unknown ids', () => {
    expect(readList(null)).toEqual({ ids: [] });
    expect(readList('x')).toEqual({ ids: [] });
    expect(readList({ ids: ['zzzzzz', 3, 'zzzzzz', 'gone99'], title: '  Talk ' })).toEqual({ ids: ['zzzzzz', 'gone99'], title: 'Talk' });
  });

  it('normalizes a short id typed in capitals, and refuses what cannot be one', () => {
    expect(normalizeShortId(' 3G3DQ3 ')).toBe('3g3dq3');
    expect(normalizeShortId('3G3DQ32')).toBe('3g3dq32');
    // 0, 1, o, l and i are not in the alphabet; too short or too long is no id either.
    for (const text of ['3g3dq0', 'abc', 'lion42', '', 'a'.repeat(13), '../x']) expect(normalizeShortId(text)).toBeUndefined();
  });
});

describe('share link', () => {
  it('carries ids in order and a title, and reads back what it wrote', () => {
    const list = { ids: ['2vfvw8', 'nfbz2j', '5re4st2'], title: 'Efficient LLMs & more: 50% #1' };
    const link = shareLink('https://example.org/survey/list/', list);
    expect(link).toBe('https://example.org/survey/list/#p=2VFVW8.NFBZ2J.5RE4ST2&t=Efficient%20LLMs%20%26%20more%3A%2050%25%20%231');
    expect(readShareFragment(new URL(link).hash)).toEqual({ ...list, invalid: [] });
  });

  it('reads lower case, commas, repeats and typing mistakes, reporting what is no id', () => {
    expect(readShareFragment('p=2vfvw8,NFBZ2J,,2vfvw8.o0o0o0')).toEqual({ ids: ['2vfvw8', 'nfbz2j'], invalid: ['o0o0o0'] });
    expect(readShareFragment('#t=only')).toBeUndefined();
    expect(readShareFragment('')).toBeUndefined();
    expect(readShareFragment('#p=')).toEqual({ ids: [], invalid: [] });
  });

  it('omits the title part when there is none', () => {
    expect(shareFragment({ ids: ['2vfvw8'] })).toBe('p=2VFVW8');
  });

  it('keeps a 20-paper list to a QR code of version 9 at level Q (53 modules) on a short origin, 10 on a GitHub Pages sub-path', () => {
    const list = { ids: realIds.slice(0, 20) };
    const version = (text: string) => (qrModules(text).size - 17) / 4;
    expect(version(shareLink('https://example.org/list/', list))).toBe(9);
    expect(version(shareLink('https://someone.github.io/efficient-dl-survey/list/', list))).toBe(10);
    // The same ids in lower case with commas (byte mode) would need two versions more.
    const lower = `https://example.org/list/#p=${list.ids.join(',')}`;
    expect(version(lower)).toBe(11);
  });
});

const paper = (slug: string, shortId: string, extra: Partial<ListDataPaper> = {}): ListDataPaper => ({
  slug,
  shortId,
  title: slug,
  abstract: 'An abstract.',
  titleRepaired: `Title of ${slug}`,
  abstractRepaired: 'An abstract.',
  gist: `Gist of ${slug}.`,
  sources: [{ file: 'a.txt', line: 1 }],
  links: [],
  topics: ['lora'],
  ...NO_METADATA,
  ...extra,
});

const papers = [
  paper('mamba', '2vfvw8', { authors: [{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }], year: 2023, venue: 'arXiv' }),
  paper('soups', 'nfbz2j', { titleRepaired: '=HYPERLINK("x") [soups]', year: 2022 }),
  paper('lora', '2abcde'),
];
const site = { base: '/sub/', origin: 'https://example.org' };

describe('list data', () => {
  it('writes each paper beside its short link, with links under the base and the survey-wide citation keys', () => {
    const files = [...talkListFiles(papers, site)];
    expect(files.map((file) => file.path)).toEqual(['p/2vfvw8/paper.json', 'p/nfbz2j/paper.json', 'p/2abcde/paper.json']);
    expect(listPaperPath('2vfvw8')).toBe('/p/2vfvw8/paper.json');
    const [mamba, , lora] = files.map((file) => listPaperSchema.parse(JSON.parse(file.contents)));
    expect(mamba).toMatchObject({ id: '2vfvw8', title: 'Title of mamba', href: '/sub/papers/mamba/', cite: 'Gu and Dao, 2023', gist: 'Gist of mamba.' });
    expect(mamba!.bibtex).toMatch(new RegExp(`^@misc\\{${mamba!.key},\\n  author = \\{Gu, Albert and Dao, Tri\\}`));
    expect(mamba!.bibtex).not.toContain('abstract');
    expect(mamba!.text).toBe('Gu and Dao (2023). Title of mamba. arXiv. https://example.org/sub/papers/mamba/');
    expect(lora!.cite).toBeUndefined();
    expect(new Set(files.map((f) => listPaperSchema.parse(JSON.parse(f.contents)).key)).size).toBe(3);
  });

  it('gives each paper the same file whatever order the papers come in', () => {
    const byPath = (list: readonly ListDataPaper[]) => new Map([...talkListFiles(list, site)].map((file) => [file.path, file.contents]));
    expect(byPath([...papers].reverse())).toEqual(byPath(papers));
  });

  it('cites a paper without authors by year or title alone', () => {
    expect(plainCitation({ ...NO_METADATA, titleRepaired: 'Soups.', year: 2022 }, 'u')).toBe('(2022). Soups. u');
    expect(plainCitation({ ...NO_METADATA, titleRepaired: 'Soups', year: null }, 'u')).toBe('Soups. u');
  });
});

describe('list exports', () => {
  const byId = new Map(listPapers(papers, site).map((p) => [p.id, p]));
  const { papers: listed, unknown } = resolveList(['nfbz2j', 'gone22', '2vfvw8'], (id) => byId.get(id));
  const absolute = (href: string) => `https://example.org${href}`;

  it('keeps the order and reports unknown ids', () => {
    expect(listed.map((p: ListPaper) => p.id)).toEqual(['nfbz2j', '2vfvw8']);
    expect(unknown).toEqual(['gone22']);
  });

  it('joins BibTeX entries in list order', () => {
    const bib = listBibtex(listed);
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(2);
    expect(bib.indexOf(byId.get('nfbz2j')!.key)).toBeLessThan(bib.indexOf(byId.get('2vfvw8')!.key));
  });

  it('writes Markdown links with escaped titles, and a \\cite line', () => {
    expect(listMarkdown(listed, absolute)).toBe(
      '- [=HYPERLINK("x") \\[soups\\]](https://example.org/sub/papers/soups/)\n- [Title of mamba](https://example.org/sub/papers/mamba/) (Gu and Dao, 2023)\n',
    );
    expect(citeCommand(listed)).toBe(`\\cite{${byId.get('nfbz2j')!.key},${byId.get('2vfvw8')!.key}}`);
  });

  it('writes a CSV that parses back to the rows in order, with formulas defused', () => {
    const csv = listCsv('slug,title\r\n', listed);
    expect(csv.startsWith('\ufeffslug,title\r\n')).toBe(true);
    const rows = parseCsv(csv, { bom: true, relax_column_count: true }) as string[][];
    expect(rows.map((row) => row[0])).toEqual(['slug', 'soups', 'mamba']);
    expect(rows[1]![1]).toBe(`'=HYPERLINK("x") [soups]`);
  });

  it('numbers plain-text citations', () => {
    expect(listText(listed)).toBe('1. (2022). =HYPERLINK("x") [soups]. https://example.org/sub/papers/soups/\n2. Gu and Dao (2023). Title of mamba. arXiv. https://example.org/sub/papers/mamba/\n');
  });
});

describe('missing addresses (the 404 page)', () => {
  it('forwards a short link typed in capitals, without its slash or with index.html', () => {
    expect(shortLinkMeant('/p/3G3DQ3/')).toBe('/p/3g3dq3/');
    expect(shortLinkMeant('/p/3g3dq3')).toBe('/p/3g3dq3/');
    expect(shortLinkMeant('/P/3G3DQ3')).toBe('/p/3g3dq3/');
    expect(shortLinkMeant('/p/3g3dq3/index.html')).toBe('/p/3g3dq3/');
  });

  it('does not forward an address that is already the short link, or none at all', () => {
    expect(shortLinkMeant('/p/3g3dq3/')).toBeUndefined();
    expect(shortLinkMeant('/p/not-an-id/')).toBeUndefined();
    expect(shortLinkMeant('/papers/3g3dq3/')).toBeUndefined();
    expect(shortLinkMeant('/p/3g3dq3/extra/')).toBeUndefined();
  });

  it('reads search words out of the address', () => {
    expect(searchWordsOf('/papers/mixture-of-expert-models/')).toBe('mixture of expert models');
    expect(searchWordsOf('/topics/state%20space_models.html')).toBe('state space models');
    expect(searchWordsOf('/p/')).toBe('');
    expect(searchWordsOf('/%E0%A4%A/lora')).toBe('E0 A4 A lora');
  });
});
