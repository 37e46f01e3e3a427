import { describe, expect, it } from 'vitest';
import {
  buildSynonymGroups,
  exactTokens,
  expandVariants,
  highlightTerms,
  isAcronymOf,
  isQuoted,
  mergeHits,
  namedTopic,
  normalizePhrase,
  planSearch,
  termCount,
  titleForms,
  MAX_VARIANTS,
  RELATION_WEIGHT,
} from '../../src/lib/search/synonyms.ts';
import { readTopicFolder } from '../../src/lib/topics/topic-folder-node.ts';

const topics = [
  { id: 'moe', title: 'Mixture of Experts (MoE)', aliases: ['MoE', 'SMoE', 'mixture of experts', 'mixture-of-experts', 'mixtures of experts', 'sparse experts', 'router'] },
  { id: 'ssm', title: 'State Space Models (SSMs)', aliases: ['SSM', 'SSMs', 'state space model', 'state-space model', 'S4', 'Mamba'] },
  { id: 'continual-learning', title: 'Continual Learning', aliases: ['continual learning', 'CL', 'lifelong learning', 'class-incremental learning', 'CIL', 'replay'] },
  { id: 'lora', title: 'Low-Rank Adaptation (LoRA)', aliases: ['LoRA', 'low-rank adaptation', 'low rank adaptation', 'QLoRA'] },
  { id: 'pruning', title: 'Pruning and Sparsity', aliases: ['pruning', 'sparsity', 'lottery ticket hypothesis'] },
  { id: 'attention', title: 'Efficient Attention and Long Context', aliases: ['efficient attention', 'KV cache'] },
  { id: 'serving', title: 'Inference Acceleration and Serving', aliases: ['speculative decoding', 'KV cache'] },
];
const groups = buildSynonymGroups(topics);

describe('normalizePhrase', () => {
  it('lower-cases, turns dashes and slashes into spaces and drops other punctuation', () => {
    expect(normalizePhrase('Mixture-of-Experts (MoE)')).toBe('mixture of experts moe');
    expect(normalizePhrase('  Kolmogorov–Arnold   networks ')).toBe('kolmogorov arnold networks');
    expect(normalizePhrase('N:M sparsity / E(3)')).toBe('nm sparsity e3');
  });
});

describe('titleForms', () => {
  it('splits a parenthesised acronym from its expansion', () => {
    expect(titleForms('Mixture of Experts (MoE)')).toEqual(['mixture of experts', 'moe']);
    expect(titleForms('Parameter-Efficient Fine-Tuning (PEFT)')).toEqual(['parameter efficient fine tuning', 'peft']);
    expect(titleForms('Continual Learning')).toEqual(['continual learning']);
  });
  it('keeps compound titles out: they name categories, not synonyms', () => {
    expect(titleForms('Pruning and Sparsity')).toEqual([]);
    expect(titleForms('Matryoshka, Nested and Elastic Models')).toEqual([]);
    expect(titleForms('Language Models: Reasoning, Instructions and Evaluation')).toEqual([]);
  });
});

describe('buildSynonymGroups', () => {
  it('puts title forms first, then aliases, without plural, case or hyphen repeats', () => {
    const moe = groups.find((g) => g.topic === 'moe')!;
    expect(moe.phrases).toEqual(['mixture of experts', 'moe', 'smoe', 'sparse experts', 'router']);
    expect(moe.titleForms).toBe(2);
    const ssm = groups.find((g) => g.topic === 'ssm')!;
    expect(ssm.phrases).toEqual(['state space models', 'ssms', 's4', 'mamba']);
  });
  it('builds a group for every real topic file that has aliases', () => {
    const real = readTopicFolder('content/topics').map((f) => ({ id: f.definition.id, title: f.definition.title, aliases: f.definition.aliases }));
    const built = buildSynonymGroups(real);
    expect(built.length).toBeGreaterThan(40);
    for (const group of built) expect(new Set(group.phrases).size).toBe(group.phrases.length);
  });
});

