/**
 * What a BibTeX entry gives beyond its CSL mapping: the fields as written (for re-emitting a
 * citation), and the arXiv id, PDF and keywords that only the raw fields tell.
 */
import type { PaperMetadata } from '../../schemas/paper.ts';
import { arxivIdOf, firstArxivId } from './arxiv.ts';
import type { BibtexRecord } from './citation-js.ts';
import { type BibliographyFields, type CslItem, fieldsFromCsl, pdfLink, splitKeywords, textOf } from './csl-item.ts';
import { normalizeDoi } from './doi.ts';

/**
 * Fields left out of `bibtex.fields`: housekeeping of DBLP and JabRef (`timestamp`, `biburl`,
 * `bibsource`, `owner`, `groups`), and what is private to the researcher's library: `file`
 * holds paths on their disk, `annote`/`annotation` their own notes. The site publishes the rest.
 */
const UNPUBLISHED_FIELDS = new Set(['file', 'timestamp', 'biburl', 'bibsource', 'owner', 'groups', 'annote', 'annotation']);

/**
 * An entry's fields as written in LaTeX (macros expanded), for `Paper.bibtex`.
 * @example bibtexFieldsOf({ type: 'article', label: 'k', properties: { title: '{LoRA}', year: 2021, timestamp: 'x' } }) // { title: '{LoRA}', year: '2021' }
 */
export function bibtexFieldsOf(record: BibtexRecord): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.properties)) {
    if (!UNPUBLISHED_FIELDS.has(name)) fields[name] = String(value);
  }
  return fields;
}

/**
 * The arXiv id of an entry: its `eprint` when `eprinttype`/`archiveprefix` says arXiv (or
 * says nothing and the eprint reads as a new-style id), else a mention in the journal, note,
 * link, `howpublished`, DBLP's `volume = {abs/…}` or an arXiv DOI.
 */
export function arxivOfBibtex(properties: BibtexRecord['properties'], doi: string | null): string | null {
  const field = (name: string) => textOf(properties[name]);
  const archive = `${field('eprinttype')} ${field('archiveprefix')}`.trim();
  const eprint = field('eprint');
  if (eprint && (/arxiv/i.test(archive) || (!archive && /^\s*(?:arxiv:)?\d{4}\.\d{4,5}/i.test(eprint)))) {
    const id = arxivIdOf(eprint);
    if (id) return id;
  }
  const volume = /^abs\/(\S+)$/.exec(field('volume'))?.[1];
  return firstArxivId([field('journal'), field('journaltitle'), field('note'), field('url'), field('howpublished'), doi ?? undefined, volume ? `arXiv:${volume}` : undefined]);
}

/**
 * The PDF of an entry on the web: a `pdf` field, an attachment of `file` that is a link (Zotero
 * and JabRef write local paths there, which are never published), or the `url` when it is a PDF.
 */
export function pdfOfBibtex(properties: BibtexRecord['properties'], url: string | null): string | null {
  const attachments = textOf(properties.file)
    .split(';')
    .map((attachment) => /https?:\/\/[^;]*?\.pdf\b[^:;]*/i.exec(attachment)?.[0] ?? '');
  // A `pdf` field says what it holds: any web link in it is the PDF.
  const pdfField = textOf(properties.pdf).trim();
  if (/^https?:\/\/\S+$/i.test(pdfField)) return pdfField;
  for (const candidate of [...attachments, url ?? '']) {
    const link = pdfLink(candidate);
    if (link) return link;
  }
  return null;
}

/**
 * Seed-entry fields of a BibTeX entry: its CSL mapping, with what the raw fields say better:
 * the entry type as written, the citekey, DOI/arXiv/PDF/keywords, and the entry itself.
 */
export function fieldsFromBibtex(record: BibtexRecord, item: CslItem, abstract: string): BibliographyFields {
  const fields = fieldsFromCsl(item);
  const doi = fields.doi ?? normalizeDoi(textOf(record.properties.doi));
  const metadata: Partial<PaperMetadata> = {
    doi,
    arxiv: arxivOfBibtex(record.properties, doi) ?? fields.arxiv,
    pdf: pdfOfBibtex(record.properties, fields.paperUrl),
    // Citation.js's keyword list is the converted text (accents as Unicode); the raw field is the fallback.
    keywords: splitKeywords(textOf(item.keyword) || textOf(record.properties.keywords) || textOf(record.properties.keyword)),
    type: record.type,
    citekey: record.label,
    bibtex: { type: record.type, key: record.label, fields: bibtexFieldsOf(record) },
  };
  return { ...fields, ...metadata, abstract };
}
