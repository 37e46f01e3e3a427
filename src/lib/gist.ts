// PLACEHOLDER (to be replaced by the gist module being written): first sentence, trimmed.
export function gistOf(abstract: string, maxLength = 200): string {
  const first = abstract.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? abstract;
  return first.length <= maxLength ? first : `${first.slice(0, first.lastIndexOf(' ', maxLength - 1))}…`;
}
