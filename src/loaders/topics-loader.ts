import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { compileTopics } from '../lib/topics/compile.ts';
import { validateTaxonomy } from '../lib/topics/taxonomy.ts';
import { parseTopicFile } from '../lib/topics/topic-file.ts';

/** A folder given relative to the project root (not to the directory the build started in). */
export function folderInProject(dir: string, root: URL): string {
  return fileURLToPath(new URL(dir.replace(/\/?$/, '/'), root));
}

/**
 * Topics collection: one entry per `content/topics/<id>.md`, id = file name. The frontmatter
 * is validated by the same lib code the unit tests use (regexes compiled, parents checked) so a
 * broken topic file fails the build naming the file; the overview body is rendered markdown.
 */
export function topicsLoader(options: { dir: string }): Loader {
  return {
    name: 'survey-topics-loader',
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher, logger, config }) => {
      const dir = folderInProject(options.dir, config.root);

      async function sync(): Promise<void> {
        const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
        const files = await Promise.all(
          names.map(async (name) => ({ id: name.slice(0, -3), source: await readFile(join(dir, name), 'utf8') })),
        );
        const parsed = files.map(({ id, source }) => ({ id, source, ...parseTopicFile(id, source) }));
        compileTopics(parsed.map((topic) => topic.definition));
        const problems = validateTaxonomy(parsed.map((topic) => topic.definition));
        if (problems.length > 0) throw new Error(`The topic files have problems:\n${problems.join('\n')}`);

        const untouched = new Set(store.keys());
        for (const { id, source, definition, body } of parsed) {
          untouched.delete(id);
          const digest = generateDigest(source);
          if (store.get(id)?.digest === digest) continue;
          store.set({
            id,
            data: await parseData({ id, data: { ...definition } }),
            body,
            digest,
            rendered: await renderMarkdown(body),
            filePath: join(options.dir, `${id}.md`),
          });
        }
        untouched.forEach((id) => store.delete(id));
      }

      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
