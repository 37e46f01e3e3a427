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
