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
 * symbol-command, greek-letter, math-expression, superscript, subscript, times, sim.
 *
 * Deliberately left alone: `times`/`sometimes` as words (`3.8 times less`, `5 times 5`),
 * identifiers (`Strip_MLP`, `top_k`, `x86_64`, `GCNN_n`, `pos_t`), `~` in ranges and
 * approximations (`10~20X`, `~85%`) and before citation keys (`Sanghavi~jns13`), unknown
 * macros (`\proj`), `approx` as an English abbreviation, and anything whose letters are not
 * all variables or command names (`HyperZ{cdotZ{cdot}W}`).
 */

export type RepairKind = string;

export interface Repair {
  kind: RepairKind;
  /** The original text that was replaced. */
  from: string;
  /** What replaced it (only this repair's edits applied). */
  to: string;
  /** Offset of `from` in the original text. */
  index: number;
}

export interface RepairResult {
  text: string;
  repairs: Repair[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ',
  eta: 'η', theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν',
  xi: 'ξ', pi: 'π', varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ',
  upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ',
  Upsilon: 'Υ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** Binary operators and relations: typeset with spaces around them. */
const OPERATORS = new Set([
  'times', 'otimes', 'oplus', 'odot', 'cdot', 'circ', 'pm', 'mp', 'div', 'in', 'notin', 'ni',
  'subset', 'subseteq', 'supset', 'supseteq', 'cup', 'cap', 'setminus', 'le', 'leq', 'ge', 'geq',
  'neq', 'ne', 'approx', 'sim', 'simeq', 'cong', 'equiv', 'propto', 'll', 'gg', 'to',
  'rightarrow', 'leftarrow', 'Rightarrow', 'Leftarrow', 'leftrightarrow', 'mapsto', 'mid',
]);
const FUNCTIONS = new Set(['log', 'ln', 'exp', 'sin', 'cos', 'tan', 'tanh', 'det', 'dim', 'max', 'min', 'sup', 'inf', 'lim', 'arg']);
/** Symbols that only make sense as a superscript or subscript when spelled without `\`. */
const SCRIPT_SYMBOLS = new Set(['top', 'star', 'ast', 'prime', 'dagger', 'perp', 'infty']);
const SYMBOLS = new Set(['ell', 'infty', 'partial', 'nabla', 'hbar', 'emptyset', 'forall', 'exists', 'cdots', 'ldots']);
/** Commands that take an argument. */
const WRAPPERS = new Set([
  'mathcal', 'mathbb', 'mathbf', 'mathrm', 'mathsf', 'mathit', 'mathtt', 'mathfrak', 'boldsymbol',
  'operatorname', 'frac', 'sqrt', 'widetilde', 'widehat', 'tilde', 'hat', 'bar', 'vec', 'overline',
]);
const TWO_LETTER_COMMANDS = new Set(['in', 'to', 'le', 'ge', 'ne', 'ni', 'mu', 'nu', 'pi', 'xi', 'ln', 'pm', 'mp', 'll', 'gg']);

function isGreek(word: string): boolean {
  return Object.hasOwn(GREEK, word);
}

function isCommand(word: string): boolean {
  return isGreek(word) || OPERATORS.has(word) || FUNCTIONS.has(word) || SYMBOLS.has(word) || SCRIPT_SYMBOLS.has(word) || WRAPPERS.has(word);
}

/** Command names that are never English words: seeing one glued to a letter means math. */
const UNAMBIGUOUS = new Set([
  'times', 'otimes', 'oplus', 'odot', 'cdot', 'subseteq', 'supseteq', 'leq', 'geq', 'neq', 'approx',
  'infty', 'setminus', 'propto', 'rightarrow', 'leftarrow', 'Rightarrow', 'leftrightarrow',
  'mathcal', 'mathbb', 'mathbf', 'mathrm', 'mathsf', 'widetilde', 'widehat', 'sqrt', 'frac',
  'alpha', 'gamma', 'delta', 'epsilon', 'varepsilon', 'theta', 'vartheta', 'lambda', 'sigma',
  'omega', 'varphi', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Sigma', 'Omega',
]);

/** Commands that may be glued to a one-letter variable in a scrape (`mtimes`, `Llog`, `Xin`). */
const GLUABLE = [...OPERATORS, ...FUNCTIONS, ...Object.keys(GREEK), ...SYMBOLS]
  .filter((word) => word.length > 2 || word === 'in')
  .sort((a, b) => b.length - a.length);
const GLUED = new RegExp(`^([A-Za-z])?(${GLUABLE.join('|')})(${GLUABLE.join('|')})?([A-Za-z])?$`);

/**
 * Splits a letter run like `mtimes`, `Omegasubseteq` or `LlogL` into variables and commands,
 * or returns undefined when the run is not such a compound.
 */
function decompose(run: string): string[] | undefined {
  if (isCommand(run)) return undefined;
  const m = GLUED.exec(run);
  if (!m) return undefined;
  const [, before, first, second, after] = m;
  if (!first) return undefined;
  if (!before && !second && !after) return undefined; // a bare command, not a compound
  if ((first === 'in' || second === 'in') && !(before && /[A-Z]/.test(before) && !second && !after)) return undefined;
  // English plurals and words: `alphas`, `subsets`, `deltax`.
  if (after && !second && (after === 's' || isGreek(first))) return undefined;
  return [before, first, second, after].filter((part): part is string => !!part);
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '-': '₋', '+': '₊' };

const SYMBOL_UNICODE: Record<string, string> = {
  times: '×', sim: '∼', approx: '≈', pm: '±', mp: '∓', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠', ne: '≠',
  rightarrow: '→', to: '→', leftarrow: '←', Rightarrow: '⇒', Leftarrow: '⇐', leftrightarrow: '↔', mapsto: '↦',
  infty: '∞', cdot: '·', cdots: '⋯', ldots: '…', dots: '…', ell: 'ℓ', partial: '∂', nabla: '∇', circ: '∘',
  otimes: '⊗', oplus: '⊕', odot: '⊙', subseteq: '⊆', supseteq: '⊇', setminus: '∖', propto: '∝', ...GREEK,
};

// ---------------------------------------------------------------------------------------------
// Edit planning

interface Edit {
  start: number;
  end: number;
  to: string;
}

type Zone = 'math' | 'url';

interface ZoneSpan {
  start: number;
  end: number;
  zone: Zone;
}

interface Plan {
  text: string;
  edits: Edit[];
  zones: ZoneSpan[];
  repairs: Repair[];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Accepts a repair made of one or more edits unless one of them overlaps an accepted edit or
 * a protected zone (math span, URL) the rule may not enter.
 */
function propose(plan: Plan, kind: RepairKind, edits: Edit[], allow: readonly Zone[] = []): boolean {
  for (const edit of edits) {
    if (edit.end <= edit.start) return false;
    if (plan.edits.some((other) => overlaps(edit, other))) return false;
    if (plan.zones.some((zone) => !allow.includes(zone.zone) && overlaps(edit, zone))) return false;
  }
  if (edits.every((edit) => plan.text.slice(edit.start, edit.end) === edit.to)) return false;
  plan.edits.push(...edits);
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  plan.repairs.push({ kind, index: start, from: plan.text.slice(start, end), to: applyEdits(plan.text, edits, start, end) });
  return true;
}

function replace(plan: Plan, kind: RepairKind, start: number, end: number, to: string, allow: readonly Zone[] = []): boolean {
  return propose(plan, kind, [{ start, end, to }], allow);
}

function applyEdits(text: string, edits: readonly Edit[], start = 0, end = text.length): string {
  let out = '';
  let cursor = start;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, edit.start) + edit.to;
    cursor = edit.end;
  }
  return out + text.slice(cursor, end);
}

function isFree(plan: Plan, start: number, end: number): boolean {
  const span = { start, end };
  return !plan.edits.some((e) => overlaps(span, e)) && !plan.zones.some((z) => overlaps(span, z));
}

// ---------------------------------------------------------------------------------------------
// 1. Dollar signs

const DOLLAR = /(?<!\\)\$\$?/g;
/** What may precede a currency sign: nothing, a space, an opening bracket, a sign, `US`/`A`/`C`. */
const CURRENCY_BEFORE = /^$|[\s(\[~+\-/"“A-Z]/;
const MAX_MATH = 120;
const PROSE_RUN = /[A-Za-z]{3,}[,;:]?\s+[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{3,}/;
const SENTENCE_BREAK = /[.!?]\s+[A-Z][a-z]/;
const FUNCTION_WORD = /\s(?:and|or|the|of|to|for|with|in|on|by|is|are|at|per)\s/;
const TEXT_GROUP = /\\(?:text\w*|mathrm|operatorname|mbox)\s*\{[^{}]*\}/g;
const COMMAND_WORD = /\\[A-Za-z]+/g;

/** Whether the text between two `$` reads like a formula rather than prose. */
function looksLikeMath(content: string): boolean {
  if (content.length === 0 || content.length > MAX_MATH || content.includes('\n')) return false;
  const bare = content.replace(TEXT_GROUP, ' ').replace(COMMAND_WORD, ' ');
  if (PROSE_RUN.test(bare) || SENTENCE_BREAK.test(bare)) return false;
  // `$5 and 3$`: a function word and no math syntax at all.
  return !(FUNCTION_WORD.test(bare) && !/[\\^_{}=+<>|]/.test(content));
}

function repairDollars(plan: Plan): void {
  const { text } = plan;
  if (!text.includes('$')) return;
  const delims = [...text.matchAll(DOLLAR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const stray: { start: number; end: number }[] = [];
  let i = 0;
  while (i < delims.length) {
    const open = delims[i]!;
    const close = delims[i + 1];
    const canOpen = /\S/.test(text.charAt(open.end));
    if (canOpen && close && /\S/.test(text.charAt(close.start - 1)) && !/\d/.test(text.charAt(close.end))) {
      const content = text.slice(open.end, close.start);
      if (looksLikeMath(content)) {
        plan.zones.push({ start: open.start, end: close.end, zone: 'math' });
        if (open.end - open.start === 2 || close.end - close.start === 2) {
          propose(plan, 'math-delimiter', [{ start: open.start, end: open.end, to: '$' }, { start: close.start, end: close.end, to: '$' }], ['math']);
        }
        restoreCommandsInMath(plan, open.end, close.start);
        i += 2;
        continue;
      }
    }
    stray.push(open);
    i += 1;
  }
  for (const s of stray) {
    const currency = s.end - s.start === 1 && /\d/.test(text.charAt(s.end)) && CURRENCY_BEFORE.test(text.charAt(s.start - 1));
    if (currency) continue;
    // `i.e., $ f(X)`: take one of the two spaces around the `$` along.
    const spaced = /^\s?$/.test(text.charAt(s.start - 1)) && /\s/.test(text.charAt(s.end));
    replace(plan, 'stray-dollar', s.start, s.end + (spaced ? 1 : 0), '');
  }
}

/** Letter runs inside `\text{…}`-like groups are words, not lost commands. */
function textGroupRanges(content: string): { start: number; end: number }[] {
  return [...content.matchAll(TEXT_GROUP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const LETTER_RUN = /[A-Za-z]+/g;
const MATH_RESTORE = new Set([...UNAMBIGUOUS, ...Object.keys(GREEK).filter((g) => g.length > 2), 'log', 'exp', 'ell']);

/** Inside a real `$…$` formula: `5.18times` → `5.18\\times`, `mathcal{O}` → `\\mathcal{O}`. */
function restoreCommandsInMath(plan: Plan, start: number, end: number): void {
  const content = plan.text.slice(start, end);
  const skip = textGroupRanges(content);
  for (const m of content.matchAll(LETTER_RUN)) {
    const run = m[0];
    const at = m.index;
    if (content.charAt(at - 1) === '\\' || skip.some((r) => at >= r.start && at < r.end)) continue;
    let parts: TexPart[] | undefined;
    if (MATH_RESTORE.has(run)) parts = [{ text: run, command: true }];
    else {
      const pieces = decompose(run);
      if (pieces && pieces.some((p) => UNAMBIGUOUS.has(p))) parts = texParts(run, false);
    }
    if (!parts) continue;
    const to = appendParts(content.slice(0, at), parts, content.charAt(at + run.length)).slice(at);
    replace(plan, 'math-command', start + at, start + at + run.length, to, ['math']);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. LaTeX math delimiters \( … \) and \[ … \]

const PAREN_MATH = /\\\(([^$]{1,300}?)\\\)|\\\[([^$]{1,300}?)\\\]/g;

function repairMathDelimiters(plan: Plan): void {
  for (const m of plan.text.matchAll(PAREN_MATH)) {
    const content = (m[1] ?? m[2] ?? '').trim();
    if (!content || content.length > MAX_MATH) continue;
    if (replace(plan, 'math-delimiter', m.index, m.index + m[0].length, `$${content}$`)) {
      plan.zones.push({ start: m.index, end: m.index + m[0].length, zone: 'math' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. URLs

const URL_RE = /https?:\/\/[^\s<>"'{}|^`]+/g;
const BARE_DOMAIN = /\b(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|io|net|ai|ly|edu|co|dev|me|gl)\/[^\s<>"'{}|^`]*/g;
const URL_COMMAND = /\\url\{([^{}\s]+)\}|\\href\{([^{}\s]+)\}\{([^{}]*)\}/g;
const URL_TAIL_PUNCT = /[.,;:!?)\]]+$/;

function unescapeUrl(url: string): string {
  return url.replace(/\\([_%&#~])/g, '$1');
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => unescapeUrl(u).replace(URL_TAIL_PUNCT, '').replace(/\/$/, '').toLowerCase();
  return norm(a) === norm(b);
}

function repairUrls(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(URL_COMMAND)) {
    const url = unescapeUrl(m[1] ?? m[2] ?? '');
    const label = m[3];
    const glued = /[A-Za-z0-9]/.test(text.charAt(m.index - 1));
    const to = (glued ? ' ' : '') + (label !== undefined && label.trim() && !sameUrl(label, url) ? `${label} (${url})` : url);
    if (replace(plan, 'url-command', m.index, m.index + m[0].length, to)) {
      plan.zones.push({ start: m.index, end: m.index + m[0].length, zone: 'url' });
    }
  }
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(plan, start, end)) continue;
    // `https://a.io/x{https://a.io/x}`: the LaTeX source of the link glued to its text.
    if (text.charAt(end) === '{') {
      const dup = /^\{(https?:\/\/[^\s<>"'{}|^`]+)(\})?/.exec(text.slice(end));
      if (dup && dup[1] && sameUrl(m[0], dup[1])) {
        const keepTail = dup[2] ? '' : (URL_TAIL_PUNCT.exec(dup[1])?.[0] ?? '');
        replace(plan, 'url-duplicate', end, end + dup[0].length - keepTail.length, '');
      }
    }
    plan.zones.push({ start, end, zone: 'url' });
  }
  for (const m of text.matchAll(BARE_DOMAIN)) {
    if (isFree(plan, m.index, m.index + m[0].length)) plan.zones.push({ start: m.index, end: m.index + m[0].length, zone: 'url' });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Escaped characters

const ESCAPED = /\\([%_&#])|\\\$(?=\d)/g;

function repairEscapes(plan: Plan): void {
  for (const m of plan.text.matchAll(ESCAPED)) {
    const char = m[1] ?? '$';
    const kind = char === '%' ? 'escaped-percent' : char === '_' ? 'escaped-underscore' : 'escaped-char';
    replace(plan, kind, m.index, m.index + m[0].length, char, ['url']);
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Accents and special letters

const ACCENT_MARK: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};
const ACCENT = /(\{)?\\(?:(['`^"~=.])\s*|([uvHckr])(?=[{\s]))\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))(\})?/g;
const SPECIAL_LETTER: Record<string, string> = { ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł' };
/** `\ss`, `{\o}`, and `Stra\ss e` (TeX swallows the space after a command inside a word). */
const SPECIAL = /(\{)?\\(ss|o|O|aa|AA|ae|AE|oe|OE|l|L)(?![A-Za-z])(?:\{\}|(?<=[A-Za-z]\\\w{1,2}) (?=[a-z]))?(\})?/g;

function repairAccents(plan: Plan): void {
  for (const m of plan.text.matchAll(ACCENT)) {
    const mark = ACCENT_MARK[m[2] ?? m[3] ?? ''];
    const base = (m[4] ?? m[5] ?? '').replace(/^\\/, '');
    if (!mark || !base) continue;
    const braced = !!m[1] && !!m[6];
    const start = m.index + (m[1] && !braced ? 1 : 0);
    const end = m.index + m[0].length - (m[6] && !braced ? 1 : 0);
    replace(plan, 'latex-accent', start, end, (base + mark).normalize('NFC'));
  }
  for (const m of plan.text.matchAll(SPECIAL)) {
    const letter = SPECIAL_LETTER[m[2] ?? ''];
    if (!letter) continue;
    const braced = !!m[1] && !!m[3];
    const start = m.index + (m[1] && !braced ? 1 : 0);
    const end = m.index + m[0].length - (m[3] && !braced ? 1 : 0);
    replace(plan, 'latex-accent', start, end, letter);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Font commands and stray braces

const FONT_COMMAND = /\\(?:emph|textit|textbf|texttt|textsc|textsf|textrm|textup|textmd|textsl|underline|text|mbox)\s*\{([^{}]*)\}/g;
/** `{\em words}` and, with the backslash lost, `{em words}`. */
const FONT_GROUP = /\{(\\?)(em|it|bf|sf|rm|tt|sc|sl|bfseries|itshape|scshape)\s+([^{}]*)\}/g;
const STRAY_BRACES = /(?<=^|[\s(])\{([A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]*)*\s+[A-Za-z][A-Za-z'-]+)\}(?=$|[\s.,;:!?)])/g;

function unwrap(plan: Plan, kind: RepairKind, start: number, end: number, contentStart: number, contentEnd: number): void {
  const edits: Edit[] = [];
  if (contentStart > start) edits.push({ start, end: contentStart, to: '' });
  if (end > contentEnd) edits.push({ start: contentEnd, end, to: '' });
  if (edits.length) propose(plan, kind, edits);
}

function repairFonts(plan: Plan): void {
  for (const m of plan.text.matchAll(FONT_COMMAND)) {
    const content = m[1] ?? '';
    if (!content.trim()) continue;
    const end = m.index + m[0].length;
    unwrap(plan, 'font-command', m.index, end, end - 1 - content.length, end - 1);
  }
  for (const m of plan.text.matchAll(FONT_GROUP)) {
    const [, backslash, font, content = ''] = m;
    const words = content.match(/[A-Za-z]{2,}/g) ?? [];
    const textual = font === 'em' || font === 'it' || font === 'sl' || font === 'sc' || font === 'itshape' || font === 'scshape';
    // Short content in a math font (`{sf B}`) is a symbol: the math rules handle it.
    if (!textual && !(words.length >= 2 || (backslash && words.length >= 1 && content.length > 3))) continue;
    if (!backslash && words.length < 2) continue;
    const end = m.index + m[0].length;
    unwrap(plan, 'font-command', m.index, end, end - 1 - content.length, end - 1);
  }
}

function repairStrayBraces(plan: Plan): void {
  for (const m of plan.text.matchAll(STRAY_BRACES)) {
    const end = m.index + m[0].length;
    unwrap(plan, 'stray-braces', m.index, end, m.index + 1, end - 1);
  }
}

// ---------------------------------------------------------------------------------------------
// 7. Latin abbreviation macros

const LATIN: Record<string, string> = {
  eg: 'e.g.', ie: 'i.e.', etc: 'etc.', etal: 'et al.', vs: 'vs.', cf: 'cf.', wrt: 'w.r.t.', aka: 'a.k.a.',
  Eg: 'E.g.', Ie: 'I.e.', Cf: 'Cf.', Etc: 'Etc.', resp: 'resp.',
};
const LATIN_MACRO = /\\(eg|ie|etc|etal|vs|cf|wrt|aka|Eg|Ie|Cf|Etc|resp)(?![A-Za-z])(?:\{\}|\\ )?(\.)?/g;

function repairLatin(plan: Plan): void {
  for (const m of plan.text.matchAll(LATIN_MACRO)) {
    const word = LATIN[m[1] ?? ''];
    if (!word) continue;
    replace(plan, 'latin-abbrev', m.index, m.index + m[0].length, word);
  }
}

// ---------------------------------------------------------------------------------------------
// 8. Quotes, dashes, non-breaking spaces

const DOUBLE_QUOTES = /``((?:[^`'"\n]|'(?!'))+?)(''|")/g;
const SINGLE_QUOTES = /(?<![`\w])`([^`'\n]{1,80})'(?![\w'])/g;
const EM_DASH = /(?<!-)---(?!-)/g;
const EN_DASH = /(?<=\s)--(?=\s)|(?<=[A-Za-z0-9])--(?=[A-Za-z0-9])/g;

function repairPunctuation(plan: Plan): void {
  for (const m of plan.text.matchAll(DOUBLE_QUOTES)) {
    const close = m.index + m[0].length - (m[2] ?? '').length;
    propose(plan, 'latex-quotes', [{ start: m.index, end: m.index + 2, to: '“' }, { start: close, end: m.index + m[0].length, to: '”' }]);
  }
  for (const m of plan.text.matchAll(SINGLE_QUOTES)) {
    const end = m.index + m[0].length;
    propose(plan, 'latex-quotes', [{ start: m.index, end: m.index + 1, to: '‘' }, { start: end - 1, end, to: '’' }]);
  }
  for (const m of plan.text.matchAll(EM_DASH)) replace(plan, 'latex-dash', m.index, m.index + 3, '—');
  for (const m of plan.text.matchAll(EN_DASH)) replace(plan, 'latex-dash', m.index, m.index + 2, '–');
}

const TILDE = /~/g;
const CITATION_KEY = /^[a-z][a-z-]*\d{2,4}[a-z0-9:_-]*/;
const REFERENCE_WORD = /(?:^|[^A-Za-z])(?:Fig|Figs|Figure|Figures|Table|Tables|Tab|Sec|Section|Sections|Eq|Eqs|Equation|Equations|Appendix|App|Chapter|Ch|Theorem|Thm|Lemma|Algorithm|Alg|Definition|Def|Corollary|Proposition|Prop|Step|Part|Ref|Refs)\.?$/;

/** `~` is LaTeX's non-breaking space: `at~https://…`, `models~(LLMs)`, `Fig.~3`. */
function repairTildes(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(TILDE)) {
    const before = text.charAt(m.index - 1);
    const after = text.slice(m.index + 1);
    const toUrl = /\S/.test(before) && /^(?:https?:\/\/|www\.)/.test(after);
    const betweenWords = /[A-Za-z.,;:)\]]/.test(before) && /^[A-Za-z(\[]/.test(after) && !CITATION_KEY.test(after);
    const toNumber = /^\d/.test(after) && REFERENCE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (toUrl || betweenWords || toNumber) replace(plan, 'tilde-space', m.index, m.index + 1, ' ');
  }
}

// ---------------------------------------------------------------------------------------------
// 9. Lost-backslash symbol words outside formulas

/** Standalone command words that are never English: `GTA5 rightarrow Cityscapes`. */
const SYMBOL_WORD = /(?<=^|[\s(])(rightarrow|leftarrow|Rightarrow|Leftarrow|leftrightarrow|longrightarrow|mapsto|infty|leq|geq|neq|otimes|oplus|odot|subseteq|supseteq|setminus|cdots|ldots)(?=$|[\s,.;:)])/g;
/** A Greek-letter prefix of a method name: `gamma-MoD` → `γ-MoD`, `beta-VAE` → `β-VAE`. */
const GREEK_PREFIX = /(?<![\w\\-])(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|phi|chi|psi|omega)-(?=[A-Z][A-Za-z0-9]*)/g;
/** A Greek/infinity suffix of a method name: `MHR-mu` → `MHR-μ`, `Adapt-infty` → `Adapt-∞`. */
const GREEK_SUFFIX = /(?<=[A-Za-z0-9]-)(infty|mu)(?![\w-])/g;

function repairSymbolWords(plan: Plan): void {
  for (const m of plan.text.matchAll(SYMBOL_WORD)) {
    const sym = SYMBOL_UNICODE[m[1] ?? ''];
    if (sym) replace(plan, 'symbol-command', m.index, m.index + m[0].length, sym);
  }
  for (const m of plan.text.matchAll(GREEK_PREFIX)) {
    const g = GREEK[m[1] ?? ''];
    if (g) replace(plan, 'greek-letter', m.index, m.index + (m[1] ?? '').length, g);
  }
  for (const m of plan.text.matchAll(GREEK_SUFFIX)) {
    const g = SYMBOL_UNICODE[m[1] ?? ''];
    if (g) replace(plan, 'greek-letter', m.index, m.index + m[0].length, g);
  }
}

// ---------------------------------------------------------------------------------------------
// 10. Formulas written without `$`

interface TexPart {
  text: string;
  command: boolean;
}

/** How a letter run is written in LaTeX, or undefined to keep it as letters. */
function texParts(run: string, wholeScript: boolean): TexPart[] | undefined {
  if (wholeScript) {
    // The whole argument of a script (`_{in}`, `^{max}`) is a label, unless it is a symbol.
    return isGreek(run) || SCRIPT_SYMBOLS.has(run) || run === 'ell' ? [{ text: run, command: true }] : undefined;
  }
  if (run === 'Re' || run === 'Im') return undefined;
  if (isCommand(run)) return run.length > 2 || TWO_LETTER_COMMANDS.has(run) ? [{ text: run, command: true }] : undefined;
  const parts = decompose(run);
  return parts?.map((part) => ({ text: part, command: part.length > 1 && isCommand(part) }));
}

/** Writes converted parts after `out`, spacing operators and separating commands from letters. */
function appendParts(out: string, parts: readonly TexPart[], next: string): string {
  let result = out;
  parts.forEach((part, k) => {
    const prevChar = result.charAt(result.length - 1);
    if (part.command) {
      if ((OPERATORS.has(part.text) || (k > 0 && FUNCTIONS.has(part.text))) && /[A-Za-z0-9}\])|]/.test(prevChar)) result += ' ';
      result += `\\${part.text}`;
    } else {
      if (k > 0 && parts[k - 1]!.command) result += ' ';
      result += part.text;
    }
  });
  const last = parts.at(-1);
  if (last?.command && (/[A-Za-z]/.test(next) || (OPERATORS.has(last.text) && /[0-9\\([|{]/.test(next)))) result += ' ';
  return result;
}

/** Turns a scraped formula into LaTeX: restores lost backslashes and font groups. */
function latexify(expr: string): string {
  const s = expr
    .replace(/\{\\?(sf|rm|bf|cal|tt|it)\s+([^{}]+)\}/g, (_, font: string, body: string) => `\\math${font}{${body.trim()}}`)
    .replace(/\\?sqrt\(([^()]*)\)/g, (_, body: string) => `\\sqrt{${body}}`);
  let out = '';
  let cursor = 0;
  for (const m of s.matchAll(LETTER_RUN)) {
    const run = m[0];
    const at = m.index;
    out += s.slice(cursor, at);
    cursor = at + run.length;
    const prev = s.charAt(at - 1);
    const next = s.charAt(at + run.length);
    const wholeScript = /[\^_]/.test(prev) || (prev === '{' && /[\^_]/.test(s.charAt(at - 2)) && next === '}');
    const parts = prev === '\\' ? undefined : texParts(run, wholeScript);
    out = parts ? appendParts(out, parts, next) : out + run;
  }
  out += s.slice(cursor);
  return out.replace(/([\^_])(\d{2,})/g, '$1{$2}').replace(/ {2,}/g, ' ');
}

/** Whether every letter run of a candidate formula is a variable, a command or a glued pair. */
function runsAreMath(expr: string): boolean {
  for (const m of expr.matchAll(LETTER_RUN)) {
    const run = m[0];
    const prev = expr.charAt(m.index - 1);
    if (prev === '\\' || run.length <= 2) continue;
    if (SCRIPT_SYMBOLS.has(run) && !SYMBOLS.has(run)) {
      if (/[\^_{]/.test(prev)) continue;
      return false;
    }
    if (isCommand(run) || /^math(?:sf|rm|bf|cal|tt|it)$/.test(run)) continue;
    if (decompose(run)) continue;
    return false;
  }
  return true;
}

/** `_MLP`, `_pytorch`: a multi-letter script without braces is an identifier, not math. */
function hasIdentifierScript(expr: string): boolean {
  for (const m of expr.matchAll(/(?<!\\)[\^_]([A-Za-z]{2,})/g)) {
    const run = m[1] ?? '';
    if (!isGreek(run) && !SCRIPT_SYMBOLS.has(run) && run !== 'ell') return true;
  }
  // `x86_64`, `Qwen2_5`: a base of letters ending in digits is a name, not math.
  return /(?<!\\)[\^_](?:$|[\s,.;:)\]}])|^[\^_]|[\^_]{2}|[A-Za-z][A-Za-z0-9]*\d[\^_]/.test(expr);
}

function balanced(expr: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const ch of expr) {
    if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== pairs[ch]) return false;
    }
  }
  return stack.length === 0;
}

function depth(expr: string, open: string, close: string): number {
  let d = 0;
  for (const ch of expr) {
    if (ch === open) d++;
    else if (ch === close) d--;
  }
  return d;
}

const URLISH = /:\/\/|www\.|@|\.(?:com|org|io|net|edu|ai|ly)\b|\/[A-Za-z]{2,}|\\_|[$%"]/;
const SCRIPT_SIGNAL = /(?<!\\)[\^_]/;
const FONT_SIGNAL = /\{\\?(?:sf|rm|bf|cal|tt)\s/;

function hasSignal(expr: string): boolean {
  if (SCRIPT_SIGNAL.test(expr) || FONT_SIGNAL.test(expr)) return true;
  for (const m of expr.matchAll(LETTER_RUN)) {
    const run = m[0];
    if (expr.charAt(m.index - 1) === '\\') continue;
    if (/^(?:mathcal|mathbb|mathbf|mathrm|mathsf|widetilde|widehat|sqrt|frac)$/.test(run)) return true;
    const parts = decompose(run);
    if (parts && parts.some((p) => UNAMBIGUOUS.has(p))) return true;
    if (OPERATORS.has(run) && UNAMBIGUOUS.has(run) && /[\])}]/.test(expr.charAt(m.index - 1))) return true;
  }
  return false;
}

/** A single digit script that reads fine as Unicode: `BT^2`, `SRe^2L`, `10^{19}`, `CO_2`. */
const UNICODE_SUPER = /^((?:[A-Za-z0-9]+-)*[A-Za-z0-9]+)\^(?:\{([+-]?\d{1,3})\}|([+-]?\d{1,3}))(?!\d)([A-Za-z]{0,3})$/;
const UNICODE_SUB = /^([A-Za-z]{1,2})_(?:\{(\d{1,2})\}|(\d{1,2}))([A-Z]?)$/;

type Analysis = { kind: 'math-expression' | 'superscript' | 'subscript'; start: number; end: number; to: string };

/** Trims punctuation that belongs to the sentence, not the formula; returns the inner range. */
function core(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 8 && e > s; guard++) {
    const t = text.slice(s, e);
    if (/[.,;:!?"'”’]$/.test(t)) e--;
    else if (/[)\]]$/.test(t) && depth(t, t.endsWith(')') ? '(' : '[', t.endsWith(')') ? ')' : ']') < 0) e--;
    else if (/^[(\[]/.test(t) && depth(t, t.startsWith('[') ? '[' : '(', t.startsWith('[') ? ']' : ')') > 0) s++;
    else if (/^["“‘]/.test(t)) s++;
    else if (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) {
      s++;
      e--;
    } else break;
  }
  return { start: s, end: e };
}

function analyze(text: string, start: number, end: number): Analysis | undefined {
  const range = core(text, start, end);
  const expr = text.slice(range.start, range.end);
  if (!expr || expr.length > MAX_MATH || URLISH.test(expr) || !hasSignal(expr)) return undefined;
  if (hasIdentifierScript(expr) || !balanced(expr)) return undefined;

  const sup = UNICODE_SUPER.exec(expr);
  const supBase = /[A-Za-z]*$/.exec(sup?.[1] ?? '')?.[0] ?? '';
  if (sup && supBase.length <= 6 && !isCommand(supBase)) {
    const digits = sup[2] ?? sup[3] ?? '';
    const to = `${sup[1]}${[...digits].map((d) => SUPERSCRIPT[d] ?? d).join('')}${sup[4] ?? ''}`;
    return { kind: 'superscript', ...range, to };
  }
  const sub = UNICODE_SUB.exec(expr);
  if (sub && !isCommand(sub[1] ?? '')) {
    const digits = sub[2] ?? sub[3] ?? '';
    return { kind: 'subscript', ...range, to: `${sub[1]}${[...digits].map((d) => SUBSCRIPT[d] ?? d).join('')}${sub[4] ?? ''}` };
  }
  if (!runsAreMath(expr.replace(/\{\\?(?:sf|rm|bf|cal|tt|it)\s+([^{}]+)\}/g, '\\mathsf{$1}'))) return undefined;
  return { kind: 'math-expression', ...range, to: `$${latexify(expr)}$` };
}

/** Ends with an operator or a command that needs an argument: the formula continues. */
function continues(expr: string): boolean {
  const last = /([A-Za-z]+)$/.exec(expr)?.[1];
  if (!last) return /[=+]$/.test(expr);
  const parts = decompose(last) ?? [last];
  const tail = parts.at(-1) ?? '';
  return OPERATORS.has(tail) || /^(?:mathbb|mathcal|mathbf|mathrm|mathsf|widetilde|widehat)$/.test(tail);
}

const TOKEN = /\S+/g;
const ANY_SIGNAL = /[\^_{]|times|cdot|subseteq|supseteq|leq|geq|neq|approx|infty|mathbb|mathcal|mathbf|mathsf|mathrm|widetilde|sqrt|frac|varphi|Omega/;

function repairFormulas(plan: Plan): void {
  const { text } = plan;
  if (!ANY_SIGNAL.test(text)) return;
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  /** Extends token i over following tokens while `open` says a bracket is still open. */
  const extend = (i: number, from: number, open: (s: string) => boolean, maxTokens: number, maxNext: number): number => {
    let j = from;
    while (open(text.slice(tokens[i]!.start, tokens[j]!.end)) && j + 1 < tokens.length && j - i < maxTokens) {
      const next = tokens[j + 1]!;
      if (next.end - next.start > maxNext || next.end - tokens[i]!.start > MAX_MATH) break;
      j++;
    }
    return open(text.slice(tokens[i]!.start, tokens[j]!.end)) ? from : j;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!ANY_SIGNAL.test(text.slice(first.start, first.end))) continue;
    // Braces left open: `R^{n times n}` was split by spaces.
    const braced = extend(i, i, (s) => depth(s, '{', '}') > 0, 8, MAX_MATH);
    // Parentheses left open: `{sf A}(Wotimes I)`.
    let j = extend(i, braced, (s) => depth(s, '(', ')') > 0 || depth(s, '[', ']') > 0, 6, 24);
    let best = analyze(text, first.start, tokens[j]!.end) ?? fallback(text, first.start, tokens[j]!.end);
    if (!best && j !== braced) {
      j = braced;
      best = analyze(text, first.start, tokens[j]!.end) ?? fallback(text, first.start, tokens[j]!.end);
    }
    // A trailing operator: `Omegasubseteq [m]times [n]`, `Re_{tau}approx 180,395,590`.
    for (let k = 0; best && best.kind === 'math-expression' && k < 4 && j + 1 < tokens.length; k++) {
      if (best.start !== first.start || best.end !== tokens[j]!.end || !continues(text.slice(best.start, best.end))) break;
      const next = tokens[j + 1]!;
      if (next.end - next.start > 24) break;
      const merged = analyze(text, first.start, next.end);
      if (!merged || merged.kind !== 'math-expression') break;
      best = merged;
      j++;
    }
    if (best && isFree(plan, best.start, best.end)) {
      replace(plan, best.kind, best.start, best.end, best.to);
      i = j;
    }
  }
}

/** Salvages a formula inside a longer token: `Para(CoKl(R^{n times n}`, `A_n-equivariant`. */
function fallback(text: string, start: number, end: number): Analysis | undefined {
  const token = text.slice(start, end);
  const hyphen = /^(.+?)-[A-Za-z][A-Za-z-]{2,}[.,;:]?$/.exec(token);
  if (hyphen && hyphen[1]) {
    const a = analyze(text, start, start + hyphen[1].length);
    if (a) return a;
  }
  for (let k = 0; k < token.length; k++) {
    if (token[k] !== '(' && token[k] !== '=') continue;
    const a = analyze(text, start + k + 1, end);
    if (a && a.kind === 'math-expression') return a;
  }
  return undefined;
}

/** Complexity bounds: `O(n log n)`, `O(LlogL)`, `widetilde O(|Omega| k^2)`, `mathcal{O}(n^2)`. */
const BIG_O = /(?<![A-Za-z\\])(?:(\\?(?:widetilde|tilde))\s?\{?(?=O\(|O\}\())?(\\?mathcal\{O\}|O|Theta|Omega|\\Theta|\\Omega)(\}?)\(/g;
const BIG_O_BODY = /^[A-Za-z0-9 ^_{}+\-*/|,.'\\()]+$/;

function repairComplexity(plan: Plan): void {
  const { text } = plan;
  for (const m of text.matchAll(BIG_O)) {
    const open = m.index + m[0].length - 1;
    let d = 0;
    let close = -1;
    for (let k = open; k < Math.min(text.length, open + 60); k++) {
      if (text[k] === '(') d++;
      else if (text[k] === ')' && --d === 0) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    const prefix = m[1];
    const head = m[2] ?? 'O';
    if (!BIG_O_BODY.test(body) || !runsAreMath(body) || hasIdentifierScript(body)) continue;
    const signal = !!prefix || head.includes('mathcal') || /[\^_\\]|log|sqrt|exp/.test(body) || [...body.matchAll(LETTER_RUN)].some((r) => r[0].length > 2);
    if (!signal) continue;
    const headTex = head.replace(/^\\?mathcal/, '\\mathcal').replace(/^(Theta|Omega)$/, '\\$1');
    const prefixTex = prefix ? `\\${prefix.replace(/^\\/, '')}{${headTex}}` : headTex;
    replace(plan, 'math-expression', m.index, close + 1, `$${prefixTex}(${latexify(body)})$`);
  }
}

/** Set membership: `Min R^{mtimes n}`, `h in R^{C times T times d}`, `h_{c,t} in R^d`. */
const MEMBERSHIP = /(?<![\w\\])(?:([A-Z])in|([A-Za-z](?:_\{[^{}\s]{1,10}\}|_[A-Za-z0-9])?) in) +((?:mathbb ?)?[A-Z]\^(?:\{[^{}]{1,40}\}|[A-Za-z0-9](?![A-Za-z0-9])))/g;
/** Order relations between single-letter variables: `t le T`. */
const RELATION = /(?<![\w\\])([a-z]) (le|leq|ge|geq|neq) ([A-Z0-9])(?![\w])/g;

function repairRelations(plan: Plan): void {
  for (const m of plan.text.matchAll(MEMBERSHIP)) {
    const variable = m[1] ?? m[2] ?? '';
    const set = m[3] ?? '';
    if (!runsAreMath(set)) continue;
    replace(plan, 'math-expression', m.index, m.index + m[0].length, `$${variable} \\in ${latexify(set)}$`);
  }
  for (const m of plan.text.matchAll(RELATION)) {
    replace(plan, 'math-expression', m.index, m.index + m[0].length, `$${m[1]} \\${m[2]} ${m[3]}$`);
  }
}

// ---------------------------------------------------------------------------------------------
// 11. Multiplication and "approximately" outside formulas

/** `34.4times`, `224times224`, `1.37times/1.24times`; never `sometimes` or `3 times`. */
const GLUED_TIMES = /(?<=\d)times(?![a-z])/g;
/** `10sim100`, `(sim50`, `sim4 times`, `by sim 50%`. */
const GLUED_SIM = /(?<=\d)sim(?=\d)|(?<![A-Za-z0-9\\])sim ?(?=\d)/g;
const BACKSLASH_SYMBOL = new RegExp(`\\\\(${Object.keys(SYMBOL_UNICODE).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'g');

function repairSymbols(plan: Plan): void {
  for (const m of plan.text.matchAll(BACKSLASH_SYMBOL)) {
    const name = m[1] ?? '';
    const sym = SYMBOL_UNICODE[name];
    if (!sym) continue;
    const kind = name === 'times' ? 'times' : name === 'sim' ? 'sim' : 'symbol-command';
    replace(plan, kind, m.index, m.index + m[0].length, sym);
  }
  for (const m of plan.text.matchAll(GLUED_TIMES)) replace(plan, 'times', m.index, m.index + 5, '×');
  for (const m of plan.text.matchAll(GLUED_SIM)) replace(plan, 'sim', m.index, m.index + m[0].length, '∼');
}

// ---------------------------------------------------------------------------------------------

const QUICK_CHECK = /[\\$~{}^_`]|times|sim|--|[a-z]-[A-Z]|-(?:mu|infty)\b|arrow|mapsto|infty|leq|geq|neq|otimes|oplus|odot|subseteq|supseteq|setminus|cdots|ldots|O\(|Theta\(|Omega\(| (?:le|leq|ge|geq|neq) /;

/**
 * Repairs the scrape damage in one abstract (see the module comment for the rules).
 * @example repairAbstract('up to 34.4times faster').text // 'up to 34.4× faster'
 */
export function repairAbstract(text: string): RepairResult {
  if (!QUICK_CHECK.test(text)) return { text, repairs: [] };
  const plan: Plan = { text, edits: [], zones: [], repairs: [] };
  repairDollars(plan);
  repairMathDelimiters(plan);
  repairUrls(plan);
  repairEscapes(plan);
  repairAccents(plan);
  repairFonts(plan);
  repairLatin(plan);
  repairPunctuation(plan);
  repairTildes(plan);
  repairSymbolWords(plan);
  repairComplexity(plan);
  repairRelations(plan);
  repairFormulas(plan);
  repairStrayBraces(plan);
  repairSymbols(plan);
  if (plan.edits.length === 0) return { text, repairs: [] };
  plan.repairs.sort((a, b) => a.index - b.index);
  return { text: applyEdits(text, plan.edits), repairs: plan.repairs };
}

/** Counts repairs per kind over many abstracts, for the build report. */
export function countRepairKinds(results: readonly RepairResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) {
    for (const repair of result.repairs) counts[repair.kind] = (counts[repair.kind] ?? 0) + 1;
  }
  return counts;
}
