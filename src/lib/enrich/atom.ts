import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Reading the arXiv API's answer, an Atom 1.0 feed (arXiv API User's Manual, "The API Response"
 * and "Details of Atom Results Returned"):
 *
 * - one `<entry>` per paper, with `<id>` the abstract page (`http://arxiv.org/abs/<id>v<n>`),
 *   `<title>`, `<summary>` (the abstract), `<published>` (first version), one `<author><name>`
 *   per author in order, `<arxiv:primary_category term="…">`, and, when the authors gave them,
 *   `<arxiv:doi>` and `<arxiv:journal_ref>`; titles and abstracts are wrapped over lines;
 * - an error (a malformed query) is a feed with a single entry titled `Error` whose `<id>` is
 *   under `http://arxiv.org/api/errors` and whose `<summary>` is the message;
 * - no result is a feed with no entry.
 *
 * Anything else (an HTML error page, a proxy's text, a truncated download) is a
 * `MalformedFeedError`: the caller reports it for that paper and goes on.
 */

/** One paper as arXiv describes it. */
export interface ArxivEntry {
  /** The arXiv id without its version: `2106.09685`, `hep-ex/0307015`. */
  id: string;
  /** The title as arXiv has it (TeX included), its line wrapping undone. */
  title: string;
  /** The abstract, its line wrapping undone. */
  summary: string;
  /** Author names as arXiv writes them (`Edward J. Hu`), in order. */
  authors: string[];
  /** Year and month (1–12) of the first version. */
  year: number | null;
  month: number | null;
  primaryCategory: string | null;
  /** A bare DOI (`10.…`), when the authors gave one. */
  doi: string | null;
  journalRef: string | null;
}

export type ArxivFeed = { kind: 'entries'; entries: ArxivEntry[] } | { kind: 'error'; message: string };

/** An answer that is not an arXiv Atom feed. */
export class MalformedFeedError extends Error {
  override name = 'MalformedFeedError';
}

// Namespace prefixes are dropped (`arxiv:doi` → `doi`): a feed may bind the arXiv namespace to
// any prefix, and no Atom element of an entry shares a local name with an arXiv one. Text stays
// text (`parseTagValue: false`), or a title such as "1984" would come back a number. Numeric
// character references (`&#233;`) are decoded too, which plain XML entity handling leaves alone.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'entry' || name === 'author' || name === 'link' || name === 'category',
});

type Node = Record<string, unknown>;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of an element that may also carry attributes (`{ '#text': … }`). */
function textOf(node: unknown): string {
  if (typeof node === 'string') return oneLine(node);
  if (node && typeof node === 'object' && typeof (node as Node)['#text'] === 'string') return oneLine((node as Node)['#text'] as string);
  return '';
}

const ABS_ID = /^https?:\/\/(?:export\.)?arxiv\.org\/abs\/(.+?)(?:v\d+)?$/;
const ERROR_ID = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors/;
const DATE = /^(\d{4})-(\d{2})-/;
const DOI = /^10\.\S+$/;

function readEntry(entry: Node, index: number): ArxivEntry {
  const idUrl = textOf(entry.id);
  const id = ABS_ID.exec(idUrl)?.[1];
  if (!id) throw new MalformedFeedError(`entry ${index + 1} has no arXiv abstract address as its id (${JSON.stringify(idUrl)})`);
  const title = textOf(entry.title);
  if (!title) throw new MalformedFeedError(`entry ${index + 1} (${id}) has no title`);
  const date = DATE.exec(textOf(entry.published));
  const month = date ? Number(date[2]) : null;
  // A BibTeX `doi` holds one DOI: should the element list several, separated by spaces, the first is kept.
  const doi = textOf(entry.doi).split(' ')[0] ?? '';
  const primary = entry.primary_category as Node | undefined;
  return {
    id,
    title,
    summary: textOf(entry.summary),
    authors: ((entry.author as Node[] | undefined) ?? []).map((author) => textOf(author.name)).filter(Boolean),
    year: date ? Number(date[1]) : null,
    month: month !== null && month >= 1 && month <= 12 ? month : null,
    primaryCategory: typeof primary?.['@_term'] === 'string' ? primary['@_term'] : null,
    doi: DOI.test(doi) ? doi : null,
    journalRef: textOf(entry.journal_ref) || null,
  };
}

/**
 * The papers, or the error, an arXiv API answer holds. Throws `MalformedFeedError` when the
 * answer is not an Atom feed of arXiv entries.
 * @example parseArxivFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>') // { kind: 'entries', entries: [] }
 */
export function parseArxivFeed(xml: string): ArxivFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new MalformedFeedError(`not XML (${valid.err.msg}, line ${valid.err.line})`);
  const root = parser.parse(xml) as Node;
  if (!('feed' in root)) throw new MalformedFeedError('XML but not an Atom feed (no <feed> element)');
  // An empty `<feed/>` parses to '', one with only attributes to an object without entries.
  const feed = typeof root.feed === 'object' && root.feed !== null ? (root.feed as Node) : {};
  const entries = (feed.entry as Node[] | undefined) ?? [];
  const error = entries.find((entry) => ERROR_ID.test(textOf(entry.id)) || (textOf(entry.title) === 'Error' && !ABS_ID.test(textOf(entry.id))));
  if (error) return { kind: 'error', message: textOf(error.summary) || 'arXiv reported an error without a message' };
  return { kind: 'entries', entries: entries.map(readEntry) };
}
