import { describe, expect, it } from 'vitest';
import { authorsAndYear, citedAuthors, citedName, fullName, isPersonName, shortCitation } from '../../src/lib/exports/authors.ts';

describe('isPersonName', () => {
  it('takes two to five words of letters for a person written whole', () => {
    for (const name of ['Albert Gu', 'J. Ryan Shue', 'Joost van de Weijer', 'Michał P. Karpowicz', "Conan O'Brien", 'Tim Tsz-Kit Lau', 'Ai Zhang']) expect(isPersonName(name), name).toBe(true);
  });

  it('leaves organisations, single words, names with digits, commas or "and" whole', () => {
    for (const name of ['OpenAI', 'Google Research', 'Qwen Team', 'Meta AI', 'ATLAS Collaboration', 'Stanford University', 'Smith and Sons', 'Gu, Albert', 'R2 D2', 'A B C D E F']) expect(isPersonName(name), name).toBe(false);
  });
});

describe('citedName', () => {
  it("is the family name, a person's last word, or an organisation's whole name", () => {
    expect(citedName({ family: 'Gu', given: 'Albert' })).toBe('Gu');
    expect(citedName({ literal: 'Xianming Li' })).toBe('Li');
    expect(citedName({ literal: ' Tri  Dao ' })).toBe('Dao');
    expect(citedName({ literal: 'Google Research' })).toBe('Google Research');
    expect(citedName({ literal: 'OpenAI' })).toBe('OpenAI');
  });
});

describe('citedAuthors and the short citations', () => {
  const gu = { literal: 'Albert Gu' };
  const dao = { literal: 'Tri Dao' };
  const fedus = { family: 'Fedus', given: 'William' };

  it('names one author, two with "and", three or more as the first "et al."', () => {
    expect(citedAuthors([])).toBe('');
    expect(citedAuthors([gu])).toBe('Gu');
    expect(citedAuthors([gu, dao])).toBe('Gu and Dao');
    expect(citedAuthors([fedus, gu, dao])).toBe('Fedus et al.');
  });

  it('cites with the year, and a venue that is not a preprint server', () => {
    expect(shortCitation({ authors: [gu, dao], year: 2023, venue: 'arXiv' })).toBe('Gu and Dao, 2023');
    expect(shortCitation({ authors: [fedus, gu, dao], year: 2022, venue: 'JMLR' })).toBe('Fedus et al., JMLR 2022');
    expect(shortCitation({ authors: [], year: null, venue: null })).toBeUndefined();
  });

  it('gives lists "who · when", and nothing when neither is known', () => {
    expect(authorsAndYear({ authors: [gu, dao], year: 2023 })).toBe('Gu and Dao · 2023');
    expect(authorsAndYear({ authors: [fedus, gu, dao], year: null })).toBe('Fedus et al.');
    expect(authorsAndYear({ authors: [], year: 2021 })).toBe('2021');
    expect(authorsAndYear({ authors: [], year: null })).toBeUndefined();
  });

  it('writes full names given names first', () => {
    expect(fullName(fedus)).toBe('William Fedus');
    expect(fullName({ family: 'Plato' })).toBe('Plato');
    expect(fullName(gu)).toBe('Albert Gu');
  });
});
