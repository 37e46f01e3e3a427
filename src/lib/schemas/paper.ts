import { z } from 'zod';

/** Where a seed listed the paper: its file and the line of its entry, and the citekey in a bibliography. */
export const paperSourceSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  citekey: z.string().optional(),
});

/** An author as CSL writes one: family and given names, or one literal name (an organisation, or a name not split). */
export const authorSchema = z.union([z.object({ family: z.string(), given: z.string().optional() }), z.object({ literal: z.string() })]);

/** A web link found in the abstract. */
export const paperLinkSchema = z.object({
  url: z.url(),
  /** `code` for source repositories and model hubs, `project` for anything else. */
  kind: z.enum(['code', 'project']),
});

/**
 * One paper of the survey: the one model every output is a view of. A field added here is
 * added once; the views below pick what each output needs.
 */
export const paperSchema = z.object({
  /** The readable part of the paper page's URL, `/papers/<slug>/`: stable across builds. */
  slug: z.string(),
  /** The short permalink's id, `/p/<shortId>/`: from the title alone, stable across builds. */
  shortId: z.string(),
  /** The title as the seeds listed it (normalized): the paper's identity. */
  title: z.string(),
  /** The abstract as the seeds listed it (normalized plain text). */
  abstract: z.string(),
  /** The title with scrape damage repaired: what every page and copied citation shows. */
  titleRepaired: z.string(),
  /** The abstract with scrape damage repaired (`34.4times` → `34.4×`, LaTeX as `$…$`): what readers see. */
  abstractRepaired: z.string(),
  /** One line for lists, meta descriptions, feeds and cards, from the repaired abstract. */
  gist: z.string(),
  sources: z.array(paperSourceSchema).min(1),
  links: z.array(paperLinkSchema),
  /** In order; empty when no source names them. */
  authors: z.array(authorSchema),
  year: z.number().int().nullable(),
  /** 1–12, when the source gives it. */
  month: z.number().int().min(1).max(12).nullable(),
  /** Journal, proceedings or other container. */
  venue: z.string().nullable(),
  /** Bare DOI (`10.…`), no resolver prefix. */
  doi: z.string().nullable(),
  /** arXiv id without version (`2106.09685`, `hep-th/9901001`). */
  arxiv: z.string().nullable(),
  /** The paper's own address as a bibliography gives it (`url` in papers.json is the survey's page). */
  paperUrl: z.string().nullable(),
  pdf: z.string().nullable(),
  keywords: z.array(z.string()),
  /** Entry type in BibTeX's words (`article`, `inproceedings`, `misc`, …), when a bibliography gives one. */
  type: z.string().nullable(),
  /** The citekey of the first bibliography entry that lists the paper. */
  citekey: z.string().nullable(),
  /** The first BibTeX entry that lists the paper, as written (LaTeX values), so a citation keeps the author's fields. */
  bibtex: z.object({ type: z.string(), key: z.string(), fields: z.record(z.string(), z.string()) }).nullable(),
  /** Topic ids, best first. */
  topics: z.array(z.string()),
  /** Short ids of the most similar papers, best first. */
  related: z.array(z.string()),
  /** Where the paper sits on the survey map (`/map/`, `map.json`): similar text, nearby points; x and y in [0, 1]. */
  map: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }),
  /** For each related paper, in the same order, the words and phrases the two share, most telling first: why it is listed. */
  relatedTerms: z.array(z.array(z.string())),
});

export type Paper = z.infer<typeof paperSchema>;
export type PaperSource = z.infer<typeof paperSourceSchema>;
export type PaperLink = z.infer<typeof paperLinkSchema>;
export type Author = z.infer<typeof authorSchema>;

/** What bibliographies add to a paper: null or empty where no source knows it. */
export type PaperMetadata = Pick<Paper, 'authors' | 'year' | 'month' | 'venue' | 'doi' | 'arxiv' | 'paperUrl' | 'pdf' | 'keywords' | 'type' | 'citekey' | 'bibtex'>;

/** Metadata no source gave. */
export const NO_METADATA: Readonly<PaperMetadata> = Object.freeze({
  authors: [],
  year: null,
  month: null,
  venue: null,
  doi: null,
  arxiv: null,
  paperUrl: null,
  pdf: null,
  keywords: [],
  type: null,
  citekey: null,
  bibtex: null,
});

/** A paper as the seeds give it, before the analysis of the whole survey adds topics, related papers and its place on the map. */
export type SurveyPaper = Omit<Paper, 'topics' | 'related' | 'relatedTerms' | 'map'>;

/** What the analysis of the whole survey reads of a paper (the text as listed: rules were tuned on it). */
export type PaperText = Pick<Paper, 'title' | 'abstract'>;

/**
 * A paper's content entry (its id is the slug): what pages read. `abstractRepaired` is left out
 * when the rendered HTML is one plain paragraph of it (read it back with `abstractOf`); the
 * build reads the content store back whole, so every byte counts.
 */
export const paperEntrySchema = paperSchema
  .pick({
    shortId: true,
    titleRepaired: true,
    gist: true,
    sources: true,
    links: true,
    authors: true,
    year: true,
    month: true,
    venue: true,
    doi: true,
    arxiv: true,
    paperUrl: true,
    pdf: true,
    keywords: true,
    type: true,
    citekey: true,
    bibtex: true,
  })
  .extend({ abstractRepaired: paperSchema.shape.abstractRepaired.optional() });

export type PaperEntryData = z.infer<typeof paperEntrySchema>;

/**
 * What the build derives from all papers at once, by slug: each paper's topic ids and the short
 * ids of its most similar papers, best first (short ids, not slugs: they are shorter, and the
 * content store is read back whole).
 */
export const analysisSchema = z.object({
  topics: z.record(z.string(), paperSchema.shape.topics),
  related: z.record(z.string(), paperSchema.shape.related),
  map: z.record(z.string(), paperSchema.shape.map),
  /** Why the paper is in each of its topics (same order as `topics`): the words its rules matched. */
  reasons: z.record(z.string(), z.array(z.array(z.string()))),
  /** For each paper no topic takes: the topic that scored highest, its score and threshold, the words, and whether an exclude rule vetoed it. */
  closest: z.record(z.string(), z.object({ topic: z.string(), score: z.number(), threshold: z.number(), words: z.array(z.string()), excluded: z.boolean() })),
  relatedTerms: z.record(z.string(), paperSchema.shape.relatedTerms),
});
