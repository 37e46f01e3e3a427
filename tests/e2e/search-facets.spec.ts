/**
 * Search by who, when and where: an author's name finds their papers (a quoted full name, as a
 * paper page links it, finds exactly theirs first), results carry a byline, and the year range
 * and venue filters narrow the results, go into the address and come back with it. Expected
 * papers are read from papers.json, never written down here.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe.ts';

interface Author {
  family?: string;
  given?: string;
  literal?: string;
}

interface PaperRecord {
  slug: string;
  titleRepaired: string;
  authors: Author[];
  year: number | null;
  venue: string | null;
}

let papers: PaperRecord[];
const bySlug = (slug: string) => papers.find((p) => p.slug === slug)!;
const fullName = (a: Author) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ');
const papersBy = (name: string) => papers.filter((p) => p.authors.some((a) => fullName(a) === name));

test.beforeAll(async ({ request }) => {
  const response = await request.get('papers.json');
  expect(response.ok()).toBe(true);
  papers = await response.json();
});

const status = (page: Page) => page.locator('#search-status');
const results = (page: Page) => page.locator('#search-results > li');
const resultCount = async (page: Page) => Number((await status(page).textContent())!.match(/^([\d,]+) papers?/)![1]!.replace(/,/g, ''));

/** Slugs of every match on the page (what the status line counts), best first ("Show more" until all are shown, related pages too). */
async function allResultSlugs(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  const listed = page.locator('#search-results > li, #search-related > li');
  while (await more.isVisible()) {
    const shown = await listed.count();
    await more.click();
    await expect(listed).not.toHaveCount(shown);
  }
  const hrefs = await page.locator('#search-results > li h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname.match(/\/papers\/([^/]+)\/$/)![1]!);
}

test.describe('searching by author', () => {
  // The shipped seeds' arXiv metadata names Albert Gu on several papers (Mamba, S4, HiPPO, …).
  const name = 'Albert Gu';

  test('the data has the author this file searches for', () => {
    expect(papersBy(name).length).toBeGreaterThanOrEqual(5);
    expect(papers.filter((p) => p.authors.some((a) => /\bGu$/.test(fullName(a)) && fullName(a) !== name)).length).toBeGreaterThan(0);
  });

  test('a quoted full name, as a paper page links it, finds exactly that author\'s papers first', async ({ page }) => {
    const theirs = papersBy(name).map((p) => p.slug);
    await page.goto(`search/?q=${encodeURIComponent(`"${name}"`)}`);
    await expect(page.locator('#search-page-input')).toHaveValue(`"${name}"`);
    await expect(status(page)).toHaveText(/papers? match(es)? “"Albert Gu"”\./, { timeout: 15_000 });
    const slugs = await allResultSlugs(page);
    expect(slugs.slice(0, theirs.length).sort()).toEqual([...theirs].sort());
    // Another Gu's papers are not among them.
    for (const slug of slugs) expect(bySlug(slug).authors.map(fullName).filter((n) => /\bGu$/.test(n) && n !== name), slug).toEqual([]);
  });

  test('the name unquoted ranks their papers first; the family name alone finds them too', async ({ page }) => {
    const theirs = papersBy(name).map((p) => p.slug).sort();
    await page.goto(`search/?q=${encodeURIComponent(name)}`);
    await expect(status(page)).toHaveText(/match “Albert Gu”\./, { timeout: 15_000 });
    expect((await allResultSlugs(page)).slice(0, theirs.length).sort()).toEqual(theirs);

    await page.goto('search/?q=Gu');
    await expect(status(page)).toHaveText(/match “Gu”\./, { timeout: 15_000 });
    const gu = await allResultSlugs(page);
    for (const slug of theirs) expect(gu).toContain(slug);
    // Every other Gu is found as well.
    const otherGus = papers.filter((p) => p.authors.some((a) => /\bGu$/.test(fullName(a)) && fullName(a) !== name));
    for (const paper of otherGus) expect(gu, paper.slug).toContain(paper.slug);
  });

  test('a result shows a short byline: the authors, "et al." past two, and the year', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(`"${name}"`)}`);
    await expect(status(page)).toHaveText(/match/, { timeout: 15_000 });
    for (const item of await results(page).all()) {
      const slug = new URL((await item.locator('h3 a').getAttribute('href'))!, page.url()).pathname.match(/\/papers\/([^/]+)\/$/)![1]!;
      const paper = bySlug(slug);
      const names = paper.authors.map(fullName);
      const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} et al.`;
      await expect(item.locator('[data-byline]')).toHaveText(`${who} · ${paper.year}`);
    }
    // Mamba, by two authors.
    const mamba = papers.find((p) => /^Mamba: Linear-Time Sequence Modeling/.test(p.titleRepaired))!;
    await expect(results(page).filter({ hasText: mamba.titleRepaired }).locator('[data-byline]')).toHaveText(`${mamba.authors.map(fullName).join(' and ')} · ${mamba.year}`);
  });

  test('the modal finds them and hands the quoted name to the search page', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    const input = page.locator('#search-dialog-input');
    await expect(input).toBeFocused();
    await input.fill(`"${name}"`);
    await expect(page.locator('#search-dialog-status')).toHaveText(/match/, { timeout: 15_000 });
    const options = page.locator('#search-dialog-listbox [role="option"]');
    await expect(options.first()).toContainText(/Albert Gu|et al\./);
    await expect(options).toHaveCount(Math.min(8, papersBy(name).length));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%22Albert\+Gu%22$/);
    await expect(status(page)).toHaveText(new RegExp(`^${papersBy(name).length} papers match “"Albert Gu"”\\.$`), { timeout: 15_000 });
  });
});

