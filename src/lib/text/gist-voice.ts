/**
 * The gist in one voice, the gist's own: a later clause in the authors' "we" ("…; we then provide
 * …"), "our", "to our knowledge", a contribution list and "Our thesis is that …" rewritten the
 * way `contributionGist` (gist-rewrite.ts) rewrites the sentence's opening. Used by `gist.ts`.
 */

import { capitalize, phraseAlternation, thirdPerson } from './claim-verbs.ts';
import { contributionGist, coordinatedVerbs, GIST_MAKES, REPORTING, THIRD_PERSON, VERB_SET, weVerb } from './gist-rewrite.ts';

/** "…; we then provide …", "…: we decompose …", "…, and we investigate …": the author's "we" opening a later clause of the gist. */
const LATER_WE = /(;|:|,\s+and|\s+and)\s+(?=we\s+[a-z])/;
/** "Makes the following three contributions: (i) we introduce X": the first contribution is the gist ("Introduces X"). */
const CONTRIBUTION_LIST = /^(?:Makes|Proposes|Has|Offers|Presents)\s+the\s+following\s+(?:\w+\s+)?(?:main\s+|key\s+)?contributions?\s*:\s*(?:\((?:i|1|a)\)|(?:i|1|a)[.)])\s*/i;
/** Where the first contribution of such a list ends: before "(ii)", "(2)", "(b)". */
const NEXT_ITEM = /[;,]?\s*(?:and\s+)?(?:\((?:ii|2|b)\)|(?:ii|2|b)\))/;
/** "Our thesis is that …", "Our hypothesis is that …": what the paper argues, in its own word for it. */
const OUR_THESIS = /^Our\s+(?:main\s+|central\s+|key\s+)?(thesis|claim|hypothesis|position|argument)\s+is\s+that\s+/;
const THESIS_VERB: Record<string, string> = { thesis: 'Argues', claim: 'Claims', hypothesis: 'Hypothesizes', position: 'Argues', argument: 'Argues' };

/**
 * "which we refer to as X", "that we call X": the authors naming what they made. Not "we call for
 * more research", "we call it", "we call upon", "we name after".
 */
