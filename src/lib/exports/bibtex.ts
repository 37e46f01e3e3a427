import { shortHash } from '../hash-node.ts';
import { mathSpans } from '../text/math-spans.ts';

/**
 * `papers.bib`: one `@misc` entry per paper page, valid for BibTeX and for biblatex/biber.
 *
 * The survey knows a title, an abstract, where it was listed and the page URL: there are no
 * author, year or date fields because the seeds carry none, and none are invented.
 *
 * - Title capitalization: the whole title is wrapped in a second brace pair, `{{…}}`. Both
 *   BibTeX `.bst` styles (`change.case$`) and biblatex (`\MakeSentenceCase`) leave braced text
 *   alone. Protecting only acronyms would let a sentence-casing style lower-case every proper
 *   noun we cannot recognize ("hopfield networks"); with the whole title protected the worst
 *   case is a Title-Cased title in a sentence-case bibliography, never a wrong letter. (A title
 *   whose escaped form starts with a backslash gets a leading `{}`, because BibTeX treats a
 *   group that opens with `{\` as one "special character" and would change its case.)
 * - Text is plain text: every LaTeX special (`\ { } % & $ # _ ^ ~`, and `< > |` which print
 *   wrong in OT1 fonts) is escaped, TeX ligatures (`--`, `''`, ``` `` ```, `?``, `,,`) are
 *   broken with `{}`, whitespace runs become one space. Braces are written as
 *   `\textbraceleft{}`/`\textbraceright{}`, never `\{`, because BibTeX and biber count `\{` as
 *   a brace too and an unbalanced one would break the file.
 * - Math: a `$…$` span, found the way the site finds formulas (`mathSpans`: `$` hugging its
 *   content, no digit after the closing `$`, at most 120 characters), stays math only when it
 *   is also safe for LaTeX: balanced braces, no `%`, `&` or `#`, not ending in a backslash.
 *   Otherwise its dollars are escaped like any other text.
 * - URLs go into `url` verbatim (biblatex reads it verbatim) and into `howpublished` as
 *   `\url{…}` for BibTeX styles, with `%` and `#` escaped there since it is a macro argument.
 */

export interface BibtexPaper {
  slug: string;
  title: string;
  abstract: string;
  /** The paper page's public URL. */
  url: string;
  sources: { file: string; line: number }[];
}

const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};
const TEXT_SPECIAL = /[\\{}%&$#_^~<>|]/g;

// TeX turns `--` into a dash, two quotes into a curly quote, ?` into ¿ and ,, into „: an empty
// group between the characters keeps them literal.
const LIGATURE = /-(?=-)|'(?=')|`(?=`)|[?!](?=`)|,(?=,)/g;

const escapeText = (text: string) =>
  text.replace(TEXT_SPECIAL, (char) => TEXT_ESCAPES[char]!).replace(LIGATURE, '$&{}');

/** Whether a formula can go into LaTeX as it is without breaking the file or the document. */
function isSafeMath(formula: string): boolean {
  if (/[%&#]/.test(formula) || formula.endsWith('\\')) return false;
  let depth = 0;
  for (const char of formula) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Plain text as the content of a BibTeX field: specials escaped, safe `$…$` formulas kept.
 * @example escapeBibtexText('50% of $x^2$ & {more}') // '50\\% of $x^2$ \\& \\textbraceleft{}more\\textbraceright{}'
 */
export function escapeBibtexText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  let result = '';
  let cursor = 0;
  for (const { start, end, tex } of mathSpans(oneLine)) {
    if (!isSafeMath(tex)) continue;
    result += escapeText(oneLine.slice(cursor, start)) + oneLine.slice(start, end);
    cursor = end;
  }
  return result + escapeText(oneLine.slice(cursor));
}

/** A URL with the characters that cannot stand in a BibTeX field or a URL percent-encoded. */
function percentEncodeUnsafe(url: string): string {
  return url
    .trim()
    .replace(/[\s{}\\"<>^`|]/gu, (char) =>
      [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    );
}

