import { describe, expect, it } from 'vitest';
import { SeedError } from '../../src/lib/seeds/problems.ts';
import { buildSurvey, summaryLine } from '../../src/lib/survey.ts';
import { shippedSeedFiles } from '../support/shipped-survey.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const shippedSeeds = shippedSeedFiles();
const longAbstract = 'We propose a method. It works well on many benchmarks and we release all code for everyone to use freely. '.repeat(3);

describe('buildSurvey on the shipped seeds', () => {
  const survey = buildSurvey(shippedSeeds);

  it('finds 699 dump entries and 610 metadata entries naming 627 unique papers, 610 of them described by the metadata', () => {
    expect(survey.report.stats).toMatchObject({ files: 6, entries: 1309, papers: 627, duplicatesMerged: 72, enriched: 610, warnings: 0 });
    // Every metadata entry lands on its dump paper: none makes a page of its own.
    expect(survey.papers.filter((paper) => paper.sources.every((source) => source.file === 'arxiv.json'))).toEqual([]);
    expect(survey.papers.filter((paper) => paper.arxiv)).toHaveLength(610);
  });

  it('lists the 63 papers seen in more than one file with all their sources', () => {
    expect(survey.report.duplicates).toHaveLength(63);
    for (const group of survey.report.duplicates) expect(new Set(group.sources.map((s) => s.file)).size).toBeGreaterThan(1);
    const sourceCount = survey.papers.reduce((n, paper) => n + paper.sources.length, 0);
    expect(sourceCount).toBe(1309);
  });

  it('gives every paper a unique slug and keeps full abstracts', () => {
    expect(new Set(survey.papers.map((p) => p.slug)).size).toBe(627);
    for (const paper of survey.papers) expect(paper.abstract.length).toBeGreaterThan(300);
  });

  it('removes chrome glued to titles', () => {
    const titles = survey.papers.map((p) => p.title);
    expect(titles).toContain('Generative Image Layer Decomposition with Visual Effects');
    expect(titles.some((t) => t.startsWith('Subscribe'))).toBe(false);
  });

  it('is the same whatever order the files come in', () => {
    expect(buildSurvey([...shippedSeeds].reverse())).toEqual(survey);
  });
});

describe('buildSurvey on bad input', () => {
  it('fails listing every problem of every file as file:line', () => {
    const files = [
      { name: 'b.txt', bytes: encode(`Good Title\n${longAbstract}\nTitle Without Abstract\nNext Title\n${longAbstract}`) },
      { name: 'a.txt', bytes: encode(`${longAbstract}\nFine\n${longAbstract}`) },
      { name: 'c.txt', bytes: new Uint8Array([0x54, 0x0a, 0xff, 0xfe]) },
    ];
    expect(() => buildSurvey(files)).toThrow(SeedError);
    try {
      buildSurvey(files);
    } catch (error) {
      const lines = (error as SeedError).message.split('\n').slice(1);
      expect(lines).toEqual([
        expect.stringMatching(/^a\.txt:1: abstract without a title: /),
        expect.stringMatching(/^b\.txt:3: title without an abstract: "Title Without Abstract"$/),
        expect.stringMatching(/^c\.txt:2: not valid UTF-8 text/),
      ]);
    }
  });

  it('warns about an empty file and keeps going', () => {
    const survey = buildSurvey([
      { name: 'empty.txt', bytes: encode('') },
      { name: 'ok.txt', bytes: encode(`Good Title\n${longAbstract}`) },
    ]);
    expect(survey.report.stats.papers).toBe(1);
    expect(survey.report.warnings).toEqual([{ file: 'empty.txt', line: 1, message: 'no papers in this file' }]);
  });

  it('fails when there are no seed files at all', () => {
    expect(() => buildSurvey([])).toThrow(/no seed files found \(\*\.txt, \*\.bib, \*\.json, \*\.ris\)/);
  });
});

describe('summaryLine', () => {
  it('reads as one line for the build log', () => {
    expect(summaryLine({ files: 5, entries: 699, papers: 627, duplicatesMerged: 72, enriched: 0, warnings: 1, repairedAbstracts: 1 })).toBe(
      '5 seed files, 699 entries → 627 unique papers (72 duplicates merged), 1 abstract repaired, 1 warning',
    );
    expect(summaryLine({ files: 6, entries: 1309, papers: 627, duplicatesMerged: 72, enriched: 610, warnings: 0, repairedAbstracts: 2 })).toBe(
      '6 seed files, 1309 entries → 627 unique papers (72 duplicates merged, 610 described by a bibliography), 2 abstracts repaired, 0 warnings',
    );
  });
});
