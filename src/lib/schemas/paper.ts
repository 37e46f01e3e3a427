import { z } from 'astro/zod';

export const sourceSchema = z.object({ file: z.string(), line: z.number().int() });

/**
 * A paper entry's data; its id is the slug. `abstract` is left out when the rendered HTML holds
 * it unchanged (read it with abstractOf, src/data/papers.ts).
 */
export const paperSchema = z.object({
  title: z.string(),
  abstract: z.string().optional(),
  gist: z.string(),
  sources: z.array(sourceSchema).min(1),
  links: z.array(z.object({ url: z.url(), kind: z.enum(['code', 'project']) })),
  shortId: z.string(),
});

const problemSchema = z.object({ file: z.string(), line: z.number().int(), message: z.string() });

export const seedReportSchema = z.object({
  stats: z.object({
    files: z.number(),
    entries: z.number(),
    papers: z.number(),
    duplicatesMerged: z.number(),
    warnings: z.number(),
    repairedAbstracts: z.number(),
  }),
  repairs: z.record(z.string(), z.number()),
  files: z.array(z.object({ file: z.string(), entries: z.number(), chromeLines: z.number() })),
  duplicates: z.array(z.object({ slug: z.string(), title: z.string(), sources: z.array(sourceSchema), abstractsDiffer: z.boolean() })),
  warnings: z.array(problemSchema),
});

/**
 * What the build derives from all papers at once (src/loaders/analysis-loader.ts), by slug:
 * each paper's topic ids, best first, and the short ids of its most similar papers, best first
 * (short ids, not slugs: every paper lists several, and the content store is read back whole).
 */
export const analysisSchema = z.object({
  topics: z.record(z.string(), z.array(z.string())),
  related: z.record(z.string(), z.array(z.string())),
});
