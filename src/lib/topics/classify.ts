/**
 * Deterministic, rule-based topic classifier.
 *
 * The taxonomy is data (`content/topics/<id>.md`, see `topic-file.ts`); this module knows no topic
 * by name. Each topic carries a `rules` block in its frontmatter (schema: src/lib/schemas/topic.ts):
 *
 * ```yaml
 * rules:
 *   threshold: 3            # a paper belongs to the topic when its score >= threshold
 *   include:                # scoring rules
 *     - { pattern: '\bLoRA\b', weight: 3, in: title }
 *     - { pattern: 'low[- ]rank adapt', weight: 1, in: abstract, max: 3 }
 *     - { pattern: 'compared (with|to) LoRA', weight: -2, in: abstract }
 *   requireAny:             # gate: at least one must match (optional)
 *     - { pattern: 'LoRA|low[- ]rank', in: any }
 *   exclude:                # vetoes (optional)
 *     - { pattern: 'VQ-VAE', in: any, unless: 'post-training quantization' }
 * ```
 *
 * Semantics
 * - `pattern` is a JavaScript regular-expression source, compiled once with flags `iu`
 *   (case-insensitive, unicode). Write YAML single-quoted strings so backslashes stay literal.
 *   Any rule may set `caseSensitive: true` (flags `u`), e.g. to match the acronym `LoRA` inside
 *   method names such as `QLoRA` without also matching `exploration`.
 * - `in` selects the field: `title`, `abstract`, or `any` (title and abstract; their hits are
 *   pooled, title hits first).
 * - Scoring: every include rule contributes `weight` per occurrence, counting at most `max`
 *   occurrences (`max` defaults to 1, i.e. "does the pattern occur at all"). Weights may be
 *   negative: a negative rule is a penalty (e.g. a method that is only used as a baseline).
 *   Occurrences are non-overlapping matches, counted separately in title and abstract.
 *   The score is the sum of all counted contributions.
 * - Membership: score >= `threshold`, at least one `requireAny` rule matches (when the list is
 *   given and non-empty), and no exclude rule fires.
 * - Exclude rules are hard vetoes: if `pattern` matches in its field(s) the paper is not in the
 *   topic, unless the optional `unless` pattern also matches in the same field(s).
 * - The explanation (`TopicAssignment.matches`) lists every counted occurrence, one entry per
 *   occurrence, so `score` always equals the sum of the listed weights.
 *
 * Output order is fully deterministic: score descending, then topic id ascending (code-unit order).
 *
 * Performance: regexes are compiled once by `compileTopics`. Each include rule also gets a
 * conservative literal prefilter (see `requiredLiterals`): for every top-level alternative of
 * the pattern, a literal that any match must contain. Per paper, the character trigrams of the
 * lower-cased title and abstract are stamped into a table; a rule whose literals cannot all be
 * present is skipped without running its regex. The prefilter only ever skips rules that cannot
 * match, so results are identical with and without it.
 */

import { topicSchema, type RuleField, type TopicDefinition } from '../schemas/topic.ts';
import { checkTopic } from './issues.ts';

export type { ExcludeRule, GateRule, RuleField, TopicDefinition, TopicRule, TopicRules } from '../schemas/topic.ts';

export interface RuleMatch {
  pattern: string;
  in: 'title' | 'abstract';
  weight: number;
  /** The matched text. */
  match: string;
}

export interface TopicAssignment {
  topic: string;
  score: number;
  matches: RuleMatch[];
}

/** A paper's evaluation against one topic, whether or not it qualifies (for debugging/tuning). */
export interface TopicScore extends TopicAssignment {
  threshold: number;
  /** Why a paper reaching the threshold is still not a member: the exclude rule that vetoed
   * it, or `requireAny` when no gate rule matched. */
  excludedBy?: string;
  member: boolean;
}

export interface PaperText {
  title: string;
  abstract: string;
}

interface CompiledInclude {
  source: string;
  weight: number;
  field: RuleField;
  max: number;
  /** Non-global regex: used when only the first occurrence counts. */
  once: RegExp;
  /** Global regex: used for counting up to `max` occurrences (lastIndex reset before use). */
  all: RegExp;
  /** Prefilter: the rule can only match if one of these clauses is satisfied; null = always run. */
  literals: Clause[] | null;
}

interface CompiledExclude {
  source: string;
  field: RuleField;
  re: RegExp;
  unless?: RegExp;
}

interface CompiledGate {
  field: RuleField;
  re: RegExp;
}

