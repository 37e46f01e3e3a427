import { describe, expect, it } from 'vitest';
import { mapFamilies } from '../../src/lib/map/families.ts';
import { groupMedoid, shortLabel, withoutOverlaps } from '../../src/lib/map/labels.ts';
import { layoutMethod, mapLayout, MAP_LAYOUT_DEFAULTS, MAP_NEIGHBOURS } from '../../src/lib/map/layout.ts';
import { mapRecords } from '../../src/lib/map/map-file.ts';
import { neighbourAgreement, randomLayout } from '../../src/lib/map/neighbour-agreement.ts';
import { MapGrid, neighbourhood } from '../../src/lib/map/neighbourhood.ts';
import { normalizeLayout } from '../../src/lib/map/normalize.ts';
import { pcaLayout } from '../../src/lib/map/pca-layout.ts';
import { seededRandom } from '../../src/lib/related/prng.ts';
import { textMap } from '../../src/lib/map/text-map.ts';
import { inIdOrder, nearestByTfidf, relatedText, tfidfVectors } from '../../src/lib/related/related.ts';
import { analysedText } from '../../src/lib/survey.ts';
import { topicIdsOf } from '../../src/lib/topics/score.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';
import { SHIPPED_PAPER_COUNT, shippedSurvey } from '../support/shipped-survey.ts';

const CORE = new Set(['lora', 'moe', 'ssm', 'quantization', 'continual-learning']);

// The shipped seeds, laid out once for the whole file as the build does it.
const papers = shippedSurvey().papers.map((paper) => ({ shortId: paper.shortId, ...analysedText(paper) }));
const layout = textMap(papers);
const points = layout.map.map(({ x, y }) => [x, y] as [number, number]);
const topics = topicIdsOf(papers, loadTopicDefinitions(new URL('../../content/topics', import.meta.url).pathname));

describe('the map of the shipped seeds', () => {
  it('places every paper exactly once, inside the unit square, rounded to 4 decimals', () => {
    expect(layout.layout.method).toBe('umap');
    expect(points).toHaveLength(SHIPPED_PAPER_COUNT);
    for (const [x, y] of points) {
      for (const v of [x, y]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(Math.round(v * 1e4) / 1e4).toBe(v);
      }
    }
    // The longer side spans the whole square.
    const span = (axis: 0 | 1) => Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
    expect(Math.max(span(0), span(1))).toBe(1);
    // No two papers on one spot (which would hide one): at most a few exact collisions.
    expect(new Set(points.map(([x, y]) => `${x},${y}`)).size).toBeGreaterThan(SHIPPED_PAPER_COUNT - 5);
  });

  it('is deterministic: the same papers in any order give the same coordinates', () => {
    const again = textMap([...papers].reverse());
    expect([...again.map].reverse()).toEqual(layout.map);
  });

  it('keeps topics together far better than a random layout (neighbour agreement, 10 nearest on the map)', () => {
    const core = neighbourAgreement(points, topics, CORE);
    const any = neighbourAgreement(points, topics, 'all');
    const randomCore = neighbourAgreement(randomLayout(points.length, 7), topics, CORE);
    const randomAny = neighbourAgreement(randomLayout(points.length, 7), topics, 'all');
    console.info(
      `map neighbour agreement: core topics ${core.agreement.toFixed(3)} (random ${randomCore.agreement.toFixed(3)}, ${core.papers} papers); ` +
        `any topic ${any.agreement.toFixed(3)} (random ${randomAny.agreement.toFixed(3)}, ${any.papers} papers)`,
    );
    expect(core.papers).toBeGreaterThan(100);
    expect(core.agreement).toBeGreaterThan(0.55);
    expect(core.agreement).toBeGreaterThan(5 * randomCore.agreement);
    expect(any.agreement).toBeGreaterThan(0.4);
    expect(any.agreement).toBeGreaterThan(4 * randomAny.agreement);
  });

  it('lays a large survey out by PCA, still deterministic and inside the square', () => {
    const docs = inIdOrder(papers.map((paper) => ({ id: paper.shortId, text: relatedText(paper.title, paper.abstract) })));
    const vectors = tfidfVectors(docs.map((doc) => doc.text));
    const nearest = nearestByTfidf(vectors, MAP_NEIGHBOURS);
    const options = { ...MAP_LAYOUT_DEFAULTS, umapMaxPapers: 100 };
    expect(layoutMethod(docs.length, options)).toBe('pca');
    const pca = mapLayout(vectors, nearest, options);
    expect(mapLayout(vectors, nearest, options)).toEqual(pca);
    expect(pca.flat().every((v) => v >= 0 && v <= 1)).toBe(true);
    // PCA's picture is coarser than UMAP's but still far from random.
    const order = new Map(papers.map((paper, i) => [paper.shortId, i]));
    const topicsInOrder = docs.map((doc) => topics[order.get(doc.id)!]!);
    expect(neighbourAgreement(pca, topicsInOrder, CORE).agreement).toBeGreaterThan(0.3);
  });
});

