import sharp from 'sharp';
import { socialCardSvg, type SocialCard } from '../lib/social-image.ts';

/** A social card rasterized to PNG (compression settings fixed so builds stay byte-identical). */
export async function socialCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(socialCardSvg(card))).png({ compressionLevel: 6, palette: false }).toBuffer();
  return new Uint8Array(png);
}