export interface CompiledTopic {
  readonly id: string;
  readonly definition: TopicDefinition;
  readonly threshold: number;
  /** @internal */
  readonly include: readonly CompiledInclude[];
  /** @internal */
  readonly requireAny: readonly CompiledGate[];
  /** @internal */
  readonly exclude: readonly CompiledExclude[];
}

const flagsFor = (rule: { caseSensitive?: boolean | undefined }): string => (rule.caseSensitive === true ? 'u' : 'iu');

/**
 * Compiles every topic's regexes once. Each definition is checked against the topic schema
 * first (definitions also come from code and workers, not only from parsed files), so a bad
 * regex or malformed rule throws an error naming the topic and the key path; so do duplicate ids.
 */
export function compileTopics(defs: readonly TopicDefinition[]): CompiledTopic[] {
  const seen = new Set<string>();
  const out: CompiledTopic[] = [];
  for (const raw of defs) {
    const id: unknown = (raw as { id?: unknown } | null)?.id;
    const def = checkTopic(topicSchema, raw, typeof id === 'string' ? `Topic "${id}"` : 'A topic without an id', 'definition');
    if (seen.has(def.id)) throw new Error(`Duplicate topic id "${def.id}"`);
    seen.add(def.id);
    const rules = def.rules;
    const include = rules.include.map(
      (rule): CompiledInclude => ({
        source: rule.pattern,
        weight: rule.weight,
        field: rule.in,
        max: rule.max ?? 1,
        once: new RegExp(rule.pattern, flagsFor(rule)),
        all: new RegExp(rule.pattern, flagsFor(rule) + 'g'),
        literals: requiredLiterals(rule.pattern),
      }),
    );
    const exclude = (rules.exclude ?? []).map((rule): CompiledExclude => {
      const compiled: CompiledExclude = { source: rule.pattern, field: rule.in, re: new RegExp(rule.pattern, flagsFor(rule)) };
      if (rule.unless !== undefined) compiled.unless = new RegExp(rule.unless, flagsFor(rule));
      return compiled;
    });
    const requireAny = (rules.requireAny ?? []).map((rule): CompiledGate => ({ field: rule.in, re: new RegExp(rule.pattern, flagsFor(rule)) }));
    out.push({ id: def.id, definition: def, threshold: rules.threshold, include, requireAny, exclude });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Literal prefilter

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
type Clause = string[][];

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

/** Trigram presence table for one text; stamps avoid clearing the table between papers. */
class GramTable {
  private readonly stamps = new Uint32Array(1 << GRAM_BITS);
  private generation = 0;

  load(folded: string): void {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    const g = this.generation;
    for (let i = 0; i + 2 < folded.length; i++) {
      this.stamps[gramHash(folded.charCodeAt(i), folded.charCodeAt(i + 1), folded.charCodeAt(i + 2))] = g;
    }
  }

  /** False only if `literal` certainly does not occur in the loaded text. */
  mayContain(literal: string): boolean {
    const g = this.generation;
    for (let i = 0; i + 2 < literal.length; i++) {
      if (this.stamps[gramHash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2))] !== g) {
        return false;
      }
    }
    return true;
  }
}

const titleGrams = new GramTable();
const abstractGrams = new GramTable();

