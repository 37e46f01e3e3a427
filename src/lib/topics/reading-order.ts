/**
 * The order a topic page lists its papers in, so that a reader new to the topic starts where a
 * reader should: surveys first, then the papers the topic file names as foundational, then the
 * rest; within each group newest first (papers without a year after those with one), then by
 * title, then by slug (so the order is total and every page of a paginated list agrees).
 */

/** What the order reads of a paper. */
export interface ReadablePaper {
  slug: string;
  title: string;
  year: number | null;
}

/** Why a paper leads its topic's list. */
export type ReadingRole = 'survey' | 'foundational';

/** A title that announces a survey, review, overview, tutorial or primer of a field. */
const SURVEY_TITLE = /\b(?:surveys?|reviews?|overview|tutorial|primer)\b/i;
/** "Peer review" and "code review" name a task, not a kind of paper (unless the title also says survey). */
const REVIEW_AS_TASK = /\b(?:peer|code)[- ]reviews?\b/i;
const SURVEY_WORD = /\b(?:surveys?|overview|tutorial|primer)\b/i;

/**
 * Whether a title says the paper is a survey of a field.
 * @example isSurveyTitle('A Survey on Mixture of Experts') // true
 * @example isSurveyTitle('Automated Peer Review with LLMs') // false
 */
export function isSurveyTitle(title: string): boolean {
  return SURVEY_TITLE.test(title) && (!REVIEW_AS_TASK.test(title) || SURVEY_WORD.test(title));
}

/** A paper's role in its topic's list: a survey, foundational (named by the topic file), or neither. */
export function readingRole(paper: ReadablePaper, foundational: ReadonlySet<string>): ReadingRole | undefined {
  if (isSurveyTitle(paper.title)) return 'survey';
  return foundational.has(paper.slug) ? 'foundational' : undefined;
}

/**
 * The topics whose lists a paper leads, of those it is in: all of them for a survey, those whose
 * topic file names it foundational otherwise. Search puts these papers first when a query names
 * the topic (src/client/search/engine.ts), as the topic page does.
 * @example leadingTopics({ slug: 's', title: 'A Survey of MoE', year: 2022 }, ['moe'], new Map()) // ['moe']
 */
export function leadingTopics(paper: ReadablePaper, topicIds: readonly string[], foundational: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return topicIds.filter((id) => readingRole(paper, foundational.get(id) ?? new Set()) !== undefined);
}

const GROUP: Record<ReadingRole | 'other', number> = { survey: 0, foundational: 1, other: 2 };

/**
 * Papers in reading order (a new array). `foundational` holds the slugs the topic file names.
 * @example inReadingOrder(papers, (p) => p, new Set(['lora-low-rank-adaptation-of-large-language-models']))
 */
export function inReadingOrder<P>(papers: readonly P[], view: (paper: P) => ReadablePaper, foundational: ReadonlySet<string> = new Set()): P[] {
  const keyed = papers.map((paper) => {
    const v = view(paper);
    return { paper, v, group: GROUP[readingRole(v, foundational) ?? 'other'] };
  });
  keyed.sort(
    (a, b) =>
      a.group - b.group ||
      (b.v.year ?? -Infinity) - (a.v.year ?? -Infinity) ||
      a.v.title.localeCompare(b.v.title, 'en') ||
      (a.v.slug < b.v.slug ? -1 : a.v.slug > b.v.slug ? 1 : 0),
  );
  return keyed.map(({ paper }) => paper);
}
