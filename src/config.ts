/**
 * The survey's settings, read once. Change the title and description here; deployment
 * settings come from the environment so one build command serves every host:
 *
 *   SEEDS_DIR  folder of seed files (default: seeds)
 *   TOPICS_DIR folder of topic files (default: content/topics; the bench and tests edit a copy)
 *   BASE       sub-path the site is served from, e.g. /survey/ (default: /)
 *   SITE       absolute origin for permalinks, QR codes and feeds, e.g. https://example.org
 *
 * Server-side only (it reads `process.env`): browser code gets the base from
 * `import.meta.env.BASE_URL`.
 */

/** What the site calls itself. */
export const siteSettings = {
  title: 'Efficient Deep Learning Survey',
  shortTitle: 'EDL Survey',
  description:
    'A browsable, searchable survey of papers on efficient and adaptable deep learning: low-rank adaptation, mixtures of experts, state-space models, quantization, continual learning and more.',
};

/**
 * How many papers one page lists. A topic page and a page of the paper index stay light
 * (well under 500 KB of HTML) however large the survey grows; further papers are on
 * `/topics/<id>/2/`, `/papers/2/` and so on.
 */
export const pageSizes = { topic: 50, paperIndex: 100 };

/**
 * Where absolute URLs point when SITE is not set: the address `npm start` serves. QR codes and
 * feeds need an absolute URL; pages, canonical links and papers.json stay relative instead.
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export interface SurveyConfig {
  /** The deploy base, always with a leading and a trailing slash. */
  base: string;
  /** SITE as given, when set. */
  site: string | undefined;
  /** Where absolute URLs point: SITE, or the local preview address. */
  origin: string;
  /** The seeds folder, relative to the working directory unless absolute. */
  seedsDir: string;
  /** The taxonomy folder, relative to the project root unless absolute. */
  topicsDir: string;
}

/**
 * The settings an environment gives.
 * @example resolveConfig({ BASE: 'survey' }).base // '/survey/'
 */
export function resolveConfig(env: Readonly<Record<string, string | undefined>>): SurveyConfig {
  const base = `/${(env.BASE || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const site = env.SITE || undefined;
  return { base, site, origin: site ?? LOCAL_ORIGIN, seedsDir: env.SEEDS_DIR || 'seeds', topicsDir: env.TOPICS_DIR || 'content/topics' };
}

export const config: SurveyConfig = resolveConfig(process.env);
