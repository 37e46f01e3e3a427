import { describe, expect, it } from 'vitest';
import { applyEdits, createPlan, isFree, propose, protect, replace } from '../../src/lib/repair/engine.ts';

describe('the repair engine', () => {
  it('records an accepted repair with the original and the repaired text at its place', () => {
    const plan = createPlan('up to 34.4times faster');
    expect(replace(plan, 'times', 10, 15, '×')).toBe(true);
    expect(plan.repairs).toEqual([{ kind: 'times', index: 10, from: 'times', to: '×' }]);
    expect(applyEdits(plan.text, plan.edits)).toBe('up to 34.4× faster');
  });

  it('lets the first rule to claim a stretch of text win', () => {
    const plan = createPlan("a ``b'' c");
    expect(replace(plan, 'latex-quotes', 2, 4, '“')).toBe(true);
    expect(replace(plan, 'latex-dash', 3, 5, '–')).toBe(false);
    expect(plan.repairs.map((r) => r.kind)).toEqual(['latex-quotes']);
  });

  it('accepts all edits of a repair or none', () => {
    const plan = createPlan('{em a b} c');
    replace(plan, 'stray-braces', 7, 8, '');
    const accepted = propose(plan, 'font-command', [{ start: 0, end: 4, to: '' }, { start: 7, end: 8, to: '' }]);
    expect(accepted).toBe(false);
    expect(plan.edits).toHaveLength(1);
  });

  it('keeps rules out of protected zones unless they may enter them', () => {
    const plan = createPlan('see https://a.io/x_y now');
    protect(plan, 4, 18, 'url');
    expect(isFree(plan, 15, 17)).toBe(false);
    expect(replace(plan, 'escaped-underscore', 16, 17, '-')).toBe(false);
    expect(replace(plan, 'escaped-underscore', 16, 17, '-', ['url'])).toBe(true);
  });

  it('ignores an edit that changes nothing', () => {
    const plan = createPlan('$x$');
    expect(replace(plan, 'math-delimiter', 0, 1, '$')).toBe(false);
    expect(plan.repairs).toEqual([]);
  });
});
