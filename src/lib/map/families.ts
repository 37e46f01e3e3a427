import { topicAreas } from '../topics/areas.ts';

/** Colours the map can tell apart for every reader: Okabe–Ito's colour-blind-safe set, in CSS (see SurveyMap.astro). */
export const MAP_COLOURS = 7;

export interface FamilyTopic {
  id: string;
  title: string;
  parent?: string | undefined;
  area?: string | undefined;
}

/** A coloured group of topics: an area, or a root topic with its sub-topics when no area is named. */
export interface MapFamily {
  /** The area's title, or the root topic's id. */
  id: string;
  title: string;
  /** Papers whose main topic is in the family. */
  papers: number;
  /** The root topic's id when the family is a topic (its page is the family's link); null for an area. */
  topic: string | null;
  /** The family's topics that are some paper's main topic, most papers first. */
  topics: { id: string; title: string; papers: number }[];
}

export interface MapFamilies {
  /** The coloured families, largest first: colour `i` is `families[i]`. */
  families: MapFamily[];
  /** A topic's colour index, or -1 (grey: the other families). */
  colourOf(topicId: string | null): number;
}

/**
 * Which topics get a colour on the map. A survey has dozens of topics and a reader tells about
 * seven colours apart, so topics are grouped into families: by their `area`
 * (src/lib/topics/areas.ts; a sub-topic takes its parent's), else by `parent` (a root topic with
 * its sub-topics). Each paper counts for its main topic's family, and the `MAP_COLOURS` largest
 * families get a colour; the rest are grey. Ties go by the family's key (its area, else its root
 * topic's id), not by the order the
 * topics come in: the survey map and the small maps (mini-map-files.ts) list them differently.
 * @example mapFamilies([{ id: 'peft', title: 'PEFT' }, { id: 'lora', title: 'LoRA', parent: 'peft' }], ['lora', 'peft', null]).colourOf('lora') // 0
 */
export function mapFamilies(topics: readonly FamilyTopic[], mainTopics: readonly (string | null)[], colours = MAP_COLOURS): MapFamilies {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const areas = topicAreas(topics);
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      const parent = byId.get(current)?.parent;
      if (!parent || !byId.has(parent) || seen.has(parent)) return current;
      seen.add(current);
      current = parent;
    }
  };
  // An area and a topic id could be spelt alike: the keys keep them apart.
  const familyOf = (id: string): string => (areas.has(id) ? `area:${areas.get(id)!}` : `topic:${rootOf(id)}`);
  const perTopic = new Map<string, number>();
  for (const id of mainTopics) if (id !== null && byId.has(id)) perTopic.set(id, (perTopic.get(id) ?? 0) + 1);
  const families = new Map<string, { papers: number; topics: { id: string; title: string; papers: number }[] }>();
  for (const topic of topics) {
    const papers = perTopic.get(topic.id);
    if (papers === undefined) continue;
    const key = familyOf(topic.id);
    const family = families.get(key) ?? { papers: 0, topics: [] };
    family.papers += papers;
    family.topics.push({ id: topic.id, title: topic.title, papers });
    families.set(key, family);
  }
  const coloured = [...families]
    .sort((a, b) => b[1].papers - a[1].papers || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, colours)
    .map(([key, { papers, topics: members }]): MapFamily => {
      const area = key.startsWith('area:') ? key.slice('area:'.length) : null;
      const root = area === null ? byId.get(key.slice('topic:'.length))! : null;
      return {
        id: area ?? root!.id,
        title: area ?? root!.title,
        papers,
        topic: root?.id ?? null,
        topics: [...members].sort((a, b) => b.papers - a.papers || (a.id < b.id ? -1 : 1)),
      };
    });
  const colour = new Map(coloured.map((family, i) => [family.topic === null ? `area:${family.id}` : `topic:${family.id}`, i]));
  return { families: coloured, colourOf: (topicId) => (topicId === null || !byId.has(topicId) ? -1 : (colour.get(familyOf(topicId)) ?? -1)) };
}
