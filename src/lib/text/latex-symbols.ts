/**
 * LaTeX symbols and the Unicode characters they print: one table for turning formulas into
 * plain text (the abstract repair, gists) and Unicode back into LaTeX (BibTeX).
 *
 * Greek letters follow the glyphs LaTeX and KaTeX draw: `\epsilon` is the lunate ϵ and
 * `\varepsilon` the ε of Greek text, `\phi` is ϕ and `\varphi` φ. So a gist shows the letter the
 * rendered formula shows, and each character maps back to the command that printed it.
 */

/**
 * Command name → the character it prints. Where two names print the same character, the
 * first one listed is the one written back (`≤` → `\leq`, `→` → `\rightarrow`).
 */
export const LATEX_SYMBOLS: Readonly<Record<string, string>> = {
  times: '×', cdot: '·', pm: '±', mp: '∓', div: '÷', circ: '∘', ast: '∗', star: '⋆', dagger: '†',
  otimes: '⊗', oplus: '⊕', odot: '⊙', cup: '∪', cap: '∩', setminus: '∖',
  leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', approx: '≈', sim: '∼', simeq: '≃', cong: '≅',
  equiv: '≡', propto: '∝', ll: '≪', gg: '≫', mid: '|', in: '∈', notin: '∉', ni: '∋',
  subset: '⊂', subseteq: '⊆', supset: '⊃', supseteq: '⊇',
  rightarrow: '→', to: '→', leftarrow: '←', Rightarrow: '⇒', Leftarrow: '⇐', leftrightarrow: '↔',
  longrightarrow: '⟶', mapsto: '↦',
  infty: '∞', partial: '∂', nabla: '∇', forall: '∀', exists: '∃', emptyset: '∅', ell: 'ℓ', hbar: 'ℏ',
  top: '⊤', perp: '⊥', bot: '⊥', prime: '′', ldots: '…', dots: '…', cdots: '⋯', sum: '∑', prod: '∏', int: '∫',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'ϕ',
  varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** The names of the Greek letters in `LATEX_SYMBOLS` (`alpha`, `varepsilon`, `Omega`). */
export const GREEK_NAMES: readonly string[] = Object.keys(LATEX_SYMBOLS).filter((name) => /^\p{Script=Greek}$/u.test(LATEX_SYMBOLS[name]!));

/**
 * Character → the command that prints it, for every non-ASCII symbol of `LATEX_SYMBOLS`.
 * @example SYMBOL_COMMANDS.get('≤') // 'leq'
 */
export const SYMBOL_COMMANDS: ReadonlyMap<string, string> = new Map(
  Object.entries(LATEX_SYMBOLS)
    .filter(([, char]) => char > '\x7f')
    .reverse()
    .map(([name, char]) => [char, name]),
);

/** `\mathbb{R}` and friends: letter → double-struck character. */
export const BLACKBOARD: Readonly<Record<string, string>> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ' };

/** Characters that have a Unicode superscript form: `10^{-3}` reads `10⁻³`. */
export const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ',
};

/** Characters that have a Unicode subscript form: `CO_2` reads `CO₂`. */
export const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ',
  m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
};
