import { describe, expect, it } from 'vitest';
import { abstractToMarkdown, plainAbstractHtml, textOfPlainParagraph } from '../../src/lib/text/markdown.ts';
import { markdownProcessor } from '../../src/markdown.config.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

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

describe('plainAbstractHtml', () => {
  /** Renders markdown with the processor the build uses (src/markdown.config.ts). */
  async function renderer() {
    const { markdownConfigDefaults } = await import('@astrojs/markdown-remark');
    return markdownProcessor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  }

  it('is exactly what the markdown processor makes of every plain abstract in the seeds and of awkward text', async () => {
    const render = await renderer();
    const texts = [
      ...shippedSurvey().papers.map((paper) => paper.abstractRepaired),
      'A & B < C > D "quoted" \'single\' `tick` *star* _under_ [link](javascript:alert(1)) <b>bold</b> &amp; &#x26; \\ back',
      '1. Not a list # nor a heading > nor a quote - nor an item + more ~~strike~~ | pipe | ! bang {braces}',
      'Unicode: naïve café — “quotes” 😀 𝔼[x] ± × ≤ ∞ and a non-breaking space and ‰',
    ];
    let plain = 0;
    for (const text of texts) {
      const fast = plainAbstractHtml(text);
      if (fast === undefined) continue;
      plain++;
      expect(fast, text).toBe((await render.render(abstractToMarkdown(text))).code);
    }
    expect(plain).toBeGreaterThan(300); // most real abstracts take the fast path
  });

  it('leaves formulas and links to the processor', () => {
    expect(plainAbstractHtml('a cost of $O(n^2)$ per step')).toBeUndefined();
    expect(plainAbstractHtml('Code: https://github.com/a/b.')).toBeUndefined();
    expect(plainAbstractHtml('')).toBeUndefined();
  });
});

describe('textOfPlainParagraph', () => {
  it('gives back the text of every plain paragraph, and nothing for other HTML', () => {
    const texts = [...shippedSurvey().papers.map((paper) => paper.abstract), 'A & B < C; literal &#x3C; and &#x26; and &amp; stay text'];
    let plain = 0;
    for (const text of texts) {
      const html = plainAbstractHtml(text);
      if (html === undefined) continue;
      plain++;
      expect(textOfPlainParagraph(html)).toBe(text);
    }
    expect(plain).toBeGreaterThan(300); // the loop did check real abstracts
    expect(textOfPlainParagraph('<p>a <a href="x">link</a></p>')).toBeUndefined();
    expect(textOfPlainParagraph('<p>one</p><p>two</p>')).toBeUndefined();
  });
});
