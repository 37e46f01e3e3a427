/**
 * Reads a BibTeX or BibLaTeX file (Zotero/Better BibTeX, DBLP, Google Scholar, hand-kept)
 * into seed entries. The file is cut into its `@…` blocks (bibtex-blocks.ts), each entry is
 * read by Citation.js's grammar on its own, with the `@string` macros it uses, and all entries
 * are then mapped to CSL at once (so `crossref` parents reach their children).
 *
 * An entry that others `crossref` lends them its fields and is not a seed entry itself.
 *
 * Errors (the build stops): an entry the grammar cannot read, a file that is not BibTeX.
 * Warnings: an entry without a title (it yields no seed entry), an undefined `@string`
 * macro, a citekey used twice.
 */
import { normalizeText } from '../normalize.ts';
import type { ParsedSeedFile, SeedEntry } from '../parse.ts';
import type { SeedProblem } from '../problems.ts';
import { type BibtexBlock, splitBibtex } from './bibtex-blocks.ts';
import { fieldsFromBibtex } from './bibtex-fields.ts';
import { type MacroTable, macroTable } from './bibtex-macros.ts';
import { type BibtexRecord, bibtexRecordsToCsl, readBibtexRecords } from './citation-js.ts';
import type { CslItem } from './csl-item.ts';
import { needsLatexConversion, type ProtectedMath, protectMath, unescapeSimpleLatex } from './latex-math.ts';
import { plainText } from './rich-text.ts';
import { lineBreaks } from './source-lines.ts';

const SKIPPED = new Set(['comment', 'preamble']);
const TOKEN_WORDS: Record<string, string> = { rbrace: '"}"', lbrace: '"{"', comma: '","', equals: '"="', label: 'a citekey', identifier: 'a field name', text: 'text', quote: '\'"\'', EOF: 'the end of the entry' };

interface ReadEntry {
  block: BibtexBlock;
  record: BibtexRecord;
}

/** Parses one `.bib` file; `text` may start with a BOM. */
export function parseBibtexFile(file: string, text: string): ParsedSeedFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result: ParsedSeedFile = { file, entries: [], errors: [], warnings: [], chromeLines: 0 };
  const blocks = splitBibtex(source);
  if (blocks.length === 0) {
    const problem = notBibtexProblem(file, source);
    (problem.error ? result.errors : result.warnings).push(problem.problem);
    return result;
  }
  const macros = macroTable(file, blocks);
  result.warnings.push(...macros.warnings);
  const read = blocks.filter((block) => !SKIPPED.has(block.directive)).flatMap((block) => readBlock(file, block, macros, result.errors));
  const entries = read.filter(({ block }) => block.directive !== 'string');
  const items = toCsl(file, entries, result.errors);
  // An entry other entries `crossref` is there to lend them its fields (the proceedings of a
  // conference paper, the book of a chapter): the survey lists the papers, not their volumes.
  const parents = new Set(entries.map(({ record }) => String(record.properties.crossref ?? '').toLowerCase()).filter(Boolean));
  const firstLine = new Map<string, number>();
  entries.forEach(({ block, record }, index) => {
    const item = items[index];
    if (!item || parents.has(record.label.toLowerCase())) return;
    const key = record.label.toLowerCase();
    if (firstLine.has(key)) result.warnings.push({ file, line: block.line, message: `citekey "${record.label}" is used twice (first at line ${firstLine.get(key)})` });
    else firstLine.set(key, block.line);
    const fields = fieldsFromBibtex(record, item.csl, item.abstract);
    if (!fields.title) {
      result.warnings.push({ file, line: block.line, message: `entry "${record.label}" has no title` });
      return;
    }
    result.entries.push({ ...fields, file, line: block.line } satisfies SeedEntry);
  });
  return result;
}

