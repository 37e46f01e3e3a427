/**
 * One seed file, whatever its kind, into seed entries: the parser is chosen by the file's
 * extension (`.txt` page dump, `.bib` BibTeX/BibLaTeX, `.json` CSL-JSON, `.ris` RIS), after
 * the bytes are decoded as UTF-8 (a BOM dropped). A file that is not what its extension says
 * is an error naming the file and line, with the extension it should have.
 */
import { parseBibtexFile } from './bibliography/bibtex.ts';
import { parseCslJsonFile } from './bibliography/csl-json.ts';
import { parseRisFile } from './bibliography/ris.ts';
import { decodeSeed } from './decode.ts';
import { type ParsedSeedFile, parseSeedFile } from './parse.ts';

const PARSERS: Readonly<Record<string, (file: string, text: string) => ParsedSeedFile>> = {
  '.txt': parseDump,
  '.bib': parseBibtexFile,
  '.json': parseCslJsonFile,
  '.ris': parseRisFile,
};

/** The extensions a seeds folder may hold, each a kind of seed file. */
export const SEED_EXTENSIONS: readonly string[] = Object.keys(PARSERS);

/**
 * The extension that selects a file's parser, lower-cased; '' when none does.
 * @example seedExtension('Zotero Export.BIB') // '.bib'
 */
export function seedExtension(name: string): string {
  const extension = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
  return extension in PARSERS ? extension : '';
}

/** Reads one seed file's bytes into its entries and problems. */
export function parseSeedFileByType(name: string, bytes: Uint8Array): ParsedSeedFile {
  const empty: ParsedSeedFile = { file: name, entries: [], errors: [], warnings: [], chromeLines: 0 };
  const parse = PARSERS[seedExtension(name)];
  if (!parse) {
    return { ...empty, errors: [{ file: name, line: 0, message: `not a seed file: a seed is a page dump (.txt), BibTeX (.bib), CSL-JSON (.json) or RIS (.ris)` }] };
  }
  const decoded = decodeSeed(name, bytes);
  return decoded.ok ? parse(name, decoded.text) : { ...empty, errors: [decoded.problem] };
}

// A page dump's first line is a title or page chrome; these starts are other formats'.
const OTHER_FORMATS: readonly [RegExp, string][] = [
  [/^@[A-Za-z]+\s*[{(]/, 'BibTeX: name it .bib'],
  [/^[[{]/, 'JSON: a CSL-JSON export belongs in a .json file'],
  [/^TY {2}- /, 'RIS: name it .ris'],
];

/** A `.txt` page dump, unless its first line shows it is a bibliography saved under the wrong name. */
function parseDump(file: string, text: string): ParsedSeedFile {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => line.trim() !== '');
  const first = lines[index]?.trim() ?? '';
  const other = OTHER_FORMATS.find(([start]) => start.test(first));
  if (other) return { file, entries: [], errors: [{ file, line: index + 1, message: `this is ${other[1]}, not a page dump (.txt)` }], warnings: [], chromeLines: 0 };
  return parseSeedFile(file, text);
}
