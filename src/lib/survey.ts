import { decodeSeed } from './seeds/decode.ts';
import { mergeDuplicates, type SeedSource } from './seeds/dedupe.ts';
import { extractLinks, type PaperLink } from './text/abstract-links.ts';
import { gistOf } from './text/gist.ts';
import { parseSeedFile } from './seeds/parse.ts';
import { countRepairKinds, repairAbstract } from './repair/repair-abstract.ts';
import { assignShortIds } from './links/short-ids.ts';
import { SeedError, sortProblems, type SeedProblem } from './seeds/problems.ts';
import { assignSlugs } from './seeds/slug.ts';

/** A seed file as read from disk. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

/** One unique paper, ready to become a content entry. */
export interface Paper {
  slug: string;
  title: string;
  /** The normalized plain text of the abstract, as the seeds had it. */
  abstract: string;
  /** The abstract with scrape damage repaired (`34.4times` → `34.4×`, LaTeX → `$…$` math): what pages show. */
  displayAbstract: string;
  /** One line for lists, meta descriptions and cards. */
  gist: string;
  sources: SeedSource[];
  links: PaperLink[];
  /** Id of the short permalink `/p/<shortId>/`, from the normalized title. */
  shortId: string;
}

/** A paper that more than one seed entry listed. */
export interface DuplicateReport {
  slug: string;
  title: string;
  sources: SeedSource[];
  abstractsDiffer: boolean;
}

export interface SeedFileReport {
  file: string;
  entries: number;
  chromeLines: number;
}

export interface SurveyStats {
  files: number;
  entries: number;
  papers: number;
  duplicatesMerged: number;
  warnings: number;
  /** Abstracts that needed at least one repair. */
  repairedAbstracts: number;
}

export interface Survey {
  /** Sorted by slug, the order every listing and export starts from. */
  papers: Paper[];
  files: SeedFileReport[];
  duplicates: DuplicateReport[];
  warnings: SeedProblem[];
  /** Repairs applied to abstracts, by kind. */
  repairs: Record<string, number>;
  stats: SurveyStats;
}

/**
 * Reads seed files into unique papers: decode → parse → merge duplicates → slug → links.
 * Throws a SeedError listing every unreadable line of every file when any file is malformed.
 */
export function buildSurvey(seedFiles: readonly SeedFile[]): Survey {
  const ordered = [...seedFiles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const errors: SeedProblem[] = [];
  const warnings: SeedProblem[] = [];
  const files: SeedFileReport[] = [];
  const entries = ordered.flatMap(({ name, bytes }) => {
    const decoded = decodeSeed(name, bytes);
    if (!decoded.ok) {
      errors.push(decoded.problem);
      return [];
    }
    const parsed = parseSeedFile(name, decoded.text);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    files.push({ file: name, entries: parsed.entries.length, chromeLines: parsed.chromeLines });
    return parsed.entries;
  });
  if (ordered.length === 0) errors.push({ file: '(seeds folder)', line: 0, message: 'no *.txt seed files found' });
  if (errors.length > 0) throw new SeedError(errors);

  const merged = mergeDuplicates(entries);
  warnings.push(...merged.warnings);
  const slugs = assignSlugs(merged.papers);
  const shortIds = assignShortIds(merged.papers.map(({ key }) => key));
  const repaired = merged.papers.map(({ abstract }) => repairAbstract(abstract));
  const papers = merged.papers
    .map(({ key, title, abstract, sources }, index) => {
      const displayAbstract = repaired[index]!.text;
      return {
        slug: slugs.get(key)!,
        title,
        abstract,
        displayAbstract,
        gist: gistOf(displayAbstract),
        sources,
        // Links come from the repaired text, where `\url{…}` and `\_` no longer cut URLs short.
        links: extractLinks(displayAbstract),
        shortId: shortIds.get(key)!,
      };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

  return {
    papers,
    files,
    duplicates: merged.duplicates.map(({ key, ...group }) => ({ slug: slugs.get(key)!, ...group })),
    warnings: sortProblems(warnings),
    repairs: countRepairKinds(repaired),
    stats: {
      files: files.length,
      entries: entries.length,
      papers: papers.length,
      duplicatesMerged: entries.length - papers.length,
      warnings: warnings.length,
      repairedAbstracts: repaired.filter((result) => result.repairs.length > 0).length,
    },
  };
}

/**
 * The one-line build log summary.
 * @example summaryLine(stats) // '5 seed files, 699 entries → 627 unique papers (72 duplicates merged), 127 abstracts repaired, 0 warnings'
 */
export function summaryLine(stats: SurveyStats): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(stats.files, 'seed file')}, ${plural(stats.entries, 'entry').replace('entrys', 'entries')} → ${plural(stats.papers, 'unique paper')} (${stats.duplicatesMerged} duplicates merged), ${plural(stats.repairedAbstracts, 'abstract')} repaired, ${plural(stats.warnings, 'warning')}`;
}
