import { describe, expect, it } from 'vitest';
import { ancestorsOf, childrenOf, countPhrase, descendantsOf, rolledUpCounts, rootsOf, topicFamilies } from '../../src/lib/topics/hierarchy.ts';

// A small taxonomy in display order: compression with two children, one of which has a child.
const topics = [
  { id: 'peft' },
  { id: 'lora', parent: 'peft' },
  { id: 'compression' },
  { id: 'quantization', parent: 'compression' },
  { id: 'binarization', parent: 'quantization' },
  { id: 'pruning', parent: 'compression' },
  { id: 'ssm' },
  { id: 'orphan', parent: 'missing' },
];

describe('the topic tree', () => {
  it('lists each topic’s children in display order, and the roots (a missing parent makes a root)', () => {
    const children = childrenOf(topics);
    expect(children.get('compression')!.map((t) => t.id)).toEqual(['quantization', 'pruning']);
    expect(children.get('ssm')).toEqual([]);
    expect(rootsOf(topics).map((t) => t.id)).toEqual(['peft', 'compression', 'ssm', 'orphan']);
  });

  it('walks descendants depth first with their depth, and ancestors nearest first', () => {
    expect(descendantsOf('compression', childrenOf(topics)).map(({ topic, depth }) => `${topic.id}:${depth}`)).toEqual(['quantization:1', 'binarization:2', 'pruning:1']);
    const parents = new Map(topics.map((t) => [t.id, t.parent]));
    expect(ancestorsOf('binarization', parents)).toEqual(['quantization', 'compression']);
    expect(ancestorsOf('ssm', parents)).toEqual([]);
  });

  it('cuts a cycle instead of looping', () => {
    const cyclic = [{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }];
    expect(ancestorsOf('a', new Map(cyclic.map((t) => [t.id, t.parent])))).toEqual(['b']);
    expect(descendantsOf('a', childrenOf(cyclic)).map(({ topic }) => topic.id)).toEqual(['b']);
  });

  it('groups the taxonomy into families: each root with everything under it', () => {
    expect(topicFamilies(topics).map(({ root, members }) => [root.id, members.map(({ topic }) => topic.id)])).toEqual([
      ['peft', ['lora']],
      ['compression', ['quantization', 'binarization', 'pruning']],
      ['ssm', []],
      ['orphan', []],
    ]);
  });
});

describe('rolledUpCounts', () => {
  const papers = [['lora'], ['peft', 'lora'], ['binarization'], ['quantization', 'pruning'], ['compression'], ['ssm', 'lora'], [], ['unknown-topic']];

  it('counts a paper of a sub-topic toward every topic above it, once however many sub-topics it is in', () => {
    const counts = rolledUpCounts(papers, topics);
    expect(counts.get('peft')).toEqual({ direct: 1, withSubtopics: 3 });
    expect(counts.get('lora')).toEqual({ direct: 3, withSubtopics: 3 });
    expect(counts.get('quantization')).toEqual({ direct: 1, withSubtopics: 2 });
    // binarization, quantization+pruning (one paper, not two) and compression itself
    expect(counts.get('compression')).toEqual({ direct: 1, withSubtopics: 3 });
    expect(counts.get('ssm')).toEqual({ direct: 1, withSubtopics: 1 });
    expect(counts.has('unknown-topic')).toBe(false);
  });

  it('says both numbers only when sub-topics add papers', () => {
    expect(countPhrase({ direct: 16, withSubtopics: 52 })).toBe('16 papers directly, 52 with sub-topics');
    expect(countPhrase({ direct: 1, withSubtopics: 1 })).toBe('1 paper');
    expect(countPhrase({ direct: 0, withSubtopics: 1200 })).toBe('0 papers directly, 1,200 with sub-topics');
  });
});
