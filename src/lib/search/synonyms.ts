// A type only: the browser bundle that shares this module must not load zod.
import type { SynonymGroup } from '../schemas/search-data.ts';
import { STOP_WORDS } from './stop-words.ts';

export type { SynonymGroup };

/**
 * Query expansion for search, driven by the topic files' `aliases` (no word lists live here).
 *
 * Each topic yields one group of phrases: its title forms first ("Mixture of Experts (MoE)" gives
 * "mixture of experts" and "moe"; compound titles such as "Pruning and Sparsity" are categories, not
 * synonyms, so only a parenthesised acronym is kept from them), then its aliases in file order.
 * A query that contains a phrase of a group is also searched with that phrase replaced by the
 * group's other phrases, closest first, up to a cap:
 *   1. equivalents: an acronym and its expansion ("moe" / "mixture of experts", "kan" /
 *      "kolmogorov arnold networks"), recognised from the letters, not from a list;
 *   2. the topic's title forms ("lifelong learning" → "continual learning", "mamba" → "state space models");
 *   3. other aliases of the topic ("kan" → "activation functions"): related, not equal, so few and
 *      weighted low.
 *
 * Phrases and queries are compared after `normalizePhrase` (case, dashes, punctuation) and with a
 * light plural folding (`ssms` = `ssm`), so "Mixture-of-Experts", "mixtures of experts" and
 * "MIXTURE OF EXPERTS" all hit the same alias.
 *
 * Pure: shared by the build (`/search-data.json`), the browser client and the unit tests.
 */

export interface TopicSynonymSource {
  id: string;
  title: string;
  aliases: readonly string[];
}


/** How a variant's phrase relates to the phrase it replaces. */
export type Relation = 'equivalent' | 'title' | 'related';

export interface Variant {
  text: string;
  relation: Relation;
}

/** One Pagefind query the client runs for a user query. */
export interface PlannedQuery {
  /** Text handed to Pagefind. */
  text: string;
  /** Multiplies the (term-count normalised) score of this query's results. */
  weight: number;
  kind: 'original' | 'spaced' | 'joined' | 'synonym' | 'partial';
  /** For synonym variants: how close the substitute is. */
  relation?: Relation;
  /** Words Pagefind would prefix-match too eagerly (one or two characters): results must contain them as whole words. */
  exact: string[];
  /** Content words in `text` (stop words left out); scores are divided by it so short and long variants compare. */
  terms: number;
}

/** The default number of synonym variants per query (besides the original and its spaced form). */
export const MAX_VARIANTS = 4;
/** At most this many variants use merely related aliases. */
export const MAX_RELATED = 2;
/** Synonym variants rank below matches of what the user typed, the more so the looser the relation. */
export const RELATION_WEIGHT: Record<Relation, number> = { equivalent: 0.9, title: 0.75, related: 0.3 };
/** Pages that contain a multi-word query as an exact phrase score this much more (Pagefind itself ignores word order and distance). */
export const PHRASE_BOOST = 1.5;


