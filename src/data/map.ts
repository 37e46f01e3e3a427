import { groupMedoid, shortLabel, withoutOverlaps } from '../lib/map/labels.ts';
import { mapFamilies, type MapFamily } from '../lib/map/families.ts';
import { getAnalysis, getPapers } from './papers.ts';
import { getTopicIndex } from './topics.ts';

/** A paper on the map, with what the page writes for it. */
export interface MapPaper {
  slug: string;
  shortId: string;
  title: string;
  gist: string;
  x: number;
  y: number;
  /** Main topic, or null. */
  topic: string | null;
  /** All its topic ids, best first. */
  topics: string[];
  /** Colour index (0–6), or -1 for grey. */
  colour: number;
}

export interface SurveyMapData {
  /** By slug. */
  papers: MapPaper[];
  /** The coloured families (areas, or root topics when the topic files name no area), colour index = position. */
  legend: MapFamily[];
  /** Papers whose main topic is in no coloured family. */
  others: number;
  /** Labels at the medoid of the largest main topics, in their family's colour (-1 for grey). */
  labels: { text: string; x: number; y: number; colour: number }[];
  /** Whether a paper is on the map (its small map is `p/<id>/map.json`, src/lib/map/mini-map-files.ts). */
  has(slug: string): boolean;
}

let cached: Promise<SurveyMapData> | undefined;

/** The survey map as pages draw it, computed once per build from the analysis' coordinates. */
export function getMapData(): Promise<SurveyMapData> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SurveyMapData> {
  const [papers, index, analysis] = await Promise.all([getPapers(), getTopicIndex(), getAnalysis()]);
  const coordinates = analysis?.data.map ?? {};
  const placed = papers.filter((paper) => coordinates[paper.id]);
  const main = placed.map((paper) => index.topicIdsOf(paper.id)[0] ?? null);
  const { families, colourOf } = mapFamilies(
    index.topics.map((topic) => ({ id: topic.id, title: topic.data.title, parent: topic.data.parent, area: topic.data.area })),
    main,
  );
  const mapPapers: MapPaper[] = placed.map((paper, i) => ({
    slug: paper.id,
    shortId: paper.data.shortId,
    title: paper.data.titleRepaired,
    gist: paper.data.gist,
    ...coordinates[paper.id]!,
    topic: main[i]!,
    topics: index.topicIdsOf(paper.id),
    colour: colourOf(main[i]!),
  }));
  // A label at the centre of each of the largest main topics (at least 2% of the papers, at
  // most twelve), in its family's colour: the colours say the area, the labels name the places.
  const mainCounts = new Map<string, number>();
  for (const paper of mapPapers) if (paper.topic) mainCounts.set(paper.topic, (mainCounts.get(paper.topic) ?? 0) + 1);
  const labelled = [...mainCounts]
    .filter(([, n]) => n >= Math.max(3, 0.02 * mapPapers.length))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12)
    .map(([id]) => ({ id, colour: colourOf(id), members: mapPapers.filter((paper) => paper.topic === id) }));
  const labels = labelled.flatMap(({ id, colour, members }) => {
    const at = groupMedoid(members.map((paper) => [paper.x, paper.y] as [number, number]));
    const topic = index.byId.get(id)!;
    return at ? [{ text: shortLabel(topic.data.title, topic.data.aliases), x: at[0], y: at[1], colour }] : [];
  });
  // Where topics mix (a PCA map, a survey without clear clusters) medoids crowd the centre:
  // the largest topics' labels come first and keep their place.
  const placedSlugs = new Set(mapPapers.map((paper) => paper.slug));
  return {
    papers: mapPapers,
    // Short names (MoE, PEFT) for the topics an area's legend entry lists.
    legend: families.map((family) => ({ ...family, topics: family.topics.map((topic) => ({ ...topic, title: shortLabel(topic.title, index.byId.get(topic.id)?.data.aliases) })) })),
    others: mapPapers.filter((paper) => paper.colour === -1).length,
    labels: withoutOverlaps(labels),
    has: (slug) => placedSlugs.has(slug),
  };
}
