import { escapeBibtexText } from '../exports/bibtex-text.ts';
import { generatedKey } from '../exports/generated-key.ts';
import type { ArxivEntry } from './atom.ts';

/**
 * What `npm run enrich` writes to `enriched.bib`, one record per paper it asked about:
 *
 *     @comment{survey-enrich {"status":"matched","title":"…","arxiv":"2106.09685","key":"hu2021lora","api":"http://export.arxiv.org/api/query","query":"ti:\"…\"","at":"2025-…Z"}}
 *     @misc{hu2021lora,
 *       author = {Edward J. Hu and …},
 *       …
 *     }
 *
 *     @comment{survey-enrich {"status":"missed","title":"…","api":"…","query":"ti:\"…\"","at":"…"}}
 *
 * - The `survey-enrich` line says where the entry came from (the API and the query asked) and when; it is
 *   also what a rerun reads back (`coverage.ts`) to skip the papers already asked about, so no
 *   BibTeX parser is needed for that. It is JSON inside `@comment{…}`, which BibTeX, biber and
 *   bibliography managers skip whole; `{ } @ %` inside its strings are written as `\u007b`-style
 *   escapes, so its braces always balance and nothing in it looks like an entry.
 * - The entry's `title` is the paper's title exactly as the survey has it (not arXiv's), so the
 *   build merges the entry into its page-dump paper by title; authors in order, year and month
 *   of the first version, DOI and journal reference come with it. Not the abstract: the paper
 *   has one from its dump, and two differing abstracts would be a warning for every paper.
 * - Every value is on one line and an entry ends with a line holding only `}`: a record is
 *   complete when that line is there, which is how a rerun tells a record cut short by a crash.
 */

export type RecordStatus = 'matched' | 'missed' | 'ambiguous';

/** The `survey-enrich` line of a record. */
export interface EnrichRecord {
  status: RecordStatus;
  /** The paper's title exactly as the survey has it. */
  title: string;
  /** The arXiv id (matched). */
  arxiv?: string;
  /** The entry's citation key (matched). */
  key?: string;
  /** The arXiv ids that share the title (ambiguous). */
  candidates?: string[];
  /** The API asked (its query endpoint). */
  api: string;
  /** The search query asked, as the API reads it (`ti:"…"`). */
  query: string;
  /** When it was asked (ISO 8601). */
  at: string;
}

/** How a record's line starts. */
export const RECORD_PREFIX = '@comment{survey-enrich ';

/** The first lines of a new enriched.bib: what the file is, for someone who opens it. */
export const FILE_HEADER =
  '@comment{Written by npm run enrich: arXiv metadata for page-dump papers, found by exact title. ' +
  'Each paper asked about has a survey-enrich line (the query, when, what came back) and, when arXiv has the paper, ' +
  'its entry below. The build merges an entry into its paper by title. To ask again about one paper, delete its lines; ' +
  'to ask again about every paper not found, run npm run enrich -- --retry-missed.}\n\n';

const COMMENT_UNSAFE = /[{}@%]/g;

/**
 * A record's `survey-enrich` line, newline included.
 * @example recordLine({ status: 'missed', title: 'A {B}', api: 'a', query: 'q', at: 't' }) // '@comment{survey-enrich {"status":"missed","title":"A \\u007bB\\u007d","api":"a","query":"q","at":"t"}}\n'
 */
