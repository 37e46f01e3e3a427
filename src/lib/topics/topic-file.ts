/**
 * Parsing one topic file (`content/topics/<id>.md`): YAML frontmatter validated by the topic
 * schema (src/lib/schemas/topic.ts, which documents the format), then a markdown overview body.
 * The file name (without `.md`) is the topic id. Reading the folder is Node-only and lives in
 * `topic-folder-node.ts`.
 */
import { parse as parseYaml } from 'yaml';
import { topicFrontmatterSchema, topicIdSchema, type TopicDefinition } from '../schemas/topic.ts';
import { checkTopic } from './issues.ts';

export interface TopicFile {
  definition: TopicDefinition;
  body: string;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parses one topic file. Validates the frontmatter, regexes included, and throws an error naming
 * the file and the key path of every problem.
 * @example parseTopicFile('moe', source).definition.rules.threshold // 3
 */
export function parseTopicFile(id: string, markdownSource: string): TopicFile {
  const where = `Topic file "${id}.md"`;
  const fm = FRONTMATTER.exec(markdownSource);
  if (!fm) throw new Error(`${where}: missing YAML frontmatter (--- ... ---)`);
  let data: unknown;
  try {
    data = parseYaml(fm[1] ?? '');
  } catch (err) {
    throw new Error(`${where}: invalid YAML frontmatter: ${err instanceof Error ? err.message : String(err)}`);
  }
  checkTopic(topicIdSchema, id, where, 'the file name');
  const frontmatter = checkTopic(topicFrontmatterSchema, data, where, 'frontmatter');
  return { definition: { id, ...frontmatter }, body: markdownSource.slice(fm[0].length).trim() };
}
