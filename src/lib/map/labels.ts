/**
 * Where to write a group's label: its medoid, the member closest in sum of distances to all
 * other members, so the label sits in the dense centre of the group's points, never in the
 * empty middle of a ring or between two islands. O(m²) per group of m points; above
 * `sample` members a deterministic, evenly spaced sample stands in for the group.
 * @example groupMedoid([[0, 0], [0.1, 0], [0.2, 0], [1, 1]]) // [0.1, 0]
 */
export function groupMedoid(points: readonly (readonly [number, number])[], sample = 400): [number, number] | undefined {
  if (points.length === 0) return undefined;
  const step = Math.max(1, Math.ceil(points.length / sample));
  const members = points.filter((_, i) => i % step === 0);
  let best = 0;
  let bestSum = Infinity;
  members.forEach(([x, y], i) => {
    let sum = 0;
    for (const [px, py] of members) sum += Math.hypot(px - x, py - y);
    if (sum < bestSum) {
      bestSum = sum;
      best = i;
    }
  });
  const [x, y] = members[best]!;
  return [x, y];
}

/**
 * A label short enough to write on the map: the title if it is short, else the first short
 * alias (`MoE`, `PEFT`), else the title.
 * @example shortLabel('Parameter-Efficient Fine-Tuning', ['PEFT', 'adapters']) // 'PEFT'
 */
export function shortLabel(title: string, aliases: readonly string[] = [], max = 18): string {
  if (title.length <= max) return title;
  const alias = aliases.find((a) => a.length >= 3 && a.length <= max);
  return alias ? alias[0]!.toUpperCase() + alias.slice(1) : title;
}

/**
 * The labels that fit without overlapping, first come first kept (so list the important ones
 * first): each label's box is estimated from its length (`charWidth` and `height` in map
 * units, about what a 26 px bold font takes on a 1,000-unit map), centred on its point.
 * @example withoutOverlaps([{ text: 'MoE', x: 0.5, y: 0.5 }, { text: 'SSM', x: 0.51, y: 0.5 }]) // the first only
 */
export function withoutOverlaps<L extends { text: string; x: number; y: number }>(labels: readonly L[], charWidth = 0.016, height = 0.03): L[] {
  const kept: { label: L; half: number }[] = [];
  for (const label of labels) {
    const half = (label.text.length * charWidth) / 2;
    const clash = kept.some((other) => Math.abs(other.label.x - label.x) < other.half + half && Math.abs(other.label.y - label.y) < height);
    if (!clash) kept.push({ label, half });
  }
  return kept.map(({ label }) => label);
}
