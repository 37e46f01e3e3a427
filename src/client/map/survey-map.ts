/**
 * The survey map, enhanced: zoom and pan (wheel, pinch, drag; + − and the arrow keys once the
 * map has focus; buttons), a panel with the title and gist of the point under the pointer or
 * keyboard focus, legend entries that hide and show a colour, and three URL parameters:
 * `?topic=<id>` highlights a topic's papers, `?q=<query>` the results of a search (the site's
 * search engine, src/client/search/engine.ts) and `?p=<short id>` centres one paper. Without
 * JavaScript the page is the same SVG of links (src/components/map/SurveyMap.astro).
 */
import { drawHighlights } from './overlay.ts';
import { clampView, viewTransform, zoomAt, type View } from './viewport.ts';

const SIZE = 1000;
const STEP = 1.5;

export function attachSurveyMap(root: HTMLElement): void {
  const svg = root.querySelector<SVGSVGElement>('[data-map-svg]')!;
  const group = root.querySelector<SVGGElement>('[data-map-view]')!;
  const frame = root.querySelector<HTMLElement>('[data-map-frame]')!;
  const tip = root.querySelector<HTMLElement>('[data-map-tip]')!;
  const status = root.querySelector<HTMLElement>('[data-map-status]')!;
  const points = [...root.querySelectorAll<SVGAElement>('.map-points a')];
  root.querySelector<HTMLElement>('[data-map-tools]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-map-keys]')!.hidden = false;
  frame.tabIndex = 0;
  // Only now do drags and pinches belong to the map: without JavaScript the page scrolls over it.
  svg.style.touchAction = 'none';

  let view: View = { scale: 1, cx: SIZE / 2, cy: SIZE / 2 };
  const show = (next: View) => {
    view = clampView(next, SIZE);
    group.setAttribute('transform', viewTransform(view, SIZE));
    svg.dataset.scale = view.scale.toFixed(2);
    // Points keep their size on screen as the map zooms.
    for (const circle of svg.querySelectorAll('circle')) circle.setAttribute('r', (6 / Math.sqrt(view.scale)).toFixed(2));
    // Labels keep their size on screen, and stay at least 13 px on a narrow screen.
    const units = (SIZE + 50) / Math.max(1, svg.clientWidth);
    group.style.setProperty('--map-zoom', (view.scale / Math.max(1, (13 * units) / 26)).toFixed(4));
  };
  /** A client point in viewBox units of the frame (the viewBox has a 25-unit margin). */
  const toFrame = (clientX: number, clientY: number) => {
    const box = svg.getBoundingClientRect();
    const units = (SIZE + 50) / box.width;
    return [(clientX - box.left) * units - 25, (clientY - box.top) * units - 25] as const;
  };

  // Zoom and pan.
  show(view);
  addEventListener('resize', () => show(view));
  root.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) =>
    button.addEventListener('click', () => {
      const kind = button.dataset.zoom;
      show(kind === 'reset' ? { scale: 1, cx: SIZE / 2, cy: SIZE / 2 } : zoomAt(view, kind === 'in' ? STEP : 1 / STEP, SIZE / 2, SIZE / 2, SIZE));
    }),
  );
  svg.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const [fx, fy] = toFrame(event.clientX, event.clientY);
      show(zoomAt(view, Math.exp(-event.deltaY * 0.0015), fx, fy, SIZE));
    },
    { passive: false },
  );
  frame.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const pan = (SIZE / 8) / view.scale;
    const moves: Record<string, () => View> = {
      '+': () => zoomAt(view, STEP, SIZE / 2, SIZE / 2, SIZE),
      '=': () => zoomAt(view, STEP, SIZE / 2, SIZE / 2, SIZE),
      '-': () => zoomAt(view, 1 / STEP, SIZE / 2, SIZE / 2, SIZE),
      '0': () => ({ scale: 1, cx: SIZE / 2, cy: SIZE / 2 }),
      ArrowLeft: () => ({ ...view, cx: view.cx - pan }),
      ArrowRight: () => ({ ...view, cx: view.cx + pan }),
      ArrowUp: () => ({ ...view, cy: view.cy - pan }),
      ArrowDown: () => ({ ...view, cy: view.cy + pan }),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    show(move());
  });
  // Drag to pan, two pointers to pinch.
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  svg.addEventListener('pointerdown', (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged = false;
  });
  svg.addEventListener('pointermove', (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const box = svg.getBoundingClientRect();
    const units = (SIZE + 50) / box.width;
    if (pointers.size === 1) {
      const dx = event.clientX - before.x;
      const dy = event.clientY - before.y;
      if (!dragged && Math.hypot(dx, dy) < 4) return;
      dragged = true;
      if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
      show({ ...view, cx: view.cx - (dx * units) / view.scale, cy: view.cy - (dy * units) / view.scale });
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.entries()].map(([id, p]) => (id === event.pointerId ? { x: event.clientX, y: event.clientY } : p));
      const [oa, ob] = [...pointers.values()];
      const factor = Math.hypot(a!.x - b!.x, a!.y - b!.y) / Math.max(1, Math.hypot(oa!.x - ob!.x, oa!.y - ob!.y));
      const [fx, fy] = toFrame((a!.x + b!.x) / 2, (a!.y + b!.y) / 2);
      dragged = true;
      show(zoomAt(view, factor, fx, fy, SIZE));
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);
  // A drag must not follow the link it started on.
  svg.addEventListener('click', (event) => {
    if (dragged) event.preventDefault();
    dragged = false;
  });

  // Title and gist of the point under the pointer or the keyboard focus.
  const describe = (point: SVGAElement | null) => {
    if (!point) {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = point.querySelector('title')?.textContent ?? '';
    const gist = document.createElement('span');
    gist.className = 'block';
    gist.textContent = point.dataset.g ?? '';
    tip.append(title, gist);
    tip.hidden = false;
  };
  for (const point of points) {
    point.addEventListener('pointerenter', () => describe(point));
    point.addEventListener('pointerleave', () => describe(null));
    point.addEventListener('focus', () => {
      describe(point);
      // Keep the focused point in view.
      const circle = point.querySelector('circle')!;
      const x = Number(circle.getAttribute('cx'));
      const y = Number(circle.getAttribute('cy'));
      const half = SIZE / 2 / view.scale;
      if (Math.abs(x - view.cx) > half * 0.9 || Math.abs(y - view.cy) > half * 0.9) show({ ...view, cx: x, cy: y });
    });
    point.addEventListener('blur', () => describe(null));
  }

  // The legend hides and shows a colour.
  for (const item of root.querySelectorAll<HTMLElement>('[data-map-legend] li')) {
    const colour = item.dataset.colour!;
    const cls = colour === '-1' ? 'cx' : `c${colour}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-button ml-auto text-xs font-medium';
    button.setAttribute('aria-pressed', 'true');
    const name = (item.querySelector('a') ?? item.querySelector('span'))?.textContent?.trim() ?? '';
    button.textContent = 'Shown';
    button.setAttribute('aria-label', `Show ${name} on the map`);
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? 'Shown' : 'Hidden';
      for (const point of points) if (point.classList.contains(cls)) point.classList.toggle('is-off', !on);
      for (const path of svg.querySelectorAll(`.map-dots path.${cls}`)) path.setAttribute('visibility', on ? 'visible' : 'hidden');
    });
    item.append(button);
  }

  // URL state.
  const params = new URL(location.href).searchParams;
  const say = (count: number, what: string) => {
    status.textContent = `${count.toLocaleString('en')} ${count === 1 ? 'paper' : 'papers'} ${what}`;
  };
  const highlight = (matches: Set<SVGAElement>, what: string) => {
    svg.classList.add('is-filtered');
    for (const point of points) point.classList.toggle('is-match', matches.has(point));
    say(matches.size, what);
  };
  const linked = root.dataset.linked === 'true';
  const mapJson = root.dataset.mapJson!;
  const topic = params.get('topic');
  if (topic && linked) {
    highlight(new Set(points.filter((point) => (point.dataset.t ?? '').split(' ').includes(topic))), `in topic “${topic}” highlighted`);
  } else if (topic) {
    // map.json knows each paper's main topic only.
    void drawHighlights(svg, mapJson, (record) => record.topic === topic).then((count) => say(count, `with main topic “${topic}” highlighted`));
  }
  const paper = params.get('p');
  const current = paper ? points.find((point) => point.dataset.id === paper) : undefined;
  if (current) {
    current.classList.add('is-current');
    const circle = current.querySelector('circle')!;
    show({ scale: 4, cx: Number(circle.getAttribute('cx')), cy: Number(circle.getAttribute('cy')) });
    describe(current);
    status.textContent = `Centred on “${current.querySelector('title')?.textContent ?? ''}”`;
  }
  const query = params.get('q')?.trim();
  if (query) {
    status.textContent = `Searching for “${query}”…`;
    void searchedSlugs(query).then(
      async (slugs) => {
        const slugOf = (point: SVGAElement) => /\/papers\/([^/]+)\/$/.exec(point.getAttribute('href') ?? '')?.[1] ?? '';
        if (linked) highlight(new Set(points.filter((point) => slugs.has(slugOf(point)))), `match “${query}”`);
        else say(await drawHighlights(svg, mapJson, (record) => slugs.has(record.slug)), `match “${query}”`);
      },
      () => {
        status.textContent = 'Search is not available here.';
      },
    );
  }
}

/** The slugs of the papers the site's search finds for `query` (its first 200 results). */
async function searchedSlugs(query: string): Promise<Set<string>> {
  const { getEngine } = await import('../search/engine.ts');
  const engine = await getEngine();
  const { hits } = await engine.search(query);
  const views = await Promise.all(hits.slice(0, 200).map((hit) => hit.load()));
  return new Set(views.map((view) => view.slug));
}
