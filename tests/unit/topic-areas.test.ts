import { describe, expect, it } from 'vitest';
import { areaAnchor, areaCounts, groupByArea, topicAreas } from '../../src/lib/topics/areas.ts';
import { topicFamilies } from '../../src/lib/topics/hierarchy.ts';
import { loadTopicDefinitions } from '../../src/lib/topics/topic-folder-node.ts';

const topics = [
  { id: 'peft', area: 'Adaptation' },
  { id: 'lora', parent: 'peft' },
  { id: 'qlora', parent: 'lora' },
  { id: 'moe', area: 'Architectures' },
  { id: 'ssm' },
  { id: 'linear-rnn', parent: 'ssm', area: 'Sequence models' },
  { id: 'continual', area: 'Adaptation' },
];

describe('topicAreas', () => {
  it('gives a topic its own area, else its nearest ancestor\'s, and none when no ancestor names one', () => {
    const areas = topicAreas(topics);
    expect(areas.get('qlora')).toBe('Adaptation');
    expect(areas.get('linear-rnn')).toBe('Sequence models');
    expect(areas.has('ssm')).toBe(false);
  });
  it('survives a cycle of parents', () => {
    expect(topicAreas([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a', area: 'X' }]).get('a')).toBe('X');
  });
});

describe('groupByArea', () => {
  it('keeps areas in the order their first family comes, families without an area last, each family in one piece', () => {
    const groups = groupByArea(topicFamilies(topics), topicAreas(topics));
    expect(groups.map((g) => [g.area, g.families.map((f) => f.root.id)])).toEqual([
      ['Adaptation', ['peft', 'continual']],
      ['Architectures', ['moe']],
      [null, ['ssm']],
    ]);
    // linear-rnn names another area, but pages list the SSM family in one piece.
    expect(groups[2]!.families[0]!.members.map((m) => m.topic.id)).toEqual(['linear-rnn']);
    expect(groups.map((g) => g.anchor)).toEqual(['area-adaptation', 'area-architectures', null]);
  });
});

describe('areaAnchor', () => {
  it('is a URL fragment made of the title', () => {
    expect(areaAnchor('Training, learning and theory')).toBe('area-training-learning-and-theory');
    expect(areaAnchor('Vision & generation')).toBe('area-vision-and-generation');
  });
});

describe('areaCounts', () => {
  it('counts a paper once per area, however many of its topics are there', () => {
    const counts = areaCounts([['lora', 'peft', 'moe'], ['continual'], ['ssm'], []], topicAreas(topics));
    expect([...counts]).toEqual([['Adaptation', 2], ['Architectures', 1]]);
  });
});

describe('the shipped taxonomy', () => {
  const shipped = loadTopicDefinitions('content/topics');
  const areas = topicAreas(shipped);
  it('puts every topic in an area, and no more areas than the map has colours', () => {
    expect(shipped.filter((t) => !areas.has(t.id)).map((t) => t.id)).toEqual([]);
    expect(new Set(areas.values()).size).toBeLessThanOrEqual(7);
  });
  it('has no area that only one topic names (a misspelt area would make one)', () => {
    const named = new Map<string, number>();
    for (const t of shipped) if (t.area) named.set(t.area, (named.get(t.area) ?? 0) + 1);
    expect([...named].filter(([, n]) => n < 2)).toEqual([]);
  });
});
