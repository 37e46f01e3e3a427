/**
 * Acronyms an abstract defines ("linear mode connectivity (LMC)"), and a gist that uses one
 * without its definition written out once: the gist stands alone, the abstract is not beside it.
 *
 * The long form is found as Schwartz and Hearst do ("A Simple Algorithm for Identifying
 * Abbreviation Definitions in Biomedical Text", 2003): the shortest run of words before the
 * parenthesis whose letters, read right to left, contain the acronym's in order, the first letter
 * of the acronym starting a word. Hand-written because the algorithm is twenty lines and the
 * npm packages that implement it are unmaintained or pull in a whole NLP toolkit.
 */

/** "(LMC)", "(LLMs)", "(S-KAN)": a parenthesis holding only a short token with two capitals or a capital and a digit. */
const DEFINITION = /\(([A-Za-z][A-Za-z0-9-]{1,9})\)/g;
const ACRONYM_SHAPE = /^[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9]|^[A-Z][a-z]*[A-Z0-9]/;

/** The long form ending `text` whose letters contain `acronym`'s, right to left; undefined when none does. */
function longFormBefore(acronym: string, text: string): string | undefined {
  const short = acronym.toLowerCase();
  const long = text.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!;
    if (!/[a-z0-9]/.test(c)) continue;
    // The acronym's first letter must start a word of the long form.
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
  }
  return text.slice(text.lastIndexOf(' ', l) + 1);
}

/**
 * Every acronym `text` defines, with its long form: "… linear mode connectivity (LMC) …" →
 * LMC → "linear mode connectivity". The first definition of each wins; a parenthesis whose
 * letters the words before it do not spell ("memory-efficient series (METL)") defines nothing.
 * @example definedAcronyms('We study linear mode connectivity (LMC) of networks.').get('LMC') // 'linear mode connectivity'
 */
export function definedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[1]!;
    if (!ACRONYM_SHAPE.test(acronym) || defined.has(acronym)) continue;
    const letters = acronym.replace(/s$/, '').replace(/[^A-Za-z0-9]/g, '').length;
    const limit = Math.min(letters + 5, letters * 2);
    const window = text.slice(0, m.index).trimEnd().split(/\s+/).slice(-limit).join(' ');
    const long = longFormBefore(acronym.replace(/s$/, ''), window);
    if (long && /^[A-Za-z][A-Za-z0-9 -]*[A-Za-z0-9]$/.test(long) && long.split(' ').length <= limit) defined.set(acronym, long);
  }
  return defined;
}

/**
 * `gist` with the acronyms of `defined` it uses written out at their first use, "long form
 * (ACR)", at most two, each only while the gist stays within `maxLength` and when neither the
 * gist nor the title (`known`) has it already; not inside a hyphenated word ("PTM-based") nor
 * before a parenthesis. A long form that only opened a sentence with its capital ("Post-training
 * quantization") is written in lower case inside the gist.
 * @example expandAcronyms('Analyses LMC under weight matching.', new Map([['LMC', 'linear mode connectivity']]), '', 200) // 'Analyses linear mode connectivity (LMC) under weight matching.'
 */
export function expandAcronyms(gist: string, defined: ReadonlyMap<string, string>, known: string, maxLength: number): string {
  let out = gist;
  let expanded = 0;
  for (const [acronym, long] of defined) {
    if (expanded === 2) break;
    if (known.includes(acronym) || out.includes(`(${acronym}`) || out.toLowerCase().includes(long.toLowerCase())) continue;
    const use = new RegExp(String.raw`(?<![\w-])${acronym.replace(/[-]/g, '\\-')}(?![\w-])`).exec(out);
    // Not where a parenthesis follows already ("Selectable KAN (S-KAN)"): the first use or none.
    if (use === null || /^\s*\(/.test(out.slice(use.index + acronym.length))) continue;
    // "Post-training quantization (PTQ)" opened its sentence: mid-gist it is "post-training quantization".
    const written = use.index > 0 && /^[A-Z][a-z-]*(?: [a-z][a-z-]*)*$/.test(long) ? long.charAt(0).toLowerCase() + long.slice(1) : long;
    const next = `${out.slice(0, use.index)}${written} (${acronym})${out.slice(use.index + acronym.length)}`;
    if (next.length > maxLength) continue;
    out = next;
    expanded++;
  }
  return out;
}