test.describe('the year filter', () => {
  test('offers the survey\'s years, from the oldest to the newest', async ({ page }) => {
    const years = [...new Set(papers.flatMap((p) => (p.year === null ? [] : [p.year])))].sort((a, b) => a - b);
    await page.goto('search/');
    for (const id of ['#search-year-from', '#search-year-to']) {
      const options = await page.locator(`${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options).toEqual(['', ...years.map(String)]);
    }
  });

  test('alone, it lists exactly the papers of those years', async ({ page }) => {
    await page.goto('search/?year=2021-2022');
    await expect(status(page)).toHaveText(/^\d+ papers? from 2021 to 2022\.$/, { timeout: 15_000 });
    const expected = papers.filter((p) => p.year === 2021 || p.year === 2022);
    expect(await resultCount(page)).toBe(expected.length);
    expect((await allResultSlugs(page)).sort()).toEqual(expected.map((p) => p.slug).sort());
  });

  test('narrows a search to those years, goes into the address, and Back undoes it', async ({ page }) => {
    await page.goto('search/?q=lora');
    await expect(status(page)).toHaveText(/match “lora”\./, { timeout: 15_000 });
    const all = await allResultSlugs(page);
    const inRange = all.filter((slug) => [2021, 2022].includes(bySlug(slug).year ?? 0));
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(all.length);

    await page.locator('#search-year-from').selectOption('2021');
    await expect(page).toHaveURL(/\/search\/\?q=lora&year=2021-$/);
    await page.locator('#search-year-to').selectOption('2022');
    await expect(page).toHaveURL(/\/search\/\?q=lora&year=2021-2022$/);
    await expect(status(page)).toHaveText(`${inRange.length} papers match “lora” from 2021 to 2022.`);
    expect((await allResultSlugs(page)).sort()).toEqual([...inRange].sort());

    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=lora&year=2021-$/);
    await expect(page.locator('#search-year-to')).toHaveValue('');
    await expect(page.locator('#search-year-from')).toHaveValue('2021');
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=lora$/);
    await expect(page.locator('#search-year-from')).toHaveValue('');
    await expect(status(page)).toHaveText(`${all.length} papers match “lora”.`);
  });

  test('a deep link with a range restores it; moving one end past the other moves both', async ({ page }) => {
    await page.goto('search/?q=state+space&year=2021-2022');
    await expect(page.locator('#search-year-from')).toHaveValue('2021');
    await expect(page.locator('#search-year-to')).toHaveValue('2022');
    await expect(status(page)).toHaveText(/papers? match(es)? “state space” from 2021 to 2022\./, { timeout: 15_000 });
    for (const slug of await allResultSlugs(page)) expect([2021, 2022], slug).toContain(bySlug(slug).year);

    await page.locator('#search-year-from').selectOption('2024');
    await expect(page).toHaveURL(/\/search\/\?q=state\+space&year=2024$/);
    await expect(page.locator('#search-year-to')).toHaveValue('2024');
    await expect(status(page)).toHaveText(/“state space” in 2024\./);
    for (const slug of await allResultSlugs(page)) expect(bySlug(slug).year, slug).toBe(2024);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=state\+space$/);
    await expect(page.locator('#search-year-from')).toHaveValue('');
  });
});

test.describe('the venue filter', () => {
  test('lists the venues with their counts, and narrows to the checked one', async ({ page }) => {
    const venues = new Map<string, number>();
    for (const p of papers) if (p.venue) venues.set(p.venue, (venues.get(p.venue) ?? 0) + 1);
    const [venue, count] = [...venues].sort((a, b) => b[1] - a[1])[0]!;
    const without = papers.filter((p) => p.venue !== venue).length;
    expect(without).toBeGreaterThan(0); // papers from page dumps alone have no venue

    await page.goto('search/?q=lora');
    await expect(status(page)).toHaveText(/match “lora”\./, { timeout: 15_000 });
    const all = await allResultSlugs(page);
    const atVenue = all.filter((slug) => bySlug(slug).venue === venue);
    const box = page.getByRole('checkbox', { name: new RegExp(`^${venue}`) });
    await expect(page.locator(`#search-venue-filter li[data-value="${venue}"] [data-count]`)).toHaveText(String(atVenue.length));

    await box.check();
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=lora&venue=${venue}$`));
    await expect(status(page)).toHaveText(`${atVenue.length} papers match “lora” published in ${venue}.`);
    expect((await allResultSlugs(page)).sort()).toEqual([...atVenue].sort());

    // Alone, it lists every paper of the venue.
    await page.goto(`search/?venue=${encodeURIComponent(venue)}`);
    await expect(status(page)).toHaveText(`${count} papers published in ${venue}.`, { timeout: 15_000 });
    await expect(box).toBeChecked();
    await box.uncheck();
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('combines with the year range (AND) in the address and the results', async ({ page }) => {
    await page.goto('search/?q=mamba&year=2023-2024&venue=arXiv');
    await expect(status(page)).toHaveText(/papers? match(es)? “mamba” from 2023 to 2024, published in arXiv\./, { timeout: 15_000 });
    expect(await resultCount(page)).toBeGreaterThan(0);
    for (const slug of await allResultSlugs(page)) {
      expect(bySlug(slug).venue, slug).toBe('arXiv');
      expect([2023, 2024], slug).toContain(bySlug(slug).year);
    }
  });

  test('has no axe violations with the year and venue filters in use, light and dark', async ({ browser }) => {
    // Two cold searches (two contexts, or several pages) on a machine shared with other builds.
    test.setTimeout(90_000);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('search/?q=albert+gu&year=2020-2023&venue=arXiv');
      await expect(status(page)).toHaveText(/match/, { timeout: 15_000 });
      await expect(results(page).first().locator('[data-byline]')).toBeVisible();
      const scan = await axeScan(page).analyze();
      expect(scan.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await context.close();
    }
  });
});