/** Reads one block with the macro definitions it needs; a block the grammar rejects is an error at the line where it stopped. */
function readBlock(file: string, block: BibtexBlock, macros: MacroTable, errors: SeedProblem[]): ReadEntry[] {
  const definitions = macros.definitionsFor(block);
  const prefix = definitions ? `${definitions}\n` : '';
  try {
    return readBibtexRecords(prefix + block.text).map((record) => ({ block, record }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = / at line (\d+) col (\d+)/.exec(message);
    // Where the grammar stopped, unless it ran off the block's end: then the entry's own line.
    const stopped = at && !/got EOF/.test(message) ? block.line + Math.max(0, Number(at[1]) - 1 - lineBreaks(prefix)) : block.line;
    const name = block.directive === 'string' ? '@string definition' : `entry${block.key ? ` "${block.key}"` : ' without a citekey'}`;
    const where = stopped === block.line ? '' : ` (from line ${block.line})`;
    errors.push({ file, line: stopped, message: `cannot read the ${name}${where}: ${grammarReason(message)}` });
    return [];
  }
}

/**
 * The grammar's complaint in a curator's words.
 * @example grammarReason('expected "rbrace", got "identifier" at line 1 col 33: …') // 'expected "}" but found a field name (is a comma missing before it?)'
 */
function grammarReason(message: string): string {
  const expected = /^expected "(\w+)", got "?(\w+)"?/.exec(message);
  if (!expected) return 'the text does not follow BibTeX syntax here';
  const [, want, got] = expected as unknown as [string, string, string];
  const hint = want === 'rbrace' && got === 'identifier' ? ' (is a comma missing before it?)' : got === 'EOF' ? ' (is a closing brace missing?)' : '';
  return `expected ${TOKEN_WORDS[want] ?? want} but found ${TOKEN_WORDS[got] ?? got}${hint}`;
}

interface ConvertedEntry {
  csl: CslItem;
  abstract: string;
}

/** How an entry's abstract becomes text: as it is, or through the conversion with its formulas set aside. */
interface AbstractPlan {
  /** The abstract's value handed to the conversion; undefined when it skips it. */
  converted?: ProtectedMath;
  /** The abstract when it skips the conversion. */
  text: string;
}

/**
 * Abstracts are the bulk of a library's text and of the conversion's time, so their formulas
 * are set aside first (kept as written, latex-math.ts), and only an abstract with LaTeX left
 * beyond escaped characters (`\%`, `\_`) goes through the conversion.
 */
function planAbstract(raw: unknown): AbstractPlan {
  if (typeof raw !== 'string') return { text: '' };
  if (!needsLatexConversion(raw)) return { text: raw };
  const math = protectMath(raw);
  const simple = unescapeSimpleLatex(math.text);
  return simple === null ? { converted: math, text: '' } : { text: math.restore(simple) };
}

/** Maps the entries to CSL, all at once (crossref); an entry that breaks the mapping is found by mapping them one by one. */
function toCsl(file: string, entries: readonly ReadEntry[], errors: SeedProblem[]): (ConvertedEntry | undefined)[] {
  const plans = entries.map(({ record }) => planAbstract(record.properties.abstract));
  const records = entries.map(({ record }, index) => {
    const { abstract, ...properties } = record.properties;
    const math = plans[index]!.converted;
    return { ...record, properties: math ? { ...properties, abstract: math.text } : properties };
  });
  const finish = (csl: CslItem, index: number): ConvertedEntry => {
    const { converted, text } = plans[index]!;
    const abstract = converted ? converted.restore(plainText(typeof csl.abstract === 'string' ? csl.abstract : '')) : text;
    return { csl, abstract: normalizeText(abstract) };
  };
  try {
    return bibtexRecordsToCsl(records).map(finish);
  } catch {
    // Its crossref parent is then not reached, but every other entry is read.
    return records.map((record, index) => {
      try {
        return finish(bibtexRecordsToCsl([record])[0]!, index);
      } catch (error) {
        errors.push({ file, line: entries[index]!.block.line, message: `cannot read entry "${record.label}": ${error instanceof Error ? error.message : String(error)}` });
        return undefined;
      }
    });
  }
}

/** Why a file without a single `@type{` block is not a bibliography, or only an empty one. */
function notBibtexProblem(file: string, source: string): { error: boolean; problem: SeedProblem } {
  const lines = source.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('%'));
  if (index === -1) return { error: false, problem: { file, line: 1, message: 'no papers in this file' } };
  const first = lines[index]!.trim();
  const message = /^[[{]/.test(first)
    ? 'this is JSON, not BibTeX: a CSL-JSON export belongs in a .json file'
    : /^TY {2}-/.test(first)
      ? 'this is RIS, not BibTeX: an RIS export belongs in a .ris file'
      : 'not a BibTeX file: no entry (a line starting like `@article{key,`) in it';
  return { error: true, problem: { file, line: index + 1, message } };
}
