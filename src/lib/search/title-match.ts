import { searchSpelling } from './query-terms.ts';
import { normalizePhrase } from './synonyms.ts';

/** Where a title's name ends and its subtitle starts: "Mamba: Linear-Time …", "LoRA – Low-Rank …". */
const NAME_BREAK = /:\s|\s[–—-]\s/;

/** A title or query as search compares words: case, punctuation, hyphens and British spelling aside. */
const comparable = (text: string): string => normalizePhrase(searchSpelling(text));

/**
 * Whether a query names a paper by its title: the whole title, the name before its colon
 * ("Mamba" for "Mamba: Linear-Time Sequence Modeling …") or the subtitle after it. A reader who
 * types a paper's name expects that paper first, however often other papers say the words.
 * The query is read once: the test it returns compares titles with it.
 * @example titleNamer('mamba')('Mamba: Linear-Time Sequence Modeling with Selective State Spaces') // true
 */
export function titleNamer(query: string): (title: string) => boolean {
  const wanted = comparable(query);
  if (wanted.length < 2) return () => false;
  return (title) => {
    const cut = NAME_BREAK.exec(title);
    const forms = cut ? [title, title.slice(0, cut.index), title.slice(cut.index + cut[0].length)] : [title];
    return forms.some((form) => comparable(form) === wanted);
  };
}

/**
 * `titleNamer` for one title.
 * @example namesTitle('layer normalisation', 'Layer Normalization') // true
 * @example namesTitle('mamba', 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces') // true
 * @example namesTitle('state space', 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces') // false
 */
export function namesTitle(query: string, title: string): boolean {
  return titleNamer(query)(title);
}
