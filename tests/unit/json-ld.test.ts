import { describe, expect, it } from 'vitest';
import { jsonLdText, scholarlyArticle, type ArticleInput } from '../../src/lib/exports/json-ld.ts';

const input = (overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  titleRepaired: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
  abstract: 'Foundation models… 5× higher throughput.',
  authors: [],
  year: null,
  month: null,
  doi: null,
  arxiv: null,
  pageUrl: 'https://example.org/papers/mamba/',
  topics: ['State space models'],
  surveyTitle: 'A survey',
  ...overrides,
});

describe('scholarlyArticle', () => {
  it('carries authors as Persons, the date, identifiers as PropertyValues and their addresses as sameAs', () => {
    const article = scholarlyArticle(input({ authors: [{ literal: 'Albert Gu' }, { family: 'Dao', given: 'Tri' }], year: 2023, month: 12, arxiv: '2312.00752', doi: '10.1000/mamba' }));
    expect(article).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      headline: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      author: [
        { '@type': 'Person', name: 'Albert Gu' },
        { '@type': 'Person', name: 'Tri Dao' },
      ],
      datePublished: '2023-12',
      abstract: 'Foundation models… 5× higher throughput.',
      url: 'https://example.org/papers/mamba/',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1000/mamba', url: 'https://doi.org/10.1000/mamba' },
        { '@type': 'PropertyValue', propertyID: 'arXiv', value: '2312.00752', url: 'https://arxiv.org/abs/2312.00752' },
      ],
      sameAs: ['https://doi.org/10.1000/mamba', 'https://arxiv.org/abs/2312.00752'],
      about: ['State space models'],
      isPartOf: { '@type': 'Collection', name: 'A survey' },
    });
  });

  it('invents nothing for a paper known from a page dump', () => {
    const article = scholarlyArticle(input());
    for (const key of ['author', 'datePublished', 'identifier', 'sameAs']) expect(article).not.toHaveProperty(key);
  });

  it('keeps an identifier that is no address out of sameAs', () => {
    const article = scholarlyArticle(input({ doi: 'javascript:alert(1)' }));
    expect(article.identifier).toEqual([{ '@type': 'PropertyValue', propertyID: 'DOI', value: 'javascript:alert(1)' }]);
    expect(article).not.toHaveProperty('sameAs');
  });
});

describe('jsonLdText', () => {
  it('is JSON that no seed text can close the script element with', () => {
    const value = { name: '</script><script>alert(1)</script><!--', note: 'line\u2028separator' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
