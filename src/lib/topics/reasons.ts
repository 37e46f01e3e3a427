/**
 * Why a paper is in a topic, in the words that made it so: the text the topic's positive rules
 * matched (src/lib/topics/score.ts lists every counted occurrence), each phrase once, title
 * matches first, as the paper spells them. What a topic page shows beside each paper.
 */
import type { RuleMatch } from './score.ts';

const MAX_WORDS = 4;

/**
 * The distinct matched phrases of a paper's assignment to a topic, penalties left out.
 * @example reasonWords([{ match: 'LoRA', in: 'title', weight: 3, pattern: '' }, { match: 'lora', in: 'abstract', weight: 1, pattern: '' }]) // ['LoRA']
 */
export function reasonWords(matches: readonly RuleMatch[], max = MAX_WORDS): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  const ordered = [...matches.filter((m) => m.in === 'title'), ...matches.filter((m) => m.in === 'abstract')];
  for (const { match, weight } of ordered) {
    const phrase = match.replace(/\s+/g, ' ').trim();
    const key = phrase.toLowerCase();
    if (weight <= 0 || phrase === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(phrase);
    if (words.length === max) break;
  }
  return words;
}
