/**
 * Repairs the LaTeX that web scrapes mangle in paper abstracts.
 *
 * The listing pages the seeds come from render arXiv-style abstracts as HTML; the scrape
 * then drops backslashes (`34.4times`, `R^{ntimes n}`, `{sf B}`), keeps some escapes
 * (`50\%`, `Strip\_MLP`, `na\"{\i}ve`), loses one `$` of a pair (`5.18\times$ latency`) and
 * glues LaTeX link duplicates to URLs (`https://a.io/x{https://a.io/x}`).
 *
 * The output is still plain text. The only markup it may contain is inline math written as
 * `$…$`, which the site renders with remark-math + KaTeX (see `abstractToMarkdown`). Plain
 * Unicode is used wherever no real formula is needed (`34.4×`, `10∼100×`, `CO₂`, `γ-MoD`).
 *
 * Principles
 * - Every rule matches a narrow, recognisable pattern; anything ambiguous stays as it is.
 * - A repair never deletes a word: it removes LaTeX syntax (commands, braces, `$`, `~`) or
 *   an exact duplicate of a URL that stays in the text.
 * - All rules look at the original text and propose non-overlapping edits in priority order,
 *   so the result does not depend on rule interplay, and repairing twice equals repairing once.
 * - Every repair is recorded with a kind, so a build can report counts per kind.
 *
 * The `$` rule (also used by the site's math renderer): a `$` opens a formula only when a
 * non-space character follows it, and the next `$` closes it only when a non-space character
 * precedes it and no digit follows it; the formula must be at most 120 characters and must not
 * read like prose (no sentence break, no three consecutive plain words). A pair that passes
 * is kept as math (`$$…$$` becomes `$…$`). Every other `$` is a stray: a currency sign (`$`
 * followed by a digit, after a space, a bracket, a sign or a capital as in `US$5`) is kept,
 * any other stray `$` is removed (`stray-dollar`) and what it wrapped is repaired as prose:
 * `up to 5.18\times$ latency … 42.9%$ energy` → `up to 5.18× latency … 42.9% energy`.
 *
 * Kinds: stray-dollar, math-delimiter, math-command (lost `\` inside a real formula),
 * url-command, url-duplicate, escaped-percent, escaped-underscore, escaped-char, latex-accent,
 * font-command, stray-braces, latin-abbrev, latex-quotes, latex-dash, tilde-space,
 * symbol-command, greek-letter, math-expression, superscript, subscript, times, sim,
 * name-macro (`\proj` → `proj`: an author's macro for a name, whose expansion is unknown),
 * space-before-punctuation (`ZeroQ , a` → `ZeroQ, a`), citation-key (`DNAS~wu2018mixed` →
 * `DNAS`: the key of a lost `\cite`), sentence-space (`images.In this` → `images. In this`),
 * and, given the corpus's vocabulary, glued-words (`asystem` → `a system`) and broken-hyphen
 * (`over- head` → `overhead`).
 *
 * Deliberately left alone: `times`/`sometimes` as words (`3.8 times less`, `5 times 5`),
 * identifiers (`Strip_MLP`, `top_k`, `x86_64`, `GCNN_n`, `pos_t`), `~` in ranges and
 * approximations (`10~20X`, `~85%`), unknown
 * macros with an argument (`\cite{…}`), `approx` as an English abbreviation, and anything
 * whose letters are not all variables or command names.
 */

import { applyEdits, createPlan, type RepairKind, type RepairResult, type Rule } from './engine.ts';
import { repairAccents } from './rules/accents.ts';
import { repairComplexity } from './rules/complexity.ts';
import { repairDollars } from './rules/dollars.ts';
import { repairEscapes } from './rules/escapes.ts';
import { repairFonts, repairStrayBraces } from './rules/fonts.ts';
import { repairFormulas } from './rules/formulas.ts';
import { repairLatin } from './rules/latin.ts';
import { repairNameMacros } from './rules/macros.ts';
import { repairMathDelimiters } from './rules/math-delimiters.ts';
import { repairPunctuation, repairSpaceBeforePunctuation } from './rules/punctuation.ts';
import { repairRelations } from './rules/relations.ts';
import { repairSymbolWords } from './rules/symbol-words.ts';
import { repairSymbols } from './rules/symbols.ts';
import { repairTildes } from './rules/tildes.ts';
import { repairUrls } from './rules/urls.ts';
import { repairCitationKeys } from './rules/citation-keys.ts';
import { repairBrokenHyphens, repairGluedSentences, repairGluedWords } from './rules/glued-text.ts';
import { repairLooseMath } from './rules/loose-math.ts';
import type { CorpusVocabulary } from './vocabulary.ts';
import { mathSpans } from '../text/math-spans.ts';
import { plainMath } from '../text/plain-math.ts';

