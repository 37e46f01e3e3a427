import katex from 'katex';
import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/mangled-abstracts.json' with { type: 'json' };
import { countRepairKinds, repairAbstract, repairTitle, type Repair } from '../../src/lib/repair/repair-abstract.ts';
import { MATH_SPAN } from '../../src/lib/text/math-spans.ts';

/** The repaired text of a snippet. */
const fix = (text: string) => repairAbstract(text).text;
/** The kinds recorded for a snippet. */
const kinds = (text: string) => repairAbstract(text).repairs.map((r) => r.kind);

/**
 * LaTeX syntax a repair may drop: command names (with or without their lost backslash),
 * font switches and abbreviation macros. Anything else that disappears is a lost word.
 */
const LATEX_WORDS = new Set([
  'times', 'otimes', 'cdot', 'sim', 'approx', 'in', 'le', 'subseteq', 'infty', 'rightarrow', 'mapsto', 'top', 'star',
  'alpha', 'gamma', 'mu', 'tau', 'varphi', 'ell', 'Omega', 'log', 'exp', 'mathbb', 'mathcal', 'widetilde', 'sf',
  'em', 'bf', 'it', 'textit', 'textbf', 'texttt', 'url', 'href', 'eg', 'ie', 'etc',
]);

/** `mtimes` = m + times, `Omegasubseteq` = Omega + subseteq: a lost backslash glued two tokens. */
const LATEX_NAMES = [...LATEX_WORDS].filter((w) => w.length > 2 || w === 'in').sort((a, b) => b.length - a.length).join('|');
const LATEX_COMPOUND = new RegExp(`^[A-Za-z]?(?:${LATEX_NAMES})(?:${LATEX_NAMES})?[A-Za-z]?$`);

function isLatexCompound(word: string): boolean {
  return LATEX_WORDS.has(word) || LATEX_COMPOUND.test(word);
}

