/** Colours the map can tell apart for every reader: Okabe–Ito's colour-blind-safe set, in CSS (see SurveyMap.astro). */
export const MAP_COLOURS = 7;

export interface FamilyTopic {
  id: string;
  title: string;
  parent?: string | undefined;
}

export interface MapFamilies {
  /** The coloured families, largest first: colour `i` is `families[i]`. */
  families: { id: string; title: string; papers: number }[];
  /** A topic's colour index, or -1 (grey: the other families). */
  colourOf(topicId: string | null): number;
}

/**
 * Which topics get a colour on the map. A survey has dozens of topics and a reader tells
 * about seven colours apart, so topics are grouped into families by `parent` (a topic with no
 * parent is its own family), each paper counts for its main topic's family, and the
 * `MAP_COLOURS` largest families get a colour; the rest are grey. Ties go to the topic listed first.
 * @example mapFamilies([{ id: 'peft', title: 'PEFT' }, { id: 'lora', title: 'LoRA', parent: 'peft' }], ['lora', 'peft', null]).colourOf('lora') // 0
 */
export function mapFamilies(topics: readonly FamilyTopic[], mainTopics: readonly (string | null)[], colours = MAP_COLOURS): MapFamilies {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
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
  const counts = new Map<string, number>();
  for (const id of mainTopics) if (id !== null && byId.has(id)) counts.set(rootOf(id), (counts.get(rootOf(id)) ?? 0) + 1);
  const position = new Map(topics.map((topic, i) => [topic.id, i]));
  const families = [...counts]
    .sort((a, b) => b[1] - a[1] || position.get(a[0])! - position.get(b[0])!)
    .slice(0, colours)
    .map(([id, papers]) => ({ id, title: byId.get(id)!.title, papers }));
  const colour = new Map(families.map((family, i) => [family.id, i]));
  return { families, colourOf: (topicId) => (topicId === null || !byId.has(topicId) ? -1 : (colour.get(rootOf(topicId)) ?? -1)) };
}
