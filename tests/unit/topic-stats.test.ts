import { describe, expect, it } from 'vitest';
import { pairKey, relatedTopics, topicCounts, topicOverlap } from '../../src/lib/topics/stats.ts';

const papers = [['lora', 'moe'], ['lora', 'moe', 'quantization'], ['lora'], ['ssm'], []];

describe('topicCounts', () => {
  it('counts papers per topic', () => {
    expect(Object.fromEntries(topicCounts(papers))).toEqual({ lora: 3, moe: 2, quantization: 1, ssm: 1 });
  });
});

describe('topicOverlap', () => {
  it('counts papers shared by each unordered pair', () => {
    const overlap = topicOverlap(papers);
    expect(overlap.get(pairKey('lora', 'moe'))).toBe(2);
    expect(overlap.get(pairKey('moe', 'lora'))).toBe(2);
    expect(overlap.get(pairKey('quantization', 'lora'))).toBe(1);
    expect(overlap.get(pairKey('lora', 'ssm'))).toBeUndefined();
  });
});

describe('relatedTopics', () => {
  it('orders topics by shared papers, then id, leaving out unrelated ones', () => {
    const overlap = topicOverlap(papers);
    expect(relatedTopics('lora', ['lora', 'moe', 'quantization', 'ssm'], overlap)).toEqual([
      { id: 'moe', shared: 2 },
      { id: 'quantization', shared: 1 },
    ]);
    expect(relatedTopics('ssm', ['lora', 'moe', 'ssm'], overlap)).toEqual([]);
  });
});
