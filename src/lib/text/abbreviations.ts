/**
 * Words whose period never ends a sentence ("e.g.", "et al.", "Fig.", "vs."), shared by the gist's
 * sentence splitter (src/lib/text/gist.ts) and the search excerpt's (src/lib/search/excerpt.ts),
 * so a search result and a gist never cut the same abstract at different places.
 */
const NAMES = String.raw`e\.g|i\.e|et\s+al|vs|cf|Fig|Figs|Eq|Eqs|Eqn|Sec|Secs|Tab|Ref|Refs|No|Nos|approx|resp|Dr|Mr|Ms|Mrs|Prof|St|Jr|Vol|pp|ca|Thm|Def|Lem|Prop|Cor|Reg|Alg|Ch|App|Corp|Inc|Ltd|w\.r\.t|a\.k\.a`;

/** Text that ends with an abbreviation (without its final period): `… see Fig`. */
export const ENDS_WITH_ABBREVIATION = new RegExp(String.raw`(?:^|[\s(\[])(?:${NAMES})$`, 'i');

/** Text that ends with a dotted abbreviation such as `U.S` or `e.g` (without its final period). */
export const ENDS_WITH_DOTTED = /(?:^|\s)[A-Za-z](?:\.[A-Za-z])+$/;

/** Whether one word with its period ("Fig.", "(e.g.", "U.S.") is an abbreviation, not a sentence's end. */
export function isAbbreviationWord(word: string): boolean {
  if (!word.endsWith('.')) return false;
  const bare = word.slice(0, -1);
  // A word list splits "et al." into two words: "al." alone is the abbreviation's end.
  return ENDS_WITH_ABBREVIATION.test(bare) || ENDS_WITH_DOTTED.test(bare) || /^[("[]?(?:al|etc)$/i.test(bare);
}
