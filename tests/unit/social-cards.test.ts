import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapText } from '../../src/lib/exports/social-cards.ts';

describe('wrapText', () => {
  it('wraps on word boundaries within the width', () => {
    expect(wrapText('Mixture of Experts for Efficient Models', 20, 3)).toEqual(['Mixture of Experts', 'for Efficient Models']);
  });

  it('cuts to the line budget with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('Supercalifragilistic idea', 5, 3)).toEqual(['Supercalifragilistic', 'idea']);
  });
});

describe('socialCardSvg', () => {
  it('escapes text from seeds and topic files', () => {
    const svg = socialCardSvg({ kicker: 'Topic', title: '<script>alert(1)</script> & more', footer: 'Survey' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(svg.startsWith('<svg')).toBe(true);
  });
});
