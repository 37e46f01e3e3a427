/**
 * The taxonomy's broad areas: a topic file may name the `area` it belongs to ("Compression and
 * efficient inference"); a sub-topic without one takes its parent's. Sixty topics read as a
 * handful of areas: /topics/ and the home page group topics under them, and the map colours
 * papers by them. A survey whose topic files name no area keeps its families (roots with their
 * sub-topics) as the only grouping. Pure.
 */
import slugify from '@sindresorhus/slugify';
import { ancestorsOf, type TopicFamily, type TopicNode } from './hierarchy.ts';

export interface AreaNode extends TopicNode {
  area?: string | undefined;
}

/** A group of topic families under one area, in display order; `area` is null for families without one. */
export interface AreaGroup<T> {
  area: string | null;
  /** The area's anchor on /topics/ (`#area-…`), null when it has no area. */
  anchor: string | null;
  families: TopicFamily<T>[];
}

/**
 * Each topic's area: its own, else its nearest ancestor's; topics with none are left out.
 * @example topicAreas([{ id: 'peft', area: 'Adaptation' }, { id: 'lora', parent: 'peft' }]).get('lora') // 'Adaptation'
 */
export function topicAreas(topics: readonly AreaNode[]): Map<string, string> {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const parentOf = new Map(topics.map((topic) => [topic.id, topic.parent]));
  const areas = new Map<string, string>();
  for (const topic of topics) {
    const area = [topic.id, ...ancestorsOf(topic.id, parentOf)].map((id) => byId.get(id)?.area).find((a) => a !== undefined);
    if (area !== undefined) areas.set(topic.id, area);
  }
  return areas;
}

/**
 * The id of an area's section on /topics/.
 * @example areaAnchor('Compression and efficient inference') // 'area-compression-and-efficient-inference'
 */
export function areaAnchor(area: string): string {
  return `area-${slugify(area, { decamelize: false })}`;
}

/**
 * Topic families grouped by their root's area, areas in the order their first family comes,
 * families without an area last. A family sits under its root's area; a sub-topic naming
 * another area stays with its family (pages list a family in one piece).
 * @example groupByArea([{ root: { id: 'moe', area: 'Architectures' }, members: [] }]).map((g) => g.area) // ['Architectures']
 */
export function groupByArea<T extends { id: string }>(families: readonly TopicFamily<T>[], areas: ReadonlyMap<string, string>): AreaGroup<T>[] {
  const groups = new Map<string | null, TopicFamily<T>[]>();
  for (const family of families) {
    const area = areas.get(family.root.id) ?? null;
    const list = groups.get(area) ?? [];
    list.push(family);
    groups.set(area, list);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return ordered.map(([area, list]) => ({ area, anchor: area === null ? null : areaAnchor(area), families: list }));
}

/**
 * Papers per area: a paper counts once for every area one of its topics is in.
 * @example areaCounts([['lora', 'moe'], ['peft']], new Map([['lora', 'A'], ['peft', 'A'], ['moe', 'B']])) // Map { 'A' => 2, 'B' => 1 }
 */
export function areaCounts(topicIdsPerPaper: Iterable<readonly string[]>, areas: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ids of topicIdsPerPaper) {
    const seen = new Set<string>();
    for (const id of ids) {
      const area = areas.get(id);
      if (area === undefined || seen.has(area)) continue;
      seen.add(area);
      counts.set(area, (counts.get(area) ?? 0) + 1);
    }
  }
  return counts;
}
