import { describe, expect, it } from 'vitest';
import { clampView, MAX_SCALE, viewTransform, zoomAt } from '../../src/client/map/viewport.ts';

const SIZE = 1000;
/** Where a map point lands in the frame under a view. */
const onScreen = (view: { scale: number; cx: number; cy: number }, x: number, y: number) => [SIZE / 2 + (x - view.cx) * view.scale, SIZE / 2 + (y - view.cy) * view.scale];

describe('map viewport', () => {
  it('zooms about the focus: the map point under it stays under it', () => {
    const start = { scale: 2, cx: 400, cy: 600 };
    const next = zoomAt(start, 1.5, 300, 700, SIZE);
    expect(next.scale).toBe(3);
    // The map point that was at frame (300, 700) before...
    const mx = start.cx + (300 - SIZE / 2) / start.scale;
    const my = start.cy + (700 - SIZE / 2) / start.scale;
    const [fx, fy] = onScreen(next, mx, my);
    expect(fx).toBeCloseTo(300, 6);
    expect(fy).toBeCloseTo(700, 6);
  });

  it('never zooms out past the whole map nor in past the limit, and keeps the centre on the map', () => {
    expect(zoomAt({ scale: 1, cx: 500, cy: 500 }, 0.5, 500, 500, SIZE)).toEqual({ scale: 1, cx: 500, cy: 500 });
    expect(zoomAt({ scale: MAX_SCALE, cx: 500, cy: 500 }, 2, 500, 500, SIZE).scale).toBe(MAX_SCALE);
    expect(clampView({ scale: 2, cx: -100, cy: 2000 }, SIZE)).toEqual({ scale: 2, cx: 250, cy: 750 });
  });

  it('writes the SVG transform that puts the view centre in the middle of the frame', () => {
    expect(viewTransform({ scale: 1, cx: 500, cy: 500 }, SIZE)).toBe('translate(0.00 0.00) scale(1.0000)');
    expect(viewTransform({ scale: 2, cx: 250, cy: 750 }, SIZE)).toBe('translate(0.00 -1000.00) scale(2.0000)');
  });
});
