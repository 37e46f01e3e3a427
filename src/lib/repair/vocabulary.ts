/**
 * The LaTeX the repair rules recognise: command names by role, and how a letter run in which
 * a scrape lost the backslashes (`mtimes`, `Omegasubseteq`, `LlogL`) splits into variables
 * and commands.
 */
import { GREEK_NAMES } from '../text/latex-symbols.ts';

/** Binary operators and relations: typeset with spaces around them. */
export const OPERATORS = new Set([
  'times', 'otimes', 'oplus', 'odot', 'cdot', 'circ', 'pm', 'mp', 'div', 'in', 'notin', 'ni',
  'subset', 'subseteq', 'supset', 'supseteq', 'cup', 'cap', 'setminus', 'le', 'leq', 'ge', 'geq',
  'neq', 'ne', 'approx', 'sim', 'simeq', 'cong', 'equiv', 'propto', 'll', 'gg', 'to',
  'rightarrow', 'leftarrow', 'Rightarrow', 'Leftarrow', 'leftrightarrow', 'mapsto', 'mid',
]);
export const FUNCTIONS = new Set(['log', 'ln', 'exp', 'sin', 'cos', 'tan', 'tanh', 'det', 'dim', 'max', 'min', 'sup', 'inf', 'lim', 'arg']);
/** Symbols that only make sense as a superscript or subscript when spelled without `\`. */
export const SCRIPT_SYMBOLS = new Set(['top', 'star', 'ast', 'prime', 'dagger', 'perp', 'infty']);
export const SYMBOLS = new Set(['ell', 'infty', 'partial', 'nabla', 'hbar', 'emptyset', 'forall', 'exists', 'cdots', 'ldots']);
/** Commands that take an argument. */
const WRAPPERS = new Set([
  'mathcal', 'mathbb', 'mathbf', 'mathrm', 'mathsf', 'mathit', 'mathtt', 'mathfrak', 'boldsymbol',
  'operatorname', 'frac', 'sqrt', 'widetilde', 'widehat', 'tilde', 'hat', 'bar', 'vec', 'overline',
]);
/** The two-letter names worth a backslash; others (`Re`, `at`, `of`) stay letters. */
export const TWO_LETTER_COMMANDS = new Set(['in', 'to', 'le', 'ge', 'ne', 'ni', 'mu', 'nu', 'pi', 'xi', 'ln', 'pm', 'mp', 'll', 'gg']);

const GREEK = new Set(GREEK_NAMES);

export function isGreek(word: string): boolean {
  return GREEK.has(word);
}

export function isCommand(word: string): boolean {
  return isGreek(word) || OPERATORS.has(word) || FUNCTIONS.has(word) || SYMBOLS.has(word) || SCRIPT_SYMBOLS.has(word) || WRAPPERS.has(word);
}

/** Command names that are never English words: seeing one glued to a letter means math. */
export const UNAMBIGUOUS = new Set([
  'times', 'otimes', 'oplus', 'odot', 'cdot', 'subseteq', 'supseteq', 'leq', 'geq', 'neq', 'approx',
  'infty', 'setminus', 'propto', 'rightarrow', 'leftarrow', 'Rightarrow', 'leftrightarrow',
  'mathcal', 'mathbb', 'mathbf', 'mathrm', 'mathsf', 'widetilde', 'widehat', 'sqrt', 'frac',
  'alpha', 'gamma', 'delta', 'epsilon', 'varepsilon', 'theta', 'vartheta', 'lambda', 'sigma',
  'omega', 'varphi', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Sigma', 'Omega',
]);

/** Commands that may be glued to a one-letter variable in a scrape (`mtimes`, `Llog`, `Xin`). */
const GLUABLE = [...OPERATORS, ...FUNCTIONS, ...GREEK_NAMES, ...SYMBOLS]
  .filter((word) => word.length > 2 || word === 'in')
  .sort((a, b) => b.length - a.length);
const GLUED = new RegExp(`^([A-Za-z])?(${GLUABLE.join('|')})(${GLUABLE.join('|')})?([A-Za-z])?$`);

/**
 * Splits a letter run like `mtimes`, `Omegasubseteq` or `LlogL` into variables and commands,
 * or returns undefined when the run is not such a compound.
 * @example decompose('LlogL') // ['L', 'log', 'L']
 */
export function decompose(run: string): string[] | undefined {
  if (isCommand(run)) return undefined;
  const m = GLUED.exec(run);
  if (!m) return undefined;
  const [, before, first, second, after] = m;
  if (!first) return undefined;
  if (!before && !second && !after) return undefined; // a bare command, not a compound
  if ((first === 'in' || second === 'in') && !(before && /[A-Z]/.test(before) && !second && !after)) return undefined;
  // English plurals and words: `alphas`, `subsets`, `deltax`.
  if (after && !second && (after === 's' || isGreek(first))) return undefined;
  return [before, first, second, after].filter((part): part is string => !!part);
}
