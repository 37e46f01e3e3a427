import type { LocalPoint } from '../schemas/mini-map.ts';

export type { LocalPoint };

interface MapPoint {
  x: number;
  y: number;
  colour: number;
}

/**
 * A bucket grid over the unit square, so finding a paper's map neighbours costs about the
 * neighbours, not the survey: each of 20,000 paper pages asks once.
 */
export class MapGrid<P extends MapPoint> {
  readonly size: number;
  readonly points: readonly P[];
  private readonly cells: number[][];
  // No parameter property: the data-files worker runs this under Node's type stripping.
  constructor(points: readonly P[]) {
    this.points = points;
    this.size = Math.max(1, Math.ceil(Math.sqrt(points.length / 4)));
    this.cells = Array.from({ length: this.size * this.size }, () => []);
    points.forEach((point, i) => this.cells[this.cellOf(point.y) * this.size + this.cellOf(point.x)]!.push(i));
  }
  private cellOf(v: number): number {
    return Math.min(this.size - 1, Math.max(0, Math.floor(v * this.size)));
  }
  /** The `count` points nearest point `self` (itself left out), nearest first, ties by index. */
  nearest(self: number, count: number): number[] {
    const centre = this.points[self]!;
    const cx = this.cellOf(centre.x);
    const cy = this.cellOf(centre.y);
    const found: { i: number; d: number }[] = [];
    for (let ring = 0; ring < this.size; ring++) {
      for (let gy = cy - ring; gy <= cy + ring; gy++) {
        for (let gx = cx - ring; gx <= cx + ring; gx++) {
          if (gx < 0 || gy < 0 || gx >= this.size || gy >= this.size) continue;
          if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== ring) continue;
          for (const i of this.cells[gy * this.size + gx]!) {
            if (i !== self) found.push({ i, d: (this.points[i]!.x - centre.x) ** 2 + (this.points[i]!.y - centre.y) ** 2 });
          }
        }
      }
      // Everything within `ring` cells of the centre's cell has been seen.
      const covered = ring / this.size;
      if (found.length >= count && found.sort((a, b) => a.d - b.d || a.i - b.i)[count - 1]!.d <= covered * covered) break;
    }
    return found.sort((a, b) => a.d - b.d || a.i - b.i).slice(0, count).map(({ i }) => i);
  }
}

/** The small map's width and height in its SVG's units (drawn by src/client/map/mini-map.ts). */
export const MINI_MAP_PIXELS = 200;

/**
 * The part of the survey map around one paper, for the small map on its page: the paper and
 * the `count` papers nearest it on the map, scaled so the window (a square around them, at
 * least `minSpan` of the map wide) fills 0–1 with the paper in the middle. Rounded to the
 * small map's pixels (1/MINI_MAP_PIXELS): finer shifts draw nothing, so a paper page's cache key
 * (the hash of what it shows) stays put when a seed edit nudges the survey map by less.
 */
export function neighbourhood<P extends MapPoint>(grid: MapGrid<P>, self: number, count = 40, minSpan = 0.08): LocalPoint[] {
  const centre = grid.points[self]!;
  const nearest = grid.nearest(self, count).map((i) => grid.points[i]!);
  const reach = Math.max(minSpan / 2, ...nearest.map((point) => Math.max(Math.abs(point.x - centre.x), Math.abs(point.y - centre.y))));
  const span = reach * 2 * 1.08; // a margin, so points at the edge are not cut
  const round = (v: number) => Math.round(v * MINI_MAP_PIXELS) / MINI_MAP_PIXELS;
  const local = (point: MapPoint) => ({ x: round(0.5 + (point.x - centre.x) / span), y: round(0.5 + (point.y - centre.y) / span), colour: point.colour });
  return [...nearest.map((point) => ({ ...local(point), self: false })), { ...local(centre), self: true }];
}
