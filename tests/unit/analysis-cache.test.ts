import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisMemo } from '../../src/build/analysis-cache.ts';

/** A task answering each item on its own, recording which items it was asked for. */
function task(shared: string) {
  const asked: string[][] = [];
  const compute = async (missing: string[]) => {
    asked.push(missing);
    return missing.map((item) => ({ item, shared, length: item.length }));
  };
  return { asked, compute };
}

describe('analysisMemo.runEach', () => {
  it('computes only the items it has not answered, and answers in the order given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-analysis-cache-'));
    const first = task('rules-1');
    const cold = await analysisMemo(dir).runEach('topics', 'rules-1', ['a', 'bb', 'ccc'], first.compute);
    expect(first.asked).toEqual([['a', 'bb', 'ccc']]);

    // Another build (a fresh memo, as each build has): one item edited, one added, order changed.
    const second = task('rules-1');
    const memo = analysisMemo(dir);
    const warm = await memo.runEach('topics', 'rules-1', ['ccc', 'bX', 'a', 'dddd'], second.compute);
    expect(second.asked).toEqual([['bX', 'dddd']]);
    expect(warm).toEqual([cold[2], { item: 'bX', shared: 'rules-1', length: 2 }, cold[0], { item: 'dddd', shared: 'rules-1', length: 4 }]);
    expect(memo.computed.get('topics')).toEqual({ computed: 2, of: 4 });
  });

  it('computes everything again when what every item depends on changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-analysis-cache-'));
    await analysisMemo(dir).runEach('topics', 'rules-1', ['a', 'b'], task('rules-1').compute);
    const edited = task('rules-2');
    const answers = await analysisMemo(dir).runEach('topics', 'rules-2', ['a', 'b'], edited.compute);
    expect(edited.asked).toEqual([['a', 'b']]);
    expect(answers.map((answer) => answer.shared)).toEqual(['rules-2', 'rules-2']);
  });

  it('computes an item listed twice once, and answers both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-analysis-cache-'));
    const once = task('r');
    const answers = await analysisMemo(dir).runEach('topics', 'r', ['a', 'a', 'b'], once.compute);
    expect(once.asked).toEqual([['a', 'b']]);
    expect(answers.map((answer) => answer.item)).toEqual(['a', 'a', 'b']);
  });
});
