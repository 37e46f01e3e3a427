import QRCode from 'qrcode';
import { escapeMarkup } from '../text/escape.ts';

/**
 * QR codes for slides, as inline SVG.
 *
 * Error correction level Q (recovers ~25% damaged modules) survives projector glare and a
 * laser-pointer dot; the 4-module quiet zone is what the standard asks for. The symbol is drawn
 * as one white square plus one black `<path>` (a run of dark modules per subpath), so it stays
 * readable on a dark page, is small, synchronous and byte-for-byte deterministic.
 */
const MARGIN = 4;

/**
 * The data mask is fixed instead of searched: trying all eight and scoring each was 80% of the
 * cost of a code (0.6 ms → 0.12 ms; a build draws one per paper). Decoders read every mask;
 * the search only avoids rare patterns that look like finder marks, and the unit tests decode
 * the codes we draw.
 */
export const QR_OPTIONS = { errorCorrectionLevel: 'Q', maskPattern: 0 } as const;

/** The dark/light module grid of a QR code (level Q), row-major. */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, QR_OPTIONS);
  return { size: modules.size, dark: (row, col) => Boolean(modules.get(row, col)) };
}

/**
 * Inline SVG of a QR code for `text`: `role="img"` with a `<title>` naming the text, a `viewBox`
 * and no width/height (size it with CSS), crisp module edges.
 * @example qrSvg('https://example.org/p/k3x9qa/') // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37" role="img" …><title>QR code for https://example.org/p/k3x9qa/</title>…</svg>'
 */
export function qrSvg(text: string): string {
  const { size, dark } = qrModules(text);
  const full = size + 2 * MARGIN;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; ) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col++;
      path += `M${start + MARGIN} ${row + MARGIN}h${col - start}v1h-${col - start}z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" role="img" shape-rendering="crispEdges">` +
    `<title>QR code for ${escapeMarkup(text)}</title>` +
    `<rect width="${full}" height="${full}" fill="#fff"/>` +
    `<path fill="#000" d="${path}"/>` +
    `</svg>`
  );
}
