import type { SynonymGroup } from '../schemas/search-data.ts';
import { isQueryFiller } from './stop-words.ts';
import { normalizePhrase, titleForms } from './synonyms.ts';

/** A topic as the search offers it when a query finds nothing. */
export interface TopicName {
  id: string;
  title: string;
}

/** Letter trigrams of a phrase, each word padded so that short words and word starts count. */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.split(' ')) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Dice's coefficient of two trigram sets: 1 for the same letters, 0 for none shared. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The topics whose names (title forms and aliases) are closest in spelling to the query, best
 * first, at most `limit`, none below `floor`: what a search that finds nothing offers instead.
 * Each query word is compared with each name, so one word of a long question can lead to a topic.
 * @example closestTopics('mixure of experts', topics, groups) // [{ id: 'moe', title: 'Mixture of Experts (MoE)' }]
 */
export function closestTopics(query: string, topics: readonly TopicName[], groups: readonly SynonymGroup[], limit = 3, floor = 0.4): TopicName[] {
  const words = normalizePhrase(query)
    .split(' ')
    .filter((word) => word && !isQueryFiller(word));
  if (words.length === 0) return [];
  const probes = [words.join(' '), ...(words.length > 1 ? words.filter((w) => w.length >= 4) : [])].map(trigrams);
  const names = new Map(topics.map((topic) => [topic.id, [...titleForms(topic.title), normalizePhrase(topic.title)]]));
  for (const group of groups) names.get(group.topic)?.push(...group.phrases);
  const scored = topics.map((topic, order) => {
    const phrases = (names.get(topic.id) ?? []).map(trigrams);
    const score = Math.max(0, ...probes.flatMap((probe) => phrases.map((phrase) => similarity(probe, phrase))));
    return { topic, score, order };
  });
  return scored
    .filter((s) => s.score >= floor)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.topic);
}
