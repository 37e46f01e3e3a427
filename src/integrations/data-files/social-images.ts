import sharp from 'sharp';
import { RenderCache } from '../../build/render-cache.ts';
import { socialCards, socialCardSvg, type SocialCard } from '../../lib/exports/social-cards.ts';
import type { OutputFile } from '../../lib/output-file.ts';
import type { CompletedSurvey } from '../../lib/survey.ts';

/** Compression settings fixed so builds stay byte-identical. */
const PNG_OPTIONS = { compressionLevel: 6, palette: false } as const;

/** What a PNG depends on besides its SVG: the rasterizer's versions and the settings (the cache's stamp). */
export const SOCIAL_IMAGE_STAMP = `sharp ${sharp.versions.sharp} vips ${sharp.versions.vips} rsvg ${sharp.versions.rsvg ?? ''} ${JSON.stringify(PNG_OPTIONS)}`;

/** A social card rasterized to PNG. */
async function socialCardPng(svg: string): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
}

/**
 * The site's social preview images (`/og/site.png`, `/og/topics/<id>.png`) as files. With a
 * `cache`, a card whose SVG (title, description, counts) is unchanged is not rasterized again.
 */
export async function* socialImageFiles(survey: CompletedSurvey, site: { title: string; description: string }, cache?: RenderCache<Uint8Array>): AsyncGenerator<OutputFile<Uint8Array>> {
  for (const { path, card } of socialCards(survey.papers, survey.topics, site)) {
    const svg = socialCardSvg(card satisfies SocialCard);
    yield { path, contents: cache ? await cache.getAsync(RenderCache.key([svg]), () => socialCardPng(svg)) : await socialCardPng(svg) };
  }
}