describe('mapLayout on small inputs', () => {
  const small = (texts: string[]) => {
    const vectors = tfidfVectors(texts);
    return mapLayout(vectors, nearestByTfidf(vectors, MAP_NEIGHBOURS));
  };
  it('places nothing for no papers, the centre for one, and uses PCA below the UMAP neighbourhood', () => {
    expect(small([])).toEqual([]);
    expect(small(['a lonely paper about kernels'])).toEqual([[0.5, 0.5]]);
    expect(layoutMethod(MAP_LAYOUT_DEFAULTS.nNeighbors)).toBe('pca');
    const three = small(['state space models mamba', 'state space models selective scan', 'quantization of weights to four bits']);
    expect(three).toHaveLength(3);
    expect(three.flat().every((v) => v >= 0 && v <= 1)).toBe(true);
  });
});

describe('pcaLayout', () => {
  it('separates two groups of documents along its first axis', () => {
    const texts = ['mamba state space', 'state space mamba scan', 'mamba scan state', 'quantization bits weights', 'bits quantization outlier', 'weights quantization outlier'];
    const [x] = pcaLayout(tfidfVectors(texts)).reduce<number[][]>((axes, [a, b]) => [[...axes[0]!, a], [...axes[1]!, b]], [[], []]);
    const left = x!.slice(0, 3);
    const right = x!.slice(3);
    expect(Math.max(...left) < Math.min(...right) || Math.min(...left) > Math.max(...right)).toBe(true);
  });
});

