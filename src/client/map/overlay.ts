/**
 * Highlights on a large map, whose points are drawn as paths without links (more than
 * 3,000 papers, src/components/map/SurveyMap.astro): the papers to show are looked up in
 * map.json and drawn as one more path on top. Returns how many there are.
 */
type MapRecord = { slug: string; x: number; y: number; topic: string | null };
// One fetch of map.json however many highlights (?topic= and ?q=) a page draws.
let records: Promise<MapRecord[]> | undefined;

export async function drawHighlights(svg: SVGSVGElement, mapJson: string, keep: (record: { slug: string; topic: string | null }) => boolean): Promise<number> {
  records ??= fetch(mapJson).then((response) => response.json() as Promise<MapRecord[]>);
  const kept = (await records).filter(keep);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('class', 'map-highlights');
  path.setAttribute('d', kept.map(({ x, y }) => `M${(x * 1000).toFixed(1)} ${(y * 1000).toFixed(1)}h0`).join(''));
  svg.querySelector('.map-dots')?.append(path);
  svg.classList.add('is-filtered');
  return kept.length;
}
