import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PaperRecord } from '../../src/lib/exports/paper-record.ts';
import { identities } from '../../src/lib/seeds/dedupe.ts';
import { parseSeedFileByType, seedExtension } from '../../src/lib/seeds/read-seed-file.ts';
import { buildSite, type BuildResult } from './build-helpers.ts';

/**
 * A researcher's real mix: the shipped page dumps and arXiv metadata, plus their own Zotero
 * (Better BibTeX, CSL-JSON, RIS), DBLP, Google Scholar, BibLaTeX and hand-kept thesis exports,
 * in which some papers of the dumps appear again under other casing and braces.
 */
const root = join(import.meta.dirname, '../..');
const bibliographies = join(root, 'tests/fixtures/bibliographies');
const pinned = JSON.parse(readFileSync(join(root, 'tests/fixtures/permalinks.json'), 'utf8')) as { title: string; slug: string; shortId: string }[];

describe('a seeds folder of page dumps mixed with bibliographies in every format', () => {
  let seeds: string;
  let build: BuildResult;
  let papers: PaperRecord[];
  let report: { stats: Record<string, number>; warnings: { file: string; line: number; message: string }[]; withoutAbstract: { slug: string }[] };

  beforeAll(() => {
    seeds = mkdtempSync(join(tmpdir(), 'survey-mixed-seeds-'));
    cpSync(join(root, 'seeds'), seeds, { recursive: true });
    for (const name of readdirSync(bibliographies)) if (seedExtension(name)) cpSync(join(bibliographies, name), join(seeds, name));
    build = buildSite(seeds);
    papers = JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8'));
    report = JSON.parse(readFileSync(join(build.outDir, 'data-quality.json'), 'utf8'));
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('puts every entry that has a title on a page: nothing is lost silently', () => {
    const onPages = new Set(papers.flatMap((paper) => identities(paper)));
    const files = readdirSync(seeds).filter((name) => seedExtension(name));
    let entries = 0;
    for (const name of files) {
      const parsed = parseSeedFileByType(name, new Uint8Array(readFileSync(join(seeds, name))));
      expect(parsed.errors, name).toEqual([]);
      for (const entry of parsed.entries) {
        entries++;
        expect(identities(entry).some((identity) => onPages.has(identity)), `${name}:${entry.line} "${entry.title}"`).toBe(true);
      }
    }
    expect(report.stats.entries).toBe(entries);
    // Each paper keeps where every entry listed it.
    expect(papers.reduce((n, paper) => n + paper.sources.length, 0)).toBe(entries);
  });

  it('keeps every published permanent link of the shipped seeds', () => {
    const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
    const shortIds = new Map(JSON.parse(readFileSync(join(build.outDir, 'p/index.json'), 'utf8')).links.map((link: { slug: string; id: string }) => [link.slug, link.id]));
    const moved = pinned.filter((row) => bySlug.get(row.slug)?.title !== row.title || shortIds.get(row.slug) !== row.shortId);
    expect(moved).toEqual([]);
  });

  it('merges one paper listed as a dump, in arXiv metadata and in two Zotero exports into one page with every source', () => {
    const mamba = papers.filter((paper) => /^mamba: linear-time sequence modeling/i.test(paper.title));
    expect(mamba).toHaveLength(1);
    const files = new Set(mamba[0]!.sources.map((source) => source.file));
    for (const file of ['arxiv.json', 'zotero-better-bibtex.bib', 'zotero.json']) expect(files.has(file), file).toBe(true);
    expect([...files].some((file) => file.endsWith('.txt'))).toBe(true);
    expect(mamba[0]).toMatchObject({ arxiv: '2312.00752', year: 2023, authors: [{ family: 'Gu', given: 'Albert' }, { family: 'Dao', given: 'Tri' }] });
    // The citation keeps the key of the first bibliography entry that has one, and every source keeps its own.
    const keyed = mamba[0]!.sources.filter((source) => source.citekey);
    expect(mamba[0]!.citekey).toBe(keyed[0]!.citekey);
    expect(keyed.map((source) => source.citekey)).toContain('guMambaLinearTimeSequence2023');
  });

  it('gives a bibliography-only paper a page, and lists the ones without an abstract on the data report', () => {
    const attention = papers.find((paper) => /^attention is all you need/i.test(paper.title));
    expect(attention).toMatchObject({ year: 2017, venue: expect.stringMatching(/^Advances in Neural Information Processing Systems/) });
    expect(attention!.sources.length).toBeGreaterThanOrEqual(4); // the same paper in four bibliographies: one page
    expect(readFileSync(join(build.outDir, `papers/${attention!.slug}/index.html`), 'utf8')).toContain('Attention Is All You Need');
    const withoutAbstract = papers.filter((paper) => paper.abstract === '').map((paper) => paper.slug).sort();
    expect(withoutAbstract.length).toBeGreaterThan(0);
    expect(report.withoutAbstract.map((paper) => paper.slug).sort()).toEqual(withoutAbstract);
  });
});

describe('a seeds folder of broken bibliographies', () => {
  it('stops the build listing every problem at once, each at file:line', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'survey-broken-bib-'));
    cpSync(join(bibliographies, 'broken'), seeds, { recursive: true });
    const build = buildSite(seeds);
    expect(build.status).not.toBe(0);
    for (const name of readdirSync(seeds)) expect(build.output, name).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}:\\d+: `));
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // the list says it all: no stack trace under it
  });
});