/**
 * Lower-cases, folds compatibility forms, turns dashes and slashes into spaces and drops other
 * punctuation (as Pagefind does for query text), collapsing whitespace.
 * @example normalizePhrase('Mixture-of-Experts (MoE)') // 'mixture of experts moe'
 */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Pd}/]+/gu, ' ')
    .replace(/[^\p{L}\p{N}\p{M}\s_]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds a plural word to its singular for comparison: `experts` → `expert`, `ssms` → `ssm`; `class`, `analysis` stay. */
function fold(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const words = (normalized: string): string[] => (normalized ? normalized.split(' ') : []);
const keyOf = (normalized: string): string => words(normalized).map(fold).join(' ');

const COMPOUND_TITLE = /[,:;&]|\band\b|\bor\b/i;

/**
 * The searchable forms of a topic title: the title without a parenthesised acronym (unless it is a
 * compound such as "Pruning and Sparsity") and the acronym itself.
 * @example titleForms('Mixture of Experts (MoE)') // ['mixture of experts', 'moe']
 */
export function titleForms(title: string): string[] {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(title);
  const main = (match ? match[1] : title) ?? '';
  const forms: string[] = [];
  if (!COMPOUND_TITLE.test(main)) forms.push(normalizePhrase(main));
  if (match?.[2]) forms.push(normalizePhrase(match[2]));
  return forms.filter(Boolean);
}

/** One group per topic: title forms then aliases, normalised, without repeats (plural-insensitive). */
export function buildSynonymGroups(topics: readonly TopicSynonymSource[]): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  for (const topic of topics) {
    const seen = new Set<string>();
    const phrases: string[] = [];
    for (const phrase of [...titleForms(topic.title), ...topic.aliases.map(normalizePhrase)]) {
      const key = keyOf(phrase);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      phrases.push(phrase);
    }
    if (phrases.length > 1)
      groups.push({ topic: topic.id, phrases, titleForms: titleForms(topic.title).filter((f, i, all) => all.findIndex((g) => keyOf(g) === keyOf(f)) === i).length });
  }
  return groups;
}

/**
 * The topic a query names as a whole: one of its title forms ("mixture of experts", "moe",
 * "state-space model"), case, dashes and plurals aside; the first such topic in display order,
 * else undefined. Aliases do not count: many are methods the topic holds ("Mamba", "Vision
 * Mamba", "switch transformer"), and a query for one asks for that method, not for the field.
 * @example namedTopic('Mixtures of Experts', groups) // 'moe'
 */
export function namedTopic(query: string, groups: readonly SynonymGroup[]): string | undefined {
  const key = keyOf(normalizePhrase(query));
  if (!key) return undefined;
  return groups.find((group) => group.phrases.slice(0, group.titleForms).some((phrase) => keyOf(phrase) === key))?.topic;
}

interface Span {
  start: number;
  end: number;
  key: string;
  groups: SynonymGroup[];
}

/** Alias phrases found in the query words: longest first, not overlapping (one span may belong to several topics). */
function findSpans(queryKeys: string[], groups: readonly SynonymGroup[]): Span[] {
  const found: Span[] = [];
  for (const group of groups) {
    for (const phrase of group.phrases) {
      const phraseKeys = keyOf(phrase).split(' ');
      for (let start = 0; start + phraseKeys.length <= queryKeys.length; start++) {
        if (phraseKeys.every((k, i) => queryKeys[start + i] === k)) {
          const end = start + phraseKeys.length;
          const existing = found.find((s) => s.start === start && s.end === end);
          if (existing) {
            if (!existing.groups.includes(group)) existing.groups.push(group);
          } else found.push({ start, end, key: phraseKeys.join(' '), groups: [group] });
        }
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const span of found) {
    if (chosen.every((c) => span.end <= c.start || span.start >= c.end)) chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Whether `acronym` (one word) abbreviates `phrase` (several words): each content word gives a
 * prefix of one or more letters, in order, stop words may give none.
 * @example isAcronymOf('lora', 'low rank adaptation') // true: lo + r + a
 * @example isAcronymOf('moe', 'mixture of experts') // true
 */
export function isAcronymOf(acronym: string, phrase: string): boolean {
  const letters = fold(acronym);
  const parts = words(phrase);
  if (parts.length < 2 || letters.includes(' ') || letters.length < 2 || letters.length > 8) return false;
  const match = (i: number, w: number): boolean => {
    if (i === letters.length) return parts.slice(w).every((word) => STOP_WORDS.has(word));
    const word = parts[w];
    if (word === undefined) return false;
    if (STOP_WORDS.has(word) && match(i, w + 1)) return true;
    for (let k = 1; k <= word.length && i + k <= letters.length; k++) {
      if (word.slice(0, k) !== letters.slice(i, i + k)) break;
      if (match(i + k, w + 1)) return true;
    }
    return false;
  };
  return match(0, 0);
}

const related = (a: string, b: string) => isAcronymOf(a, b) || isAcronymOf(b, a);

/**
 * The other phrases of the span's groups, closest first (equivalents, title forms, then the other
 * aliases; groups interleaved), leaving out narrower phrases: a superset of the span's words
 * finds a subset of its pages.
 */
function substitutes(span: Span, spanText: string): Variant[] {
  const spanWords = new Set(span.key.split(' '));
  const ranked: Variant[][] = [[], [], []];
  const order: Relation[] = ['equivalent', 'title', 'related'];
  const lists = span.groups.map((group) =>
    group.phrases
      .map((phrase, index) => ({ phrase, index }))
      .filter(({ phrase }) => {
        const key = keyOf(phrase);
        if (key === span.key) return false;
        const phraseWords = new Set(key.split(' '));
        return ![...spanWords].every((w) => phraseWords.has(w));
      })
      .map(({ phrase, index }): Variant => ({
        text: phrase,
        relation: related(spanText, phrase) ? 'equivalent' : index < group.titleForms ? 'title' : 'related',
      })),
  );
  for (let i = 0; lists.some((list) => i < list.length); i++) {
    for (const list of lists) {
      const variant = list[i];
      if (variant && !ranked.flat().some((v) => v.text === variant.text)) ranked[order.indexOf(variant.relation)]!.push(variant);
    }
  }
  return ranked.flat();
}

/**
 * The variants of a query: an alias phrase replaced by another phrase of its group (one
 * replacement per variant; several aliases in one query take turns), normalised, without repeats,
 * closest relations first, at most `maxVariants` (and at most MAX_RELATED merely related ones).
 */
export function expandVariants(query: string, groups: readonly SynonymGroup[], maxVariants = MAX_VARIANTS): Variant[] {
  const normalized = normalizePhrase(query);
  const queryWords = words(normalized);
  if (queryWords.length === 0 || maxVariants <= 0) return [];
  const spans = findSpans(queryWords.map(fold), groups);
  const candidates = spans.flatMap((span, s) =>
    substitutes(span, queryWords.slice(span.start, span.end).join(' ')).map((sub, rank) => ({
      text: [...queryWords.slice(0, span.start), sub.text, ...queryWords.slice(span.end)].join(' '),
      relation: sub.relation,
      rank,
      s,
    })),
  );
  const order: Relation[] = ['equivalent', 'title', 'related'];
  candidates.sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation) || a.rank - b.rank || a.s - b.s);
  const seen = new Set([keyOf(normalized)]);
  const variants: Variant[] = [];
  let relatedCount = 0;
  for (const candidate of candidates) {
    if (variants.length >= maxVariants) break;
    const key = keyOf(candidate.text);
    if (seen.has(key)) continue;
    if (candidate.relation === 'related' && relatedCount >= MAX_RELATED) continue;
    seen.add(key);
    if (candidate.relation === 'related') relatedCount++;
    variants.push({ text: candidate.text, relation: candidate.relation });
  }
  return variants;
}

/** Content words of a (normalised) query: stop words don't count. At least 1. */
export function termCount(text: string): number {
  return Math.max(1, words(normalizePhrase(text)).filter((w) => !STOP_WORDS.has(w)).length);
}

/**
 * Words of one or two characters that contain a letter ("cl", "kd", "3d"). Pagefind matches every
 * query word as a prefix, so "cl" alone would also find "class" and "clip"; the client keeps only
 * pages that contain such a word whole.
 */
export function exactTokens(text: string): string[] {
  return [...new Set(words(normalizePhrase(text)).filter((w) => w.length <= 2 && /\p{L}/u.test(w) && !STOP_WORDS.has(w)))];
}

/**
 * Whether the whole query is in double quotes: Pagefind then searches it as an exact phrase (the
 * same test as Pagefind's own), and the client searches nothing else for it.
 * @example isQuoted('"Albert Gu"') // true
 */
export const isQuoted = (query: string): boolean => /^\s*".+"\s*$/.test(query);

/**
 * Two words of a query written as one, as papers name a method ("flash attention" is
 * "FlashAttention"); undefined for other queries.
 * @example joinedForm('flash attention') // 'flashattention'
 */
export function joinedForm(query: string): string | undefined {
  const parts = words(normalizePhrase(query));
  return parts.length === 2 && parts.every((w) => w.length >= 3 && !STOP_WORDS.has(w) && /^\p{L}+$/u.test(w)) ? parts.join('') : undefined;
}

/**
 * Everything the client runs for one user query: what was typed; its spaced form when it has
 * dashes (Pagefind joins "mixture-of-experts" into one word "mixtureofexperts", which only matches
 * pages that hyphenate it, while the spaced words match both spellings); two words joined into
 * one (`joinedForm`); and the synonym variants.
 * A quoted query (`"Albert Gu"`, as a paper page links an author) asks for exactly that phrase:
 * it is searched alone.
 */
export function planSearch(query: string, groups: readonly SynonymGroup[], maxVariants = MAX_VARIANTS): PlannedQuery[] {
  const original = query.trim();
  if (!normalizePhrase(original)) return [];
  const plan: PlannedQuery[] = [];
  const add = (text: string, kind: PlannedQuery['kind'], weight: number, relation?: Relation) => {
    if (plan.some((p) => p.text === text)) return;
    plan.push({ text, kind, weight, exact: exactTokens(text), terms: termCount(text), ...(relation ? { relation } : {}) });
  };
  add(original, 'original', 1);
  if (isQuoted(original)) return plan;
  if (/[\p{Pd}/]/u.test(original)) add(normalizePhrase(original), 'spaced', 1);
  const joined = joinedForm(original);
  if (joined) add(joined, 'joined', 1);
  for (const variant of expandVariants(original, groups, maxVariants)) add(variant.text, 'synonym', RELATION_WEIGHT[variant.relation], variant.relation);
  return plan;
}

/** Whether a planned query has several words, so that an exact-phrase match means something. */
export const isPhrase = (planned: PlannedQuery): boolean => words(normalizePhrase(planned.text)).length > 1;

/** A Pagefind hit as the merge sees it. */
export interface ScoredHit<T> {
  id: string;
  score: number;
  item: T;
}

/**
 * Merges the hits of the planned queries: each page keeps its best adjusted score
 * (`weight × score / terms`), and the first query that reached it on ties. Best first.
 */
export function mergeHits<T>(plan: readonly PlannedQuery[], hitLists: readonly (readonly ScoredHit<T>[])[]): (ScoredHit<T> & { query: number })[] {
  const best = new Map<string, ScoredHit<T> & { query: number }>();
  hitLists.forEach((hits, q) => {
    const planned = plan[q];
    if (!planned) return;
    for (const hit of hits) {
      const score = (planned.weight * hit.score) / planned.terms;
      const current = best.get(hit.id);
      if (!current || score > current.score) best.set(hit.id, { id: hit.id, score, item: hit.item, query: q });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score || a.query - b.query);
}

/** Words worth highlighting on the result page for a query: its words without stop words. */
export function highlightTerms(text: string): string[] {
  return [...new Set(words(normalizePhrase(text)).filter((w) => !STOP_WORDS.has(w)))];
}
