/**
 * Agreement of related-paper lists with hand labels (tests/fixtures/related-labels.json): the
 * share of listed pairs a reader labelled clearly related, borderline or unrelated.
 */

export type RelatedLabel = 'related' | 'borderline' | 'unrelated';

export interface RelatedLabels {
  /** How many related papers per sampled paper were labelled. */
  k: number;
  papers: {
    shortId: string;
    title: string;
    /** The top k before the rework (tf-idf on single words), kept to compare against. */
    before: string[];
    /** The label of each candidate the reader judged, by short id, with its title. */
    labels: Record<string, { title: string; label: RelatedLabel }>;
  }[];
}

export interface Agreement {
  pairs: number;
  related: number;
  borderline: number;
  unrelated: number;
  /** Listed pairs without a label: the sample needs labelling again. */
  unlabelled: number;
  /** Sampled papers none of whose listed papers is clearly related. */
  pagesWithoutRelated: number;
}

/** Counts the labels of the listed pairs, for every sampled paper with a list. */
export function relatedAgreement(labels: RelatedLabels, lists: ReadonlyMap<string, readonly string[]>): Agreement {
  const a: Agreement = { pairs: 0, related: 0, borderline: 0, unrelated: 0, unlabelled: 0, pagesWithoutRelated: 0 };
  for (const paper of labels.papers) {
    const listed = (lists.get(paper.shortId) ?? []).slice(0, labels.k);
    let any = false;
    for (const id of listed) {
      a.pairs++;
      const label = paper.labels[id]?.label;
      if (label === undefined) a.unlabelled++;
      else a[label]++;
      if (label === 'related') any = true;
    }
    if (!any) a.pagesWithoutRelated++;
  }
  return a;
}

/**
 * A reviewer's list, per sampled paper, of every paper of the survey a reader would clearly want
 * next (tests/fixtures/related-recall-E.json): what the related lists should find.
 */
export interface RelatedRecallLabels {
  k: number;
  papers: { slug: string; title: string; related: string[] }[];
}

export interface Recall {
  /** Papers the reviewer named that the lists show, counting at most k per sampled paper. */
  found: number;
  /** What the lists could show: the reviewer's papers, at most k per sampled paper. */
  findable: number;
  /** Sampled papers with papers to find whose list shows none of them. */
  pagesMissingAll: number;
}

/**
 * Recall of the related lists (by slug) against an exhaustive reviewer: of the papers named for
 * each sampled paper (at most k counted, as a list shows at most k), how many its list shows.
 * @example relatedRecall({ k: 2, papers: [{ slug: 'a', title: 'A', related: ['b', 'c', 'd'] }] }, new Map([['a', ['c', 'x']]])) // { found: 1, findable: 2, pagesMissingAll: 0 }
 */
export function relatedRecall(labels: RelatedRecallLabels, lists: ReadonlyMap<string, readonly string[]>): Recall {
  const r: Recall = { found: 0, findable: 0, pagesMissingAll: 0 };
  for (const paper of labels.papers) {
    const wanted = new Set(paper.related);
    const found = (lists.get(paper.slug) ?? []).slice(0, labels.k).filter((slug) => wanted.has(slug)).length;
    r.found += found;
    r.findable += Math.min(wanted.size, labels.k);
    if (wanted.size > 0 && found === 0) r.pagesMissingAll++;
  }
  return r;
}
