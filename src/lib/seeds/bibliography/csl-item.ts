/**
 * A CSL item as a seed entry: the mapping the three bibliography formats share (CSL-JSON is
 * CSL; Citation.js turns BibTeX and RIS into CSL). Input is untrusted JSON, so every field is
 * checked for its type before use.
 */
import type { PaperMetadata } from '../../schemas/paper.ts';
import { arxivIdOf, firstArxivId } from './arxiv.ts';
import { bibtexTypeOf } from './csl-types.ts';
import { type CslDate, yearMonthOf } from './dates.ts';
import { normalizeDoi } from './doi.ts';
import { authorsFromCsl } from './names.ts';
import { plainText } from './rich-text.ts';

/** The CSL fields the survey reads; the rest of an item is carried along unread. */
export interface CslItem {
  id?: unknown;
  'citation-key'?: unknown;
  type?: unknown;
  title?: unknown;
  abstract?: unknown;
  author?: unknown;
  issued?: CslDate;
  'event-date'?: CslDate;
  'event-title'?: unknown;
  event?: unknown;
  'container-title'?: unknown;
  DOI?: unknown;
  URL?: unknown;
  note?: unknown;
  number?: unknown;
  archive?: unknown;
  archive_location?: unknown;
  publisher?: unknown;
  keyword?: unknown;
  [field: string]: unknown;
}

/** What a bibliography entry gives a seed entry, before its file and line are added. */
export type BibliographyFields = { title: string; abstract: string } & PaperMetadata;

/** A field's text, if it is text (numbers as exporters sometimes write them), else ''. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

// Google Scholar writes `journal = {arXiv preprint arXiv:2106.09685}` and ADS `arXiv e-prints`: the venue is arXiv.
const ARXIV_VENUE = /^arxiv(?:\s+preprint)?(?:\s+e-prints)?(?:[\s,]+(?:arxiv:)?\s*\S+)?$/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** An id that names the paper by an identifier (`arxiv:2312.00752`, `doi:10.…`): a record id, not a key an author cites by. */
const IDENTIFIER_ID = /^(?:arxiv|doi|isbn|issn|pmid|pmcid|urn):/i;
// A link ending in .pdf, or arXiv's PDF address (`arxiv.org/pdf/2106.09685v2`, with or without .pdf).
const PDF_URL = /^https?:\/\/(?:\S+\.pdf(?:[?#]\S*)?|(?:www\.)?arxiv\.org\/pdf\/\S+)$/i;

/**
 * The venue as readers know it: the container title, with Google Scholar's and ADS's arXiv
 * placeholders (`arXiv preprint arXiv:2106.09685`) shortened to `arXiv`.
 * @example venueOf('arXiv preprint arXiv:2106.09685') // 'arXiv'
 */
export function venueOf(containerTitle: string): string | null {
  const venue = plainText(containerTitle);
  if (!venue) return null;
  return ARXIV_VENUE.test(venue) ? 'arXiv' : venue;
}

/**
 * Keywords from a `keyword`/`keywords` field, split on `,` and `;`, duplicates (ignoring case) dropped.
 * @example splitKeywords('LoRA; fine-tuning, lora') // ['LoRA', 'fine-tuning']
 */
export function splitKeywords(value: string): string[] {
  const seen = new Set<string>();
  return value
    .split(/[,;]/)
    .map(plainText)
    .filter((keyword) => {
      const key = keyword.toLowerCase();
      if (!keyword || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A link that is a PDF on the web (never a local path: a researcher's disk is not for the public site). */
export function pdfLink(value: string): string | null {
  const link = value.trim();
  return PDF_URL.test(link) ? link : null;
}

/**
 * The citekey of a CSL item: `citation-key`, else an `id` that reads like one (Zotero's own
 * export uses item URIs as ids, numbers are just positions, and `arxiv:…`/`doi:…` ids name a
 * record, not a key anyone chose; such papers get a readable generated key instead).
 */
function citekeyOf(item: CslItem): string | null {
  const key = textOf(item['citation-key']).trim();
  if (key) return key;
  const id = typeof item.id === 'string' ? item.id.trim() : '';
  return id && !URL_SCHEME.test(id) && !IDENTIFIER_ID.test(id) ? id : null;
}

/**
 * The arXiv id a CSL item mentions: in its note (`arXiv:…`), link, number or archive fields,
 * its arXiv DOI or container title; or a bare id in `number`/`archive_location` of an item
 * whose archive, publisher or container is arXiv (Zotero's preprints).
 */
function arxivOf(item: CslItem, doi: string | null): string | null {
  const mentioned = firstArxivId([textOf(item.note), textOf(item.URL), textOf(item.number), textOf(item.archive_location), doi ?? undefined, textOf(item['container-title'])]);
  if (mentioned) return mentioned;
  const fromArxiv = /\barxiv\b/i.test([item.archive, item.publisher, item['container-title']].map(textOf).join(' '));
  return fromArxiv ? (arxivIdOf(textOf(item.number)) ?? arxivIdOf(textOf(item.archive_location))) : null;
}

/**
 * Maps a CSL item to the title, abstract and metadata of a seed entry. The venue is the
 * container (journal, proceedings), else the event (a conference named but not its proceedings). Title and abstract
 * are plain normalized text ('' when absent); `bibtex` is null (only a BibTeX source has one).
 */
export function fieldsFromCsl(item: CslItem): BibliographyFields {
  // RIS conference records put the year in the event's date and the conference in `event`.
  const { year, month } = yearMonthOf(item.issued ?? item['event-date']);
  const doi = normalizeDoi(textOf(item.DOI));
  const url = textOf(item.URL).trim() || null;
  return {
    title: plainText(textOf(item.title)),
    abstract: plainText(textOf(item.abstract)),
    authors: authorsFromCsl(item.author),
    year,
    month,
    venue: venueOf(textOf(item['container-title']) || textOf(item['event-title']) || textOf(item.event)),
    doi,
    arxiv: arxivOf(item, doi),
    paperUrl: url,
    pdf: url ? pdfLink(url) : null,
    keywords: splitKeywords(Array.isArray(item.keyword) ? item.keyword.map(textOf).join(',') : textOf(item.keyword)),
    type: bibtexTypeOf(item.type),
    citekey: citekeyOf(item),
    bibtex: null,
  };
}
