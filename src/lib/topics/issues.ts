/**
 * Validating a topic against its schema (src/lib/schemas/topic.ts) with messages a topic author
 * can act on: the key path as written in the file and what the value must be, in YAML terms
 * (list, mapping), not in zod's.
 */
import type { core, z } from 'zod';

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/**
 * A zod issue path as a topic author writes it.
 * @example keyPath(['rules', 'include', 2, 'weight']) // 'rules.include[2].weight'
 */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/**
 * One issue as a sentence that starts with the key path; `root` names the whole value.
 * @example describeIssue(issue, 'frontmatter') // 'rules.include[2].weight must be a number, got "3"'
 */
export function describeIssue(issue: core.$ZodIssue, root: string): string {
  const path = keyPath(issue.path) || root;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      const noun = issue.keys.length === 1 ? 'key' : 'keys';
      return issue.path.length === 0 ? `unknown ${root} ${noun} ${keys}` : `${path} has unknown ${noun} ${keys}`;
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `${path} is missing (must be ${expected})` : `${path} must be ${expected}, got ${shown(issue.input)}`;
    }
    case 'invalid_value':
      return `${path} must be one of ${issue.values.map(String).join(', ')}, got ${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `${path} must be a non-empty list`;
      if (issue.origin === 'string') return `${path} must be a non-empty string`;
      return `${path} must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}, got ${shown(issue.input)}`;
    case 'invalid_format':
      // The schema words its own messages (`must be lowercase kebab-case`) to follow the path.
      return `${path} ${issue.message}, got ${shown(issue.input)}`;
    default:
      return `${path} ${issue.message}`;
  }
}

/**
 * `data` validated by `schema`, or an error listing every problem, one a line, each starting
 * with `where` and the key path.
 * @example checkTopic(topicFrontmatterSchema, data, 'Topic file "moe.md"', 'frontmatter')
 * // throws 'Topic file "moe.md": rules.include[2].weight must be a number, got "3"'
 */
export function checkTopic<S extends z.ZodType>(schema: S, data: unknown, where: string, root: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${where}: ${describeIssue(issue, root)}`).join('\n'));
}
