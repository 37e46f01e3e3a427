import type { SeedProblem } from '../schemas/data-quality.ts';

export type { SeedProblem };

/**
 * Formats a problem the way compilers do, so editors and terminals can jump to it.
 * @example formatProblem({ file: 'a.txt', line: 3, message: 'title without an abstract' }) // 'a.txt:3: title without an abstract'
 */
export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Orders problems by file, then line, so reports read top to bottom. */
export function sortProblems(problems: readonly SeedProblem[]): SeedProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/**
 * Thrown when seeds cannot be read into papers. Its message lists every problem at once,
 * one `file:line: what is wrong` per line, so one build run shows everything to fix.
 */
export class SeedError extends Error {
  readonly problems: SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`The seed files have ${count}; fix them and build again:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'SeedError';
    this.problems = sorted;
    // The seeds are the author's, not the code's: the list says what to fix, and a stack trace
    // under it would only bury it (Astro prints a stack when an error has one).
    this.stack = '';
  }
}

/** Shortens seed text for a message. */
export function preview(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