describe('normalizeLayout', () => {
  it('fits the longer side to [0, 1], centres the shorter one and rounds', () => {
    expect(normalizeLayout([[0, 0], [4, 2]])).toEqual([[0, 0.25], [1, 0.75]]);
    expect(normalizeLayout([[1, 1], [1, 1]])).toEqual([[0.5, 0.5], [0.5, 0.5]]);
    expect(normalizeLayout([[0, 0], [3, 0], [1, 0]])).toEqual([[0, 0.5], [1, 0.5], [0.3333, 0.5]]);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(4)()).not.toBe(first[0]);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('neighbourAgreement', () => {
  it('is 1 when each paper’s neighbours share its topic and 0 when none do', () => {
    const pts: [number, number][] = [[0, 0], [0, 0.1], [1, 1], [1, 0.9]];
    expect(neighbourAgreement(pts, [['a'], ['a'], ['b'], ['b']], 'all', 1).agreement).toBe(1);
    expect(neighbourAgreement(pts, [['a'], ['b'], ['a'], ['b']], 'all', 1).agreement).toBe(0);
    expect(neighbourAgreement(pts, [['a'], ['a'], ['b'], ['b']], new Set(['a']), 1)).toEqual({ papers: 2, agreement: 1 });
  });
});

describe('mapFamilies', () => {
  const topicList = [
    { id: 'peft', title: 'PEFT' },
    { id: 'lora', title: 'LoRA', parent: 'peft' },
    { id: 'moe', title: 'MoE' },
    { id: 'ssm', title: 'SSM' },
  ];
  it('rolls child topics up to their parent and colours the largest families, the rest grey', () => {
    const { families, colourOf } = mapFamilies(topicList, ['lora', 'lora', 'peft', 'moe', 'moe', 'ssm', null], 2);
    expect(families).toEqual([
      { id: 'peft', title: 'PEFT', papers: 3, topic: 'peft', topics: [{ id: 'lora', title: 'LoRA', papers: 2 }, { id: 'peft', title: 'PEFT', papers: 1 }] },
      { id: 'moe', title: 'MoE', papers: 2, topic: 'moe', topics: [{ id: 'moe', title: 'MoE', papers: 2 }] },
    ]);
    expect([colourOf('lora'), colourOf('peft'), colourOf('moe'), colourOf('ssm'), colourOf(null), colourOf('unknown')]).toEqual([0, 0, 1, -1, -1, -1]);
  });
  it('colours by area when the topics name one: a sub-topic takes its parent\'s, a topic without one stays its own family', () => {
    const withAreas = [
      { id: 'peft', title: 'PEFT', area: 'Adaptation' },
      { id: 'lora', title: 'LoRA', parent: 'peft' },
      { id: 'continual', title: 'Continual', area: 'Adaptation' },
      { id: 'moe', title: 'MoE', area: 'Architectures' },
      { id: 'ssm', title: 'SSM' },
    ];
    const { families, colourOf } = mapFamilies(withAreas, ['lora', 'continual', 'continual', 'moe', 'moe', 'ssm', null]);
    expect(families.map(({ id, topic, papers }) => ({ id, topic, papers }))).toEqual([
      { id: 'Adaptation', topic: null, papers: 3 },
      { id: 'Architectures', topic: null, papers: 2 },
      { id: 'ssm', topic: 'ssm', papers: 1 },
    ]);
    expect(families[0]!.topics.map((t) => t.id)).toEqual(['continual', 'lora']);
    expect([colourOf('lora'), colourOf('peft'), colourOf('continual'), colourOf('moe'), colourOf('ssm')]).toEqual([0, 0, 0, 1, 2]);
  });
  it('breaks ties by name, not by the order the topics come in (the survey map and the small maps list them differently)', () => {
    const a = [{ id: 'x', title: 'X', area: 'Beta' }, { id: 'y', title: 'Y', area: 'Alpha' }];
    const main = ['x', 'y'];
    expect(mapFamilies(a, main, 1).families[0]!.id).toBe('Alpha');
    expect(mapFamilies([...a].reverse(), main, 1).families[0]!.id).toBe('Alpha');
  });
  it('keeps an area and a topic spelt alike apart', () => {
    const { colourOf } = mapFamilies([{ id: 'vision', title: 'Vision' }, { id: 'gan', title: 'GAN', area: 'vision' }], ['vision', 'gan', 'gan']);
    expect(colourOf('gan')).not.toBe(colourOf('vision'));
  });
});

describe('labels', () => {
  it('puts a label on the medoid, not the empty mean of two islands', () => {
    expect(groupMedoid([[0, 0], [0.1, 0], [0.2, 0], [1, 1]])).toEqual([0.1, 0]);
    expect(groupMedoid([])).toBeUndefined();
  });
  it('shortens long topic titles to a short alias', () => {
    expect(shortLabel('State Space Models (SSMs)', ['SSM', 'SSMs'])).toBe('SSM');
    expect(shortLabel('Quantization and Low-Precision Networks', ['quantization'])).toBe('Quantization');
    expect(shortLabel('Continual Learning', ['CL'])).toBe('Continual Learning');
  });
});

describe('mapRecords', () => {
  it('lists slug, coordinates and main topic by slug', () => {
    expect(
      mapRecords([
        { slug: 'b', map: { x: 0.1, y: 0.2 }, topics: [] },
        { slug: 'a', map: { x: 1, y: 0 }, topics: ['ssm', 'moe'] },
      ]),
    ).toEqual([
      { slug: 'a', x: 1, y: 0, topic: 'ssm' },
      { slug: 'b', x: 0.1, y: 0.2, topic: null },
    ]);
  });
});

describe('neighbourhood', () => {
  it('returns the nearest points by grid lookup as a brute-force scan finds them, with the paper centred', () => {
    const random = seededRandom(11);
    const pts = Array.from({ length: 500 }, () => ({ x: random(), y: random(), colour: 0 }));
    const grid = new MapGrid(pts);
    for (const self of [0, 17, 250, 499]) {
      const brute = pts
        .map((p, i) => ({ i, d: (p.x - pts[self]!.x) ** 2 + (p.y - pts[self]!.y) ** 2 }))
        .filter(({ i }) => i !== self)
        .sort((a, b) => a.d - b.d || a.i - b.i)
        .slice(0, 20)
        .map(({ i }) => i);
      expect(grid.nearest(self, 20)).toEqual(brute);
    }
    const local = neighbourhood(grid, 17, 20);
    expect(local).toHaveLength(21);
    expect(local.at(-1)).toEqual({ x: 0.5, y: 0.5, colour: 0, self: true });
    expect(local.every((p) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1)).toBe(true);
  });
});

describe('withoutOverlaps', () => {
  it('keeps the first of two labels that would overlap, and labels apart', () => {
    const labels = [
      { text: 'Mixture of Experts', x: 0.5, y: 0.5 },
      { text: 'SSM', x: 0.55, y: 0.51 },
      { text: 'Quantization', x: 0.5, y: 0.6 },
      { text: 'PEFT', x: 0.9, y: 0.5 },
    ];
    expect(withoutOverlaps(labels).map((l) => l.text)).toEqual(['Mixture of Experts', 'Quantization', 'PEFT']);
  });
});
