import { describe, expect, it } from 'vitest';
import { plainMath } from '../../src/lib/text/plain-math.ts';

describe('plainMath', () => {
  it('renders common LaTeX as readable text', () => {
    expect(plainMath('O(n \\log n)')).toBe('O(n log n)');
    expect(plainMath('n \\times n')).toBe('n × n');
    expect(plainMath('M \\in R^{m \\times n}')).toBe('M ∈ R^(m × n)');
    expect(plainMath('\\mathbb{R}^d')).toBe('ℝ^d');
    expect(plainMath('10^{-3}')).toBe('10⁻³');
    expect(plainMath('\\mathcal{O}(n^2)')).toBe('O(n²)');
    expect(plainMath('\\widetilde{O}(|\\Omega| k)')).toBe('Õ(|Ω| k)');
    expect(plainMath('\\ell_2')).toBe('ℓ₂');
    expect(plainMath('W^\\top')).toBe('Wᵀ');
    expect(plainMath('\\frac{1}{\\sqrt{d}}')).toBe('1/√d');
    expect(plainMath('\\sum_i \\epsilon_i \\varepsilon')).toBe('∑ᵢ ϵᵢ ε');
  });
});
