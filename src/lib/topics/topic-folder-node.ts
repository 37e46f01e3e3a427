/**
 * Node-only: reads the taxonomy folder (`content/topics/`) from disk, for the analysis loader,
 * unit tests and scripts. Parsing one file is `topic-file.ts`, which imports nothing from Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicDefinition } from '../schemas/topic.ts';
import { parseTopicFile, type TopicFile } from './topic-file.ts';

/** Every `*.md` in `dir` parsed, sorted by id (file name without `.md`). */
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
