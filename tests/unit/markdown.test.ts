import { describe, expect, it } from 'vitest';
import { abstractToMarkdown } from '../../src/lib/markdown.ts';

describe('abstractToMarkdown', () => {
  it('escapes HTML and markdown syntax so it shows as text', () => {
    const md = abstractToMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) *bold* _it_ # h');
    expect(md).not.toMatch(/(?<!\\)[<[*_#]/);
    expect(md).toContain('\\<script\\>');
  });

  it('turns web URLs into autolinks, without trailing punctuation', () => {
    expect(abstractToMarkdown('Code: https://github.com/a/b_c.')).toBe('Code: <https://github.com/a/b_c>\\.');
  });

  it('keeps formula spans for KaTeX', () => {
    expect(abstractToMarkdown('a cost of $O(n^2)$ per step')).toBe('a cost of $O(n^2)$ per step');
  });

  it('treats dollars that do not hug a formula as text', () => {
    expect(abstractToMarkdown('costs $5 and $10 today')).toBe('costs \\$5 and \\$10 today');
    expect(abstractToMarkdown('$ latency reductions on GPUs and 42.9%$')).toBe('\\$ latency reductions on GPUs and 42\\.9%\\$');
  });
});
