import sharp from 'sharp';
import { socialCards, socialCardSvg, type SocialCard } from '../../lib/exports/social-cards.ts';
import type { OutputFile } from '../../lib/output-file.ts';
import type { CompletedSurvey } from '../../lib/survey.ts';

/** A social card rasterized to PNG (compression settings fixed so builds stay byte-identical). */
async function socialCardPng(card: SocialCard): Promise<Uint8Array> {
  return new Uint8Array(await sharp(Buffer.from(socialCardSvg(card))).png({ compressionLevel: 6, palette: false }).toBuffer());
}

/** The site's social preview images (`/og/site.png`, `/og/topics/<id>.png`) as files. */
export async function* socialImageFiles(survey: CompletedSurvey, site: { title: string; description: string }): AsyncGenerator<OutputFile<Uint8Array>> {
  for (const { path, card } of socialCards(survey.papers, survey.topics, site)) yield { path, contents: await socialCardPng(card) };
}