/** Words compared without accents and LaTeX accent syntax: `Poincar\'e` and `Poincaré` match. */
function words(text: string): Set<string> {
  const plain = text
    .replace(/\\['`^"~=.]\s*\{?\\?([A-Za-z])\}?/g, '$1')
    .replace(/\\(ss|o|aa|ae|oe|l)(?![A-Za-z])/g, '$1')
    .replace(/[{}]/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return new Set(plain.match(/\p{L}+/gu) ?? []);
}

function lostWords(before: string, after: string): string[] {
  const kept = words(after);
  return [...words(before)].filter((w) => !kept.has(w) && !isLatexCompound(w));
}

describe('the word-loss check used below', () => {
  it('flags a lost word but not lost LaTeX syntax', () => {
    expect(lostWords('comes from {\\em parameter and retrieval} levels', 'comes from levels')).toEqual(['parameter', 'and', 'retrieval']);
    expect(lostWords('Min R^{mtimes n} and Poincar\\\'e', '$M \\in R^{m \\times n}$ and Poincaré')).toEqual([]);
    expect(lostWords('many items', 'many')).toEqual(['items']);
  });
});

describe('repairAbstract: multiplication and "approximately"', () => {
  it('turns a number glued to a lost \\times into ×', () => {
    expect(fix('Marconi achieves up to 34.4times higher token hit rates')).toBe('Marconi achieves up to 34.4× higher token hit rates');
    expect(fix('a lower loss with 1.37times/1.24times faster forward/backward pass')).toBe('a lower loss with 1.37×/1.24× faster forward/backward pass');
    expect(fix('speed (16times faster)')).toBe('speed (16× faster)');
    expect(kinds('up to 48times faster')).toEqual(['times']);
  });

  it('writes image sizes and kernel shapes with ×', () => {
    expect(fix('an invertible 3times3 CNN layer')).toBe('an invertible 3×3 CNN layer');
    expect(fix('the standard 224times224 resolution')).toBe('the standard 224×224 resolution');
    expect(fix('such as 6400times6400 images')).toBe('such as 6400×6400 images');
  });

  it('restores \\sim as ∼ between and before numbers', () => {
    expect(fix('an additional 10sim100times speed-up')).toBe('an additional 10∼100× speed-up');
    expect(fix('using sim4 times less compute')).toBe('using ∼4 times less compute');
    expect(fix('low-sparsity regions (sim50\\%).')).toBe('low-sparsity regions (∼50%).');
    expect(fix('reduces training costs (by sim 50%)')).toBe('reduces training costs (by ∼50%)');
  });

  it('never touches "times" and "sometimes" as English words', () => {
    for (const text of [
      'and sometimes surprising structures',
      'with 3.8 times less compute',
      'In the challenging 5 times 5 integer multiplication task',
      'released at different times and often',
      'multiple times in a loop',
      'timesteps and timescales',
      'a simple, similar simulation',
    ]) {
      expect(repairAbstract(text)).toEqual({ text, repairs: [] });
    }
  });
});

describe('repairAbstract: formulas written without $', () => {
  it('wraps dimensions and set membership in math', () => {
    expect(fix('an ntimes n matrix')).toBe('an $n \\times n$ matrix');
    expect(fix('Given a matrix Min R^{mtimes n}, the low rank')).toBe('Given a matrix $M \\in R^{m \\times n}$, the low rank');
    expect(fix('represented by a tensor h in R^{C times T times d}.')).toBe('represented by a tensor $h \\in R^{C \\times T \\times d}$.');
    expect(fix('Xin C^{dtimes d} have')).toBe('$X \\in C^{d \\times d}$ have');
    expect(fix('position t le T in a sequence')).toBe('position $t \\le T$ in a sequence');
    expect(fix('some tensor power of R^{n}.')).toBe('some tensor power of $R^{n}$.');
  });

  it('turns complexity bounds into math', () => {
    expect(fix('costs mathcal{O}(n^2) time')).toBe('costs $\\mathcal{O}(n^2)$ time');
    expect(fix('scales as O(LlogL), with L')).toBe('scales as $O(L \\log L)$, with L');
    expect(fix('at most a O(Nlog N) memory footprint')).toBe('at most a $O(N \\log N)$ memory footprint');
    expect(fix('an efficient O(l log_{2} l) parallel mode')).toBe('an efficient $O(l \\log_{2} l)$ parallel mode');
    expect(fix('runs in time widetilde O(|Omega| k), which')).toBe('runs in time $\\widetilde{O}(|\\Omega| k)$, which');
    expect(fix('can reach O(L^{{4}/{3}}) globally')).toBe('can reach $O(L^{{4}/{3}})$ globally');
  });

  it('puts back the square root a scrape dropped from a bound, and only there', () => {
    // Sparse Transformers' abstract as the shipped seed has it: its page said O(n√n).
    expect(fix('factorizations of the attention matrix which reduce this to O(n n). We also')).toBe(
      'factorizations of the attention matrix which reduce this to $O(n\\sqrt{n})$. We also',
    );
    expect(fix('two sizes cost O(n m) time')).toBe('two sizes cost O(n m) time');
    expect(fix('it takes O(n) time')).toBe('it takes O(n) time');
  });

  it('leaves simple bounds and English "O(" alone', () => {
    expect(fix('the groups S_n, O(n), Sp(n), and SO(n)')).toBe('the groups $S_n$, O(n), Sp(n), and SO(n)');
    expect(fix('in O(1) time')).toBe('in O(1) time');
  });

  it('restores lost commands in expressions', () => {
    expect(fix('i.e., f(X)=W_3exp(W_2exp(W_1X)), for')).toBe('i.e., $f(X)=W_3\\exp(W_2\\exp(W_1X))$, for');
    expect(fix('a set of entries Omegasubseteq [m]times [n]. In')).toBe('a set of entries $\\Omega \\subseteq [m] \\times [n]$. In');
    expect(fix('Reynolds numbers Re_{tau}approx 180,395,590, and')).toBe('Reynolds numbers $Re_{\\tau} \\approx 180,395,590$, and');
    expect(fix('approximation of M as UV^top for')).toBe('approximation of M as $UV^\\top$ for');
    expect(fix('pretrained weights W^star, and')).toBe('pretrained weights $W^\\star$, and');
    expect(fix('such as the varphi^4 model')).toBe('such as the $\\varphi^4$ model');
    expect(fix('a smooth mapping from mathbb R^N onto')).toBe('a smooth mapping from $\\mathbb R^N$ onto');
    expect(fix('guaranteed ell^2 Lipschitz bounds')).toBe('guaranteed $\\ell^2$ Lipschitz bounds');
  });

  it('turns {sf B} and its formulas into \\mathsf', () => {
    expect(fix('a constraint matrix {sf A} and')).toBe('a constraint matrix $\\mathsf{A}$ and');
    expect(fix('the form of {sf B}^top({sf B}{sf B}^top)^{-1}{sf B}, where')).toBe(
      'the form of $\\mathsf{B}^\\top(\\mathsf{B}\\mathsf{B}^\\top)^{-1}\\mathsf{B}$, where',
    );
    expect(fix('where {sf B}={sf A}(Wotimes I) or')).toBe('where $\\mathsf{B}=\\mathsf{A}(W \\otimes I)$ or');
  });

  it('salvages the formula inside a longer token', () => {
    expect(fix('2-functor GCNN_n to Para(CoKl(R^{n times n} times -)). We')).toBe('2-functor GCNN_n to Para(CoKl($R^{n \\times n} \\times -$)). We');
    expect(fix('the learnable, linear, A_n-equivariant layer')).toBe('the learnable, linear, $A_n$-equivariant layer');
  });

  it('uses Unicode for plain digit scripts', () => {
    expect(fix('Basis Transformation (BT^2). A basis')).toBe('Basis Transformation (BT²). A basis');
    expect(fix('framework (IA-RED^2). We')).toBe('framework (IA-RED²). We');
    expect(fix('methods like SRe^2L simply use')).toBe('methods like SRe²L simply use');
    expect(fix('at least 10^23 FLOPs')).toBe('at least 10²³ FLOPs');
    expect(fix('sub-networks (> 10^{19}) that')).toBe('sub-networks (> 10¹⁹) that');
    expect(fix('causing CO_2 emission')).toBe('causing CO₂ emission');
    expect(fix('minimize the L_2 distance')).toBe('minimize the L₂ distance');
    expect(kinds('the L_2 distance and BT^2')).toEqual(['subscript', 'superscript']);
  });

  it('leaves identifiers and unclear notation untouched', () => {
    for (const text of [
      'see https://github.com/Med-Process/Strip_MLP and tinynet_pytorch',
      'code at https://github.com/Akimoto-Cris/RD_VIT_PRUNE.',
      'use top_k and top_p sampling with d_model and x_in',
      'pos_t and ctx_c are the mean vectors',
      'encodes alpha channel transparency into the latent manifold',
      'selects a few (approx 10) sense vectors',
      'log2 quantization and GPT_4, x86_64 and Qwen2_5',
      'emoticons ^_^ stay',
      'alphas, deltas and subsets',
    ]) {
      expect(repairAbstract(text)).toEqual({ text, repairs: [] });
    }
  });
});

describe('repairAbstract: Greek letters and symbols in names', () => {
  it('restores Greek prefixes and suffixes of method names', () => {
    expect(fix('a strategy for existing MLLMs called gamma-MoD. In gamma-MoD,')).toBe('a strategy for existing MLLMs called γ-MoD. In γ-MoD,');
    expect(fix('our alpha-BN improves')).toBe('our α-BN improves');
    expect(fix('we propose MHR-mu, which')).toBe('we propose MHR-μ, which');
    expect(fix('we propose Adapt-infty, a new')).toBe('we propose Adapt-∞, a new');
    expect(kinds('called gamma-MoD')).toEqual(['greek-letter']);
  });

  it('writes any LaTeX symbol command outside formulas as its character', () => {
    expect(fix('a loss \\simeq 0.5 for x \\in X, \\sum over \\Sigma')).toBe('a loss ≃ 0.5 for x ∈ X, ∑ over Σ');
  });

  it('turns standalone arrow words into arrows', () => {
    expect(fix('28.4% to 43.9% on GTA5 rightarrow Cityscapes')).toBe('28.4% to 43.9% on GTA5 → Cityscapes');
  });

  it('turns lost \\cdot in a name into a dot, braces and all', () => {
    expect(fix('HyperZcdotZcdotW Operator Connects Slow-Fast Networks')).toBe('HyperZ·Z·W Operator Connects Slow-Fast Networks');
    expect(fix('we propose a HyperZ{cdotZ{cdot}W} operator that connects')).toBe('we propose a HyperZ·Z·W operator that connects');
    expect(kinds('a HyperZ{cdotZ{cdot}W} operator')).toEqual(['symbol-command']);
  });

  it('keeps cdot words that are not dotted names', () => {
    for (const text of ['a HyperZ{cdotZ operator', 'a Zcdots list']) expect(fix(text)).toBe(text);
  });

  it('keeps lowercase-hyphen words and Alpha as English', () => {
    expect(fix('a mu-law codec and Alpha-divergence')).toBe('a mu-law codec and Alpha-divergence');
  });
});

describe('repairAbstract: LaTeX text markup', () => {
  it('decodes accents', () => {
    expect(fix('an apparently na\\"{\\i}ve ensembling')).toBe('an apparently naïve ensembling');
    expect(fix('generalized Nystr\\"{o}m method')).toBe('generalized Nyström method');
    expect(fix("the Poincar\\'e ball and Fr\\'echet means")).toBe('the Poincaré ball and Fréchet means');
    expect(fix("caf\\'{e}, {\\'e}t\\'e, gar\\c{c}on, Stra\\ss e")).toBe('café, été, garçon, Straße');
    expect(kinds('na\\"{\\i}ve')).toEqual(['latex-accent']);
  });

  it('drops font commands but keeps their words', () => {
    expect(fix('comes from {\\em parameter and retrieval} levels')).toBe('comes from parameter and retrieval levels');
    expect(fix('we introduce \\textit{DiffuseKronA}, a novel')).toBe('we introduce DiffuseKronA, a novel');
    expect(fix('method -- \\texttt{Avg-K} that')).toBe('method – Avg-K that');
    expect(fix('\\textbf{MoE-LoRA with Layer-wise Expert Allocation (MoLA)} for')).toBe('MoE-LoRA with Layer-wise Expert Allocation (MoLA) for');
    expect(fix('par with {the state of the art} while')).toBe('par with the state of the art while');
  });

  it('expands Latin abbreviation macros without doubling the period', () => {
    expect(fix('sets of parameters (\\eg adapters), and')).toBe('sets of parameters (e.g. adapters), and');
    expect(fix('components (\\eg, body, hair)')).toBe('components (e.g., body, hair)');
    expect(fix('enhancement and translation, \\etc. However')).toBe('enhancement and translation, etc. However');
    expect(fix('(NeRV, E-NeRV, \\etc) reconstruct')).toBe('(NeRV, E-NeRV, etc.) reconstruct');
  });

  it("keeps the name of an author's macro for a name, without the backslash", () => {
    expect(fix('we design and implement \\proj, a novel technique to split the LLM')).toBe('we design and implement proj, a novel technique to split the LLM');
    expect(fix('Code for \\ours is public. \\ours\'s gains')).toBe("Code for ours is public. ours's gains");
    expect(kinds('implement \\proj, a')).toEqual(['name-macro']);
  });

  it('leaves layout commands and macros with arguments alone', () => {
    for (const text of ['see \\cite{smith20} and \\ref{fig}', 'a \\newline b and \\quad c', 'x\\proj y']) expect(fix(text)).toBe(text);
  });

  it('unescapes \\%, \\_ and friends', () => {
    expect(fix('averaging 85\\% on the Long Range Arena')).toBe('averaging 85% on the Long Range Arena');
    expect(fix('a +4.3\\%p top-1 accuracy gain')).toBe('a +4.3%p top-1 accuracy gain');
    expect(fix('the Strip\\_MLP model')).toBe('the Strip_MLP model');
    expect(kinds('Strip\\_MLP')).toEqual(['escaped-underscore']);
    expect(kinds('50\\%')).toEqual(['escaped-percent']);
  });

  it('writes LaTeX quotes and dashes as typographic characters', () => {
    expect(fix("called ``slots'' or ``object files''.")).toBe('called “slots” or “object files”.');
    expect(fix("a larger `teacher' network")).toBe('a larger ‘teacher’ network');
    expect(fix('widely used in practice -- the alternating')).toBe('widely used in practice – the alternating');
    expect(fix('degradation --- with 4-bit weights')).toBe('degradation — with 4-bit weights');
    expect(fix("the model's output")).toBe("the model's output");
  });

  it('removes the space a scrape leaves before a comma, period, semicolon or colon', () => {
    expect(fix('Here, we propose ZeroQ , a novel zero-shot quantization framework')).toBe('Here, we propose ZeroQ, a novel zero-shot quantization framework');
    expect(fix('memory-efficient mixed precision (INT4/8) , which is')).toBe('memory-efficient mixed precision (INT4/8), which is');
    expect(fix('in this paper . We also ; and then : that')).toBe('in this paper. We also; and then: that');
    expect(kinds('ZeroQ , a')).toEqual(['space-before-punctuation']);
  });

  it('keeps the space before decimals, ellipses, file types, ratios, URLs and formulas', () => {
    for (const text of [
      'an accuracy of .5 and a .NET library',
      'and so on ... or even . . . here',
      'a ratio of 3 : 1 between them',
      'Code: https://github.com/Caiyun-AI/MUDDFormer .',
      'the pair $a , b$ is',
    ]) {
      expect(fix(text)).toBe(text);
    }
  });

  it('turns non-breaking ~ into a space, except in ranges, approximations and citation keys', () => {
    expect(fix('available at~https://github.com/a/b')).toBe('available at https://github.com/a/b');
    expect(fix('large language models~(LLMs) have')).toBe('large language models (LLMs) have');
    expect(fix('such techniques (e.g.,~SVD) rely')).toBe('such techniques (e.g., SVD) rely');
    expect(fix('see Fig.~3')).toBe('see Fig. 3');
    for (const text of ['a 10X~20X faster speed', '0.8dB~2dB higher PSNR', 'about ~33.5% of', 'large (~billion parameters)']) {
      expect(fix(text)).toBe(text);
    }
  });
});

describe('repairAbstract: URLs', () => {
  it('drops the LaTeX duplicate glued to a URL', () => {
    expect(fix('accessed at https://github.com/SKDDJ/LoLDU{https://github.com/SKDDJ/LoLDU}.')).toBe('accessed at https://github.com/SKDDJ/LoLDU.');
    expect(fix('available at https://diffusekrona.github.io/{https://diffusekrona.github.io/}.')).toBe('available at https://diffusekrona.github.io/.');
    expect(fix('at~https://github.com/Med-Process/Strip_MLP{https://github.com/Med-Process/Strip\\_MLP.')).toBe('at https://github.com/Med-Process/Strip_MLP.');
  });

  it('unwraps \\url{…} and \\href{…}{…}', () => {
    expect(fix('We release SequeL\\url{https://github.com/nik-dim/sequel} as')).toBe('We release SequeL https://github.com/nik-dim/sequel as');
    expect(fix('online \\url{https://github.com/TLESORT/Generative\\_Continual\\_Learning}.')).toBe('online https://github.com/TLESORT/Generative_Continual_Learning.');
    expect(fix('see \\href{https://a.io}{our site} now')).toBe('see our site (https://a.io) now');
  });

  it('keeps a URL that differs from the braces after it', () => {
    expect(fix('https://a.io/x{https://b.io/y}')).toBe('https://a.io/x{https://b.io/y}');
  });
});

describe('repairAbstract: the $ rule', () => {
  it('keeps real formulas and restores lost commands inside them', () => {
    expect(fix('a cost of $\\mathcal{O}(n)$ memory')).toBe('a cost of $\\mathcal{O}(n)$ memory');
    expect(fix('the $k$-NN graph and $\\alpha$')).toBe('the $k$-NN graph and $\\alpha$');
    expect(fix('in $O(n log n)$ time')).toBe('in $O(n \\log n)$ time');
    expect(fix('with $mathcal{O}(1)$ memory')).toBe('with $\\mathcal{O}(1)$ memory');
    expect(fix('display $$x^2$$ here')).toBe('display $x^2$ here');
    expect(fix('the state space model \\( x\'(t) = Ax(t) \\), and \\( A \\)')).toBe("the state space model $x'(t) = Ax(t)$, and $A$");
  });

  it('removes a $ whose partner was lost, then repairs what it wrapped', () => {
    const text = 'achieving up to 5.18\\times$ latency reductions on GPUs and 42.9%$ energy savings';
    expect(fix(text)).toBe('achieving up to 5.18× latency reductions on GPUs and 42.9% energy savings');
    expect(kinds(text)).toEqual(['times', 'stray-dollar', 'stray-dollar']);
  });

  it('removes a $ pair that encloses prose', () => {
    expect(fix('function, i.e., $ f(X)=W_1X, which holds. Our proof,i.e.,Y=WX$.')).toBe('function, i.e., $f(X)=W_1X$, which holds. Our proof,i.e.,Y=WX.');
    expect(fix('only $x and y in all the cases$ here')).toBe('only x and y in all the cases here');
  });

  it('drops the $ around a symbol whose closing $ touches a number', () => {
    expect(fix('up to $\\sim$3x faster and $>$90% sparse')).toBe('up to ∼3x faster and >90% sparse');
  });

  it('keeps currency', () => {
    expect(fix('costs $5 and $10 per run')).toBe('costs $5 and $10 per run');
    expect(fix('a US$5 budget')).toBe('a US$5 budget');
  });

  it('never leaves a $ that the renderer would pair into a formula by accident', () => {
    for (const { abstract } of fixtures) {
      const out = fix(abstract);
      expect(out.replace(MATH_SPAN, '').match(/\$(?!\d)/g) ?? []).toEqual([]);
    }
  });
});

describe('repairAbstract: guarantees on real mangled abstracts', () => {
  const results = fixtures.map(({ abstract }) => ({ abstract, result: repairAbstract(abstract) }));

  it('repairs every fixture except the one kept for its traps', () => {
    // The ranges "10~20X" / "0.8dB~2dB" must stay as they are.
    const untouched = fixtures.filter((_, k) => results[k]!.result.repairs.length === 0).map((f) => f.title);
    expect(untouched).toEqual(['Progressive Volume Distillation with Active Learning for Efficient NeRF Architecture Conversion']);
  });

  it('never deletes a word (a citation key is no word of the text)', () => {
    for (const { abstract, result } of results) {
      const keys = result.repairs.filter((r: Repair) => r.kind === 'citation-key').map((r: Repair) => r.from).join(' ');
      expect(lostWords(abstract, `${result.text} ${keys.replace(/[~\d]/g, ' ')}`)).toEqual([]);
    }
  });

  it('loses no word inside any single repair either', () => {
    for (const { result } of results) {
      for (const repair of result.repairs.filter((r: Repair) => r.kind !== 'url-duplicate' && r.kind !== 'citation-key')) {
        expect(lostWords(repair.from, repair.to), JSON.stringify(repair)).toEqual([]);
      }
    }
  });

  it('records each repair at its place in the original text', () => {
    for (const { abstract, result } of results) {
      for (const repair of result.repairs) expect(abstract.slice(repair.index, repair.index + repair.from.length)).toBe(repair.from);
    }
  });

  it('is idempotent: repairing twice equals repairing once', () => {
    for (const { result } of results) expect(repairAbstract(result.text)).toEqual({ text: result.text, repairs: [] });
  });

  it('only produces formulas KaTeX can render', () => {
    for (const { result } of results) {
      for (const m of result.text.matchAll(MATH_SPAN)) expect(() => katex.renderToString(m[1]!, { throwOnError: true }), m[1]).not.toThrow();
    }
  });

  it('is deterministic', () => {
    for (const { abstract, result } of results) expect(repairAbstract(abstract)).toEqual(result);
  });

  it('returns clean text unchanged', () => {
    const text = 'We propose a simple method that sometimes runs 3 times faster (e.g., on GPUs), i.e. 34.4 ms.';
    expect(repairAbstract(text)).toEqual({ text, repairs: [] });
  });
});

describe('repairTitle', () => {
  it('repairs the titles of the shipped seeds like their abstracts', () => {
    expect(repairTitle('HyperZcdotZcdotW Operator Connects Slow-Fast Networks for Full Context Interaction')).toBe(
      'HyperZ·Z·W Operator Connects Slow-Fast Networks for Full Context Interaction',
    );
    expect(repairTitle('Adapt-infty: Scalable Lifelong Multimodal Instruction Tuning via Dynamic Data Selection')).toBe(
      'Adapt-∞: Scalable Lifelong Multimodal Instruction Tuning via Dynamic Data Selection',
    );
    expect(repairTitle('BT^2: Backward-compatible Training with Basis Transformation')).toBe('BT²: Backward-compatible Training with Basis Transformation');
    expect(repairTitle('IA-RED^2: Interpretability-Aware Redundancy Reduction for Vision Transformers')).toBe(
      'IA-RED²: Interpretability-Aware Redundancy Reduction for Vision Transformers',
    );
    expect(repairTitle('PLeaS -- Merging Models with Permutations and Least Squares')).toBe('PLeaS – Merging Models with Permutations and Least Squares');
  });

  it('writes formulas as plain text, since titles also go where math is not rendered', () => {
    expect(repairTitle('$\\gamma$-MoD: Exploring Mixture-of-Depth Adaptation')).toBe('γ-MoD: Exploring Mixture-of-Depth Adaptation');
    expect(repairTitle('Sorting in O(nlog n) Time')).toBe('Sorting in O(n log n) Time');
    expect(repairTitle('Low Rank Completion of Min R^{mtimes n}')).toBe('Low Rank Completion of M ∈ R^(m × n)');
  });

  it('leaves clean titles and the URL rules alone', () => {
    expect(repairTitle('Model Soups: Averaging Weights of Multiple Fine-tuned Models')).toBe('Model Soups: Averaging Weights of Multiple Fine-tuned Models');
    expect(repairTitle('Code https://a.io/x{https://a.io/x}')).toBe('Code https://a.io/x{https://a.io/x}');
  });
});

describe('countRepairKinds', () => {
  it('counts repairs per kind over many abstracts', () => {
    const results = ['34.4times and 2times', 'na\\"{\\i}ve', 'plain text'].map((text) => repairAbstract(text));
    expect(countRepairKinds(results)).toEqual({ times: 2, 'latex-accent': 1 });
    expect(countRepairKinds([])).toEqual({});
  });
});
