import { titleKey } from './normalize.ts';
import type { SeedEntry } from './parse.ts';
import type { PaperSource } from '../schemas/paper.ts';
import type { SeedProblem } from './problems.ts';

/** A unique paper: every entry with the same normalized, case-folded title, merged. */
export interface MergedPaper {
  key: string;
  title: string;
  abstract: string;
  sources: PaperSource[];
}

export interface DuplicateGroup {
  key: string;
  title: string;
  sources: PaperSource[];
  /** True when the merged entries did not all carry the same abstract. */
  abstractsDiffer: boolean;
}

export interface MergeResult {
  papers: MergedPaper[];
  duplicates: DuplicateGroup[];
  warnings: SeedProblem[];
}

/**
 * Merges entries that are the same paper. The first entry (in file, then line order) gives
 * the title; the longest abstract wins, because the dumps truncate rather than pad; every
 * source is kept. A differing abstract is a warning, since one of the two copies is damaged.
 */
export function mergeDuplicates(entries: readonly SeedEntry[]): MergeResult {
  const byKey = new Map<string, { paper: MergedPaper; first: SeedEntry; abstractsDiffer: boolean }>();
  const warnings: SeedProblem[] = [];

  for (const entry of entries) {
    const key = titleKey(entry.title);
    const source = { file: entry.file, line: entry.line };
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, {
        paper: { key, title: entry.title, abstract: entry.abstract, sources: [source] },
        first: entry,
        abstractsDiffer: false,
      });
      continue;
    }
    seen.paper.sources.push(source);
    if (entry.abstract !== seen.paper.abstract) {
      seen.abstractsDiffer = true;
      const kept = entry.abstract.length > seen.paper.abstract.length ? 'this one' : 'the earlier one';
      warnings.push({
        ...source,
        message: `same title as ${seen.first.file}:${seen.first.line} with a different abstract; kept the longer (${kept})`,
      });
      if (entry.abstract.length > seen.paper.abstract.length) seen.paper.abstract = entry.abstract;
    }
  }

  const merged = [...byKey.values()];
  return {
    papers: merged.map(({ paper }) => paper),
    duplicates: merged
      .filter(({ paper }) => paper.sources.length > 1)
      .map(({ paper, abstractsDiffer }) => ({ key: paper.key, title: paper.title, sources: paper.sources, abstractsDiffer })),
    warnings,
  };
}
