/**
 * A topic of the taxonomy: the one declaration of its shape. Topic files (`content/topics/<id>.md`,
 * parsed by src/lib/topics/topic-file.ts), the content collection and `compileTopics` all validate
 * with this schema, and the types below are inferred from it.
 *
 * Frontmatter of a topic file (the id is the file name):
 *
 * ```yaml
 * title: Low-Rank Adaptation (LoRA)
 * description: One sentence shown in topic lists.
 * aliases: [LoRA, low-rank adaptation]   # also search synonyms
 * parent: peft              # optional broader topic (an id)
 * area: Adaptation and continual learning   # optional broad area, on topics without a parent (a sub-topic takes its parent's)
 * order: 20                 # optional position in lists
 * foundational: [lora-low-rank-adaptation-of-large-language-models]   # optional: listed first after surveys
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
 *   pooled, title hits first). A rule without `in` applies to `any`.
 * - Scoring: every include rule contributes `weight` per occurrence, counting at most `max`
 *   occurrences (`max` defaults to 1, i.e. "does the pattern occur at all"). Weights may be
 *   negative: a negative rule is a penalty (e.g. a method that is only used as a baseline).
 *   Occurrences are non-overlapping matches, counted separately in title and abstract.
 *   The score is the sum of all counted contributions.
 * - Membership: score >= `threshold`, at least one `requireAny` rule matches (when the list is
 *   given and non-empty), the title names the topic (when `requireInTitle` is given), and no
 *   exclude rule fires.
 * - `requireInTitle` is the gate of a topic that a paper must be about, not merely mention:
 *   `{ pattern: 'recurren|\\bRNNs?\\b', unless: 'introduces \\w+, a novel RNN' }` keeps out a paper
 *   whose title does not match `pattern`, unless its abstract matches `unless` (the paper's own
 *   method introduced as one).
 * - Exclude rules are hard vetoes: if `pattern` matches in its field(s) the paper is not in the
 *   topic, unless the optional `unless` pattern also matches in the same field(s), or in the
 *   field(s) `unlessIn` names: `{ pattern: 'recurrent learning', in: title, unless: 'actor-critic',
 *   unlessIn: abstract }` vetoes a title about recurrent learning unless the abstract trains an
 *   actor-critic agent.
 * - The explanation (`TopicAssignment.matches`) lists every counted occurrence, one entry per
 *   occurrence, so `score` always equals the sum of the listed weights.
 *
 * Unknown keys, at the top level or in a rule, are errors so that a typo (`maxx: 2`) fails
 * instead of being ignored. Scoring itself is in src/lib/topics/score.ts.
 */
import { z } from 'zod';

/** Ids are URL segments (`/topics/<id>/`). */
export const topicIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase kebab-case' });

const ruleFieldSchema = z.enum(['title', 'abstract', 'any']);
const inField = ruleFieldSchema.default('any');

const blankFree = z.string().regex(/\S/, { error: 'must be a non-empty string' });

/** A regex source that compiles (syntax does not depend on the `i` flag, so `u` checks both). */
const regexSource = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'u');
    } catch (err) {
      const reason = err instanceof Error ? err.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(err);
      ctx.addIssue({ code: 'custom', message: `has an invalid regex /${source}/: ${reason}`, input: source });
    }
  });

const caseSensitive = z.boolean().optional();

/** A scoring rule: `weight` points per occurrence of `pattern`, at most `max` occurrences. */
export const topicRuleSchema = z.strictObject({
  pattern: regexSource,
  /** Points per counted occurrence; negative weights are penalties. */
  weight: z.number(),
  in: inField,
  /** Occurrences counted (default 1). */
  max: z.number().int().min(1).optional(),
  caseSensitive,
});

/** A `requireAny` rule: membership needs one of them to match. */
export const gateRuleSchema = z.strictObject({ pattern: regexSource, in: inField, caseSensitive });

/** A veto: a match keeps the paper out, unless `unless` also matches, in the same field(s) or in `unlessIn`. */
export const excludeRuleSchema = z.strictObject({ pattern: regexSource, in: inField, unless: regexSource.optional(), unlessIn: ruleFieldSchema.optional(), caseSensitive });

/** The title gate: a paper whose title does not match `pattern` is out, unless its abstract matches `unless`. */
export const titleGateSchema = z.strictObject({ pattern: regexSource, unless: regexSource.optional(), caseSensitive });

export const topicRulesSchema = z.strictObject({
  /** A score of at least this makes a member; positive, or a paper with no match at all would join. */
  threshold: z.number().positive(),
  include: z.array(topicRuleSchema).min(1),
  requireAny: z.array(gateRuleSchema).optional(),
  requireInTitle: titleGateSchema.optional(),
  exclude: z.array(excludeRuleSchema).optional(),
});

/** A topic definition: the frontmatter of `content/topics/<id>.md` plus its id. */
export const topicSchema = z.strictObject({
  id: topicIdSchema,
  title: blankFree,
  description: blankFree,
  aliases: z.array(z.string()).default([]),
  parent: topicIdSchema.optional(),
  /** The broad area the topic belongs to: a heading on /topics/ and the home page, a colour on the map (src/lib/topics/areas.ts). */
  area: blankFree.optional(),
  order: z.number().optional(),
  /** Slugs of the papers a reader should meet first after the surveys (the topic page lists them next); slugs not in the survey are ignored. */
  foundational: z.array(z.string()).optional(),
  rules: topicRulesSchema,
});

/** What a topic file's frontmatter holds: everything but the id, which is the file name. */
export const topicFrontmatterSchema = topicSchema.omit({ id: true });

export type RuleField = z.infer<typeof ruleFieldSchema>;
export type TopicRule = z.infer<typeof topicRuleSchema>;
export type GateRule = z.infer<typeof gateRuleSchema>;
export type ExcludeRule = z.infer<typeof excludeRuleSchema>;
export type TopicRules = z.infer<typeof topicRulesSchema>;
export type TopicDefinition = z.infer<typeof topicSchema>;
