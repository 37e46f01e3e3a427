/**
 * Words a search query carries that say nothing about the papers wanted.
 *
 * - `STOP_WORDS`: function words. They still go to Pagefind inside a phrase, but never count as
 *   terms, are never highlighted, and may be skipped by an acronym ("moe" = "mixture of experts").
 * - `QUESTION_WORDS`: what a question or a long query wraps its terms in ("which methods cut
 *   memory when fine-tuning large models", "how do I avoid forgetting", "does it help"): question
 *   and function words, and the verbs a question asks with. They are dropped before a query is split into terms;
 *   they are not stop words inside an alias phrase.
 *
 * English only, like the index (Pagefind is built with `forceLanguage: 'en'`).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    'about after all also am any avoid be been being best better between both but can could did do does doing during ' +
    'each explain find found get give good has have having he help helps her here how i if into it its just know ' +
    'look make makes me more most my need no not now our out over paper papers should show so some such than that ' +
    'their them then there these they this those through up us use used uses using want was way ways we were what ' +
    'when where whether which while who whom why will work works would you your'
  ).split(' '),
);

/** Whether a word (lower-case, no punctuation) is a function word. */
export const isFunctionWord = (word: string): boolean => STOP_WORDS.has(word);

/** Whether a query word carries no topic: a function word or a question word. */
export const isQueryFiller = (word: string): boolean => STOP_WORDS.has(word) || QUESTION_WORDS.has(word);
