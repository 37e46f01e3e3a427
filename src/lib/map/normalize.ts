/** Decimals kept in published coordinates: 1/10,000 of the map's width, far below a pixel. */
export const MAP_DECIMALS = 4;

/**
 * Scales a layout into the unit square keeping its aspect ratio (the longer side spans [0, 1],
 * the shorter one is centred) and rounds every coordinate to `decimals`, so two builds write
 * the same bytes even if the last bits of a float differed. One point, or all points at one
 * spot, go to the centre.
 * @example normalizeLayout([[0, 0], [4, 2]]) // [[0, 0.25], [1, 0.75]]
 */
export function normalizeLayout(points: readonly (readonly [number, number])[], decimals = MAP_DECIMALS): [number, number][] {
  if (points.length === 0) return [];
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const span = Math.max(maxX - minX, maxY - minY);
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor;
  if (!(span > 0) || !Number.isFinite(span)) return points.map(() => [0.5, 0.5]);
  const offsetX = (span - (maxX - minX)) / 2;
  const offsetY = (span - (maxY - minY)) / 2;
  return points.map(([x, y]) => [round((x - minX + offsetX) / span), round((y - minY + offsetY) / span)]);
}
