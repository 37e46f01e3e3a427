/**
 * The top-level blocks of a BibTeX file (`@article{…}`, `@string{…}`, `@comment{…}`), found
 * where a line starts with `@type{` or `@type(`, each with the line it starts on. The grammar
 * itself is Citation.js's; this only cuts the file so that each entry is read on its own: a
 * broken entry then costs only itself, and every entry knows its line.
 */
import { lineLocator } from './source-lines.ts';

export interface BibtexBlock {
  /** `article`, `string`, `comment`, …, lower-cased. */
  directive: string;
  /** The entry's citekey as written, '' for `@string`/`@preamble`/`@comment` or when it is missing. */
  key: string;
  /** 1-based line of the `@`. */
  line: number;
  /** The block's source, from its `@` up to the next block (trailing comments included). */
  text: string;
}

const BLOCK_START = /^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*[{(]/gm;
const KEY = /^@\s*[A-Za-z][\w-]*\s*[{(]\s*([^\s,={}()"#%]+)\s*(?=,|[})]|$)/;
const STRING_NAME = /^@\s*string\s*[{(]\s*([A-Za-z_][\w:+-]*)\s*=/i;

/**
 * Cuts BibTeX source into its top-level blocks, in order. Text before the first block is
 * BibTeX's implicit comment.
 * @example splitBibtex('% refs\n@misc{a, title={A}}\n').map((b) => [b.directive, b.key, b.line]) // [['misc', 'a', 2]]
 */
export function splitBibtex(text: string): BibtexBlock[] {
  const lineOf = lineLocator(text);
  const starts = [...text.matchAll(BLOCK_START)].map((m) => ({ at: text.indexOf('@', m.index), directive: m[1]!.toLowerCase() }));
  return starts.map(({ at, directive }, i) => {
    const source = text.slice(at, starts[i + 1]?.at ?? text.length);
    const key = directive === 'string' || directive === 'preamble' || directive === 'comment' ? '' : (KEY.exec(source)?.[1] ?? '');
    return { directive, key, line: lineOf(at), text: source };
  });
}

/** The macro an `@string` block defines, lower-cased (BibTeX macro names ignore case); null if unreadable. */
export function definedMacro(block: BibtexBlock): string | null {
  return STRING_NAME.exec(block.text)?.[1]?.toLowerCase() ?? null;
}

/** A bare word in a value's place (`journal = jmlr`, `"…" # neurips`): an `@string` macro. */
export interface MacroUse {
  name: string;
  /** Offset in the block's text. */
  offset: number;
}

// Citation.js's identifier: a macro name outside it is a syntax error there, not a macro.
const MACRO_NAME = /^[A-Za-z_][\w:+-]*/;

/**
 * Walks a block's top level (outside braces and quotes): the macros its values use (a word
 * after `=` or `#`; numbers are values, not macros), and where the block's closing brace or
 * parenthesis ends it (the text's length when it is never closed).
 * @example scanBlock('@misc{a, journal = jmlr # " 2024", year = 2024} % x').uses.map((u) => u.name) // ['jmlr']
 */
export function scanBlock(text: string): { uses: MacroUse[]; end: number } {
  const uses: MacroUse[] = [];
  let depth = 0;
  let quoted = false;
  let valueNext = false;
  for (let i = text.search(/[{(]/) + 1; i > 0 && i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      depth++;
      valueNext = false;
    } else if (c === '}' && depth > 0) {
      depth--;
    } else if (depth > 0) {
      continue;
    } else if (c === '"') {
      quoted = !quoted;
      valueNext = false;
    } else if (quoted) {
      continue;
    } else if (c === '}' || c === ')') {
      return { uses, end: i + 1 };
    } else if (c === '=' || c === '#') {
      valueNext = true;
    } else if (c === '%') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (valueNext && MACRO_NAME.test(c)) {
      const name = MACRO_NAME.exec(text.slice(i, i + 200))![0];
      uses.push({ name, offset: i });
      i += name.length - 1;
      valueNext = false;
    } else if (!/\s/.test(c)) {
      valueNext = false;
    }
  }
  return { uses, end: text.length };
}
