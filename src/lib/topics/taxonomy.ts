import type { TopicDefinition } from '../schemas/topic.ts';

/**
 * Structural problems of a taxonomy that compile cleanly but are still wrong: parents that do
 * not exist, a topic that is its own ancestor, a sub-topic naming an area of its own (pages list
 * a family in one piece, under its root's area: the sub-topic's would be named but not shown).
 * Returns human-readable messages (empty = fine).
 */
export function validateTaxonomy(defs: readonly TopicDefinition[]): string[] {
  const byId = new Map(defs.map((d) => [d.id, d] as const));
  const problems: string[] = [];
  for (const def of defs) {
    if (def.parent === undefined) continue;
    if (def.area !== undefined) problems.push(`Topic "${def.id}": "area" is for topics without a parent; a sub-topic takes its parent's`);
    if (!byId.has(def.parent)) {
      problems.push(`Topic "${def.id}": parent "${def.parent}" does not exist`);
      continue;
    }
    const chain = new Set<string>([def.id]);
    let cur = byId.get(def.parent);
    while (cur) {
      if (chain.has(cur.id)) {
        problems.push(`Topic "${def.id}": parent chain has a cycle through "${cur.id}"`);
        break;
      }
      chain.add(cur.id);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
  }
  return problems;
}
