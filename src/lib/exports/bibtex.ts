import type { Paper } from '../schemas/paper.ts';
import { monthNumber } from '../seeds/bibliography/dates.ts';
import { isPersonName } from './authors.ts';
import { escapeBibtexText } from './bibtex-text.ts';

/**
 * BibTeX entries of the survey's papers, valid for BibTeX and for biblatex/biber.
 *
 * - A paper that came from the author's own `.bib` is cited as they wrote it: their entry
 *   type, citekey and fields, unchanged, so it pastes into their LaTeX paper or Beamer talk.
 * - Any other paper gets an entry made from what is known: authors, year, venue, DOI, arXiv
 *   eprint, and the title and abstract as the site shows them; a paper known only from a page
 *   dump stays `@misc` with its title and page URL. Nothing is invented: no field without a value.
 * - Title capitalization: the whole title is wrapped in a second brace pair, `{{…}}`. Both
 *   BibTeX `.bst` styles (`change.case$`) and biblatex (`\MakeSentenceCase`) leave braced text
 *   alone. Protecting only acronyms would let a sentence-casing style lower-case every proper
 *   noun we cannot recognize ("hopfield networks"); with the whole title protected the worst
 *   case is a Title-Cased title in a sentence-case bibliography, never a wrong letter. (A title
 *   whose escaped form starts with a backslash gets a leading `{}`, because BibTeX treats a
 *   group that opens with `{\` as one "special character" and would change its case.)
 * - Text is escaped by `escapeBibtexText` (src/lib/exports/bibtex-text.ts).
 * - URLs go into `url` verbatim (biblatex reads it verbatim) and, for a page-dump paper, into
 *   `howpublished` as `\url{…}` for BibTeX styles, with `%` and `#` escaped there since it is a
 *   macro argument.
 */

/** What a citation needs of a paper, and its page's absolute URL. */
export type BibtexPaper = Pick<
  Paper,
  'slug' | 'titleRepaired' | 'abstractRepaired' | 'sources' | 'authors' | 'year' | 'month' | 'venue' | 'doi' | 'arxiv' | 'paperUrl' | 'type' | 'citekey' | 'bibtex'
> & { url: string };

/**
 * What goes into an entry besides what is known: the abstract (the files have it, a copied entry
 * does not; an author's own entry loses its `abstract` field then too).
 */
export interface EntryOptions {
  abstract?: boolean;
}

