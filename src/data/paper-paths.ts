import type { GetStaticPaths } from 'astro';
import { getPapers, type PaperEntry } from './papers.ts';

export interface PaperProps {
  paper: PaperEntry;
}

/** getStaticPaths for every per-paper route (page, card, QR code). */
export const paperPaths = (async () =>
  (await getPapers()).map((paper) => ({ params: { slug: paper.id }, props: { paper } satisfies PaperProps }))) satisfies GetStaticPaths;
