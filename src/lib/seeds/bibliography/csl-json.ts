/**
 * Reads a CSL-JSON file (an array of CSL items, as Zotero, Better BibTeX and pandoc export
 * them) into seed entries. jsonc-parser reads the syntax tree, so every item and every syntax
 * error knows its line. The file must be strict JSON: what other tools write and read.
 *
 * Errors: a syntax error, a file that is not an array, an element that is not an object.
 * Warnings: an item without a title (it yields no seed entry), a citekey used twice.
 */
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ParsedSeedFile } from '../parse.ts';
import { type CslItem, fieldsFromCsl } from './csl-item.ts';
import { lineLocator } from './source-lines.ts';

const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  ValueExpected: 'a value is missing',
  ColonExpected: '":" is missing',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: '"}" is missing',
  CloseBracketExpected: '"]" is missing',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
};

/** Parses one `.json` file; `text` may start with a BOM. */
export function parseCslJsonFile(file: string, text: string): ParsedSeedFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result: ParsedSeedFile = { file, entries: [], errors: [], warnings: [], chromeLines: 0 };
  if (source.trim() === '') {
    result.warnings.push({ file, line: 1, message: 'no papers in this file' });
    return result;
  }
  const lineOf = lineLocator(source);
  const syntax: ParseError[] = [];
  const root = parseTree(source, syntax, { disallowComments: true, allowTrailingComma: false });
  for (const error of syntax) {
    const code = printParseErrorCode(error.error);
    const line = lineOf(error.offset);
    // The parser's second complaint on a line follows from its first (`{"a": 1,}`: no name, then no value).
    if (result.errors.at(-1)?.line !== line) result.errors.push({ file, line, message: `not valid JSON: ${SYNTAX_WORDS[code] ?? code}` });
  }
  if (result.errors.length > 0) return result;
  if (root?.type !== 'array') {
    result.errors.push({ file, line: lineOf(root?.offset ?? 0), message: 'not a CSL-JSON file: it must hold an array of items (`[{ "title": … }, …]`)' });
    return result;
  }
  const firstLine = new Map<string, number>();
  for (const node of root.children ?? []) {
    const line = lineOf(node.offset);
    if (node.type !== 'object') {
      result.errors.push({ file, line, message: `not a CSL item: an element of the array is ${describe(node)}, not an object` });
      continue;
    }
    const fields = fieldsFromCsl(getNodeValue(node) as CslItem);
    const label = fields.citekey ? `"${fields.citekey}"` : `at line ${line}`;
    if (fields.citekey) {
      const first = firstLine.get(fields.citekey);
      if (first !== undefined) result.warnings.push({ file, line, message: `citekey "${fields.citekey}" is used twice (first at line ${first})` });
      else firstLine.set(fields.citekey, line);
    }
    if (!fields.title) {
      result.warnings.push({ file, line, message: `item ${label} has no title` });
      continue;
    }
    result.entries.push({ ...fields, file, line });
  }
  if (result.entries.length === 0 && result.warnings.length === 0) result.warnings.push({ file, line: 1, message: 'no papers in this file' });
  return result;
}

function describe(node: Node): string {
  return node.type === 'array' ? 'an array' : node.type === 'null' ? 'null' : `a ${node.type}`;
}