/** A URL with the characters that cannot stand in a BibTeX field or a URL percent-encoded. */
function percentEncodeUnsafe(url: string): string {
  return url
    .trim()
    .replace(/[\s{}\\"<>^`|]/gu, (char) =>
      [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    );
}

/** "Listed in survey seed 000_x.txt, line 11" (or "seeds a, line 1; b, line 4"). */
function sourceNote(sources: BibtexPaper['sources']): string {
  const places = sources.map(({ file, line }) => `${file}, line ${line}`).join('; ');
  return `Listed in survey seed${sources.length > 1 ? 's' : ''} ${places}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PREPRINT = /\b(arxiv|biorxiv|medrxiv|ssrn|preprint|corr)\b/i;

/**
 * A name for BibTeX's `author`: `Family, Given`; a person's literal name ("Joost van de Weijer")
 * as written, for BibTeX to split into first, von and last parts itself; any other literal name
 * ("Google Research") braced so BibTeX does not split it.
 */
function bibtexName(author: Paper['authors'][number]): string {
  if ('literal' in author) return isPersonName(author.literal) ? escapeBibtexText(author.literal.trim()) : `{${escapeBibtexText(author.literal)}}`;
  return author.given ? `${escapeBibtexText(author.family)}, ${escapeBibtexText(author.given)}` : escapeBibtexText(author.family);
}

type Field = [name: string, value: string, braced?: boolean];

/** The entry type and fields made from what the survey knows of a paper. */
function knownFields(paper: BibtexPaper, options: EntryOptions): { type: string; fields: Field[] } {
  let title = escapeBibtexText(paper.titleRepaired);
  if (title.startsWith('\\')) title = `{}${title}`;
  const venue = paper.venue && !PREPRINT.test(paper.venue) ? paper.venue : undefined;
  const described = paper.authors.length > 0 || paper.year !== null || paper.doi || paper.arxiv || venue;
  const type = venue ? (paper.type && paper.type !== 'misc' ? paper.type : 'article') : 'misc';
  const fields: Field[] = [];
  if (paper.authors.length > 0) fields.push(['author', paper.authors.map(bibtexName).join(' and ')]);
  fields.push(['title', `{${title}}`]);
  if (venue) fields.push([/^(inproceedings|incollection|conference)$/.test(type) ? 'booktitle' : 'journal', escapeBibtexText(venue)]);
  if (paper.year !== null) fields.push(['year', String(paper.year)]);
  if (paper.month !== null) fields.push(['month', MONTHS[paper.month - 1]!, false]);
  if (paper.doi) fields.push(['doi', paper.doi]);
  if (paper.arxiv) fields.push(['eprint', paper.arxiv], ['archiveprefix', 'arXiv']);
  const url = percentEncodeUnsafe(paper.paperUrl ?? (paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : paper.url));
  fields.push(['url', url]);
  if (!described) fields.push(['howpublished', `\\url{${url.replace(/[%#]/g, '\\$&')}}`]);
  if (options.abstract !== false && paper.abstractRepaired.trim()) fields.push(['abstract', escapeBibtexText(paper.abstractRepaired)]);
  if (!described && paper.sources.length > 0) fields.push(['note', escapeBibtexText(sourceNote(paper.sources))]);
  return { type, fields };
}

/**
 * A field of the author's own entry as they wrote it; a month the parser read from BibTeX's
 * `dec` macro (or a number) goes back as the macro, which styles print as the month's name.
 */
function ownField([name, value]: [string, string]): Field {
  const month = name.toLowerCase() === 'month' ? monthNumber(value) : null;
  return month !== null ? [name, MONTHS[month - 1]!, false] : [name, value];
}

/**
 * One paper's BibTeX entry under `key`.
 * @example bibtexEntry({ slug: 'model-soups', titleRepaired: 'Model Soups', abstractRepaired: '', url: 'https://example.org/papers/model-soups/', sources: [], ...NO_METADATA }, 'modelsoups')
 * // '@misc{modelsoups,\n  title = {{Model Soups}},\n  url = {https://example.org/papers/model-soups/},\n  howpublished = {\\url{https://example.org/papers/model-soups/}}\n}\n'
 */
export function bibtexEntry(paper: BibtexPaper, key: string, options: EntryOptions = {}): string {
  const { type, fields } = paper.bibtex
    ? { type: paper.bibtex.type, fields: Object.entries(paper.bibtex.fields).filter(([name]) => options.abstract !== false || name !== 'abstract').map(ownField) }
    : knownFields(paper, options);
  const body = fields.map(([name, value, braced = true]) => `  ${name} = ${braced ? `{${value}}` : value}`).join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

/**
 * A whole `.bib` file, entries in the given order, separated by blank lines, each under its key
 * from `keys` (see `assignCitationKeys`). Throws on a repeated slug, which would be the same page
 * twice. `entry` is `bibtexEntry` unless the caller caches it (a build writes each paper into
 * several files).
 */
export function toBibtexFile(papers: readonly BibtexPaper[], keys: ReadonlyMap<string, string>, entry: (paper: BibtexPaper) => string = (paper) => bibtexEntry(paper, keys.get(paper.slug)!)): string {
  const seen = new Set<string>();
  for (const { slug } of papers) {
    if (seen.has(slug)) throw new Error(`BibTeX export: slug "${slug}" appears twice`);
    seen.add(slug);
  }
  return papers.map(entry).join('\n');
}
