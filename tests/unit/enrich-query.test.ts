import { describe, expect, it } from 'vitest';
import { ARXIV_API, titlePhrase, titleQuery, titleQueryUrl } from '../../src/lib/enrich/query.ts';

/** The search_query as the API receives it, after URL decoding (`+` is a space). */
const searchQuery = (url: string) => new URL(url).searchParams.get('search_query');

describe('titlePhrase', () => {
  it('keeps words, hyphens and ordinary punctuation', () => {
    expect(titlePhrase('Mamba: Linear-Time Sequence Modeling, Revisited?')).toBe('Mamba Linear-Time Sequence Modeling, Revisited?');
  });

  it('turns what the query language reads (quotes, parentheses, colons) and TeX braces into spaces', () => {
    expect(titlePhrase('The "Lottery" Ticket (Revisited): {LoRA} \\& [more]')).toBe('The Lottery Ticket Revisited LoRA & more');
  });

  it('collapses whitespace, line breaks included', () => {
    expect(titlePhrase('  Sparse\n  Experts\t at   Scale ')).toBe('Sparse Experts at Scale');
  });
});

describe('titleQuery', () => {
  it('is the title field and the phrase in double quotes', () => {
    expect(titleQuery('Mamba: Linear-Time "Selective" (SSM)')).toBe('ti:"Mamba Linear-Time Selective SSM"');
  });
});

describe('titleQueryUrl', () => {
  it('asks the title field for the phrase, from the first result, ten at most', () => {
    expect(titleQueryUrl('Low-Rank Adapters for Frozen Language Models')).toBe(
      'http://export.arxiv.org/api/query?search_query=ti:%22Low-Rank+Adapters+for+Frozen+Language+Models%22&start=0&max_results=10',
    );
  });

  it('decodes to the title query even with URL syntax in the title', () => {
    const url = titleQueryUrl('C++ & Rust: 100% #safe? a+b=c');
    expect(searchQuery(url)).toBe(titleQuery('C++ & Rust: 100% #safe? a+b=c'));
    expect(url.startsWith(`${ARXIV_API}?search_query=ti:%22`)).toBe(true);
    expect(searchQuery(url)).toBe('ti:"C++ & Rust 100% #safe? a+b=c"');
    expect(new URL(url).searchParams.get('max_results')).toBe('10');
    expect(new URL(url).hash).toBe('');
  });

  it('carries non-ASCII titles as UTF-8', () => {
    expect(searchQuery(titleQueryUrl('Schrödinger Bridges über ℓ₁'))).toBe('ti:"Schrödinger Bridges über ℓ₁"');
  });

  it('uses another endpoint and result count when given', () => {
    expect(titleQueryUrl('X Y', 'http://127.0.0.1:9/api/query', 3)).toBe('http://127.0.0.1:9/api/query?search_query=ti:%22X+Y%22&start=0&max_results=3');
  });

  it('refuses a title with nothing to search for', () => {
    expect(() => titleQueryUrl('"()"')).toThrow(/nothing to search for/);
  });
});
