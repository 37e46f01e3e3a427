import { parse } from '@retorquere/bibtex-parser';
import { expect, test, type Page } from '@playwright/test';
import type { PaperRecord } from '../../src/lib/exports/paper-record.ts';

/**
 * What the bibliographies (seeds/arxiv.json) add for a reader and a presenter: authors, dates
 * and links on paper pages, citation metadata for Zotero and Google Scholar, a BibTeX entry to
 * copy, bylines in lists, and the survey in time.
 */
const MAMBA = 'mamba-linear-time-sequence-modeling-with-selective-state-spaces';
let papers: PaperRecord[];
let mamba: PaperRecord;

test.beforeAll(async ({ request }) => {
  papers = await (await request.get('papers.json')).json();
  mamba = papers.find((p) => p.slug === MAMBA)!;
});

const nameOf = (author: PaperRecord['authors'][number]) => ('literal' in author ? author.literal : [author.given, author.family].filter(Boolean).join(' '));
const metaContents = (page: Page, name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));

test.describe('the Mamba paper page', () => {
  test('shows its authors, each a search for them, and its date', async ({ page }) => {
    expect(mamba.authors.map(nameOf)).toEqual(['Albert Gu', 'Tri Dao']);
    await page.goto(`papers/${MAMBA}/`);
    const authors = page.locator('[data-authors] a');
    await expect(authors).toHaveText(['Albert Gu', 'Tri Dao']);
    await expect(authors.first()).toHaveAttribute('href', /\/search\/\?q=%22Albert%20Gu%22$/);
    await expect(page.locator('[data-published]')).toHaveText('December 2023 · arXiv');
    await authors.first().click();
    await expect(page).toHaveURL(/\/search\/\?q=%22Albert%20Gu%22$/);
    await expect(page.locator('main input[name="q"]')).toHaveValue('"Albert Gu"');
  });

  test('links its arXiv abstract first, and its PDF', async ({ page }) => {
    await page.route('https://arxiv.org/**', (route) => route.fulfill({ contentType: 'text/html', body: `<title>arXiv stub</title><p>${route.request().url()}</p>` }));
    await page.goto(`papers/${MAMBA}/`);
    const links = page.locator('[data-paper-links] a');
    await expect(links.first()).toHaveAttribute('href', 'https://arxiv.org/abs/2312.00752');
    await expect(links.first()).toHaveAccessibleName('arXiv 2312.00752');
    await expect(page.locator('a[data-link-kind="arxiv-pdf"]')).toHaveAttribute('href', 'https://arxiv.org/pdf/2312.00752');
    await links.first().click();
    await expect(page).toHaveURL('https://arxiv.org/abs/2312.00752');
    await expect(page.locator('p')).toHaveText('https://arxiv.org/abs/2312.00752');
  });

  test('carries citation meta tags and JSON-LD that match papers.json', async ({ page }) => {
    await page.goto(`papers/${MAMBA}/`);
    expect(await metaContents(page, 'citation_title')).toEqual([mamba.titleRepaired]);
    expect(await metaContents(page, 'citation_author')).toEqual(mamba.authors.map(nameOf));
    expect(await metaContents(page, 'citation_publication_date')).toEqual([`${mamba.year}/${String(mamba.month).padStart(2, '0')}`]);
    expect(await metaContents(page, 'citation_arxiv_id')).toEqual([mamba.arxiv]);
    expect(await metaContents(page, 'citation_pdf_url')).toEqual([`https://arxiv.org/pdf/${mamba.arxiv}`]);
    expect(await metaContents(page, 'citation_doi')).toEqual([]);
    // arXiv is where it was posted, not a journal.
    expect(await metaContents(page, 'citation_journal_title')).toEqual([]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      author: [
        { '@type': 'Person', name: 'Albert Gu' },
        { '@type': 'Person', name: 'Tri Dao' },
      ],
      datePublished: '2023-12',
      identifier: [{ '@type': 'PropertyValue', propertyID: 'arXiv', value: '2312.00752' }],
      sameAs: ['https://arxiv.org/abs/2312.00752'],
    });
  });

  test('copies a BibTeX entry that parses and keeps its key, and the short citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`papers/${MAMBA}/`);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    const library = parse(bibtex, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry).toMatchObject({ type: 'misc', key: 'gu2023mamba' });
    expect(entry!.fields.author).toEqual([
      { firstName: 'Albert', lastName: 'Gu' },
      { firstName: 'Tri', lastName: 'Dao' },
    ]);
    expect(entry!.fields).toMatchObject({ title: mamba.titleRepaired, year: '2023', eprint: '2312.00752' });
    expect(entry!.fields).not.toHaveProperty('abstract');
    await page.getByRole('button', { name: 'Copy Short citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Gu and Dao, 2023');
  });
});