export type { Repair, RepairKind, RepairResult } from './engine.ts';

/**
 * The rules in priority order: where two would edit the same text, the earlier one wins.
 * Formulas and URLs come first so that they are protected from the prose rules.
 */
const RULES: readonly Rule[] = [
  repairDollars,
  repairMathDelimiters,
  repairUrls,
  repairEscapes,
  repairAccents,
  repairFonts,
  repairLatin,
  repairPunctuation,
  repairCitationKeys,
  repairTildes,
  repairSymbolWords,
  repairComplexity,
  repairRelations,
  repairFormulas,
  repairStrayBraces,
  repairSymbols,
  repairNameMacros,
  repairLooseMath,
  repairSpaceBeforePunctuation,
  repairGluedSentences,
  repairGluedWords,
  repairBrokenHyphens,
];

/** Skips the rules for text with nothing any of them could match (most abstracts). */
const QUICK_CHECK = /[\\$~{}^_`]|times|sim|--|[a-z)\]][.!?][A-Z]|[a-z],[a-z]|\bmu\b|(?:alpha|beta|gamma|delta|epsilon|zeta|theta|kappa|lambda|sigma|tau|phi|psi|omega|rho) [A-Za-z]\b|[a-z]-[A-Z]|-(?:mu|infty)\b|arrow|mapsto|infty|leq|geq|neq|otimes|oplus|odot|subseteq|supseteq|setminus|cdot|ldots|O\(|Theta\(|Omega\(| (?:le|leq|ge|geq|neq) | +[,.;:](?:\s|$)/;

/** Titles hold no links: the URL rules (`\url{…}`, LaTeX link duplicates) are for abstracts. */
const TITLE_RULES = RULES.filter((rule) => rule !== repairUrls);

/** What repairing with the corpus at hand adds: splitting glued words and joining broken hyphens needs its vocabulary. */
export interface RepairContext {
  vocabulary?: CorpusVocabulary;
}

function applyRules(text: string, rules: readonly Rule[], { vocabulary }: RepairContext = {}): RepairResult {
  if (!vocabulary && !QUICK_CHECK.test(text)) return { text, repairs: [] };
  const plan = createPlan(text, vocabulary);
  for (const rule of rules) rule(plan);
  if (plan.edits.length === 0) return { text, repairs: [] };
  plan.repairs.sort((a, b) => a.index - b.index);
  return { text: applyEdits(text, plan.edits), repairs: plan.repairs };
}

/**
 * Repairs the scrape damage in one abstract (see the module comment for the rules).
 * @example repairAbstract('up to 34.4times faster').text // 'up to 34.4× faster'
 */
export function repairAbstract(text: string, context: RepairContext = {}): RepairResult {
  return applyRules(text, RULES, context);
}

/**
 * A title as pages show it: repaired like an abstract but for the URL rules, and plain text
 * throughout, formulas as Unicode, since a title also goes where no math is rendered
 * (`<title>`, feeds, social cards). Slugs keep coming from the scraped title.
 * @example repairTitle('HyperZcdotZcdotW Operator') // 'HyperZ·Z·W Operator'
 */
export function repairTitle(title: string, context: RepairContext = {}): string {
  const { text } = applyRules(title, TITLE_RULES, context);
  let plain = '';
  let cursor = 0;
  for (const { start, end, tex } of mathSpans(text)) {
    plain += text.slice(cursor, start) + plainMath(tex);
    cursor = end;
  }
  return plain + text.slice(cursor);
}

/** Repairs per kind, in order of first appearance. */
export type RepairCounts = Partial<Record<RepairKind, number>>;

/**
 * Counts repairs per kind over many abstracts, for the build report.
 * @example countRepairKinds([repairAbstract('34.4times and 2times')]) // { times: 2 }
 */
export function countRepairKinds(results: readonly RepairResult[]): RepairCounts {
  const counts: RepairCounts = {};
  for (const result of results) {
    for (const repair of result.repairs) counts[repair.kind] = (counts[repair.kind] ?? 0) + 1;
  }
  return counts;
}
