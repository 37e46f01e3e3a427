import { defaultSchema } from 'rehype-sanitize';

/**
 * GitHub's sanitizing rules (rehype-sanitize's default: only http(s)/mailto links, no
 * scripts, styles or event handlers) plus the classes remark-math puts on formulas, so
 * KaTeX can find them after sanitizing.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
  },
};