test('citation meta tags match papers.json across the survey', async ({ page }) => {
  // Every 50th paper, and one without a year.
  const sample = [...papers.filter((_, i) => i % 50 === 0), papers.find((p) => p.year === null)!];
  for (const paper of sample) {
    await page.goto(`papers/${paper.slug}/`);
    expect(await metaContents(page, 'citation_title'), paper.slug).toEqual([paper.titleRepaired]);
    expect(await metaContents(page, 'citation_author'), paper.slug).toEqual(paper.authors.map((a) => ('literal' in a ? a.literal : a.given ? `${a.family}, ${a.given}` : a.family)));
    const date = paper.year === null ? [] : [paper.month === null ? `${paper.year}` : `${paper.year}/${String(paper.month).padStart(2, '0')}`];
    expect(await metaContents(page, 'citation_publication_date'), paper.slug).toEqual(date);
    expect(await metaContents(page, 'citation_arxiv_id'), paper.slug).toEqual(paper.arxiv ? [paper.arxiv] : []);
    expect(await metaContents(page, 'citation_doi'), paper.slug).toEqual(paper.doi ? [paper.doi] : []);
  }
});

test('a paper without authors shows no author line or short citation, and one with no year no date', async ({ page }) => {
  const dated = papers.find((p) => p.authors.length === 0 && p.year !== null)!;
  await page.goto(`papers/${dated.slug}/`);
  await expect(page.locator('h1')).toHaveText(dated.titleRepaired);
  await expect(page.locator('[data-authors]')).toHaveCount(0);
  await expect(page.locator('[data-published]')).toHaveText(new RegExp(`^\\w+ ${dated.year} · arXiv$`));
  // A year alone is no citation.
  await expect(page.getByLabel('Short citation')).toHaveCount(0);

  const undated = papers.find((p) => p.authors.length === 0 && p.year === null && !p.arxiv && !p.doi && !p.paperUrl)!;
  await page.goto(`papers/${undated.slug}/`);
  await expect(page.locator('[data-authors], [data-published], [data-paper-links] a[data-link-kind="arxiv"]')).toHaveCount(0);
  await expect(page.getByLabel('Short citation')).toHaveCount(0);
  await expect(page.locator('[data-copy-field]')).toHaveCount(4);
  // Nothing links it: searches for its title do, built without asking anyone.
  const q = encodeURIComponent(undated.titleRepaired);
  await expect(page.locator('[data-title-searches] a')).toHaveText(['arXiv', 'Semantic Scholar', 'Google Scholar', 'Hugging Face Papers']);
  await expect(page.locator('[data-title-searches] a').first()).toHaveAttribute('href', `https://arxiv.org/search/?query=${q}&searchtype=title`);
});

test('a long author list shows five names and "et al.", and opens the rest from the keyboard', async ({ page }) => {
  const many = papers.find((p) => p.authors.length >= 10)!;
  await page.goto(`papers/${many.slug}/`);
  const names = many.authors.map(nameOf);
  const links = page.locator('[data-authors] a');
  await expect(links.filter({ visible: true })).toHaveText(names.slice(0, 5));
  const more = page.locator('[data-more-authors] summary');
  // What it reads: the text of the state it is in.
  await expect.poll(() => more.innerText()).toBe(`et al. (show all ${names.length})`);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(links.filter({ visible: true })).toHaveText(names);
  await expect.poll(() => more.innerText()).toBe(`and ${names.length - 5} more:`);
});

