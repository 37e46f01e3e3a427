import { cleanUrl, isWebUrl, URL_PATTERN } from './abstract-links.ts';
import { mathSpans } from './math-spans.ts';

// Every ASCII character that can start markdown or HTML syntax. Seed text is data: escaping
// these makes `<script>`, `[x](javascript:…)` or `*` show up as the characters they are.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~$&]/g;

/** Escapes seed text so markdown renders it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

type Segment = { kind: 'text' | 'math' | 'url'; value: string };

/** Splits text into prose, math spans and web URLs, in order. */
function segments(text: string): Segment[] {
  const found: { start: number; end: number; segment: Segment }[] = [];
  for (const { start, end, tex } of mathSpans(text)) found.push({ start, end, segment: { kind: 'math', value: tex } });
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = cleanUrl(match[0]);
    const start = match.index;
    const insideMath = found.some((m) => m.segment.kind === 'math' && start < m.end && start + url.length > m.start);
    if (!insideMath && isWebUrl(url)) found.push({ start, end: start + url.length, segment: { kind: 'url', value: url } });
  }
  found.sort((a, b) => a.start - b.start);

  const result: Segment[] = [];
  let cursor = 0;
  for (const { start, end, segment } of found) {
    if (start < cursor) continue;
    if (start > cursor) result.push({ kind: 'text', value: text.slice(cursor, start) });
    result.push(segment);
    cursor = end;
  }
  if (cursor < text.length) result.push({ kind: 'text', value: text.slice(cursor) });
  return result;
}

/**
 * Turns a plain-text abstract into markdown that renders exactly that text, plus links for
 * web URLs and KaTeX for `$…$` formulas. Nothing else in the text can become markup.
 * @example abstractToMarkdown('See <b>https://a.io</b> and $x^2$.') // 'See \\<b\\><https://a.io>\\</b\\> and $x^2$\\.'
 */
export function abstractToMarkdown(text: string): string {
  return segments(text)
    .map(({ kind, value }) => (kind === 'url' ? `<${value}>` : kind === 'math' ? `$${value}$` : escapeMarkdown(value)))
    .join('');
}

/**
 * The HTML the markdown processor makes of an abstract with nothing in it to render (no formula,
 * no URL): one paragraph of the text, escaped as hast-util-to-html escapes text (`&` and `<` as
 * hexadecimal references, nothing else). The papers loader uses it to skip the processor for
 * such abstracts (72% of the real seeds, 88% of the bench's synthetic ones); a unit test holds
 * it to the processor's own output. Undefined when the processor is needed.
 */
export function plainAbstractHtml(text: string): string | undefined {
  if (text === '' || /[\0\t\n\r]/.test(text) || segments(text).some((segment) => segment.kind !== 'text')) return undefined;
  return `<p>${text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;')}</p>`;
}

/**
 * The text back from `plainAbstractHtml`'s paragraph, or undefined for any other HTML. It lets
 * the content store leave out an abstract that its rendered HTML already holds.
 */
export function textOfPlainParagraph(html: string): string | undefined {
  const match = /^<p>([^<]*)<\/p>$/.exec(html);
  return match?.[1]!.replace(/&#x(26|3C);/g, (_, code: string) => (code === '26' ? '&' : '<'));
}
