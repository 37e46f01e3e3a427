import { z } from 'astro/zod';

const field = z.enum(['title', 'abstract', 'any']);

/** Mirrors `TopicDefinition` in src/lib/topics/classify.ts; the lib parser has already validated it. */
export const topicSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
  parent: z.string().optional(),
  order: z.number().optional(),
  rules: z.object({
    threshold: z.number(),
    include: z.array(z.object({ pattern: z.string(), weight: z.number(), in: field, max: z.number().optional(), caseSensitive: z.boolean().optional() })),
    requireAny: z.array(z.object({ pattern: z.string(), in: field, caseSensitive: z.boolean().optional() })).optional(),
    exclude: z.array(z.object({ pattern: z.string(), in: field, unless: z.string().optional(), caseSensitive: z.boolean().optional() })).optional(),
  }),
});
