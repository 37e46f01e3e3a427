/**
 * British and American spellings as one word for search: "quantisation" and "quantization",
 * "optimise" and "optimize", "modelling" and "modeling", "behaviour" and "behavior", "centre" and
 * "center", "analyse" and "analyze", "catalogue" and "catalog".
 *
 * `americanSpelling` maps a word to one spelling by suffix rules. The rules need not be right
 * about English, only applied the same way on both sides: the index adds, for every word of a
 * paper whose mapped form differs, the mapped form (src/lib/search/document.ts), and the client
 * searches the mapped form of every query word. So "optimisation" typed finds papers that write
 * "optimization" (they hold it) and papers that write "optimisation" (they were given
 * "optimization" too); a rule that maps "promise" to "promize" costs one extra word in the index
 * and finds exactly the papers that say "promise". Stems (plurals, "-ing") are Pagefind's job.
 */

/**
 * Words spelled with "-ise" on both sides of the Atlantic, by what comes before the "is": mapping
 * them would cost their prefix matches ("supervised" finds "supervision" as it is, not as
 * "supervized").
 */
const ISE_EVERYWHERE = new Set(
  (
    'adv ar compr comprom conc dem deno dev disgu enterpr exc exerc expert franch improv inc likew merchand ' +
    'no otherw po pra prec prem prom ra rev superv surpr telev treat w'
  ).split(' '),
);

/**
 * Suffix rules, British to American; the first that matches applies. Each names the letters
 * every word it matches holds, so a word holding none of them skips the rules.
 */
const RULES: readonly [pattern: RegExp, replacement: string, holds: string][] = [
  // optimise, optimised, optimising, optimisation(s), optimiser(s), generalisable
  [/^([a-z]{2,})is(e|es|ed|ing|er|ers|ation|ations|able)$/, '$1iz$2', 'is'],
  // analyse, paralysed
  [/^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2', 'ys'],
  // behaviour(s), colour(ed), neighbour(hood), favourite
  [/^([a-z]{3,})our(|s|ed|ing|ite|ites|able|hood|hoods|al)$/, '$1or$2', 'our'],
  // modelling, labelled, travelling, signalling (a vowel before the doubled l, a vowel earlier)
  [/^([a-z]*[aeiou][a-z]*[aeiou])ll(ing|ed|er|ers)$/, '$1l$2', 'll'],
  // centre(s), metre, fibre
  [/^([a-z]{2,}[^aeiou])tre(|s|d)$/, '$1ter$2', 'tre'],
  // catalogue(s), dialogue, analogue
  [/^([a-z]{3,})ogue(|s)$/, '$1og$2', 'ogue'],
];

/** What some rule needs in the word: one test instead of six for most words. */
const MAYBE_BRITISH = new RegExp(RULES.map(([, , holds]) => holds).join('|'));

/**
 * The American spelling of a lower-case word, or the word itself.
 * @example americanSpelling('quantisation') // 'quantization'
 * @example americanSpelling('modelling') // 'modeling'
 * @example americanSpelling('model') // 'model'
 */
export function americanSpelling(word: string): string {
  if (!MAYBE_BRITISH.test(word)) return word;
  for (const [pattern, replacement] of RULES) {
    const match = pattern.exec(word);
    if (!match) continue;
    if (pattern === RULES[0]![0] && ISE_EVERYWHERE.has(match[1]!.replace(/^(un|self|semi|de|re|pre|non)(?=[a-z]{2})/, ''))) return word;
    return word.replace(pattern, replacement);
  }
  return word;
}

/**
 * The mapped forms of the words of `text` that the mapping changes, each once, in order of first
 * appearance: what the index adds to a paper so either spelling finds it.
 * @example spellingVariants('Optimisation of colour models') // ['optimization', 'color']
 */
export function spellingVariants(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const american = americanSpelling(word);
    if (american !== word) out.add(american);
  }
  return [...out];
}
