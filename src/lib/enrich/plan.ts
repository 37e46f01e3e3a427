import type { Paper } from '../schemas/paper.ts';
import { titleKey } from '../seeds/normalize.ts';
import type { Coverage } from './coverage.ts';
import type { EnrichRecord } from './records.ts';

/** What deciding which papers to ask about needs of a paper. */
export type PlannedPaper = Pick<Paper, 'title' | 'doi' | 'arxiv'>;

export interface PlanOptions {
  /** Ask again about the papers recorded as not found or ambiguous. */
  retryMissed: boolean;
  /** Ask about at most this many papers this run. */
  limit: number | undefined;
}

export interface Plan<P extends PlannedPaper> {
  /** The papers to ask about this run, in survey order, each with its earlier record if any. */
  ask: { paper: P; previous: EnrichRecord | undefined }[];
  /** Papers that already have a DOI or an arXiv id: nothing to look up. */
  identified: number;
  /** Papers skipped because enriched.bib already records them, by what it records. */
  recorded: Record<EnrichRecord['status'], number>;
  /** Papers left for a later run by `limit`. */
  deferred: number;
}

/**
 * Which papers to ask arXiv about: those with neither a DOI nor an arXiv id, minus those
 * enriched.bib already records (by title key; a recorded miss or ambiguity is asked again only
 * with `retryMissed`), at most `limit` of them.
 * @example planLookups(papers, readCoverage(''), { retryMissed: false, limit: 10 }).ask.length // ≤ 10
 */
export function planLookups<P extends PlannedPaper>(papers: readonly P[], coverage: Pick<Coverage, 'byTitle'>, options: PlanOptions): Plan<P> {
  const plan: Plan<P> = { ask: [], identified: 0, recorded: { matched: 0, missed: 0, ambiguous: 0 }, deferred: 0 };
  for (const paper of papers) {
    if (paper.doi || paper.arxiv) {
      plan.identified++;
      continue;
    }
    const previous = coverage.byTitle.get(titleKey(paper.title));
    if (previous && (previous.status === 'matched' || !options.retryMissed)) {
      plan.recorded[previous.status]++;
      continue;
    }
    if (options.limit !== undefined && plan.ask.length >= options.limit) plan.deferred++;
    else plan.ask.push({ paper, previous });
  }
  return plan;
}
