import type { Locator } from '@playwright/test';
import { PNG } from 'pngjs';

/**
 * How visible the shade on each edge of a scrolling box is: the largest difference of any colour
 * channel (0–255) between a pixel just inside the edge and the box's middle, both drawn with the
 * content hidden, so only the box's own background (the cue) counts. Measured on the drawn
 * pixels rather than the CSS, so a shade hidden by the theme (a dark shade on a dark page) or
 * covered by a wrong colour fails too.
 */
export async function edgeShades(box: Locator, axis: 'x' | 'y'): Promise<{ start: number; end: number }> {
  await box.evaluate((el) => {
    for (const child of el.children) (child as HTMLElement).style.visibility = 'hidden';
  });
  const png = PNG.sync.read(await box.screenshot({ animations: 'disabled' }));
  await box.evaluate((el) => {
    for (const child of el.children) (child as HTMLElement).style.visibility = '';
  });
  const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
  const [midX, midY] = [Math.floor(png.width / 2), Math.floor(png.height / 2)];
  const middle = at(midX, midY);
  const from = (pixel: number[]) => Math.max(...pixel.map((v, i) => Math.abs(v - middle[i]!)));
  // Three pixels in: past a border of the box, well inside a shade.
  return axis === 'x' ? { start: from(at(3, midY)), end: from(at(png.width - 4, midY)) } : { start: from(at(midX, 3)), end: from(at(midX, png.height - 4)) };
}

/** Whether a box has more to show along an axis than it shows. */
export async function overflows(box: Locator, axis: 'x' | 'y'): Promise<boolean> {
  return box.evaluate((el, axis) => (axis === 'x' ? el.scrollWidth > el.clientWidth + 1 : el.scrollHeight > el.clientHeight + 1), axis);
}

/** Scrolls a box to its far end along an axis. */
export async function scrollToEnd(box: Locator, axis: 'x' | 'y'): Promise<void> {
  await box.evaluate((el, axis) => (axis === 'x' ? (el.scrollLeft = el.scrollWidth) : (el.scrollTop = el.scrollHeight)), axis);
}

/** A visible cue, against a box's plain middle (see edgeShades). */
export const SHADE = 20;
