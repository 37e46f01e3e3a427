import { isChromeLine, stripGluedChrome } from './chrome.ts';
import { normalizeText } from './normalize.ts';
import type { PaperMetadata } from '../schemas/paper.ts';
import { preview, type SeedProblem } from './problems.ts';

/**
 * One listing of a paper in a seed file, as its parser read it: a page dump gives a title and an
 * abstract; a bibliography entry also what it knows of the paper's metadata. Text is normalized
 * plain text (LaTeX accents and escapes already turned into Unicode); the abstract is '' when the
 * source has none.
 */
export interface SeedEntry extends Partial<PaperMetadata> {
  title: string;
  abstract: string;
  file: string;
  /** 1-based line of the title (dumps) or of the entry's start (bibliographies). */
  line: number;
}

export interface ParsedSeedFile {
  file: string;
  entries: SeedEntry[];
  /** Problems that make the file unreadable as a paper list: the build stops on these. */
  errors: SeedProblem[];
  /** Recoverable oddities, reported but not fatal. */
  warnings: SeedProblem[];
  /** Lines skipped as known page chrome (0 for a bibliography). */
  chromeLines: number;
}

interface SeedLine {
  text: string;
  line: number;
}

// Abstracts in the dumps are hundreds of characters long; titles are one short line.
const ABSTRACT_MIN_LENGTH = 300;
const SENTENCE_END = /[.!?](?=\s+[A-Z(]|$)/g;
// An unrecognized line before the first paper is taken for page chrome only when it is this short.
const UNKNOWN_CHROME_MAX_LENGTH = 80;

/**
 * Whether a line reads like an abstract (prose) rather than a title. A title is one short
 * line; prose is long or runs over several sentences.
 * @example looksLikeAbstract('Mamba: Linear-Time Sequence Modeling') // false
 */
export function looksLikeAbstract(text: string): boolean {
  if (text.length >= ABSTRACT_MIN_LENGTH) return true;
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  return sentences >= 2 || (text.endsWith('.') && text.split(' ').length >= 15);
}

/** Splits seed text into numbered, normalized, non-empty lines, dropping known chrome. */
function contentLines(text: string): { lines: SeedLine[]; chromeLines: number } {
  const lines: SeedLine[] = [];
  let chromeLines = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const normalized = normalizeText(raw);
    if (!normalized) return;
    if (isChromeLine(normalized)) {
      chromeLines++;
      return;
    }
    const stripped = stripGluedChrome(normalized).trim();
    if (stripped !== normalized) chromeLines++;
    if (stripped) lines.push({ text: stripped, line: index + 1 });
  });
  return { lines, chromeLines };
}

/**
 * Reads one seed dump into title/abstract entries. Works with or without blank lines between
 * entries: after chrome is dropped, lines alternate title, abstract. Where the alternation
 * breaks (a title followed by another title, prose with no title) the line is reported, and
 * parsing resynchronizes on the next title/abstract pair so every problem is found in one pass.
 */
export function parseSeedFile(file: string, text: string): ParsedSeedFile {
  const { lines, chromeLines } = contentLines(text);
  const entries: SeedEntry[] = [];
  const errors: SeedProblem[] = [];
  const warnings: SeedProblem[] = [];

  let i = 0;
  while (i < lines.length) {
    const current = lines[i]!;
    const next = lines[i + 1];
    if (looksLikeAbstract(current.text)) {
      errors.push({ file, line: current.line, message: `abstract without a title: ${preview(current.text)}` });
      i++;
      continue;
    }
    const nextStartsAnotherEntry =
      next !== undefined && !looksLikeAbstract(next.text) && looksLikeAbstract(lines[i + 2]?.text ?? '');
    if (next === undefined || nextStartsAnotherEntry) {
      if (entries.length === 0 && next !== undefined && current.text.length <= UNKNOWN_CHROME_MAX_LENGTH) {
        warnings.push({ file, line: current.line, message: `skipped ${preview(current.text)} before the first paper as page chrome` });
      } else {
        errors.push({ file, line: current.line, message: `title without an abstract: ${preview(current.text)}` });
      }
      i++;
      continue;
    }
    entries.push({ title: current.text, abstract: next.text, file, line: current.line });
    i += 2;
  }

  if (entries.length === 0 && errors.length === 0) {
    warnings.push({ file, line: 1, message: 'no papers in this file' });
  }
  return { file, entries, errors, warnings, chromeLines };
}
