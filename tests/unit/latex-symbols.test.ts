import { describe, expect, it } from 'vitest';
import { GREEK_NAMES, LATEX_SYMBOLS, SUBSCRIPTS, SUPERSCRIPTS, SYMBOL_COMMANDS } from '../../src/lib/text/latex-symbols.ts';

describe('LATEX_SYMBOLS', () => {
  it('gives each Greek command the letter LaTeX draws', () => {
    expect(LATEX_SYMBOLS.epsilon).toBe('ϵ');
    expect(LATEX_SYMBOLS.varepsilon).toBe('ε');
    expect(LATEX_SYMBOLS.phi).toBe('ϕ');
    expect(LATEX_SYMBOLS.varphi).toBe('φ');
    expect(LATEX_SYMBOLS.Sigma).toBe('Σ');
  });

  it('keeps big operators apart from the Greek capitals', () => {
    expect(LATEX_SYMBOLS.sum).toBe('∑');
    expect(LATEX_SYMBOLS.prod).toBe('∏');
  });

  it('lists the Greek letters and nothing else as Greek', () => {
    expect(GREEK_NAMES).toContain('alpha');
    expect(GREEK_NAMES).toContain('varsigma');
    expect(GREEK_NAMES).toContain('Omega');
    expect(GREEK_NAMES).not.toContain('sum');
    expect(GREEK_NAMES).not.toContain('ell');
    expect(GREEK_NAMES).toHaveLength(40);
  });
});

describe('SYMBOL_COMMANDS', () => {
  it('maps each character back to one command, the usual spelling where there are two', () => {
    expect(SYMBOL_COMMANDS.get('×')).toBe('times');
    expect(SYMBOL_COMMANDS.get('≤')).toBe('leq');
    expect(SYMBOL_COMMANDS.get('≠')).toBe('neq');
    expect(SYMBOL_COMMANDS.get('→')).toBe('rightarrow');
    expect(SYMBOL_COMMANDS.get('ε')).toBe('varepsilon');
    expect(SYMBOL_COMMANDS.get('ϵ')).toBe('epsilon');
  });

  it('leaves ASCII alone', () => {
    expect(SYMBOL_COMMANDS.has('|')).toBe(false);
  });
});

describe('script tables', () => {
  it('cover digits and signs both ways up', () => {
    expect([...'10-3'].map((c) => SUPERSCRIPTS[c]).join('')).toBe('¹⁰⁻³');
    expect([...'2'].map((c) => SUBSCRIPTS[c]).join('')).toBe('₂');
  });
});
