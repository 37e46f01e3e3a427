import { withBase } from '../../lib/links/site-urls.ts';
import { miniMapPath } from '../../lib/map/mini-map-path.ts';
import { MINI_MAP_PIXELS } from '../../lib/map/neighbourhood.ts';
import type { LocalPoint, MiniMap } from '../../lib/schemas/mini-map.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/**
 * The small map as an SVG: its nearest papers as dots, the paper itself ringed and drawn last
 * (on top). Colour classes `c0`–`c6` and `cx` (grey) are the survey map's palette (MapPalette.astro).
 */
export function miniMapSvg(points: readonly LocalPoint[], className: string): SVGElement {
  const at = (v: number) => String(Math.round(v * MINI_MAP_PIXELS));
  const colour = (point: LocalPoint) => (point.colour < 0 ? 'cx' : `c${point.colour}`);
  const others = points.filter((point) => !point.self);
  const svg = svgElement('svg', {
    viewBox: `0 0 ${MINI_MAP_PIXELS} ${MINI_MAP_PIXELS}`,
    class: className,
    role: 'img',
    'aria-label': `This paper among its ${others.length} nearest papers on the survey map`,
  });
  for (const point of others) svg.append(svgElement('circle', { class: colour(point), cx: at(point.x), cy: at(point.y), r: '4' }));
  for (const point of points.filter((p) => p.self)) svg.append(svgElement('circle', { class: colour(point), cx: at(point.x), cy: at(point.y), r: '7', style: 'stroke-width:3' }));
  return svg;
}

/** Fetches a paper's small map and draws it in place of its placeholder; a missing or broken file leaves the placeholder. */
async function draw(placeholder: HTMLElement): Promise<void> {
  const id = placeholder.dataset.miniMap!;
  const response = await fetch(withBase(import.meta.env.BASE_URL, miniMapPath(id)));
  if (!response.ok) return;
  const { points } = (await response.json()) as MiniMap;
  if (!Array.isArray(points) || !points.some((point) => point.self)) return;
  placeholder.replaceWith(miniMapSvg(points, placeholder.className));
}

/**
 * Draws each small map (`[data-mini-map]`, src/components/map/PaperMiniMap.astro) when it
 * comes within a screen of the viewport, so a reader who never scrolls down fetches nothing.
 */
export function attachMiniMaps(root: ParentNode = document): void {
  const placeholders = [...root.querySelectorAll<HTMLElement>('[data-mini-map]')];
  if (placeholders.length === 0) return;
  const start = (element: Element) => void draw(element as HTMLElement).catch(() => undefined);
  if (!('IntersectionObserver' in window)) {
    placeholders.forEach(start);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        start(entry.target);
      }
    },
    { rootMargin: '100% 0px' },
  );
  placeholders.forEach((placeholder) => observer.observe(placeholder));
}
