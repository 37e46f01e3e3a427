/**
 * Counts behind the topic pages: papers per topic, papers shared by two topics, and the
 * topics most related to one. Linear in papers × (topics per paper)², never papers².
 */

/** How many papers each topic has. */
export function topicCounts(paperTopics: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const topics of paperTopics) for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return counts;
}

/** Key of an unordered topic pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Papers shared by each pair of topics.
 * @example topicOverlap([['lora', 'moe'], ['lora']]).get(pairKey('lora', 'moe')) // 1
 */
export function topicOverlap(paperTopics: Iterable<readonly string[]>): Map<string, number> {
  const overlap = new Map<string, number>();
  for (const topics of paperTopics) {
    for (let i = 0; i < topics.length; i++) {
      for (let j = i + 1; j < topics.length; j++) {
        const key = pairKey(topics[i]!, topics[j]!);
        overlap.set(key, (overlap.get(key) ?? 0) + 1);
      }
    }
  }
  return overlap;
}

export interface RelatedTopic {
  id: string;
  shared: number;
}

/**
 * The topics sharing most papers with `id`, most first (ties by id).
 * @example relatedTopics('lora', ['lora', 'moe', 'ssm'], overlap) // [{ id: 'moe', shared: 1 }]
 */
export function relatedTopics(id: string, allIds: readonly string[], overlap: ReadonlyMap<string, number>, limit = 6): RelatedTopic[] {
  return allIds
    .filter((other) => other !== id)
    .map((other) => ({ id: other, shared: overlap.get(pairKey(id, other)) ?? 0 }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/**
 * The order topics are listed in everywhere: by their `order`, then by title.
 * @example [{ title: 'B' }, { title: 'A', order: 5 }].sort(compareTopicsForDisplay) // [{ title: 'A', order: 5 }, { title: 'B' }]
 */
export function compareTopicsForDisplay(a: { title: string; order?: number | undefined }, b: { title: string; order?: number | undefined }): number {
  return (a.order ?? 1000) - (b.order ?? 1000) || a.title.localeCompare(b.title, 'en');
}
