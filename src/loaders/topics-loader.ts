import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SurveySource } from '../build/survey-source.ts';
import { sourceLoader } from './source-loader.ts';

/**
 * Topics collection: one entry per `content/topics/<id>.md`, id = file name. The survey source
 * has validated the frontmatter (regexes compiled, parents checked) so a broken topic file
 * fails the build naming the file; the overview body is rendered markdown.
 */
export function topicsLoader(source: SurveySource, options: { dir: string }): Loader {
  return sourceLoader(source, 'survey-topics-loader', ['topics'], async ({ store, parseData, renderMarkdown, generateDigest, config }) => {
    const root = fileURLToPath(config.root);
    const topics = await source.topics();
    const untouched = new Set(store.keys());
    for (const { id, source: text, definition, body } of topics) {
      untouched.delete(id);
      const digest = generateDigest(text);
      if (store.get(id)?.digest === digest) continue;
      store.set({
        id,
        data: await parseData({ id, data: { ...definition } }),
        body,
        digest,
        rendered: await renderMarkdown(body),
        // Relative to the project root, as Astro requires, also when TOPICS_DIR is elsewhere.
        filePath: relative(root, resolve(root, options.dir, `${id}.md`)),
      });
    }
    untouched.forEach((id) => store.delete(id));
  }, { saveAtOnce: true });
}
