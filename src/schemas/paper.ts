import { z } from 'astro/zod';

export const sourceSchema = z.object({ file: z.string(), line: z.number().int() });

/** A paper entry's data; its id is the slug. */
export const paperSchema = z.object({
  title: z.string(),
  abstract: z.string(),
  gist: z.string(),
  sources: z.array(sourceSchema).min(1),
  links: z.array(z.object({ url: z.url(), kind: z.enum(['code', 'project']) })),
  shortId: z.string(),
  related: z.array(z.string()),
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

/** Each paper's topic ids, best first, by slug (src/loaders/topic-assignments-loader.ts). */
export const topicAssignmentsSchema = z.object({ bySlug: z.record(z.string(), z.array(z.string())) });