const NAMED_BY_US = /\b(?:which|that)\s+we\s+(?:refer\s+to\s+as|call|term|dub|name|coin|denote\s+as)\s+(?!(?:for|upon|on|it|them|this|after)\b)(?=[\w"“'‘])/g;

/** "to our knowledge", "to the best of our knowledge": the authors' hedge, theirs in any voice. */
const OUR_KNOWLEDGE = /\bto\s+(the\s+best\s+of\s+)?our\s+knowledge\b/gi;
/**
 * What "our" before it is the authors' own, not the paper's work: "our expectations", "our
 * understanding", "our prior work" stay as written; "our experiments", "our masks" read "its …".
 */
const OUR_OWN = /^\s+(?:[\w-]+\s+)?(?:expectations?|knowledge|understanding|intuitions?|views?|opinions?|experiences?|beliefs?|surprise|prior|previous|earlier|own|best|hope|goal|aim|interest|attention|team|group|lab|colleagues|community)\b/i;

/** A third-person claim verb opening the gist: the voice "our" must follow. */
const OPENS_THIRD_PERSON = new RegExp(String.raw`^(?:${[...THIRD_PERSON].map((verb) => capitalize(verb).replace(/ /g, String.raw`\s+`)).join('|')})\s`);

/**
 * A clause after a later "we" that may hold a verb the rewrite left in the first person: "we first
 * pretrain …, then fine-tune …", "we remove the weights … and retrain" (a verb of `VERBS` in its
 * base form after "and" or ", then"). Such a clause stays as written.
 */
const UNCONVERTED_VERB = new RegExp(String.raw`(?:,\s+then|\band(?:\s+then)?)\s+(?:re)?(?:${phraseAlternation(VERB_SET)})\b(?!\s+(?:of|is|are|was|were)\b)`, 'i');

/**
 * The gist in one voice, the gist's: a later clause in the author's "we" reads like the first
 * ("Develops LAMB; we then provide convergence analysis" → "Develops LAMB and provides
 * convergence analysis"; "Introduces X: we decompose Y" → "Introduces X, which decomposes Y").
 * After "and" only a reporting verb ("and we investigate") is sure to be the paper's next claim
 * rather than a step inside a clause ("where errors are found and we update the model"); a
 * relative clause before it keeps its comma, so the claim stays the paper's ("a sampler that
 * avoids collapse, and proves that it converges"); the colon form reads "which" only for what the
 * thing made does, never a reporting verb ("Introduces X and shows that …"), and only after a
 * gist that makes something; a clause whose every verb could not be put in the third person stays
 * as written. "our" reads "its" ("its experiments"), "the" where "its" would read as a pronoun for
 * something earlier ("Proposes our network", "Shows that our proposed rate …" → "Shows that the
 * proposed rate …"), and stays before what is the authors' own rather than the paper's ("our
 * expectations", "our prior work") and inside brackets; "to our knowledge" is "to the authors' knowledge".
 * "Makes the following contributions: (i) we introduce X; (ii) …" is "Introduces X"; "Our thesis
 * is that Y" is "Argues that Y" ("Our hypothesis …" "Hypothesizes …"); "a formulation that we
 * call X" is "a formulation called X". The words are the abstract's.
 * @example inGistVoice('Develops LAMB; we then provide convergence analysis of LAMB.') // 'Develops LAMB and provides convergence analysis of LAMB.'
 */
export function inGistVoice(gist: string): string {
  const list = CONTRIBUTION_LIST.exec(gist);
  if (list) {
    const rest = gist.slice(list[0].length);
    const item = NEXT_ITEM.exec(rest);
    const first = contributionGist(item ? `${rest.slice(0, item.index).replace(/[\s,;:]+$/, '')}.` : rest);
    if (OPENS_THIRD_PERSON.test(first)) return inGistVoice(first);
  }
  const thesis = OUR_THESIS.exec(gist);
  if (thesis) return `${THESIS_VERB[thesis[1]!]} that ${gist.slice(thesis[0].length)}`;
  if (!OPENS_THIRD_PERSON.test(gist)) return gist;
  let text = gist;
  const later = LATER_WE.exec(text);
  if (later && !insideBrackets(text, later.index)) {
    const head = text.slice(0, later.index);
    const tail = text.slice(later.index + later[0].length);
    const we = weVerb(tail);
    const rewritten = we && coordinatedVerbs(we.rest, we.past);
    if (we && rewritten !== undefined && !UNCONVERTED_VERB.test(rewritten.split(/[;:]/)[0]!)) {
      const clause = `${thirdPerson(we.lemma).toLowerCase()}${rewritten}`;
      const separator = later[1]!.trim();
      // "a sampler that avoids mode collapse | and proves …": without the comma the relative clause would prove it.
      const joiner = /\b(?:which|that|who|whose|where)\b[^;:]*$/i.test(head) ? ', and' : ' and';
      if (separator === ':') {
        if (GIST_MAKES.test(head)) text = REPORTING.has(we.lemma) ? `${head}${joiner} ${clause}` : `${head}, which ${clause}`;
      } else if (separator === ';' || REPORTING.has(we.lemma)) text = `${head}${joiner} ${clause}`;
    }
  }
  return text
    .replace(NAMED_BY_US, 'called ')
    .replace(OUR_KNOWLEDGE, (_, best: string | undefined) => `to ${best ?? ''}the authors' knowledge`)
    .replace(/^(\S+\s+)our\b/, '$1the')
    .replace(/\b(that|whether|how|why|when)\s+our\b(?![-'’])/g, '$1 the')
    .replace(/\bour\s+(proposed|new|novel)\b/g, 'the $1')
    .replace(/\bour\b(?![-'’])/g, (our, index: number, whole: string) => (!insideBrackets(whole, index) && !OUR_OWN.test(whole.slice(index + our.length)) ? 'its' : our));
}

/** Whether `index` falls inside round or square brackets of `text`. */
function insideBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (const ch of text.slice(0, index)) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth > 0;
}
