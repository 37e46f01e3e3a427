/**
 * Loading the topic taxonomy (`content/topics/<id>.md`) without Astro, for unit tests and
 * scripts. A topic file is YAML frontmatter (title, description, aliases, parent?, order?, rules)
 * followed by a markdown overview body; the file name (without `.md`) is the topic id.
 * The rules format is documented at the top of `classify.ts` (a rule without `in` applies to
 * `any`). Unknown keys, at the top level or in a rule, are errors so that typos do not pass
 * silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ExcludeRule, GateRule, TopicDefinition, TopicRule } from './classify.ts';

export interface TopicFile {
  definition: TopicDefinition;
  body: string;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ALLOWED_KEYS = new Set(['title', 'description', 'aliases', 'parent', 'order', 'rules']);

function fail(id: string, message: string): never {
  throw new Error(`Topic file "${id}.md": ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(id: string, value: unknown, key: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(id, `"${key}" must be a non-empty string`);
  return value;
}

const RULE_KEYS = {
  include: new Set(['pattern', 'weight', 'in', 'max', 'caseSensitive']),
  requireAny: new Set(['pattern', 'in', 'caseSensitive']),
  exclude: new Set(['pattern', 'in', 'unless', 'caseSensitive']),
};

function checkKeys(id: string, raw: Record<string, unknown>, kind: keyof typeof RULE_KEYS, i: number): void {
  for (const key of Object.keys(raw)) {
    if (!RULE_KEYS[kind].has(key)) fail(id, `rules.${kind}[${i}] has unknown key "${key}"`);
  }
}

function toInclude(id: string, raw: unknown, i: number): TopicRule {
  if (!isRecord(raw)) fail(id, `rules.include[${i}] must be a mapping`);
  checkKeys(id, raw, 'include', i);
  const rule: TopicRule = {
    pattern: str(id, raw.pattern, `rules.include[${i}].pattern`),
    weight: typeof raw.weight === 'number' ? raw.weight : fail(id, `rules.include[${i}].weight must be a number`),
    in: str(id, raw.in ?? 'any', `rules.include[${i}].in`) as TopicRule['in'],
  };
  if (raw.max !== undefined) {
    if (typeof raw.max !== 'number') fail(id, `rules.include[${i}].max must be a number`);
    rule.max = raw.max;
  }
  if (caseSensitive(id, raw, `rules.include[${i}]`)) rule.caseSensitive = true;
  return rule;
}

function caseSensitive(id: string, raw: Record<string, unknown>, what: string): boolean {
  if (raw.caseSensitive === undefined) return false;
  if (typeof raw.caseSensitive !== 'boolean') fail(id, `${what}.caseSensitive must be true or false`);
  return raw.caseSensitive;
}

/** The fields a gate and an exclude rule share: pattern, field and case sensitivity. */
function matchRule(id: string, raw: unknown, list: 'requireAny' | 'exclude', i: number): { rule: GateRule; raw: Record<string, unknown> } {
  const what = `rules.${list}[${i}]`;
  if (!isRecord(raw)) fail(id, `${what} must be a mapping`);
  checkKeys(id, raw, list, i);
  const rule: GateRule = {
    pattern: str(id, raw.pattern, `${what}.pattern`),
    in: str(id, raw.in ?? 'any', `${what}.in`) as GateRule['in'],
  };
  if (caseSensitive(id, raw, what)) rule.caseSensitive = true;
  return { rule, raw };
}

function toGate(id: string, raw: unknown, i: number): GateRule {
  return matchRule(id, raw, 'requireAny', i).rule;
}

function toExclude(id: string, raw: unknown, i: number): ExcludeRule {
  const { rule, raw: fields } = matchRule(id, raw, 'exclude', i);
  const exclude: ExcludeRule = { pattern: rule.pattern, in: rule.in };
  if (fields.unless !== undefined) exclude.unless = str(id, fields.unless, `rules.exclude[${i}].unless`);
  if (rule.caseSensitive) exclude.caseSensitive = true;
  return exclude;
}

/**
 * Parses one topic file. Validates the frontmatter shape (not the regexes: `compileTopics` does
 * that) and throws an error naming the file on any problem.
 */
export function parseTopicFile(id: string, markdownSource: string): TopicFile {
  const fm = FRONTMATTER.exec(markdownSource);
  if (!fm) fail(id, 'missing YAML frontmatter (--- ... ---)');
  let data: unknown;
  try {
    data = parseYaml(fm[1] ?? '');
  } catch (err) {
    fail(id, `invalid YAML frontmatter: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isRecord(data)) fail(id, 'frontmatter must be a mapping');
  for (const key of Object.keys(data)) {
    if (!ALLOWED_KEYS.has(key)) fail(id, `unknown frontmatter key "${key}"`);
  }
  const aliases = data.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
    fail(id, '"aliases" must be a list of strings');
  }
  const rules = data.rules;
  if (!isRecord(rules)) fail(id, '"rules" must be a mapping');
  if (typeof rules.threshold !== 'number') fail(id, 'rules.threshold must be a number');
  if (!Array.isArray(rules.include)) fail(id, 'rules.include must be a list');
  for (const key of ['exclude', 'requireAny'] as const) {
    if (rules[key] !== undefined && rules[key] !== null && !Array.isArray(rules[key])) fail(id, `rules.${key} must be a list`);
  }
  for (const key of Object.keys(rules)) {
    if (!['threshold', 'include', 'exclude', 'requireAny'].includes(key)) fail(id, `unknown rules key "${key}"`);
  }
  const definition: TopicDefinition = {
    id,
    title: str(id, data.title, 'title'),
    description: str(id, data.description, 'description'),
    aliases: aliases as string[],
    rules: {
      threshold: rules.threshold,
      include: rules.include.map((r, i) => toInclude(id, r, i)),
    },
  };
  if (Array.isArray(rules.requireAny) && rules.requireAny.length > 0) {
    definition.rules.requireAny = rules.requireAny.map((r, i) => toGate(id, r, i));
  }
  if (Array.isArray(rules.exclude) && rules.exclude.length > 0) {
    definition.rules.exclude = rules.exclude.map((r, i) => toExclude(id, r, i));
  }
  if (data.parent !== undefined && data.parent !== null) definition.parent = str(id, data.parent, 'parent');
  if (data.order !== undefined && data.order !== null) {
    if (typeof data.order !== 'number') fail(id, '"order" must be a number');
    definition.order = data.order;
  }
  return { definition, body: markdownSource.slice(fm[0].length).trim() };
}

/** Reads every `*.md` in `dir`, sorted by id (file name without `.md`). */
export function loadTopicFiles(dir: string): TopicFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => parseTopicFile(id, readFileSync(join(dir, `${id}.md`), 'utf8')));
}

/** The topic definitions in `dir`, sorted by id. */
export function loadTopicDefinitions(dir: string): TopicDefinition[] {
  return loadTopicFiles(dir).map((f) => f.definition);
}
