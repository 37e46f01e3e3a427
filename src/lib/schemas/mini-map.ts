import { z } from 'zod';

/** A point of a paper's small map: where it sits in the window (0–1), its colour (0–6, or -1 for grey), and whether it is the paper. */
export const localPointSchema = z.object({
  x: z.number(),
  y: z.number(),
  colour: z.number().int(),
  self: z.boolean(),
});

/**
 * A paper's small map, `/p/<id>/map.json` (beside the list page's `paper.json`): the paper
 * and its nearest papers on the survey map. Apart from the paper page's HTML so an edit that
 * moves the map rewrites these small files, not every paper page; the page's script
 * (src/client/map/mini-map.ts) draws it when the figure nears the viewport.
 */
export const miniMapSchema = z.object({
  points: z.array(localPointSchema),
});

export type LocalPoint = z.infer<typeof localPointSchema>;
export type MiniMap = z.infer<typeof miniMapSchema>;
