import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// One markdown file per paper (frontmatter title, abstract as the body), written by
// scripts/bench.mjs into a temp dir named by FLOOR_CONTENT_DIR.
const base = process.env.FLOOR_CONTENT_DIR || './content';

const papers = defineCollection({
  loader: glob({ pattern: '**/*.md', base }),
  schema: z.object({ title: z.string() }),
});

export const collections = { papers };
