/**
 * Node-only: reads the taxonomy folder (`content/topics/`) from disk, for the survey source,
 * unit tests and scripts. Parsing one file is `topic-file.ts`, which imports nothing from Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicDefinition } from '../schemas/topic.ts';
import { parseTopicFile, type TopicFile } from './topic-file.ts';

/** A topic file as read: its id (the file name), its text, its definition and overview. */
export interface TopicSource extends TopicFile {
  id: string;
  source: string;
}

/** Every `*.md` in `dir` parsed, sorted by id (file name without `.md`). Throws naming the first broken file. */
export function readTopicFolder(dir: string): TopicSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => {
      const source = readFileSync(join(dir, `${id}.md`), 'utf8');
      return { id, source, ...parseTopicFile(id, source) };
    });
}

/** The topic definitions in `dir`, sorted by id. */
export function loadTopicDefinitions(dir: string): TopicDefinition[] {
  return readTopicFolder(dir).map((f) => f.definition);
}
