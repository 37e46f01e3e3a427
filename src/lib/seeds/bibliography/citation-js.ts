/**
 * The one door to Citation.js (`@citation-js/core` with its BibTeX and RIS plugins): the
 * BibTeX grammar, the RIS line grammar, and their mappings to CSL. The parsers call these
 * named functions instead of Citation.js's format strings, so a change of library stays here.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item.ts';

/** A BibTeX entry as the grammar reads it: type lower-cased, field names lower-cased, values as written (macros expanded). */
export interface BibtexRecord {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

/** One RIS record: each tag with its value, or its values when the tag repeats. */
export type RisRecord = Record<string, string | string[]>;

/**
 * Reads BibTeX source into entries, LaTeX left as written. Throws a SyntaxError naming the
 * line and column (of `text`) where the grammar stopped.
 * @example readBibtexRecords('@misc{k, title = {{LoRA}}}') // [{ type: 'misc', label: 'k', properties: { title: '{LoRA}' } }]
 */
export function readBibtexRecords(text: string): BibtexRecord[] {
  return plugins.input.data(text, '@biblatex/text') as BibtexRecord[];
}

/**
 * Maps BibTeX/BibLaTeX entries to CSL items, in order: LaTeX turned into Unicode, names split,
 * dates read from `date`/`year`/`month`, `crossref` parents inherited (hence all entries at once).
 */
export function bibtexRecordsToCsl(records: readonly BibtexRecord[]): CslItem[] {
  return plugins.input.data(records, '@biblatex/entries+list') as CslItem[];
}

/** The `@string` macros Citation.js knows without a definition (month abbreviations, ACM journals), lower-case. */
export function predefinedBibtexMacros(): ReadonlySet<string> {
  const config = plugins.config.get('@bibtex') as { constants: { defaultStrings: Record<string, string> } };
  return new Set(Object.keys(config.constants.defaultStrings));
}

/** Reads RIS text into its records (tag → value). */
export function readRisRecords(text: string): RisRecord[] {
  return plugins.input.data(text, '@ris/file') as RisRecord[];
}

/** Maps one RIS record to a CSL item (RIS 2011 and older tags alike). */
export function risRecordToCsl(record: RisRecord): CslItem {
  return plugins.input.data(record, '@ris/record') as CslItem;
}