/**
 * A citation key from a slug: letters, digits, `-`, `_`, `:` and `.` only.
 * @example bibtexKey('lora-low-rank-adaptation') // 'lora-low-rank-adaptation'
 */
export function bibtexKey(slug: string): string {
  const key = slug
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_:.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.:]+|[-.:]+$/g, '');
  return key || `paper-${shortHash(slug, 6)}`;
}

/** "Listed in survey seed 000_x.txt, line 11" (or "seeds a, line 1; b, line 4"). */
function sourceNote(sources: BibtexPaper['sources']): string {
  const places = sources.map(({ file, line }) => `${file}, line ${line}`).join('; ');
  return `Listed in survey seed${sources.length > 1 ? 's' : ''} ${places}`;
}

/**
 * The fields of a paper's entry, everything but its key: the costly part (escaping), so a build
 * that writes the same paper into several files can compute it once (see `toBibtexFile`).
 */
export function bibtexFields(paper: BibtexPaper): string {
  const url = percentEncodeUnsafe(paper.url);
  let title = escapeBibtexText(paper.title);
  if (title.startsWith('\\')) title = `{}${title}`;
  const fields: [string, string][] = [['title', `{${title}}`]];
  if (paper.abstract.trim()) fields.push(['abstract', escapeBibtexText(paper.abstract)]);
  fields.push(['url', url], ['howpublished', `\\url{${url.replace(/[%#]/g, '\\$&')}}`]);
  if (paper.sources.length > 0) fields.push(['note', escapeBibtexText(sourceNote(paper.sources))]);
  return fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
}

const entry = (key: string, fields: string) => `@misc{${key},\n${fields}\n}\n`;

/**
 * One BibTeX `@misc` entry for a paper page, keyed by its slug.
 * The options are reserved; an access date in particular is never written.
 * @example toBibtex({ slug: 'model-soups', title: 'Model Soups', abstract: '', url: 'https://example.org/papers/model-soups/', sources: [] })
 * // '@misc{model-soups,\n  title = {{Model Soups}},\n  url = {https://example.org/papers/model-soups/},\n  howpublished = {\\url{https://example.org/papers/model-soups/}}\n}\n'
 */
export function toBibtex(paper: BibtexPaper, _options?: { accessed?: never }): string {
  return entry(bibtexKey(paper.slug), bibtexFields(paper));
}

/**
 * A whole `.bib` file, entries in the given order, separated by blank lines.
 * Keys are unique even when two slugs reduce to the same key (compared case-insensitively, as
 * BibTeX does): the smallest slug keeps the plain key, the others get a short hash of their
 * slug appended. Throws on a repeated slug, which would be the same page twice. `fields` is
 * `bibtexFields` unless the caller caches it.
 */
export function toBibtexFile(papers: readonly BibtexPaper[], fields: (paper: BibtexPaper) => string = bibtexFields): string {
  const bySlug = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const { slug } of papers) {
    if (bySlug.has(slug)) throw new Error(`BibTeX export: slug "${slug}" appears twice`);
    bySlug.add(slug);
    const base = bibtexKey(slug).toLowerCase();
    groups.set(base, [...(groups.get(base) ?? []), slug]);
  }
  const keys = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const slugs of groups.values()) {
    const [first, ...rest] = slugs.sort();
    keys.set(first!, bibtexKey(first!));
    for (const slug of rest) {
      let length = 6;
      let key = `${bibtexKey(slug)}-${shortHash(slug, length)}`;
      while (taken.has(key.toLowerCase())) key = `${bibtexKey(slug)}-${shortHash(slug, ++length)}`;
      taken.add(key.toLowerCase());
      keys.set(slug, key);
    }
  }
  return papers.map((paper) => entry(keys.get(paper.slug)!, fields(paper))).join('\n');
}
