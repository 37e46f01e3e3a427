import { describe, expect, it } from 'vitest';
import { cleanUrl, extractLinks } from '../../src/lib/text/abstract-links.ts';

describe('cleanUrl', () => {
  it.each([
    ['https://github.com/RAIVNLab/MRL.', 'https://github.com/RAIVNLab/MRL'],
    ['https://www.github.com/samblouir/birdie,', 'https://www.github.com/samblouir/birdie'],
    ['https://tidee-agent.github.io/.', 'https://tidee-agent.github.io/'],
    ['https://example.org/a_(b)).', 'https://example.org/a_(b)'],
  ])('%s → %s', (raw, clean) => expect(cleanUrl(raw)).toBe(clean));
});

describe('extractLinks', () => {
  it('finds code and project links, stops at LaTeX braces and dedupes', () => {
    const text =
      'Code is at https://github.com/SKDDJ/LoLDU{https://github.com/SKDDJ/LoLDU}. Project: http://people.csail.mit.edu/bpan/ia-red/. Weights on https://huggingface.co/org/model.';
    expect(extractLinks(text)).toEqual([
      { url: 'https://github.com/SKDDJ/LoLDU', kind: 'code' },
      { url: 'http://people.csail.mit.edu/bpan/ia-red/', kind: 'project' },
      { url: 'https://huggingface.co/org/model', kind: 'code' },
    ]);
  });

  it('never returns a non-web link', () => {
    expect(extractLinks('Click javascript:alert(1) or data:text/html,<b>x</b> or https://')).toEqual([]);
  });
});
