/**
 * `@string` macros across a file read entry by entry. Each entry is handed to the grammar with
 * just the definitions it uses (and those they use), so it reads the same as in the whole
 * file. A macro used but defined nowhere is defined as its own name: the value keeps the word
 * the author wrote (`booktitle = NeurIPSx` → `NeurIPSx`) instead of silently becoming empty,
 * and each use is reported.
 */
import type { SeedProblem } from '../problems.ts';
import { type BibtexBlock, definedMacro, scanBlock } from './bibtex-blocks.ts';
import { predefinedBibtexMacros } from './citation-js.ts';

export interface MacroTable {
  /** The `@string` definitions a block needs, as source text to put before it ('' when none). */
  definitionsFor(block: BibtexBlock): string;
  /** One warning per use of an undefined macro, at its line. */
  warnings: SeedProblem[];
}

/** Collects the file's `@string` definitions and checks every use against them. */
export function macroTable(file: string, blocks: readonly BibtexBlock[]): MacroTable {
  const predefined = predefinedBibtexMacros();
  // Lower-case name → the definition's source; a later definition replaces an earlier one, as in BibTeX.
  const definitions = new Map<string, string>();
  for (const block of blocks) {
    const name = block.directive === 'string' ? definedMacro(block) : null;
    if (name) definitions.set(name, block.text.slice(0, scanBlock(block.text).end));
  }

  const warnings: SeedProblem[] = [];
  const usesOf = new Map<BibtexBlock, string[]>();
  for (const block of blocks) {
    if (block.directive === 'comment' || block.directive === 'preamble') continue;
    const names: string[] = [];
    for (const use of scanBlock(block.text).uses) {
      const name = use.name.toLowerCase();
      names.push(name);
      if (definitions.has(name) || predefined.has(name)) continue;
      const line = block.line + (block.text.slice(0, use.offset).match(/\n/g)?.length ?? 0);
      warnings.push({ file, line, message: `@string macro "${use.name}" is used but not defined: its name is kept as text` });
      definitions.set(name, `@string{${use.name} = {${use.name}}}`);
    }
    usesOf.set(block, names);
  }

  // Definitions in use order, each after the macros its own value uses (the grammar reads in order).
  const needed = (names: readonly string[], order: string[], seen: Set<string>): string[] => {
    for (const name of names) {
      const definition = definitions.get(name);
      if (definition === undefined || seen.has(name)) continue;
      seen.add(name);
      needed(scanBlock(definition).uses.map((use) => use.name.toLowerCase()), order, seen);
      order.push(definition);
    }
    return order;
  };

  return {
    warnings,
    definitionsFor: (block) => needed(usesOf.get(block) ?? [], [], new Set()).join('\n'),
  };
}