test('the home page charts papers per year as papers.json counts them', async ({ page }) => {
  await page.goto('./');
  const chart = page.locator('[data-year-chart="survey-years"]');
  const bars = await chart.locator('g[data-year]').evaluateAll((groups) => groups.map((g) => [Number(g.getAttribute('data-year')), Number(g.getAttribute('data-count'))]));
  const years = papers.map((p) => p.year).filter((year): year is number => year !== null);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const expected = Array.from({ length: last - first + 1 }, (_, i) => [first + i, years.filter((year) => year === first + i).length]);
  expect(bars).toEqual(expected);
  await expect(page.locator('[data-year-span]')).toHaveText(`(${first}–${last})`);
  await expect(chart.getByRole('img', { name: 'Papers per year' })).toBeVisible();
  const undated = papers.length - years.length;
  await expect(chart.locator('figcaption')).toHaveText(new RegExp(`^${years.length} papers from ${first} to ${last}, most in \\d{4} \\(\\d+\\)\\. ${undated} papers have no year\\.$`));
});

test('lists show who and when under each title', async ({ page }) => {
  await page.goto('topics/ssm/');
  const item = page.locator('[data-paper-list] > li').filter({ has: page.locator(`a[href$="/papers/${MAMBA}/"]`) });
  await expect(item.locator('[data-byline]').first()).toHaveText('Gu and Dao · 2023');
  // The paper index gives the year a column of its own: the line under the title is who and where.
  await page.goto('papers/?topics=ssm');
  await expect(page.locator(`[data-index-rows] > tr[data-paper="${MAMBA}"] [data-byline]`)).toHaveText(new RegExp(`^Gu and Dao( · ${mamba.venue ?? ''})?$`));
  const withoutAnything = papers.find((p) => p.authors.length === 0 && p.year === null && p.venue === null && p.topics.length > 0)!;
  await page.goto(`papers/?topics=${withoutAnything.topics[0]}`);
  await expect(page.locator(`[data-index-rows] > tr[data-paper="${withoutAnything.slug}"]`)).toBeVisible();
  await expect(page.locator(`[data-index-rows] > tr[data-paper="${withoutAnything.slug}"] [data-byline]`)).toHaveCount(0);
});

for (const javaScriptEnabled of [true, false]) {
  test(`a topic page lists surveys and foundational papers first, then newest first${javaScriptEnabled ? '' : ', without JavaScript'}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('topics/ssm/');
    const inTopic = papers.filter((p) => p.topics.includes('ssm'));
    const yearOf = new Map(inTopic.map((p) => [p.slug, p.year]));
    const items = page.locator('section:has(> #topic-papers) [data-paper-list] > li');
    const shown = await items.evaluateAll((lis) => lis.map((li) => ({ slug: (li as HTMLElement).dataset.paper!, role: li.querySelector('[data-role]')?.getAttribute('data-role') ?? null })));
    expect(shown).toHaveLength(Math.min(50, inTopic.length));
    // Surveys, then foundational papers, then the rest: each group newest first.
    const rank = (role: string | null) => (role === 'survey' ? 0 : role === 'foundational' ? 1 : 2);
    const ranks = shown.map(({ role }) => rank(role));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(shown.filter(({ role }) => role === 'survey').map(({ slug }) => slug)).toContain('a-survey-on-structured-state-space-sequence-s4-models');
    expect(shown.filter(({ role }) => role === 'foundational').map(({ slug }) => slug)).toContain(MAMBA);
    for (const group of [0, 1, 2]) {
      const years = shown.filter(({ role }) => rank(role) === group).map(({ slug }) => yearOf.get(slug) ?? -1);
      expect(years).toEqual([...years].sort((a, b) => b - a));
    }
    const chart = page.locator('[data-year-chart="topic-years"] g[data-year]');
    const counted = await chart.evaluateAll((groups) => groups.map((g) => Number(g.getAttribute('data-count'))));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(inTopic.filter((p) => p.year !== null).length);
    await context.close();
  });
}
