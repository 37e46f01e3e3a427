/**
 * The map's view: a zoom `scale` (1 = whole map) and the map point at the frame's centre, in
 * viewBox units. Pure arithmetic, kept apart from the DOM so it reads as what it is.
 */
export interface View {
  scale: number;
  cx: number;
  cy: number;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 40;

/** The view clamped: zoom within bounds, centre kept on the map. */
export function clampView({ scale, cx, cy }: View, size: number): View {
  const s = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
  const half = size / 2 / s;
  const clamp = (v: number) => Math.min(size - half, Math.max(half, v));
  return { scale: s, cx: clamp(cx), cy: clamp(cy) };
}

/** Zooms by `factor` keeping the map point under (fx, fy) (viewBox units of the frame) where it is. */
export function zoomAt(view: View, factor: number, fx: number, fy: number, size: number): View {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
  // The map point under the focus before zooming...
  const mx = view.cx + (fx - size / 2) / view.scale;
  const my = view.cy + (fy - size / 2) / view.scale;
  // ...stays under it after.
  return clampView({ scale, cx: mx - (fx - size / 2) / scale, cy: my - (fy - size / 2) / scale }, size);
}

/** The SVG transform that shows `view` in a frame of `size` units. */
export function viewTransform({ scale, cx, cy }: View, size: number): string {
  const tx = size / 2 - cx * scale;
  const ty = size / 2 - cy * scale;
  return `translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toFixed(4)})`;
}
