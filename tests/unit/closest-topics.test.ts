import { describe, expect, it } from 'vitest';
import { closestTopics } from '../../src/lib/search/closest-topics.ts';
import { buildSynonymGroups } from '../../src/lib/search/synonyms.ts';

const topics = [
  { id: 'moe', title: 'Mixture of Experts (MoE)', aliases: ['sparse experts'] },
  { id: 'kd', title: 'Knowledge Distillation', aliases: ['teacher student'] },
  { id: 'ssm', title: 'State Space Models (SSMs)', aliases: ['mamba', 's4'] },
  { id: 'pruning', title: 'Pruning and Sparsity', aliases: ['pruning', 'sparse training'] },
];
const groups = buildSynonymGroups(topics);

describe('closestTopics', () => {
  it('offers the topics whose names are spelled most like the query', () => {
    expect(closestTopics('mixure of expert', topics, groups).map((t) => t.id)[0]).toBe('moe');
    expect(closestTopics('knowlege distilation', topics, groups).map((t) => t.id)[0]).toBe('kd');
    expect(closestTopics('mambaa', topics, groups).map((t) => t.id)).toEqual(['ssm']);
  });
  it('lets one word of a longer query lead to a topic', () => {
    expect(closestTopics('which papers do prunning of transformers', topics, groups).map((t) => t.id)).toContain('pruning');
  });
  it('offers nothing for words like no topic name', () => {
    expect(closestTopics('xyzzy', topics, groups)).toEqual([]);
    expect(closestTopics('the of', topics, groups)).toEqual([]);
  });
});
