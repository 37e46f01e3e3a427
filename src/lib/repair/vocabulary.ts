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

// ---------------------------------------------------------------------------------------------
// The corpus's own words, for splitting words a scrape glued together

/**
 * Short function words that a scrape glues to a neighbour at a line break ("asystem",
 * "combinationof", "andretrieve", "isbag", "ouroverall"). Only splits that put one of these
 * on one side are tried: two content words side by side ("super" + "position", "frame" +
 * "work") is how English builds words, not damage. Words that too many real words start or
 * end with are left out: `in`, `on`, `at`, `by`, `or`, `as`, `an`, `be`, `not`, `over`
 * ("inset", "onset", "bypass", "plugin", "below", "notable", "overhead").
 */
const GLUE_WORDS = [
  'a', 'and', 'of', 'the', 'to', 'with', 'for', 'from', 'that', 'this', 'these', 'is', 'are', 'we',
  'our', 'its', 'their', 'which', 'more', 'most', 'also', 'such', 'than', 'each', 'into', 'has', 'have', 'can',
] as const;
const GLUE = new Set<string>(GLUE_WORDS);
/** Glue words whose split may rest on the other half's frequency alone, with no example of the pair. */
const SAFE_GLUE = new Set(['and', 'of', 'the', 'with', 'from', 'that', 'this', 'these', 'our', 'we', 'is', 'are', 'which', 'their']);

/**
 * How often the corpus uses each word (in how many texts) and each pair of a glue word with
 * its neighbour ("a system", "combination of"): the evidence `splitGluedWord` asks for.
 */
export interface CorpusVocabulary {
  /** In how many texts the word occurs (lower case). */
  documentFrequency(word: string): number;
  /**
   * Whether the word occurs in at least `min` texts: what most rules need to know, asked as such
   * so that a repair kept between builds still holds when the count moves but not across `min`
   * (remembered-repair.ts: a paper added that says "model" again changes no other repair).
   */
  usedInAtLeast(word: string, min: number): boolean;
  /** In how many texts the two words occur side by side, when one of them is a glue word. */
  pairFrequency(first: string, second: string): number;
}

/** The words of one text and its glue-word pairs, each once: what the text adds to the counts. */
interface TextTerms {
  words: string[];
  pairs: string[];
}

/** The distinct words (lower case) and glue-word pairs of a text. */
function termsOf(text: string): TextTerms {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const lower = text.toLowerCase();
  const letters = /\p{L}+/gu;
  let previous = '';
  let previousEnd = -1;
  for (let m = letters.exec(lower); m; m = letters.exec(lower)) {
    const word = m[0];
    // Pairs only across one space or hyphen: "images. In" is not the pair "images in".
    if (previous && m.index - previousEnd === 1) {
      const gap = lower.charCodeAt(previousEnd);
      if ((gap === 32 || gap === 45) && (GLUE.has(previous) || GLUE.has(word))) pairs.add(`${previous} ${word}`);
    }
    words.add(word);
    previous = word;
    previousEnd = m.index + word.length;
  }
  return { words: [...words], pairs: [...pairs] };
}

/**
 * Word and pair counts kept up to date over a corpus that changes a little between counts (one
 * `astro dev` process, an author saving one seed file): `count` recounts only the texts that
 * are new since the last call and takes away the ones that are gone, so the counts are the
 * same as counting the corpus afresh. A vocabulary `count` returned reads the live counts:
 * it answers until the next `count`, and throws after it.
 */
export class VocabularyCounter {
  readonly #words = new Map<string, number>();
  readonly #pairs = new Map<string, number>();
  /** Each text counted, with how many times the corpus holds it. */
  #texts = new Map<string, { terms: TextTerms; times: number }>();
  #generation = 0;

