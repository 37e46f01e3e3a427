/**
 * Scoring papers against compiled topics (the rules format: src/lib/schemas/topic.ts).
 *
 * Deterministic: the output order is score descending, then topic id ascending (code-unit
 * order), and nothing carries over from one call to the next.
 */
import type { RuleField, TopicDefinition } from '../schemas/topic.ts';
import { compileTopics, type CompiledInclude, type CompiledTopic } from './compile.ts';
import { PaperGrams } from './prefilter.ts';

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
   * it, `requireAny` when no gate rule matched, or `requireInTitle` when the title does not name the topic. */
  excludedBy?: string;
  member: boolean;
}

export interface PaperText {
  title: string;
  abstract: string;
}

/**
 * One classification's working memory, reused from paper to paper so that scoring allocates no
 * tables per paper: the loaded paper's trigrams and the rules that passed the prefilter.
 */
class Scratch {
  readonly grams = new PaperGrams();
  readonly candidates: CompiledInclude[] = [];
}

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
  const titleGate = topic.requireInTitle;
  if (titleGate !== undefined && !titleGate.re.test(paper.title) && titleGate.unless?.test(paper.abstract) !== true) return 'requireInTitle';
  for (const rule of topic.exclude) {
    if (!fieldMatches(rule.re, rule.field, paper)) continue;
    if (rule.unless && fieldMatches(rule.unless, rule.unlessField, paper)) continue;
    return rule.source;
  }
  return undefined;
}

/**
 * Scores one topic. With `prune`, gives up (returns null) as soon as the threshold has become
 * unreachable: the current score plus the largest positive contribution the remaining
 * prefilter-passing rules could still add is below it (negative weights can only lower a score).
 */
function scoreTopic(topic: CompiledTopic, paper: PaperText, scratch: Scratch, prune: boolean): TopicScore | null {
  const candidates = scratch.candidates;
  candidates.length = 0;
  let potential = 0;
  for (const rule of topic.include) {
    if (!scratch.grams.mayMatch(rule.literals, rule.field)) continue;
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

/** Normalises missing fields and loads the paper's trigrams into `scratch`. */
function prepare(paper: PaperText, scratch: Scratch): PaperText {
  const text: PaperText = { title: paper.title ?? '', abstract: paper.abstract ?? '' };
  scratch.grams.load(text.title, text.abstract);
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
  const scratch = new Scratch();
  const text = prepare(paper, scratch);
  const out: TopicScore[] = [];
  for (const topic of topics) {
    const s = scoreTopic(topic, text, scratch, false);
    if (s !== null && s.matches.length > 0) out.push(s);
  }
  return out.sort(byScoreThenId);
}

function classifyWith(scratch: Scratch, paper: PaperText, topics: readonly CompiledTopic[]): TopicAssignment[] {
  const text = prepare(paper, scratch);
  const out: TopicAssignment[] = [];
  for (const topic of topics) {
    const s = scoreTopic(topic, text, scratch, true);
    if (s !== null && s.member) out.push({ topic: s.topic, score: s.score, matches: s.matches });
  }
  return out.sort(byScoreThenId);
}

/**
 * The topics a paper belongs to, with an explanation (the counted rule matches), sorted by
 * score descending, then topic id.
 * @example classifyPaper({ title: 'Sparse Mixture of Experts', abstract: '…' }, topics)[0]?.topic // 'moe'
 */
export function classifyPaper(paper: PaperText, topics: readonly CompiledTopic[]): TopicAssignment[] {
  return classifyWith(new Scratch(), paper, topics);
}

/** Each paper's topic assignments, best first, with their explanations, in input order. */
export function topicAssignmentsOf(papers: readonly PaperText[], definitions: readonly TopicDefinition[]): TopicAssignment[][] {
  const topics = compileTopics(definitions);
  const scratch = new Scratch();
  return papers.map((paper) => classifyWith(scratch, paper, topics));
}

/** Each paper's topic ids, best first (`classifyPaper` without the explanations), in input order. */
export function topicIdsOf(papers: readonly PaperText[], definitions: readonly TopicDefinition[]): string[][] {
  return topicAssignmentsOf(papers, definitions).map((assignments) => assignments.map((assignment) => assignment.topic));
}
