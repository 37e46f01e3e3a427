import { NO_METADATA, type PaperMetadata, type PaperSource } from '../schemas/paper.ts';
import { titleKey } from './normalize.ts';
import type { SeedEntry } from './parse.ts';
import type { SeedProblem } from './problems.ts';

/** A unique paper: every entry that names it, by title, DOI or arXiv id, merged. */
export interface MergedPaper extends PaperMetadata {
  /** The title key of the paper's title: what its slug and short id come from. */
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
  /** Papers listed more than once by the same kind of seed: two page dumps, or two bibliography entries. */
  duplicates: DuplicateGroup[];
  /** Entries merged into a paper that an entry of the same kind already listed. */
  duplicatesMerged: number;
  /** Papers that a bibliography entry describes beside a page dump. */
  enriched: number;
  warnings: SeedProblem[];
}

/** Whether an entry comes from a page dump rather than a bibliography. */
const fromDump = (entry: SeedEntry) => /\.txt$/i.test(entry.file);

/**
 * The identities of an entry: its title key, and its DOI and arXiv id when known. Two entries
 * that share one are the same paper.
 * @example identities({ title: 'Mamba', doi: '10.1/X', arxiv: null }) // ['title:mamba', 'doi:10.1/x']
 */
export function identities(entry: Pick<SeedEntry, 'title' | 'doi' | 'arxiv'>): string[] {
  return [`title:${titleKey(entry.title)}`, ...(entry.doi ? [`doi:${entry.doi.toLowerCase()}`] : []), ...(entry.arxiv ? [`arxiv:${entry.arxiv.toLowerCase()}`] : [])];
}

/** Groups entries that share an identity, directly or through others (union–find), in order of first entry. */
function groupEntries(entries: readonly SeedEntry[]): SeedEntry[][] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const identity of identities(entry)) {
      const j = owner.get(identity);
      if (j === undefined) owner.set(identity, i);
      else {
        const [a, b] = [find(i), find(j)];
        // The earlier entry is the root, so a group is ordered by its first entry.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, SeedEntry[]>();
  entries.forEach((entry, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  });
  return [...groups.values()];
}

const METADATA_FIELDS = Object.keys(NO_METADATA) as (keyof PaperMetadata)[];

const known = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** How much an entry knows of a paper: the number of metadata fields it fills. */
function richness(entry: SeedEntry): number {
  return METADATA_FIELDS.filter((field) => known(entry[field])).length;
}

/**
 * A paper's metadata from its entries: each field from the richest entry that knows it (the
 * richest first, then in file order), so one good bibliography entry wins over scattered scraps.
 */
function mergeMetadata(group: readonly SeedEntry[]): PaperMetadata {
  const ranked = [...group].sort((a, b) => richness(b) - richness(a));
  const metadata: Record<string, unknown> = { ...NO_METADATA };
  for (const field of METADATA_FIELDS) {
    const source = ranked.find((entry) => known(entry[field]));
    if (source) metadata[field] = source[field];
  }
  return metadata as unknown as PaperMetadata;
}

const place = (entry: SeedEntry) => `${entry.file}:${entry.line}`;

/** Disagreements between the entries of one paper: reported, never settled silently. */
function conflicts(group: readonly SeedEntry[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const first = group[0]!;
  for (const entry of group.slice(1)) {
    const at = { file: entry.file, line: entry.line };
    if (titleKey(entry.title) !== titleKey(first.title)) {
      const shared = entry.doi && first.doi && entry.doi.toLowerCase() === first.doi.toLowerCase() ? `DOI ${entry.doi}` : `an identifier with ${place(first)}`;
      problems.push({ ...at, message: `shares ${shared} but its title differs ("${entry.title}" against "${first.title}"); merged, the first title kept` });
    }
    for (const field of ['year', 'doi', 'arxiv'] as const) {
      const mine = entry[field];
      const theirs = group.find((other) => other !== entry && known(other[field]) && group.indexOf(other) < group.indexOf(entry))?.[field];
      if (known(mine) && known(theirs) && String(mine).toLowerCase() !== String(theirs).toLowerCase()) {
        problems.push({ ...at, message: `same paper as ${place(first)} with a different ${field === 'doi' ? 'DOI' : field === 'arxiv' ? 'arXiv id' : field} (${mine} against ${theirs}); the richer entry's is kept` });
      }
    }
  }
  return problems;
}

/**
 * Merges the entries that are the same paper: the same normalized title (case-folded), the
 * same DOI or the same arXiv id, across every seed file, dumps and bibliographies alike. The
 * first entry (in file, then line order) gives the title, so a paper's permanent links do not
 * move when a bibliography adds to it; the longest abstract wins, because the dumps truncate
 * rather than pad; metadata comes from the richest entry; every source is kept. A differing
 * abstract, and any disagreement of titles, years or identifiers, is a warning.
 */
export function mergeDuplicates(entries: readonly SeedEntry[]): MergeResult {
  const warnings: SeedProblem[] = [];
  const papers: MergedPaper[] = [];
  const duplicates: DuplicateGroup[] = [];
  let duplicatesMerged = 0;
  let enriched = 0;
  for (const group of groupEntries(entries)) {
    const first = group[0]!;
    let abstract = first.abstract;
    let abstractsDiffer = false;
    for (const entry of group.slice(1)) {
      // A bibliography entry without an abstract says nothing about the abstract.
      if (!entry.abstract || entry.abstract === abstract) continue;
      if (abstract) {
        abstractsDiffer = true;
        const kept = entry.abstract.length > abstract.length ? 'this one' : 'the earlier one';
        const same = titleKey(entry.title) === titleKey(first.title) ? 'same title' : 'same paper';
        warnings.push({ file: entry.file, line: entry.line, message: `${same} as ${place(first)} with a different abstract; kept the longer (${kept})` });
      }
      if (entry.abstract.length > abstract.length) abstract = entry.abstract;
    }
    warnings.push(...conflicts(group));
    const sources = group.map((entry) => ({ file: entry.file, line: entry.line, ...(entry.citekey ? { citekey: entry.citekey } : {}) }));
    const paper: MergedPaper = { key: titleKey(first.title), title: first.title, abstract, sources, ...mergeMetadata(group) };
    // The citekey and BibTeX entry a citation keeps are the first bibliography entry's, not the richest one's.
    paper.citekey = group.find((entry) => entry.citekey)?.citekey ?? null;
    paper.bibtex = group.find((entry) => entry.bibtex)?.bibtex ?? null;
    papers.push(paper);
    // A bibliography entry beside a dump describes the paper; a second dump or entry repeats it.
    const dumps = group.filter(fromDump).length;
    const bibliographies = group.length - dumps;
    const repeated = Math.max(0, dumps - 1) + Math.max(0, bibliographies - 1);
    if (repeated > 0) duplicates.push({ key: paper.key, title: paper.title, sources, abstractsDiffer });
    duplicatesMerged += repeated;
    if (dumps > 0 && bibliographies > 0) enriched++;
  }
  return { papers, duplicates, duplicatesMerged, enriched, warnings };
}