function mayMatch(rule: CompiledInclude): boolean {
  const clauses = rule.literals;
  if (clauses === null) return true;
  const inTitle = rule.field !== 'abstract';
  const inAbstract = rule.field !== 'title';
  for (const clause of clauses) {
    let all = true;
    for (const req of clause) {
      let any = false;
      for (const l of req) {
        if ((inTitle && titleGrams.mayContain(l)) || (inAbstract && abstractGrams.mayContain(l))) {
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

// ---------------------------------------------------------------------------------------------

/** Pushes up to `limit` occurrences of `rule` in `text` into `into`; returns how many were pushed. */
function collect(rule: CompiledInclude, text: string, where: 'title' | 'abstract', limit: number, into: RuleMatch[]): number {
  if (limit <= 0 || text.length === 0) return 0;
  if (limit === 1) {
    const m = rule.once.exec(text);
    if (m === null) return 0;
    into.push({ pattern: rule.source, in: where, weight: rule.weight, match: m[0] });
    return 1;
  }
  const re = rule.all;
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++; // never loop on an empty match
    into.push({ pattern: rule.source, in: where, weight: rule.weight, match: m[0] });
    n++;
  }
  re.lastIndex = 0;
  return n;
}

function fieldMatches(re: RegExp, field: RuleField, paper: PaperText): boolean {
  return (field !== 'abstract' && re.test(paper.title)) || (field !== 'title' && re.test(paper.abstract));
}

function vetoedBy(topic: CompiledTopic, paper: PaperText): string | undefined {
  if (topic.requireAny.length > 0 && !topic.requireAny.some((g) => fieldMatches(g.re, g.field, paper))) {
    return 'requireAny';
  }
  for (const rule of topic.exclude) {
    if (!fieldMatches(rule.re, rule.field, paper)) continue;
    if (rule.unless && fieldMatches(rule.unless, rule.field, paper)) continue;
    return rule.source;
  }
  return undefined;
}

/** Scratch list of the rules that pass the prefilter for the topic being scored. */
const candidates: CompiledInclude[] = [];

/**
 * Scores one topic. With `prune`, gives up (returns null) as soon as the threshold has become
 * unreachable: the current score plus the largest positive contribution the remaining
 * prefilter-passing rules could still add is below it (negative weights can only lower a score).
 */
function scoreTopic(topic: CompiledTopic, paper: PaperText, prune: boolean): TopicScore | null {
  candidates.length = 0;
  let potential = 0;
  for (const rule of topic.include) {
    if (!mayMatch(rule)) continue;
    candidates.push(rule);
    if (rule.weight > 0) potential += rule.weight * rule.max;
  }
  if (prune && potential < topic.threshold) return null;
  const matches: RuleMatch[] = [];
  let score = 0;
  for (const rule of candidates) {
    if (rule.weight > 0) potential -= rule.weight * rule.max;
    const before = matches.length;
    let left = rule.max;
    if (rule.field !== 'abstract') left -= collect(rule, paper.title, 'title', left, matches);
    if (rule.field !== 'title') collect(rule, paper.abstract, 'abstract', left, matches);
    score += rule.weight * (matches.length - before);
    if (prune && score + potential < topic.threshold) return null;
  }
  const result: TopicScore = { topic: topic.id, score, matches, threshold: topic.threshold, member: false };
  if (score >= topic.threshold) {
    const veto = vetoedBy(topic, paper);
    if (veto === undefined) result.member = true;
    else result.excludedBy = veto;
  }
  return result;
}

/** Normalises missing fields and loads the prefilter tables for this paper. */
function prepare(paper: PaperText): PaperText {
  const text: PaperText = { title: paper.title ?? '', abstract: paper.abstract ?? '' };
  titleGrams.load(fold(text.title));
  abstractGrams.load(fold(text.abstract));
  return text;
}

function byScoreThenId(a: TopicAssignment, b: TopicAssignment): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0;
}

/**
 * Scores a paper against every topic, members or not (for tuning and debugging).
 * Only topics with at least one counted match are returned, sorted like `classifyPaper`.
 */
export function scorePaper(paper: PaperText, topics: readonly CompiledTopic[]): TopicScore[] {
  const text = prepare(paper);
  const out: TopicScore[] = [];
  for (const topic of topics) {
    const s = scoreTopic(topic, text, false);
    if (s !== null && s.matches.length > 0) out.push(s);
  }
  return out.sort(byScoreThenId);
}

/**
 * The topics a paper belongs to, with an explanation (the counted rule matches), sorted by
 * score descending, then topic id.
 */
export function classifyPaper(paper: PaperText, topics: readonly CompiledTopic[]): TopicAssignment[] {
  const text = prepare(paper);
  const out: TopicAssignment[] = [];
  for (const topic of topics) {
    const s = scoreTopic(topic, text, true);
    if (s !== null && s.member) out.push({ topic: s.topic, score: s.score, matches: s.matches });
  }
  return out.sort(byScoreThenId);
}

/** Each paper's topic ids, best first (`classifyPaper` without the explanations), in input order. */
export function topicIdsOf(papers: readonly PaperText[], definitions: readonly TopicDefinition[]): string[][] {
  const topics = compileTopics(definitions);
  return papers.map((paper) => classifyPaper(paper, topics).map((assignment) => assignment.topic));
}

/**
 * Structural problems of a taxonomy that compile cleanly but are still wrong: parents that do
 * not exist, a topic that is its own ancestor. Returns human-readable messages (empty = fine).
 */
export function validateTaxonomy(defs: readonly TopicDefinition[]): string[] {
  const byId = new Map(defs.map((d) => [d.id, d] as const));
  const problems: string[] = [];
  for (const def of defs) {
    if (def.parent === undefined) continue;
    if (!byId.has(def.parent)) {
      problems.push(`Topic "${def.id}": parent "${def.parent}" does not exist`);
      continue;
    }
    const chain = new Set<string>([def.id]);
    let cur = byId.get(def.parent);
    while (cur) {
      if (chain.has(cur.id)) {
        problems.push(`Topic "${def.id}": parent chain has a cycle through "${cur.id}"`);
        break;
      }
      chain.add(cur.id);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
  }
  return problems;
}
