import type { DataQualityReport, SurveyStats } from './schemas/data-quality.ts';
import type { Paper, PaperText, SurveyPaper } from './schemas/paper.ts';
import type { TopicDefinition } from './schemas/topic.ts';
import { assignShortIds } from './links/short-ids.ts';
import { countRepairKinds } from './repair/repair-abstract.ts';
import { repairPaper, type RepairMemo } from './repair/remembered-repair.ts';
import { VocabularyCounter } from './repair/vocabulary.ts';
import { mergeDuplicates } from './seeds/dedupe.ts';
import { parseSeedFileByType, SEED_EXTENSIONS } from './seeds/read-seed-file.ts';
import { SeedError, sortProblems, type SeedProblem } from './seeds/problems.ts';
import { assignSlugs } from './seeds/slug.ts';
import { extractLinks } from './text/abstract-links.ts';
import { gistOf } from './text/gist.ts';

/** A seed file as read from disk. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface Survey {
  /** Sorted by slug, the order every listing and export starts from. */
  papers: SurveyPaper[];
  report: DataQualityReport;
}

/** The survey once every paper has its topics and related papers: what the data files are made from. */
export interface CompletedSurvey {
  /** Sorted by slug. */
  papers: Paper[];
  /** In display order. */
  topics: Pick<TopicDefinition, 'id' | 'title' | 'description' | 'aliases' | 'parent' | 'area' | 'foundational'>[];
  report: DataQualityReport;
}

/**
 * The text topic classification and related papers read: the title and the abstract as listed
 * (the rules were tuned on it), or the keywords for a paper without an abstract.
 * @example analysedText({ title: 'T', abstract: '', keywords: ['pruning', 'LLM'] }) // { title: 'T', abstract: 'pruning; LLM' }
 */
export function analysedText(paper: Pick<Paper, 'title' | 'abstract' | 'keywords'>): PaperText {
  return { title: paper.title, abstract: paper.abstract || paper.keywords.join('; ') };
}

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Reads seed files (page dumps and bibliographies) into unique papers: decode → parse → merge
 * duplicates by title, DOI or arXiv id → slug → repair →
 * gist, links, short ids. Throws a SeedError listing every unreadable line of every file when
 * any file is malformed.
 */
export function buildSurvey(seedFiles: readonly SeedFile[], options: { repairs?: RepairMemo; vocabulary?: VocabularyCounter } = {}): Survey {
  const ordered = [...seedFiles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const errors: SeedProblem[] = [];
  const warnings: SeedProblem[] = [];
  const files: DataQualityReport['files'] = [];
  const entries = ordered.flatMap(({ name, bytes }) => {
    const parsed = parseSeedFileByType(name, bytes);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    files.push({ file: name, entries: parsed.entries.length, chromeLines: parsed.chromeLines });
    return parsed.entries;
  });
  if (ordered.length === 0) errors.push({ file: '(seeds folder)', line: 0, message: `no seed files found (${SEED_EXTENSIONS.map((extension) => `*${extension}`).join(', ')})` });
  if (errors.length > 0) throw new SeedError(errors);

  const merged = mergeDuplicates(entries);
  warnings.push(...merged.warnings);
  const slugs = assignSlugs(merged.papers);
  const shortIds = assignShortIds(merged.papers.map(({ key }) => key));
  // Splitting glued words asks the corpus which words it uses: one vocabulary for all papers,
  // counted afresh or, with the counter of the last build (astro dev), brought up to date.
  const vocabulary = (options.vocabulary ?? new VocabularyCounter()).count(merged.papers.flatMap(({ title, abstract }) => [title, abstract]));
  // A repair kept from the last build is reused when it still holds (src/lib/repair/remembered-repair.ts).
  const paperRepairs = merged.papers.map(({ title, abstract }) => repairPaper(title, abstract, vocabulary, options.repairs));
  const repaired = paperRepairs.map((repair) => repair.abstract);
  const papers: SurveyPaper[] = merged.papers
    .map(({ key, title, abstract, sources, ...metadata }, index) => {
      const abstractRepaired = repaired[index]!.text;
      const titleRepaired = paperRepairs[index]!.title;
      return {
        slug: slugs.get(key)!,
        shortId: shortIds.get(key)!,
        title,
        abstract,
        titleRepaired,
        abstractRepaired,
        gist: gistOf(abstractRepaired, { title: titleRepaired }),
        sources,
        // Links come from the repaired text, where `\url{…}` and `\_` no longer cut URLs short.
        links: extractLinks(abstractRepaired),
        ...metadata,
      };
    })
    .sort(bySlug);

  // The report names papers as their pages do: repaired, not as the seed listed them.
  const shownTitle = new Map(papers.map((paper) => [paper.slug, paper.titleRepaired]));
  return {
    papers,
    report: {
      stats: {
        files: files.length,
        entries: entries.length,
        papers: papers.length,
        duplicatesMerged: merged.duplicatesMerged,
        enriched: merged.enriched,
        warnings: warnings.length,
        repairedAbstracts: repaired.filter((result) => result.repairs.length > 0).length,
      },
      repairs: countRepairKinds(repaired),
      files,
      duplicates: merged.duplicates.map(({ key, sources, abstractsDiffer }) => {
        const slug = slugs.get(key)!;
        return { slug, title: shownTitle.get(slug)!, sources, abstractsDiffer };
      }),
      warnings: sortProblems(warnings),
      withoutAbstract: papers.filter((paper) => !paper.abstract).map(({ slug, titleRepaired }) => ({ slug, title: titleRepaired })),
    },
  };
}

/**
 * The one-line build log summary.
 * @example summaryLine(stats) // '6 seed files, 1309 entries → 627 unique papers (72 duplicates merged, 610 described by a bibliography), 129 abstracts repaired, 0 warnings'
 */
export function summaryLine(stats: SurveyStats): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return `${plural(stats.files, 'seed file')}, ${plural(stats.entries, 'entry', 'entries')} → ${plural(stats.papers, 'unique paper')} (${stats.duplicatesMerged} duplicates merged${stats.enriched > 0 ? `, ${stats.enriched} described by a bibliography` : ''}), ${plural(stats.repairedAbstracts, 'abstract')} repaired, ${plural(stats.warnings, 'warning')}`;
}
