/**
 * Site settings in one place: change the survey's title and description here.
 * Deployment settings come from the environment so one build command serves every host:
 *   SEEDS_DIR  folder of seed dumps (default: seeds)
 *   BASE       sub-path the site is served from, e.g. /survey/ (default: /)
 *   SITE       absolute origin for permalinks and feeds, e.g. https://example.org
 */
export const siteConfig = {
  title: 'Efficient Deep Learning Survey',
  shortTitle: 'EDL Survey',
  description:
    'A browsable, searchable survey of papers on efficient and adaptable deep learning: low-rank adaptation, mixtures of experts, state-space models, quantization, continual learning and more.',
};

/**
 * Where absolute URLs point when SITE is not set: the address `npm start` serves. QR codes and
 * feeds need an absolute URL; pages, canonical links and papers.json stay relative instead.
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';
