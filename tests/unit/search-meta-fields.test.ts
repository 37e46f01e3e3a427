import { describe, expect, it } from 'vitest';
import { AUTHOR_SEPARATOR, META_WEIGHTS, authorNames, authorsField, byline } from '../../src/lib/search/meta-fields.ts';

describe('the authors field', () => {
  it('joins the names with a mark that is a word of its own, and splits them back', () => {
    expect(authorsField(['Albert Gu', ' Tri\n Dao ', ''])).toBe('Albert Gu · Tri Dao');
    expect(AUTHOR_SEPARATOR.trim()).not.toMatch(/[\p{L}\p{N}]/u);
    expect(AUTHOR_SEPARATOR).toMatch(/^\s.+\s$/); // spaces around it: Pagefind counts it as a word between two names
    expect(authorNames('Albert Gu · Tri Dao · Christopher Ré')).toEqual(['Albert Gu', 'Tri Dao', 'Christopher Ré']);
    expect(authorNames(authorsField(['Da-Wei Zhou', 'OpenAI']))).toEqual(['Da-Wei Zhou', 'OpenAI']);
    expect(authorNames(undefined)).toEqual([]);
    expect(authorNames('')).toEqual([]);
  });
});

describe('byline', () => {
  it('names one or two authors, the first and "et al." for more, then the year', () => {
    expect(byline(['Albert Gu'], '2023')).toBe('Albert Gu · 2023');
    expect(byline(['Albert Gu', 'Tri Dao'], '2023')).toBe('Albert Gu and Tri Dao · 2023');
    expect(byline(['Albert Gu', 'Karan Goel', 'Christopher Ré'], '2022')).toBe('Albert Gu et al. · 2022');
  });
  it('shows what is known and nothing when nothing is', () => {
    expect(byline(['Albert Gu', 'Karan Goel', 'Christopher Ré'], undefined)).toBe('Albert Gu et al.');
    expect(byline([], '2021')).toBe('2021');
    expect(byline([], undefined)).toBeUndefined();
  });
});

describe('metadata weights', () => {
  it('rank an author match above body text and below the title (Pagefind weighs a title match 5)', () => {
    expect(META_WEIGHTS.authors).toBeGreaterThan(1);
    expect(META_WEIGHTS.authors).toBeLessThan(5);
    expect(META_WEIGHTS.venue).toBeLessThanOrEqual(META_WEIGHTS.authors);
  });
});
