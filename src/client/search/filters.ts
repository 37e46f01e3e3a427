/**
 * The filter controls of the /search/ page (src/pages/search.astro holds their places): lists of
 * checkboxes with counts (code, topics, venues) and the from–to year selects. They draw and
 * report; the page (page.ts) owns the state.
 */
import type { YearRange } from '../../lib/search/state.ts';
import { h, plural } from './render.ts';

/** One checkbox row: label, hidden "N papers" for screen readers, visible count. */
export function checkboxItem(name: string, value: string, label: string, count: number, checked: boolean, onChange: (on: boolean) => void): HTMLLIElement {
  const box = h('input', {
    type: 'checkbox',
    name,
    value,
    checked,
    class: 'size-4 shrink-0 rounded border-zinc-400 accent-accent-700 dark:accent-accent-300',
  });
  box.addEventListener('change', () => onChange(box.checked));
  const countEl = h('span', { class: 'ml-auto pl-2 text-xs text-zinc-600 tabular-nums dark:text-zinc-400', 'data-count': true }, String(count));
  return h(
    'li',
    { 'data-value': value },
    h(
      'label',
      { class: 'flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 hover:bg-zinc-100 dark:hover:bg-zinc-800' },
      h('span', { class: 'flex h-5 items-center' }, box),
      h('span', { class: 'leading-5 [overflow-wrap:anywhere]' }, label, h('span', { class: 'sr-only' }, `, ${plural(count, 'paper')}`)),
      countEl,
    ),
  );
}

/** Updates a row in place, so focus and order stay put. */
export function updateCheckboxItem(item: Element, count: number, checked: boolean): void {
  const countEl = item.querySelector('[data-count]');
  if (countEl) countEl.textContent = String(count);
  const sr = item.querySelector('.sr-only');
  if (sr) sr.textContent = `, ${plural(count, 'paper')}`;
  const box = item.querySelector('input');
  if (box) box.checked = checked;
}

export interface ValueListOptions {
  /** The checkboxes' name (`topic`, `venue`). */
  name: string;
  list: HTMLElement;
  /** "Show all" toggle under the list. */
  more: HTMLButtonElement;
  /** Rows shown before "Show all". */
  limit: number;
  /** Plural noun for the toggle and the empty list ("topics", "venues"). */
  noun: string;
  /** Values in display order (ties in count keep it). */
  order: readonly string[];
  label(value: string): string;
  onToggle(value: string, on: boolean): void;
}

/**
 * A facet with many values (topics, venues): the values that have results for the query, most
 * results first, the first `limit` of them unless "Show all" is on, checked ones always. The rows
 * are rebuilt (and re-sorted) when the result set changes; otherwise updated in place, so focus
 * and order stay put while filters are toggled.
 */
export class ValueList {
  private shownFor: string | undefined;
  private showAll = false;
  private last: { counts: Map<string, number>; selected: readonly string[]; key: string } | undefined;

  constructor(private readonly options: ValueListOptions) {
    options.more.addEventListener('click', () => {
      this.showAll = !this.showAll;
      if (this.last) this.render(this.last.counts, this.last.selected, this.last.key);
    });
  }

  /** Draws the counts for the result set named `key` (the query), with `selected` checked. */
  render(counts: Map<string, number>, selected: readonly string[], key: string): void {
    this.last = { counts, selected, key };
    const { list, more, limit, noun, order, name, label, onToggle } = this.options;
    const rebuild = key !== this.shownFor || list.dataset.all !== String(this.showAll);
    if (!rebuild) {
      for (const item of list.querySelectorAll<HTMLElement>('li[data-value]')) {
        const value = item.dataset.value!;
        updateCheckboxItem(item, counts.get(value) ?? 0, selected.includes(value));
      }
      return;
    }
    const rank = new Map(order.map((value, i) => [value, i]));
    const values = order.filter((value) => (counts.get(value) ?? 0) > 0 || selected.includes(value));
    for (const value of selected) if (!rank.has(value)) values.push(value); // from the address, unknown to this survey
    values.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
    const visible = this.showAll ? values : values.filter((value, i) => i < limit || selected.includes(value));
    list.replaceChildren(
      ...visible.map((value) => checkboxItem(name, value, label(value), counts.get(value) ?? 0, selected.includes(value), (on) => onToggle(value, on))),
    );
    if (values.length === 0) list.replaceChildren(h('li', { class: 'text-zinc-600 dark:text-zinc-400' }, `No ${noun}.`));
    list.dataset.all = String(this.showAll);
    this.shownFor = key;
    more.hidden = values.length <= limit;
    more.textContent = this.showAll ? `Show fewer ${noun}` : `Show all ${values.length} ${noun}`;
    more.setAttribute('aria-expanded', String(this.showAll));
  }
}

/**
 * The year range as two selects, "From" and "to", each with "any" and the survey's years (drawn
 * by the page at build time). Moving one end past the other moves the other along.
 */
export class YearRangeSelect {
  constructor(
    private readonly from: HTMLSelectElement,
    private readonly to: HTMLSelectElement,
    onChange: (range: YearRange) => void,
  ) {
    const changed = (end: 'from' | 'to') => {
      let range = this.value();
      if (range.from !== null && range.to !== null && range.from > range.to) range = end === 'from' ? { from: range.from, to: range.from } : { from: range.to, to: range.to };
      this.set(range);
      onChange(range);
    };
    from.addEventListener('change', () => changed('from'));
    to.addEventListener('change', () => changed('to'));
  }

  value(): YearRange {
    const year = (select: HTMLSelectElement) => (select.value ? Number(select.value) : null);
    return { from: year(this.from), to: year(this.to) };
  }

  /** Shows a range; a year the survey does not have (typed into the address) gets an option of its own. */
  set(range: YearRange): void {
    for (const [select, year] of [
      [this.from, range.from],
      [this.to, range.to],
    ] as const) {
      const value = year === null ? '' : String(year);
      if (![...select.options].some((option) => option.value === value)) {
        const option = h('option', { value }, value);
        const after = [...select.options].find((o) => o.value && Number(o.value) > Number(value));
        select.insertBefore(option, after ?? null);
      }
      select.value = value;
    }
  }
}
