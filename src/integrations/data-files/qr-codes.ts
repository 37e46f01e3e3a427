import { RenderCache } from '../../build/render-cache.ts';
import { qrFile, type ShortLink } from '../../lib/links/short-link-files.ts';

/**
 * What a QR code depends on besides its text: the drawing code and the QR library. Rather than
 * trusting a version number, the stamp is a probe code drawn now: any change to how codes are
 * drawn changes it, and the cached codes are dropped.
 */
export function qrCodeStamp(): string {
  return `qr ${RenderCache.key([qrFile({ id: 'PROBE0', slug: 'probe', title: 'Probe', page: '/', short: 'https://example.org/survey/p/PROBE0/' })])}`;
}

/** Draws a short link's QR code file, or takes it from the cache: a code depends only on the short URL it encodes. */
export function cachedQrCodes(cache: RenderCache<string>): (link: ShortLink) => string {
  return (link) => cache.get(RenderCache.key([link.short]), () => qrFile(link));
}
