/**
 * Compiling topic definitions once per classification: each definition checked against the topic
 * schema, its regexes built, and each include rule given its prefilter literals.
 */
import { topicSchema, type RuleField, type TopicDefinition } from '../schemas/topic.ts';
import { checkTopic } from './issues.ts';
import { requiredLiterals, type Clause } from './prefilter.ts';

/** An include rule ready to run; only `score.ts` looks inside. */
export interface CompiledInclude {
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
  /** Where `unless` is looked for: the rule's own field unless the topic file says otherwise. */
  unlessField: RuleField;
}

interface CompiledGate {
  field: RuleField;
  re: RegExp;
}

interface CompiledTitleGate {
  re: RegExp;
  /** Looked for in the abstract. */
  unless?: RegExp;
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
  readonly requireInTitle?: CompiledTitleGate;
  /** @internal */
  readonly exclude: readonly CompiledExclude[];
}

const flagsFor = (rule: { caseSensitive?: boolean | undefined }): string => (rule.caseSensitive === true ? 'u' : 'iu');

/**
 * Compiles every topic's regexes once. Each definition is checked against the topic schema
 * first (definitions also come from code and workers, not only from parsed files), so a bad
 * regex or malformed rule throws an error naming the topic and the key path; so do duplicate ids.
 * @example compileTopics(loadTopicDefinitions('content/topics')).map((t) => t.id) // ['3d-vision', …]
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
      const compiled: CompiledExclude = { source: rule.pattern, field: rule.in, re: new RegExp(rule.pattern, flagsFor(rule)), unlessField: rule.unlessIn ?? rule.in };
      if (rule.unless !== undefined) compiled.unless = new RegExp(rule.unless, flagsFor(rule));
      return compiled;
    });
    const requireAny = (rules.requireAny ?? []).map((rule): CompiledGate => ({ field: rule.in, re: new RegExp(rule.pattern, flagsFor(rule)) }));
    const gate = rules.requireInTitle;
    const requireInTitle: CompiledTitleGate | undefined = gate && { re: new RegExp(gate.pattern, flagsFor(gate)), ...(gate.unless !== undefined && { unless: new RegExp(gate.unless, flagsFor(gate)) }) };
    out.push({ id: def.id, definition: def, threshold: rules.threshold, include, requireAny, exclude, ...(requireInTitle && { requireInTitle }) });
  }
  return out;
}
