import { z } from 'zod';
import { paperSourceSchema, paperSchema } from './paper.ts';

/** A problem in a seed file, located so the curator can open the file at that line. */
export const seedProblemSchema = z.object({ file: z.string(), line: z.number().int(), message: z.string() });

/**
 * The data quality report: what the seeds held and what the build did with them (files read,
 * duplicates merged, text repaired, warnings). Shown on `/about/data/` and published as
 * `data-quality.json`.
 */
export const dataQualitySchema = z.object({
  stats: z.object({
    files: z.number(),
    entries: z.number(),
    papers: z.number(),
    /** Entries that repeated a paper another entry of the same kind (dump or bibliography) listed. */
    duplicatesMerged: z.number(),
    /** Papers a bibliography entry describes beside a page dump. */
    enriched: z.number(),
    warnings: z.number(),
    /** Abstracts that needed at least one repair. */
    repairedAbstracts: z.number(),
  }),
  /** Repairs applied to abstracts, by kind. */
  repairs: z.record(z.string(), z.number()),
  /** Each seed file, its entries and the lines of page navigation skipped in it. */
  files: z.array(z.object({ file: z.string(), entries: z.number(), chromeLines: z.number() })),
  /** Papers that more than one seed entry listed, by the title their pages show (repaired). */
  duplicates: z.array(
    z.object({
      slug: paperSchema.shape.slug,
      title: paperSchema.shape.title,
      sources: z.array(paperSourceSchema),
      abstractsDiffer: z.boolean(),
    }),
  ),
  warnings: z.array(seedProblemSchema),
  /** Papers no source gave an abstract (bibliography entries without one): pages show their metadata only. */
  withoutAbstract: z.array(z.object({ slug: paperSchema.shape.slug, title: paperSchema.shape.title })),
});

export type DataQualityReport = z.infer<typeof dataQualitySchema>;
export type SeedProblem = z.infer<typeof seedProblemSchema>;
export type SurveyStats = DataQualityReport['stats'];
