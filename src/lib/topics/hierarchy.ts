/**
 * The taxonomy as a tree: topic files name their `parent`, and a paper of a sub-topic counts
 * toward every topic above it. Pure; the order of the topics given (display order) is kept
 * everywhere, so pages list children and families as the topic files order them.
 */

export interface TopicNode {
  id: string;
  parent?: string | undefined;
}

/**
 * Each topic's direct children, in the order given; a parent that is not among the topics has
 * no entry (validateTaxonomy reports it), and its would-be children count as roots.
 * @example childrenOf([{ id: 'peft' }, { id: 'lora', parent: 'peft' }]).get('peft') // [{ id: 'lora', parent: 'peft' }]
 */
export function childrenOf<T extends TopicNode>(topics: readonly T[]): Map<string, T[]> {
  const ids = new Set(topics.map((topic) => topic.id));
  const children = new Map<string, T[]>(topics.map((topic) => [topic.id, []]));
  for (const topic of topics) if (topic.parent !== undefined && ids.has(topic.parent) && topic.parent !== topic.id) children.get(topic.parent)!.push(topic);
  return children;
}

/** Topics without a (known) parent, in the order given. */
export function rootsOf<T extends TopicNode>(topics: readonly T[]): T[] {
  const ids = new Set(topics.map((topic) => topic.id));
  return topics.filter((topic) => topic.parent === undefined || !ids.has(topic.parent) || topic.parent === topic.id);
}

/**
 * A topic's sub-topics at every depth, depth first in the order given, with their depth (1 for
 * a child). A cycle (which validateTaxonomy rejects) is cut where it closes.
 * @example descendantsOf('model-compression', children).map((d) => d.topic.id) // ['pruning-sparsity', 'quantization', …]
 */
export function descendantsOf<T extends TopicNode>(id: string, children: ReadonlyMap<string, readonly T[]>): { topic: T; depth: number }[] {
  const out: { topic: T; depth: number }[] = [];
  const seen = new Set([id]);
  const walk = (parent: string, depth: number) => {
    for (const child of children.get(parent) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      out.push({ topic: child, depth });
      walk(child.id, depth + 1);
    }
  };
  walk(id, 1);
  return out;
}

/**
 * A topic's ancestors, nearest first (a cycle is cut where it closes).
 * @example ancestorsOf('lora', new Map([['lora', 'peft']])) // ['peft']
 */
export function ancestorsOf(id: string, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let parent = parentOf.get(id); parent !== undefined && !seen.has(parent); parent = parentOf.get(parent)) {
    out.push(parent);
    seen.add(parent);
  }
  return out;
}

/** A topic's papers counted two ways: those the topic's own rules take, and those with its sub-topics' (each paper once). */
export interface TopicCount {
  direct: number;
  withSubtopics: number;
}

/**
 * Papers per topic, directly and with sub-topics: a paper in `lora` (child of `peft`) counts
 * once toward `peft` however many of its sub-topics it is in.
 * @example rolledUpCounts([['lora'], ['peft', 'lora']], [{ id: 'peft' }, { id: 'lora', parent: 'peft' }]).get('peft') // { direct: 1, withSubtopics: 2 }
 */
export function rolledUpCounts(paperTopics: Iterable<readonly string[]>, topics: readonly TopicNode[]): Map<string, TopicCount> {
  const known = new Set(topics.map((topic) => topic.id));
  const parentOf = new Map(topics.map((topic) => [topic.id, topic.parent !== undefined && known.has(topic.parent) ? topic.parent : undefined]));
  const ancestors = new Map(topics.map((topic) => [topic.id, ancestorsOf(topic.id, parentOf)]));
  const counts = new Map<string, TopicCount>(topics.map((topic) => [topic.id, { direct: 0, withSubtopics: 0 }]));
  for (const ids of paperTopics) {
    const all = new Set<string>();
    for (const id of ids) {
      if (!known.has(id)) continue;
      counts.get(id)!.direct++;
      all.add(id);
      for (const ancestor of ancestors.get(id)!) all.add(ancestor);
    }
    for (const id of all) counts.get(id)!.withSubtopics++;
  }
  return counts;
}

/**
 * How a topic's count reads: one number when its sub-topics add nothing, both otherwise.
 * @example countPhrase({ direct: 16, withSubtopics: 52 }) // '16 papers directly, 52 with sub-topics'
 * @example countPhrase({ direct: 1, withSubtopics: 1 }) // '1 paper'
 */
export function countPhrase({ direct, withSubtopics }: TopicCount): string {
  const papers = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'paper' : 'papers'}`;
  return withSubtopics === direct ? papers(direct) : `${papers(direct)} directly, ${withSubtopics.toLocaleString('en')} with sub-topics`;
}

/** A root topic and all topics under it (depth first), for lists grouped by family. */
export interface TopicFamily<T> {
  root: T;
  members: { topic: T; depth: number }[];
}

/**
 * The taxonomy as families: each root topic with its sub-topics at any depth, in the order given.
 * @example topicFamilies(topics).map((f) => f.root.id) // ['peft', 'model-compression', …]
 */
export function topicFamilies<T extends TopicNode>(topics: readonly T[]): TopicFamily<T>[] {
  const children = childrenOf(topics);
  return rootsOf(topics).map((root) => ({ root, members: descendantsOf(root.id, children) }));
}
