/**
 * The social preview card (1200×630, the size Open Graph and Twitter use) as SVG, so the
 * build can rasterize it to PNG. Text is wrapped by a character budget: system fonts differ
 * little enough at this size for a card.
 */
import { escapeMarkup } from '../text/escape.ts';

/**
 * Splits text into at most `maxLines` lines of about `width` characters, ending in "…" when cut.
 * @example wrapText('Mixture of Experts for Efficient Models', 20, 2) // ['Mixture of Experts', 'for Efficient Models']
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

export interface SocialCard {
  kicker: string;
  title: string;
  subtitle?: string;
  footer: string;
}

/** The card as an SVG document. */
export function socialCardSvg({ kicker, title, subtitle, footer }: SocialCard): string {
  const titleLines = wrapText(title, 30, 3);
  const subtitleLines = subtitle ? wrapText(subtitle, 62, 3) : [];
  const titleTop = 190;
  const subtitleTop = titleTop + titleLines.length * 72 + 24;
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(value)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    '<rect width="1200" height="630" fill="#1f1d5c"/>',
    '<rect x="0" y="0" width="24" height="630" fill="#8b8ff0"/>',
    text(80, 110, 30, 600, '#c7c9ff', kicker.toUpperCase()),
    ...titleLines.map((line, i) => text(80, titleTop + i * 72, 60, 700, '#ffffff', line)),
    ...subtitleLines.map((line, i) => text(80, subtitleTop + i * 40, 30, 400, '#dcdcf5', line)),
    text(80, 575, 28, 500, '#c7c9ff', footer),
    '</svg>',
  ].join('');
}

/**
 * The site's social cards, by path under the output folder: one for the site (its paper count)
 * and one per topic (its paper count). Counts come from each paper's topic ids.
 */
export function socialCards(
  papers: readonly { topics: readonly string[] }[],
  topics: readonly { id: string; title: string; description: string }[],
  site: { title: string; description: string },
): { path: string; card: SocialCard }[] {
  const counts = new Map<string, number>();
  for (const paper of papers) for (const id of paper.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [
    { path: 'og/site.png', card: { kicker: 'Literature survey', title: site.title, subtitle: site.description, footer: `${papers.length} papers` } },
    ...topics.map((topic) => ({
      path: `og/topics/${topic.id}.png`,
      card: { kicker: `Topic · ${counts.get(topic.id) ?? 0} papers`, title: topic.title, subtitle: topic.description, footer: site.title },
    })),
  ];
}
