import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_OPTIONS, qrModules, qrSvg } from '../../src/lib/links/qr.ts';
import { SHORT_ID_ALPHABET } from '../../src/lib/links/short-ids.ts';

/** Reads the dark modules back out of the SVG's single path (`M x y h n v1 h-n z` runs). */
function modulesFromSvg(svg: string): { full: number; dark: Set<string> } {
  const full = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const d = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)![1]!;
  const dark = new Set<string>();
  for (const [, x, y, n, back] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    expect(back).toBe(n);
    for (let i = 0; i < Number(n); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return { full, dark };
}

/** Rasterizes the SVG's modules into a PNG (white around, `scale` pixels a module) and decodes it. */
function decodeSvg(svg: string, scale = 6): string | undefined {
  const { full, dark } = modulesFromSvg(svg);
  const png = new PNG({ width: full * scale, height: full * scale });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const value = dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`) ? 0 : 255;
      png.data.set([value, value, value, 255], (y * png.width + x) * 4);
    }
  }
  const image = PNG.sync.read(PNG.sync.write(png)); // a real PNG round trip, as a browser would rasterize
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('qrSvg', () => {
  it.each([
    'https://example.org/p/k3x9qa/',
    'https://example.org/survey/papers/mamba-linear-time-sequence-modeling-with-selective-state-spaces/',
    'HTTPS://EXAMPLE.ORG/P/K3X9QA/',
    'https://example.org/papers/a?b=c&d="e"<f>',
  ])('decodes back to the text it encodes: %s', (url) => {
    expect(decodeSvg(qrSvg(url))).toBe(url);
  });

  it('is an accessible image named after the text, with the text escaped for XML', () => {
    const svg = qrSvg('https://example.org/a?b=1&c=<2>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
    expect(svg).toContain('<title>QR code for https://example.org/a?b=1&amp;c=&lt;2&gt;</title>');
    expect(svg.indexOf('<title>')).toBe(svg.indexOf('>') + 1); // the first child, where assistive tech looks
  });

  it('scales with CSS: a viewBox with the 4-module quiet zone, no width or height, crisp edges', () => {
    const svg = qrSvg('https://example.org/p/k3x9qa/');
    const { size } = qrModules('https://example.org/p/k3x9qa/');
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(svg).not.toMatch(/<svg[^>]*\s(width|height)=/);
    expect(svg).toContain('shape-rendering="crispEdges"');
  });

  it('draws one white background and one black path, matching the module grid exactly', () => {
    const url = 'https://example.org/p/k3x9qa/';
    const svg = qrSvg(url);
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('fill="#fff"');
    const { size, dark } = qrModules(url);
    const drawn = modulesFromSvg(svg).dark;
    let count = 0;
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        expect(drawn.has(`${col + 4},${row + 4}`)).toBe(dark(row, col));
        if (dark(row, col)) count++;
      }
    }
    expect(drawn.size).toBe(count);
  });

  it('decodes for every short-link shape the site makes (many ids, with and without a sub-path)', () => {
    // The mask is fixed rather than searched (see QR_OPTIONS): check it reads across many codes.
    const ids = Array.from({ length: 60 }, (_, i) => Array.from({ length: 6 + (i % 3) }, (_, j) => SHORT_ID_ALPHABET[(i * 7 + j * 13) % SHORT_ID_ALPHABET.length]).join(''));
    for (const [i, id] of ids.entries()) {
      const url = i % 2 ? `https://example.org/p/${id}/` : `https://someone.github.io/my-survey/p/${id}/`;
      expect(decodeSvg(qrSvg(url), 4)).toBe(url);
    }
  });

  it('uses error correction level Q and is deterministic', () => {
    const url = 'https://example.org/p/k3x9qa/';
    expect(qrSvg(url)).toBe(qrSvg(url));
    const { size, dark } = qrModules(url);
    expect(QR_OPTIONS.errorCorrectionLevel).toBe('Q');
    const levelQ = QRCode.create(url, QR_OPTIONS).modules;
    expect(size).toBe(levelQ.size);
    for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) expect(dark(row, col)).toBe(Boolean(levelQ.get(row, col)));
    // 29 bytes at level Q need version 3 (29×29 modules); level L would fit in version 2 (25×25).
    expect(size).toBe(29);
  });
});
