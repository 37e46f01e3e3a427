import { shortHash } from '../hash-node.ts';
import type { Paper } from '../schemas/paper.ts';
import { BLACKBOARD, SUBSCRIPTS, SUPERSCRIPTS, SYMBOL_COMMANDS } from '../text/latex-symbols.ts';
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
 * - Unicode math, which the repaired abstracts use where no formula is needed (`34.4×`,
 *   `10∼100`, `γ-MoD`, `10⁻³`, `CO₂`), is written back as LaTeX, since LaTeX's text fonts have
 *   none of it: symbols as math (`34.4$\times$`, `$\gamma$-MoD`), script digits as
 *   `\textsuperscript{-3}`/`\textsubscript{2}`; inside a kept formula as commands and `^{…}`.
 *   The reverse of the site's symbol table (`src/lib/text/latex-symbols.ts`); `…` stays text.
 * - URLs go into `url` verbatim (biblatex reads it verbatim) and into `howpublished` as
 *   `\url{…}` for BibTeX styles, with `%` and `#` escaped there since it is a macro argument.
 */

/** What a citation needs of a paper: the repaired title and abstract, where it was listed, and its page's absolute URL. */
export type BibtexPaper = Pick<Paper, 'slug' | 'titleRepaired' | 'abstractRepaired' | 'sources'> & { url: string };

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

/** Unicode math character → LaTeX math command (`≤` → `\leq`, `ℝ` → `\mathbb{R}`). */
const MATH_COMMANDS = new Map<string, string>([
  ...[...SYMBOL_COMMANDS].map(([char, name]): [string, string] => [char, `\\${name}`]),
  ...Object.entries(BLACKBOARD).map(([letter, char]): [string, string] => [char, `\\mathbb{${letter}}`]),
]);
/** Script character → what it raises or lowers (`⁻` → `-`). */
const SCRIPT_BASE = new Map<string, string>([
  ...Object.entries(SUPERSCRIPTS).map(([base, char]): [string, string] => [char, base]),
  ...Object.entries(SUBSCRIPTS).map(([base, char]): [string, string] => [char, base]),
]);
/** `…` has a text glyph; every other symbol of the table is set as math. */
const TEXT_SYMBOLS = new Set(['…']);
const charClass = (chars: Iterable<string>) => `[${[...chars].join('')}]`;
const TEXT_MATH_CHAR = charClass([...MATH_COMMANDS.keys()].filter((char) => !TEXT_SYMBOLS.has(char)));
/**
 * What prose needs as LaTeX: a run of math symbols, of superscripts or of subscripts, or a
 * braced script the repair left as text because its base is a name (`resid_{c,t}`).
 */
const PROSE_MATH = new RegExp(
  `(${TEXT_MATH_CHAR}+)|(${charClass(Object.values(SUPERSCRIPTS))}+)|(${charClass(Object.values(SUBSCRIPTS))}+)|(?<=[\\p{L}\\p{N})\\]])([_^])\\{([^{}\\\\$]{1,20})\\}`,
  'gu',
);
const UNICODE_IN_FORMULA = new RegExp(`(${charClass(MATH_COMMANDS.keys())})|(${charClass(Object.values(SUPERSCRIPTS))}+)|(${charClass(Object.values(SUBSCRIPTS))}+)`, 'gu');

const unscript = (run: string) => [...run].map((char) => SCRIPT_BASE.get(char) ?? char).join('');

/**
 * Prose as LaTeX text: specials escaped, Unicode math and braced scripts written as LaTeX.
 * @example escapeProse('10∼100× at 10⁻³, CO₂, resid_{c,t}') // '10$\\sim$100$\\times$ at 10\\textsuperscript{-3}, CO\\textsubscript{2}, resid\\textsubscript{c,t}'
 */
function escapeProse(text: string): string {
  let out = '';
  let cursor = 0;
  for (const m of text.matchAll(PROSE_MATH)) {
    out += escapeText(text.slice(cursor, m.index));
    const [match, symbols, superscript, subscript, mark, script] = m;
    if (symbols) out += `$${[...symbols].map((char) => MATH_COMMANDS.get(char)).join('')}$`;
    else if (superscript || mark === '^') out += `\\textsuperscript{${escapeText(superscript ? unscript(superscript) : script!)}}`;
    else out += `\\textsubscript{${escapeText(subscript ? unscript(subscript) : script!)}}`;
    cursor = m.index + match.length;
  }
  return out + escapeText(text.slice(cursor));
}

/**
 * A formula with its Unicode symbols as commands and its script characters as scripts.
 * @example formulaToLatex('x × yᵀ') // 'x \\times y^{T}'
 */
function formulaToLatex(tex: string): string {
  return tex.replace(UNICODE_IN_FORMULA, (run, symbol: string | undefined, superscript: string | undefined, subscript: string | undefined, at: number) => {
    if (superscript) return `^{${unscript(superscript)}}`;
    if (subscript) return `_{${unscript(subscript)}}`;
    // `\times y`: a command swallows the letters glued to it.
    return `${MATH_COMMANDS.get(symbol!)}${/[A-Za-z]/.test(tex.charAt(at + run.length)) ? ' ' : ''}`;
  });
}

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
 * Plain text as the content of a BibTeX field: specials escaped, Unicode math as LaTeX, safe
 * `$…$` formulas kept.
 * @example escapeBibtexText('50% of $x^2$ & {more}, 5× faster') // '50\\% of $x^2$ \\& \\textbraceleft{}more\\textbraceright{}, 5$\\times$ faster'
 */
export function escapeBibtexText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  let result = '';
  let cursor = 0;
  for (const { start, end, tex } of mathSpans(oneLine)) {
    if (!isSafeMath(tex)) continue;
    const before = escapeProse(oneLine.slice(cursor, start));
    // `$\times$$x$` would read as display math to some parsers: keep the two formulas apart.
    result += `${before}${before.endsWith('$') ? '{}' : ''}$${formulaToLatex(tex)}$`;
    cursor = end;
  }
  const rest = escapeProse(oneLine.slice(cursor));
  return result + (result.endsWith('$') && rest.startsWith('$') ? '{}' : '') + rest;
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
  let title = escapeBibtexText(paper.titleRepaired);
  if (title.startsWith('\\')) title = `{}${title}`;
  const fields: [string, string][] = [['title', `{${title}}`]];
  if (paper.abstractRepaired.trim()) fields.push(['abstract', escapeBibtexText(paper.abstractRepaired)]);
  fields.push(['url', url], ['howpublished', `\\url{${url.replace(/[%#]/g, '\\$&')}}`]);
  if (paper.sources.length > 0) fields.push(['note', escapeBibtexText(sourceNote(paper.sources))]);
  return fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
}

const entry = (key: string, fields: string) => `@misc{${key},\n${fields}\n}\n`;

/**
 * One BibTeX `@misc` entry for a paper page, keyed by its slug. No access date is written: a
 * build must give the same bytes for the same seeds.
 * @example toBibtex({ slug: 'model-soups', titleRepaired: 'Model Soups', abstractRepaired: '', url: 'https://example.org/papers/model-soups/', sources: [] })
 * // '@misc{model-soups,\n  title = {{Model Soups}},\n  url = {https://example.org/papers/model-soups/},\n  howpublished = {\\url{https://example.org/papers/model-soups/}}\n}\n'
 */
export function toBibtex(paper: BibtexPaper): string {
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