export function recordLine(record: EnrichRecord): string {
  // A flat object: its only structural braces are the outer two, so every other brace (or @, %)
  // is inside a string, where the JSON escape means the same character.
  const json = JSON.stringify(record);
  const inner = json.slice(1, -1).replace(COMMENT_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${RECORD_PREFIX}{${inner}}}\n`;
}

/**
 * A citation key for a match, in the site's style (first author's family name, year, first
 * significant title word), made unique among `taken` (compared without case, as BibTeX does)
 * by adding the arXiv id.
 * @example citationKey({ id: '2106.09685', authors: ['Edward J. Hu'], year: 2021 }, 'LoRA: Low-Rank Adaptation', new Set()) // 'hu2021lora'
 */
export function citationKey(entry: Pick<ArxivEntry, 'id' | 'authors' | 'year'>, title: string, taken: ReadonlySet<string>): string {
  // arXiv writes names given names first, so each is taken as a literal name (cited by its last word).
  const generated = generatedKey({ titleRepaired: title, authors: entry.authors.slice(0, 1).map((literal) => ({ literal })), year: entry.year ?? null });
  const key = generated === 'paper' ? `arxiv${entry.id.replace(/\//g, '-')}` : generated;
  const lower = new Set([...taken].map((k) => k.toLowerCase()));
  return lower.has(key.toLowerCase()) ? `${key}-${entry.id.replace(/\//g, '-')}` : key;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An author's name for BibTeX: as written ("First Last" is BibTeX's own form); one with a comma braced whole, as BibTeX would read the comma as "Last, First". */
const bibtexName = (name: string) => (name.includes(',') ? `{${escapeBibtexText(name)}}` : escapeBibtexText(name));

/** Stands in for each dollar of a title while the rest is escaped (a private-use character, in no title). */
const DOLLAR = '\uE000';

/**
 * The survey's title as a BibTeX title that reads back as exactly that text, braced twice like
 * the site's own BibTeX (src/lib/exports/bibtex.ts) so no style changes its case. Unlike the
 * abstract, a `$` in it stays a literal dollar rather than opening a formula: a reader would
 * turn `$x_1$` into `x₁`, and the title would no longer be the one the build merges by.
 * @example bibtexTitle('Cost $x_1$ & 5× faster') // '{Cost \\$x\\_1\\$ \\& 5$\\times$ faster}'
 */
export function bibtexTitle(title: string): string {
  let escaped = escapeBibtexText(title.replaceAll('$', DOLLAR)).replaceAll(DOLLAR, '\\$');
  // BibTeX reads a group opening with `{\` as one special character and would change its case.
  if (escaped.startsWith('\\')) escaped = `{}${escaped}`;
  return `{${escaped}}`;
}

/**
 * The BibTeX entry of a match: `@article` with the journal reference as `journal` when arXiv has
 * one, `@misc` otherwise; the title is the survey's (`bibtexTitle`), the rest arXiv's.
 */
export function arxivEntry(title: string, entry: ArxivEntry, key: string): string {
  const fields: [string, string, braced?: boolean][] = [];
  if (entry.authors.length > 0) fields.push(['author', entry.authors.map(bibtexName).join(' and ')]);
  fields.push(['title', bibtexTitle(title)]);
  if (entry.journalRef) fields.push(['journal', escapeBibtexText(entry.journalRef)]);
  if (entry.year !== null) fields.push(['year', String(entry.year)]);
  if (entry.month !== null) fields.push(['month', MONTHS[entry.month - 1]!, false]);
  if (entry.doi) fields.push(['doi', entry.doi.replace(/[{}\\%\s]/g, '')]);
  fields.push(['eprint', entry.id], ['archivePrefix', 'arXiv']);
  if (entry.primaryCategory) fields.push(['primaryClass', escapeBibtexText(entry.primaryCategory)]);
  fields.push(['url', `https://arxiv.org/abs/${entry.id}`]);
  const body = fields.map(([name, value, braced = true]) => `  ${name} = ${braced ? `{${value}}` : value}`).join(',\n');
  return `@${entry.journalRef ? 'article' : 'misc'}{${key},\n${body}\n}\n`;
}

/** Where, how and when a paper was asked about. */
export type Asked = Pick<EnrichRecord, 'api' | 'query' | 'at'>;

/**
 * The record of a match: its `survey-enrich` line, the entry, a blank line.
 */
export function matchedRecord(title: string, entry: ArxivEntry, key: string, asked: Asked): string {
  return `${recordLine({ status: 'matched', title, arxiv: entry.id, key, ...asked })}${arxivEntry(title, entry, key)}\n`;
}

/**
 * The record of a paper arXiv has not (missed) or has more than once under its title (ambiguous,
 * with the candidate ids): a `survey-enrich` line, so a rerun skips it unless told to retry.
 */
export function unmatchedRecord(title: string, asked: Asked, candidates?: readonly string[]): string {
  return `${recordLine(candidates ? { status: 'ambiguous', title, candidates: [...candidates], ...asked } : { status: 'missed', title, ...asked })}\n`;
}
