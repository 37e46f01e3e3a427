/** DOIs as bibliographies write them: bare, as a resolver link, or with a `doi:` prefix. */

const PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const DOI = /^10\.\d{4,9}\/\S+$/;

/**
 * The bare DOI (`10.…`) a field holds, resolver prefix removed; null when it holds none.
 * @example normalizeDoi('https://doi.org/10.48550/arXiv.2106.09685') // '10.48550/arXiv.2106.09685'
 * @example normalizeDoi('see the paper') // null
 */
export function normalizeDoi(value: string): string | null {
  const trimmed = value.trim();
  let bare = trimmed.replace(PREFIX, '');
  // A resolver link may carry the DOI percent-encoded (`10.1000%2Fxyz`).
  if (bare !== trimmed && bare.includes('%')) {
    try {
      bare = decodeURIComponent(bare);
    } catch {
      // Not valid percent-encoding: keep the text as written.
    }
  }
  return DOI.test(bare) ? bare : null;
}
