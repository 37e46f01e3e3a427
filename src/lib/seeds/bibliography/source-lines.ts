/** Line numbers of positions in a file's text, for `file:line` messages. */

/**
 * A function from a character offset to its 1-based line, with a binary search over the
 * line starts, so locating every entry of a large file stays cheap.
 * @example lineLocator('a\nb\nc')(4) // 3
 */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Counts the line breaks in a piece of text. */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
