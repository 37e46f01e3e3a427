/**
 * One-line gists of abstracts for paper lists, cards and meta descriptions.
 *
 * The gist is the sentence that states the contribution ("We propose …", "This paper …",
 * "In this work, we …") when one occurs among the first sentences, else the first sentence;
 * it is plain text (inline `$…$` math becomes Unicode text, and is never cut in half) and at
 * most `maxLength` characters, trimmed at a word boundary with "…".
 */

import { hasMath, mathSpans } from './math-spans.ts';
import { plainMath } from './plain-math.ts';

/** How many leading sentences may hold the contribution statement. */
const CONTRIBUTION_WINDOW = 5;

// ---------------------------------------------------------------------------------------------
// Sentence splitting

/** Sentence-final punctuation, with the closing quotes and brackets that may follow it. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;
/** Words whose period never ends a sentence. */
const ABBREVIATION = /(?:^|[\s(\[])(?:e\.g|i\.e|et\s+al|vs|cf|Fig|Figs|Eq|Eqs|Eqn|Sec|Secs|Tab|Ref|Refs|No|Nos|approx|resp|Dr|Mr|Ms|Mrs|Prof|St|Jr|Vol|pp|ca|Thm|Def|Alg|Ch|App|Corp|Inc|Ltd|w\.r\.t|a\.k\.a)$/i;
/** A dotted abbreviation such as `U.S` or `e.g` (the final period is the candidate boundary). */
const DOTTED = /(?:^|\s)[A-Za-z](?:\.[A-Za-z])+$/;
/** A list item number such as `2.` or `(iii).` on its own. */
const LIST_MARKER = /^\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]$/;

/**
 * Splits plain text into sentences. A boundary is `.`, `!` or `?` followed by whitespace and a
 * character that is not a lowercase letter, outside math, and not the period of an
 * abbreviation ("e.g.", "et al.", "Fig.", "vs."); decimals like "34.4" never qualify.
 * @example splitSentences('We use e.g. Fig. 2 and 34.4 points. It works.') // ['We use e.g. Fig. 2 and 34.4 points.', 'It works.']
 */
export function splitSentences(text: string): string[] {
  const math = mathSpans(text);
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (math.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const next = /\S/.exec(text.slice(end));
    if (!next || /[a-z]/.test(next[0])) continue;
    if (m[0].startsWith('.')) {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const etc = /(?:^|\s)etc$/i.test(before);
      if (!etc && (ABBREVIATION.test(before) || DOTTED.test(before))) continue;
      if (etc && !/[A-Z]/.test(next[0])) continue;
      if (/:\s*\(?\d{1,2}$/.test(before)) continue; // "as follows: 1. Single-path …"
    }
    const sentence = text.slice(start, end).trim();
    if (LIST_MARKER.test(sentence)) continue; // "2. NAS efficiency: …" is one item
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Choosing the sentence

/** An optional lead-in such as "In this paper," "To this end," "Specifically,". */
const LEAD_IN = /^(?:[A-Z][\w-]*(?:\s+[\w-]+){0,6},\s+)/;
const CONTRIBUTION = new RegExp(
  '^(?:' +
    [
      String.raw`(?:in|with)\s+this\s+(?:paper|work|study|article|thesis|dissertation|letter|report|note)\b`,
      String.raw`this\s+(?:paper|work|study|article|thesis|dissertation|letter|report|note)\b`,
      String.raw`here,?\s+we\b`,
      String.raw`we\s+(?:[a-z]+\s+)?(?:propose|introduce|present|develop|design|describe|devise|build|construct|offer|establish|formulate|derive|release|report|demonstrate|show|study|investigate|explore|analy[sz]e|address|tackle|put\s+forward|provide|unveil|create|contribute|examine|extend)\b`,
      String.raw`our\s+(?:main\s+|key\s+|primary\s+)?contributions?\b`,
    ].join('|') +
    ')',
  'i',
);

function statesContribution(sentence: string): boolean {
  return CONTRIBUTION.test(sentence) || CONTRIBUTION.test(sentence.replace(LEAD_IN, ''));
}

/**
 * Picks the sentence: the contribution among the first few (one without math first, then one
 * whose math reads cleanly as text), else the first real sentence.
 */
function chooseSentence(sentences: readonly string[]): string {
  const first = sentences.find((s) => s.length >= 30) ?? sentences[0] ?? '';
  const contributions = sentences.slice(0, CONTRIBUTION_WINDOW).filter(statesContribution);
  return (
    contributions.find((s) => !hasMath(s)) ??
    contributions.find(cleanMath) ??
    (cleanMath(first) ? first : undefined) ??
    contributions[0] ??
    first
  );
}

function cleanMath(sentence: string): boolean {
  return mathSpans(sentence).every(({ tex }) => !/[\\{}^_]/.test(plainMath(tex)));
}

// ---------------------------------------------------------------------------------------------
// Truncation

interface Plain {
  text: string;
  /** Where former math spans sit in `text`: no cut may fall inside them. */
  math: { start: number; end: number }[];
}

function toPlain(sentence: string): Plain {
  let text = '';
  const math: Plain['math'] = [];
  let cursor = 0;
  for (const span of mathSpans(sentence)) {
    text += sentence.slice(cursor, span.start);
    const plain = plainMath(span.tex);
    math.push({ start: text.length, end: text.length + plain.length });
    text += plain;
    cursor = span.end;
  }
  text += sentence.slice(cursor);
  return { text, math };
}

const TRAILING_JUNK = /[\s,;:.\-–—(\[{“"‘'/]+$/;

function truncate({ text, math }: Plain, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const limit = Math.max(1, maxLength - 1); // room for the ellipsis
  for (let cut = limit; cut > 0; cut--) {
    if (!/\s/.test(text.charAt(cut))) continue;
    if (math.some((r) => cut > r.start && cut < r.end)) continue;
    const head = text.slice(0, cut).replace(TRAILING_JUNK, '');
    if (head) return `${head}…`;
  }
  const hard = text.slice(0, limit);
  const inside = math.find((r) => limit > r.start && limit < r.end);
  return `${(inside && inside.start > 0 ? text.slice(0, inside.start) : hard).replace(TRAILING_JUNK, '')}…`;
}

/**
 * A one-line gist of an abstract, at most `maxLength` characters.
 * @example gistOf('Transformers are slow. In this paper, we propose FastFormer, a linear-time model.') // 'In this paper, we propose FastFormer, a linear-time model.'
 */
export function gistOf(abstract: string, maxLength = 200): string {
  const text = abstract
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:abstract|summary)\s*[:.—–-]\s*/i, '');
  if (!text) return '';
  return truncate(toPlain(chooseSentence(splitSentences(text))), maxLength);
}