  count(texts: Iterable<string>): CorpusVocabulary {
    const next = new Map<string, { terms: TextTerms; times: number }>();
    for (const text of texts) {
      const known = next.get(text);
      if (known) known.times++;
      else next.set(text, { terms: this.#texts.get(text)?.terms ?? termsOf(text), times: 1 });
    }
    for (const [text, { terms, times }] of this.#texts) this.#add(terms, -times + (next.get(text)?.times ?? 0));
    for (const [text, { terms, times }] of next) if (!this.#texts.has(text)) this.#add(terms, times);
    this.#texts = next;
    const words = this.#words;
    const pairs = this.#pairs;
    // The view reads the live counts: asked after a later count, it would answer for another corpus.
    const generation = ++this.#generation;
    const current = () => {
      if (generation !== this.#generation) throw new Error('A vocabulary was asked after its counter counted another corpus');
    };
    return {
      documentFrequency: (word) => (current(), words.get(word) ?? 0),
      usedInAtLeast: (word, min) => (current(), (words.get(word) ?? 0) >= min),
      pairFrequency: (first, second) => (current(), pairs.get(`${first} ${second}`) ?? 0),
    };
  }

  #add({ words, pairs }: TextTerms, times: number): void {
    if (times === 0) return;
    for (const [counts, keys] of [[this.#words, words], [this.#pairs, pairs]] as const) {
      for (const key of keys) {
        const count = (counts.get(key) ?? 0) + times;
        if (count === 0) counts.delete(key);
        else counts.set(key, count);
      }
    }
  }
}

/**
 * Counts words and glue-word pairs over the texts of a corpus (titles and abstracts).
 * @example buildCorpusVocabulary(['a system', 'a system here']).pairFrequency('a', 'system') // 2
 */
export function buildCorpusVocabulary(texts: Iterable<string>): CorpusVocabulary {
  return new VocabularyCounter().count(texts);
}

/** English words made with a leading `a` ("apart", "around", "aboard"): never "a part". */
const A_WORDS = /^(?:about|above|abroad|across|adrift|afield|afloat|afoot|again|against|ago|aground|ahead|ajar|alight|alike|alive|alone|along|aloud|amass|amid|amidst|amount|among|anew|apart|arise|arose|around|arouse|ashore|aside|astray|atone|atop|avow|await|awake|award|aware|away|awhile|awry|aboard|abound|abide|ablaze|abed|adept|adore|amend|amuse|anneal|appeal|arrest|assign|assert|assess|attest|avail|avert|avoid)$/;

/** Adjectives that take the negating `a-` ("asymmetric"): never "a symmetric". */
const ALPHA_PRIVATIVE = /^(?:symmetric|symmetry|synchronous|synchrony|typical|periodic|cyclic|moral|sexual|political|social|theist|tonal|topic|temporal|biotic|septic|pathetic|tomic|stable)$/;

/**
 * Splits a word the scrape glued together ("asystem" → ["a", "system"], "combinationof" →
 * ["combination", "of"]), or returns undefined. One half must be a glue word and the other a
 * word of at least three letters that the corpus uses in at least two texts; the glued form
 * must occur in at most one text (this one) and be lower case (after an optional capital:
 * `ARank` and `ModelEvolution` are names). The corpus must vouch for the pair: it writes the
 * two words side by side in two texts, or in one and the content word is common (3+ texts),
 * or the glue word is one no English word is made with and the content word is frequent (5+).
 * After `a`, English `a-` words ("apart", "asymmetric") never split and the pair must be seen.
 * @example splitGluedWord('asystem', vocabulary) // ['a', 'system']
 */
export function splitGluedWord(word: string, vocabulary: CorpusVocabulary): [string, string] | undefined {
  if (!/^\p{L}\p{Ll}+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (lower.length < 5 || vocabulary.usedInAtLeast(lower, 2)) return undefined;
  let best: { parts: [string, string]; evidence: number } | undefined;
  for (let cut = 1; cut < lower.length; cut++) {
    const first = lower.slice(0, cut);
    const second = lower.slice(cut);
    const glue = GLUE.has(first) ? first : GLUE.has(second) ? second : undefined;
    if (!glue) continue;
    const content = glue === first ? second : first;
    const frequency = vocabulary.documentFrequency(content);
    if (content.length < 3 || GLUE.has(content) || frequency < 2) continue;
    const pair = vocabulary.pairFrequency(first, second);
    if (first === 'a' && (A_WORDS.test(lower) || ALPHA_PRIVATIVE.test(second) || pair < 2)) continue;
    const vouched = pair >= 2 || (pair >= 1 && frequency >= 3) || (SAFE_GLUE.has(glue) && frequency >= 5);
    if (!vouched) continue;
    const evidence = pair * 1000 + frequency;
    if (!best || evidence > best.evidence) best = { parts: [word.slice(0, cut), word.slice(cut)], evidence };
  }
  return best?.parts;
}
/** Whether the corpus uses the word (case-folded) in at least `min` texts. */
export function corpusUses(vocabulary: CorpusVocabulary, word: string, min = 1): boolean {
  return vocabulary.usedInAtLeast(word.toLowerCase(), min);
}
