/**
 * A conservative literal prefilter for include rules, so most regexes never run.
 *
 * `compileTopics` gives each include rule the literals its matches must contain
 * (`requiredLiterals`): for every top-level alternative of the pattern, the plain-text runs any
 * match must contain. Per paper, the character trigrams of the lower-cased title and abstract are
 * set in a bit table (`PaperGrams`); a rule whose literals cannot all be present is skipped
 * without running its regex. The prefilter only ever skips rules that cannot match, so results
 * are identical with and without it.
 */
import type { RuleField } from '../schemas/topic.ts';

/** Folds text for the prefilter: lower case, plus the two non-ASCII letters that case-fold to ASCII. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, 's');
}

const MIN_LITERAL = 3;
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);

/** Index just past the group or class that opens at `i` (source[i] is '(' or '['). */
function skipBracket(src: string, i: number): number {
  if (src[i] === '[') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === ']') return j + 1;
    }
    return src.length;
  }
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') j = skipBracket(src, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return src.length;
}

/** Length of a quantifier starting at `i` (0 if none): ?, *, +, {n}, {n,}, {n,m}, each maybe lazy. */
function quantifierLength(src: string, i: number): number {
  let n = 0;
  const c = src[i];
  if (c === '?' || c === '*' || c === '+') n = 1;
  else if (c === '{') {
    const m = /^\{\d+(,\d*)?\}/.exec(src.slice(i));
    if (m) n = m[0].length;
  }
  if (n > 0 && src[i + n] === '?') n++;
  return n;
}

/** Splits a pattern into its top-level alternatives. */
function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') i = skipBracket(src, i) - 1;
    else if (c === '|') {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** A prefilter clause: every listed requirement must hold; a requirement holds if any of its literals occurs. */
export type Clause = string[][];

/**
 * What every match of `alt` must contain: one requirement per plain-character run of at least
 * MIN_LITERAL characters at depth 0 (a character followed by a quantifier is dropped, since it may
 * be absent), plus one per mandatory group whose alternatives all yield literals. Lookarounds,
 * classes, escapes like \w, non-ASCII characters and optional groups contribute nothing.
 */
function alternativeClause(alt: string): Clause {
  const clause: Clause = [];
  let run = '';
  const flush = (): void => {
    if (run.length >= MIN_LITERAL) clause.push([fold(run)]);
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i]!;
    if (c === '(' || c === '[') {
      const end = skipBracket(alt, i);
      const q = quantifierLength(alt, end);
      const mandatory = q === 0 || alt[end] === '+' || (alt[end] === '{' && !/^\{0/.test(alt.slice(end)));
      flush();
      if (c === '(' && mandatory) {
        // Plain, non-capturing and named groups only; lookarounds and anything else are skipped.
        const head = /^\((\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(alt.slice(i))![0];
        if (head !== '(' || alt[i + 1] !== '?') {
          const anyOf = groupLiterals(alt.slice(i + head.length, end - 1));
          if (anyOf) clause.push(anyOf);
        }
      }
      i = end + q;
      continue;
    }
    let ch: string | null = null;
    let len = 1;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      len = 2;
      if (e !== '' && !/[0-9A-Za-z]/.test(e)) ch = e; // escaped punctuation is a literal
    } else if (!SPECIAL.has(c)) ch = c;
    // Only ASCII characters enter literals: a few non-ASCII letters case-fold differently from
    // what toLowerCase() gives, and the prefilter must never reject a real match.
    if (ch !== null && ch.charCodeAt(0) > 0x7f) ch = null;
    const q = quantifierLength(alt, i + len);
    if (ch === null || q > 0) flush();
    else run += ch;
    i += len + q;
  }
  flush();
  return clause;
}

/** Literals of which any match of the group body must contain one (its longest requirement per alternative), or null. */
function groupLiterals(body: string): string[] | null {
  const out: string[] = [];
  for (const alt of splitAlternatives(body)) {
    const clause = alternativeClause(alt);
    if (clause.length === 0) return null;
    // The single requirement with the longest shortest-literal is the most selective proxy.
    let best = clause[0]!;
    for (const req of clause) if (Math.min(...req.map((l) => l.length)) > Math.min(...best.map((l) => l.length))) best = req;
    for (const l of best) if (!out.includes(l)) out.push(l);
  }
  return out;
}

/**
 * Prefilter for a whole pattern: one clause per top-level alternative (the pattern can only match
 * if some clause is satisfied), or null when an alternative yields no requirement at all.
 */
export function requiredLiterals(pattern: string): Clause[] | null {
  const clauses: Clause[] = [];
  for (const alt of splitAlternatives(pattern)) {
    const clause = alternativeClause(alt);
    if (clause.length === 0) return null;
    clauses.push(clause);
  }
  return clauses;
}

const GRAM_BITS = 16;
const GRAM_SHIFT = 32 - GRAM_BITS;
const gramHash = (a: number, b: number, c: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> GRAM_SHIFT;

/** The set of (hashed) character trigrams of one text, as a bit table. */
class Trigrams {
  // 2^16 bits, 8 KB: small enough to clear per paper, so one table serves a whole classification.
  private readonly bits = new Uint32Array(1 << (GRAM_BITS - 5));

  load(folded: string): void {
    const bits = this.bits;
    bits.fill(0);
    for (let i = 0; i + 2 < folded.length; i++) {
      const h = gramHash(folded.charCodeAt(i), folded.charCodeAt(i + 1), folded.charCodeAt(i + 2));
      bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** False only if `literal` certainly does not occur in the loaded text. */
  mayContain(literal: string): boolean {
    const bits = this.bits;
    for (let i = 0; i + 2 < literal.length; i++) {
      const h = gramHash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2));
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

/**
 * The trigrams of one paper's title and abstract, to ask whether a rule may match it. Reused from
 * paper to paper by one classification: `load` replaces the previous paper.
 */
export class PaperGrams {
  private readonly title = new Trigrams();
  private readonly abstract = new Trigrams();

  load(title: string, abstract: string): void {
    this.title.load(fold(title));
    this.abstract.load(fold(abstract));
  }

  /** False only if a rule with these `requiredLiterals` in `field` certainly cannot match the loaded paper. */
  mayMatch(clauses: readonly Clause[] | null, field: RuleField): boolean {
    if (clauses === null) return true;
    const inTitle = field !== 'abstract';
    const inAbstract = field !== 'title';
    for (const clause of clauses) {
      let all = true;
      for (const req of clause) {
        let any = false;
        for (const l of req) {
          if ((inTitle && this.title.mayContain(l)) || (inAbstract && this.abstract.mayContain(l))) {
            any = true;
            break;
          }
        }
        if (!any) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}