describe('isAcronymOf', () => {
  it('recognises acronyms from word prefixes, skipping stop words', () => {
    expect(isAcronymOf('moe', 'mixture of experts')).toBe(true);
    expect(isAcronymOf('lora', 'low rank adaptation')).toBe(true);
    expect(isAcronymOf('ssms', 'state space models')).toBe(true);
    expect(isAcronymOf('kan', 'kolmogorov arnold networks')).toBe(true);
    expect(isAcronymOf('cl', 'continual learning')).toBe(true);
    expect(isAcronymOf('cil', 'class incremental learning')).toBe(true);
  });
  it('rejects what does not spell out', () => {
    expect(isAcronymOf('cl', 'class incremental learning')).toBe(false);
    expect(isAcronymOf('mamba', 'state space models')).toBe(false);
    expect(isAcronymOf('moe', 'moe')).toBe(false);
  });
});

describe('expandVariants', () => {
  const texts = (query: string, groups: Parameters<typeof expandVariants>[1], max?: number) => expandVariants(query, groups, max).map((v) => v.text);
  it('replaces an acronym by its expansion first', () => {
    expect(texts('MoE', groups)[0]).toBe('mixture of experts');
    expect(texts('SSM', groups)[0]).toBe('state space models');
    expect(texts('low-rank adaptation', groups)[0]).toBe('lora');
  });
  it('matches aliases whatever the hyphens, case and plurals', () => {
    expect(texts('Mixture-of-Experts', groups)).toContain('moe');
    expect(texts('mixtures of experts', groups)).toContain('moe');
    expect(texts('CLASS-INCREMENTAL LEARNING', groups)).toContain('cil');
  });
  it('uses the topic title for a synonym that is not an acronym', () => {
    expect(texts('lifelong learning', groups)[0]).toBe('continual learning');
    expect(texts('Mamba', groups).slice(0, 2)).toEqual(['state space models', 'ssms']);
  });
  it('keeps the rest of the query and replaces one alias per variant', () => {
    const variants = texts('MoE with LoRA', groups);
    expect(variants).toContain('mixture of experts with lora');
    expect(variants).toContain('moe with low rank adaptation');
    expect(variants).not.toContain('mixture of experts with low rank adaptation');
  });
  it('prefers the longest alias and leaves out narrower phrases', () => {
    const variants = texts('class incremental learning', groups);
    expect(variants).not.toContain('class incremental continual learning');
    expect(texts('moe', [{ topic: 'x', phrases: ['moe', 'moe lora', 'mixture of experts'], titleForms: 0 }])).toEqual(['mixture of experts']);
  });
  it('combines the groups of an alias that several topics share', () => {
    expect(texts('KV cache', groups)).toEqual(expect.arrayContaining(['efficient attention', 'speculative decoding']));
  });
  it('caps the variants, and the merely related ones', () => {
    expect(texts('replay', groups).length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(expandVariants('replay', groups).filter((v) => v.relation === 'related').length).toBeLessThanOrEqual(2);
    expect(texts('MoE', groups, 1)).toHaveLength(1);
    expect(texts('transformer', groups)).toEqual([]);
    expect(texts('   ', groups)).toEqual([]);
  });
  it('labels how close each variant is', () => {
    const relations = Object.fromEntries(expandVariants('MoE', groups).map((v) => [v.text, v.relation]));
    expect(relations['mixture of experts']).toBe('equivalent');
    expect(relations['smoe']).toBe('related');
    expect(expandVariants('lifelong learning', groups)[0]).toEqual({ text: 'continual learning', relation: 'title' });
  });
});

describe('planSearch', () => {
  it('searches a hyphenated query as typed (Pagefind joins it) and spaced', () => {
    const plan = planSearch('mixture-of-experts', groups);
    expect(plan.slice(0, 2).map((p) => [p.text, p.kind, p.weight])).toEqual([
      ['mixture-of-experts', 'original', 1],
      ['mixture of experts', 'spaced', 1],
    ]);
    expect(plan.some((p) => p.text === 'moe' && p.kind === 'synonym')).toBe(true);
  });
  it('weights synonyms by relation and marks short words for whole-word matching', () => {
    const plan = planSearch('CL', groups);
    expect(plan[0]).toMatchObject({ text: 'CL', weight: 1, exact: ['cl'] });
    expect(plan[1]).toMatchObject({ text: 'continual learning', weight: RELATION_WEIGHT.equivalent, exact: [] });
    // No synonym: the words as typed, and written as one word ("classincremental").
    expect(planSearch('class incremental', groups).map((p) => [p.kind, p.text])).toEqual([
      ['original', 'class incremental'],
      ['joined', 'classincremental'],
    ]);
    expect(planSearch('', groups)).toEqual([]);
  });
  it('searches a quoted query alone: an exact phrase (an author\'s name from a paper page) gets no synonyms and no spaced form', () => {
    expect(planSearch('"Albert Gu"', groups).map((p) => [p.text, p.kind])).toEqual([['"Albert Gu"', 'original']]);
    expect(planSearch(' "mixture-of-experts" ', groups).map((p) => p.text)).toEqual(['"mixture-of-experts"']);
    expect(planSearch('mixture-of-experts', groups).length).toBeGreaterThan(1);
    expect(isQuoted('"Albert Gu"')).toBe(true);
    expect(isQuoted('"Albert" Gu')).toBe(false);
    expect(isQuoted('""')).toBe(false);
  });
});

describe('query helpers', () => {
  it('counts content words and finds short words', () => {
    expect(termCount('mixture of experts')).toBe(2);
    expect(termCount('of')).toBe(1);
    expect(exactTokens('CL in 3D with a KD')).toEqual(['cl', '3d', 'kd']);
    expect(highlightTerms('Mixture-of-Experts for the win')).toEqual(['mixture', 'experts', 'win']);
  });
});

describe('mergeHits', () => {
  it('keeps each page once, with its best weighted score per content word', () => {
    const plan = planSearch('MoE', groups);
    const merged = mergeHits(plan, [
      [
        { id: 'a', score: 30, item: 'a' },
        { id: 'b', score: 12, item: 'b' },
      ],
      [
        { id: 'b', score: 48, item: 'b2' },
        { id: 'c', score: 40, item: 'c' },
      ],
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(merged[1]).toMatchObject({ id: 'b', item: 'b2', query: 1 });
    expect(merged[1]!.score).toBeCloseTo((48 * RELATION_WEIGHT.equivalent) / 2);
  });
});

describe('namedTopic', () => {
  it('is the topic whose title form or alias the whole query is, whatever its case, dashes and plurals', () => {
    for (const q of ['mixture of experts', 'Mixtures-of-Experts', 'MoE', 'moes']) expect(namedTopic(q, groups), q).toBe('moe');
    expect(namedTopic('State Space Models', groups)).toBe('ssm');
  });
  it('is nothing when the query says more or less than a topic name', () => {
    for (const q of ['mixture of experts routing', 'experts', 'state space', '', 'how to merge fine-tuned models']) expect(namedTopic(q, groups), q).toBeUndefined();
  });
  it('is nothing for an alias, often a method the topic holds rather than its name', () => {
    for (const q of ['Mamba', 'S4', 'QLoRA', 'router', 'replay', 'lottery ticket hypothesis', 'sparse experts']) expect(namedTopic(q, groups), q).toBeUndefined();
    expect(namedTopic('SSMs', groups)).toBe('ssm'); // the title's own acronym
  });
  it('takes the first topic in display order when two share a name', () => {
    const shared = buildSynonymGroups([
      { id: 'a', title: 'Linear Attention', aliases: ['linear transformers'] },
      { id: 'b', title: 'Linear Attention', aliases: ['kernel attention'] },
    ]);
    expect(namedTopic('linear attention', shared)).toBe('a');
  });
});
