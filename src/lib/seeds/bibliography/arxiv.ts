/**
 * arXiv identifiers as bibliographies write them: an `eprint` field holding the id, or a
 * mention in a journal, note or link (`arXiv preprint arXiv:2106.09685`,
 * `https://arxiv.org/abs/2106.09685v2`, `10.48550/arXiv.2106.09685`). Ids come back without
 * their version: the paper is the same across versions.
 */

// New style YYMM.NNNN(N) since 2007; old style archive[.SUBJ]/YYMMNNN before.
const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
const OLD_ID = String.raw`[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]{2})?/\d{7}`;
const ID = `(${NEW_ID}|${OLD_ID})(?:v\\d+)?`;
const BARE = new RegExp(String.raw`^\s*(?:arxiv:\s*)?${ID}\s*$`, 'i');
// A mention needs arXiv's name or address right before the id, so a page range or a report
// number elsewhere in a note is not taken for one.
const MENTION = new RegExp(String.raw`(?:arxiv\.org/(?:abs|pdf|html)/|\barxiv[:.]\s*|\barxiv\s+)${ID}(?!\d)`, 'i');

/**
 * The arXiv id an `eprint`-like field holds, without version; null when the value is not one.
 * @example arxivIdOf('2106.09685v2') // '2106.09685'
 * @example arxivIdOf('arXiv:hep-th/9901001') // 'hep-th/9901001'
 */
export function arxivIdOf(value: string): string | null {
  return BARE.exec(value)?.[1] ?? null;
}

/**
 * The first arXiv id that free text mentions as arXiv's, without version; null when none.
 * @example arxivIdIn('arXiv preprint arXiv:2106.09685') // '2106.09685'
 * @example arxivIdIn('https://arxiv.org/pdf/2312.00752v2.pdf') // '2312.00752'
 * @example arxivIdIn('Proceedings of ICML, pages 2106.0968') // null
 */
export function arxivIdIn(text: string): string | null {
  return MENTION.exec(text)?.[1] ?? null;
}

/** The first arXiv id among several fields (in order of trust), mentioned as arXiv's. */
export function firstArxivId(texts: readonly (string | undefined)[]): string | null {
  for (const text of texts) {
    const id = text ? arxivIdIn(text) : null;
    if (id) return id;
  }
  return null;
}
