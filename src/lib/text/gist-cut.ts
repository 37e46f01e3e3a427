/**
 * Shortening a gist's sentence: whole when it fits, else cut back at a clause boundary that
 * leaves a finished clause ending in a period, never inside math, a list or a name; a cut with
 * "…" only as the last resort. Used by `gist.ts`.
 */

import { mathSpans } from './math-spans.ts';
import { plainMath } from './plain-math.ts';
import { THIRD_PERSON_VERBS } from './claim-verbs.ts';
import { isCutMidThought } from './gist-quality.ts';

export interface Plain {
  text: string;
  /** Where former math spans sit in `text`: no cut may fall inside them. */
  math: { start: number; end: number }[];
}

export function toPlain(sentence: string): Plain {
  let text = '';
  const math: Plain['math'] = [];
  let cursor = 0;
  for (const span of mathSpans(sentence)) {
    text += sentence.slice(cursor, span.start);
    const plain = plainMath(span.tex);
    math.push({ start: text.length, end: text.length + plain.length });
    text += plain;
    cursor = span.end;
  }
  text += sentence.slice(cursor);
  return { text, math };
}

const TRAILING_JUNK = /[\s,;:.\-–—(\[{“"‘'/]+$/;

/**
 * Where a clause may end: before ", " / "; " / " – " / ": ", or before "which", "where",
 * "that", "by", "via", "using", "with", "through", "to", "for", "while", "and", "in", "according to", ….
 */
const CLAUSE_BREAK = /(?=[,;:]\s)|(?=\s[–—-]\s)|(?=\s\()|(?=\s(?:which|where|whereby|that|by|via|using|with|through|to|for|while|whilst|and|or|but|in|on|across|under|from|without|based|as|than|such|according|compared|due|thanks)\s)/g;

/**
 * Whether a head reads as finished: no "both" without its "and", no "between" or "either"
 * without the second part, and no last clause that is only a condition ("…, when X is large").
 */
function completeClause(head: string): boolean {
  if (/\bboth\b(?![^;]*\band\b)/i.test(head) || /\beither\b(?![^,;]*\bor\b)/i.test(head) || /\bbetween\b(?![^,;]*\band\b)/i.test(head)) return false;
  const last = head.split(/[,;:]\s/).pop() ?? '';
  return !/^(?:when|if|while|whilst|although|though|whereas|since|because|as|unless|once)\b/i.test(last.trim());
}

function balancedBrackets(text: string): boolean {
  let depth = 0;
  let quotes = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '“') quotes++;
    else if (ch === '”') quotes--;
    if (depth < 0) return false;
  }
  return depth === 0 && quotes === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** "-ing" words that are nouns far more often than verbs ("continual learning to …"). */
const GERUND_NOUN = /(?:learning|training|processing|modell?ing|reasoning|understanding|computing|engineering|rendering|encoding|decoding|tuning|editing|sampling|pruning|forgetting|scaling|merging|planning|mapping|matching|clustering|hashing|routing|caching|label?ling|embedding|setting|meaning|parsing|inpainting|denoising|painting|streaming|thinking|prompting|pooling|batching|checkpointing|scheduling|splitting|programming|beginning)$/i;
/** An adjective by its ending ("visual", "computational", "interpretable"), not a noun of the same ending. */
const ADJECTIVE = /^(?!(?:signal|proposal|interval|retrieval|potential|material|individual|tutorial|removal|terminal|manual|journal|capital|principal|trial|survival|rival|arrival|approval|rehearsal|reversal|renewal|referral|denial|dial|animal|logic|topic|music|metric|heuristic|objective|alternative|perspective|initiative|derivative|primitive|representative|incentive|library|vocabulary|summary|boundary|dictionary|variable|table|cable)$)[a-z-]+(?:al|ic|ive|ous|able|ible|ful|less|ary|[^e]ed)$/i;

/**
 * Whether cutting between `head` and `next` leaves the last clause unfinished, though its last
 * word could end a sentence elsewhere: a verb or adjective separated from the preposition it
 * takes ("… while adhering | to a budget", "… compared | to", "… followed | by", "… designed |
 * to", "… agents that interact | with …", "… the capabilities | to model …"), "so | that",
 * "up | to", a verb whose object follows a parenthetical ("keeping, or even enhancing | , the
 * positive aspects"), the first of two coordinated adjectives ("diverse
 * visual | and semantic coverage"), a participle without its object ("…, allowing | for …"), a
 * list a colon announced cut short ("three operations: pooling, | broadcasting, and …", "three
 * approaches: the first is applied to X, | and the other two …"),
 * "not only" without its "but", or a "that" clause whose
 * condition lost its main clause ("we show that when X are equipped with Y | , then …").
 */
function leavesClauseOpen(head: string, next: string): boolean {
  const last = /([\w-]+)$/.exec(head)?.[1] ?? '';
  if (/^\s+(?:to|by|on|with|from|of|into|upon)\b/i.test(next)) {
    if (/^(?:according|due|prior|compared|relative|similar|close|equivalent|corresponds?|refers?|leads?|relies|rely|adheres?|belongs?|contributes?|amounts?|applies|able|capable|unable|interacts?|cope|copes|deals?|compl(?:y|ies)|conforms?|capabilit(?:y|ies)|abilit(?:y|ies)|capacity|tendency|needs?|tends?|fails?|strives?|suffices?)$/i.test(last)) return true;
    if (/(?:ed|ing)$/i.test(last) && !GERUND_NOUN.test(last) && !/^(?:the|a|an|of|for|and|in|on|with|its|their|our)$/i.test(/(\S+)\s+\S+$/.exec(head)?.[1] ?? '')) return true;
  }
  if (/^so$/i.test(last) && /^\s+that\b/i.test(next)) return true;
  // "successors like Mamba, S5, | and Jamba, highlighting …": the last item of a list after two or more.
  if (/,\s+[^,;:]{1,60}$/.test(head) && /^,\s+(?:and|or)\s+(?:[\w()'’-]+\s+){0,4}[\w()'’-]+\s*(?:[,.;]|$)/i.test(next)) return true;
  if (/\b(?:like|such\s+as|including|namely)\s+[^;:.()]*,\s+[^,;:.()]{1,60}$/i.test(head) && /^(?:\s*\(|,\s+(?:and|or)\b)/i.test(next)) return true; // "… like Mamba, S5 | (S5), and Jamba"
  if (/^up$/i.test(last) && /^\s+to\b/i.test(next)) return true;
  if (/\bas\s+well$/i.test(head) && /^\s+as\b/i.test(next)) return true;
  if (/,\s+(?:\w+ly\s+)?\w+ing$/i.test(head) && !GERUND_NOUN.test(last) && !/^,|^\s+(?:and|or)\b/i.test(next)) return true; // "…, allowing | for …"
  if (/:\s[^:;,]{1,40}(?:,\s[^:;,]{1,40})*$/.test(head) && /^,/.test(next)) return true; // "three basic operations: pooling, | broadcasting, and …"
  if (/:\s+(?:the\s+)?(?:first|one)\b[^:;]*$/i.test(head) && /[,;]\s+(?:and\s+)?(?:the\s+)?(?:other|second|rest|remaining|latter)\b/i.test(next)) return true; // "three approaches: the first …, | and the other two …"
  if (/^(?:show|shows|demonstrate|demonstrates|prove|proves|find|finds|observe|observes|argue|argues|reveal|reveals|establish|establishes|conclude|concludes|note|notes|verify|verifies|confirm|confirms|suggest|suggests|believe|hypothesi[sz]e)$/i.test(last) && /^\s+that\b/i.test(next)) return true;
  if (ADJECTIVE.test(last) && /\b(?:a|an|the)\s+(?:(?:more|less|most|least|very|highly|much|\w+ly)\s+)?[\w-]+$/i.test(head)) return true;
  if (/ing$/i.test(last) && !GERUND_NOUN.test(last) && /^,\s+(?:the|a|an|its|their|our|this|these|those)\b/i.test(next)) return true;
  const coordinated = /^,?\s+(?:and|or)\s+([\w-]+)\s+[\w-]+/i.exec(next);
  if (coordinated && ADJECTIVE.test(last) && ADJECTIVE.test(coordinated[1]!) && !/ed$/i.test(coordinated[1]!)) return true;
  if (/\bnot\s+only\b(?![^;]*\bbut\b)/i.test(head)) return true;
  return /\bthat\s+(?:when|whenever|if|once|unless)\b[^,;]*$/i.test(head);
}

/**
 * Where dropping the rest of a sentence drops a clause of its own, not part of the claim: before
 * "; ", a dash, ", while / whereas / thereby …", ", achieving / allowing / outperforming …"
 * or "and we …" (not ", which …", which often says what the thing made is). A cut before a preposition or "that" may drop what the claim is about ("finding
 * minimal degradation | until half the layers are removed", "have limited capacity | in
 * constructing high-frequency representations"), so a sentence of a readable length is not cut
 * there (`shorten`).
 */
const SAFE_BREAK = /^(?:;\s|\s[–—]\s|\s-\s|,?\s+(?:and\s+)?(?:we|I)\s|,\s+(?:while|whilst|whereas|thereby|thus|hence|resulting|achieving|attaining|allowing|enabling|outperforming|surpassing|yielding|leading|making|offering|providing|improving|reducing|demonstrating|showing|showcasing|highlighting|paving|opening|setting|establishing|suggesting|indicating|and\s+(?:thus|thereby|hence|also|further|finally|then|additionally|consequently)|with\s+(?:up\s+to|only|no|minimal|negligible|little|significant|substantial|comparable|competitive|similar|better|improved|consistent)\b|at\s+(?:a|the)\s+(?:fraction|cost)|as\s+well\s+as)\b)/i;

/**
 * The sentence as the gist shows it, ending in a period: whole when it fits in `preferredLength`;
 * else cut back at the last boundary before `preferredLength` that drops only a clause of its own
 * (`SAFE_BREAK`); else whole when it fits in `maxLength`; else cut at the last clause boundary
 * that leaves a finished clause, before `preferredLength` if there is one, else before `maxLength`. Undefined when no cut leaves a sentence of at
 * least `minLength`.
 */
export function shorten(plain: Plain, maxLength: number, minLength: number, preferredLength = maxLength): string | undefined {
  const { text } = plain;
  if (text.length <= Math.min(preferredLength, maxLength)) return text;
  if (preferredLength < maxLength) {
    const safe = cutAt(plain, preferredLength, Math.max(minLength, Math.floor(preferredLength / 2)), (next) => SAFE_BREAK.test(next));
    if (safe) return safe;
    if (text.length <= maxLength) return text;
    // Too long to show whole: the cut a shorter gist would make, before a later one that keeps more but risks more.
    const short = cutAt(plain, preferredLength, minLength, () => true);
    if (short) return short;
  }
  return cutAt(plain, maxLength, minLength, () => true);
}

/**
 * A claim verb after a comma, taking an object ("proposes a …", "summarizes the …"), with no "and"
 * after it: the last of a list of claims so far ("Illustrates X, proposes Y"), to be joined by
 * "and" where a cut ends the list. Not a noun the verbs' list also holds ("architectures, models that …").
 */
const COMMA_LISTED_CLAIM = new RegExp(String.raw`,\s+(?:${THIRD_PERSON_VERBS.map((verb) => verb.replace(/ /g, String.raw`\s+`)).join('|')})\s+(?=(?:the|a|an|its|their|this|these|those|how|whether|why|what|new|novel|several|multiple|two|three|four|key|each|all)\b)(?![^;:]*\b(?:and|or)\s)[^;:]*$`);

/** The first item of a numbered list: "…: (1) Tokenization", "…: 1. Domain-specific fine-tuning", "… (i) we". */
const NUMBERED_LIST = /(?::\s*|\s)(?:\(1\)|1[.)]|\(i\)|\(a\))\s/;
/** A later item of such a list: "(2)", "2.", "(ii)", "(b)". */
const LATER_ITEM = /(?:^|\s)(?:\((?:[2-9]|ii|iii|iv|b|c|d)\)|[2-9][.)]\s)/;

/**
 * Whether `head` ends on the word after "and", "or", "but" or "then", or on an "-ly" word: "… and use", "… or even",
 * which may need what comes next; not on a name ("… like Mamba, S5, and Jamba").
 */
function endsOnCoordinatedWord(text: string): boolean {
  // A closing bracket ends what it holds ("RSQ (Rotate, Scale, then Quantize)"): the word before it counts.
  const head = text.replace(/\s*\([^()]*\)$/, '');
  if (/ly$/i.test(head)) return true;
  return /\b(?:and|or|but|then)\s+\S+$/i.test(head) && !/\b(?:and|or)\s+[A-Z][\w-]*[a-z][\w-]*$/.test(head);
}

/** The sentence cut at the last clause boundary before `maxLength` that `allowed` accepts and that leaves a finished clause of at least `minLength`. */
function cutAt({ text, math }: Plain, maxLength: number, minLength: number, allowed: (next: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const cut = m.index;
    if (cut > maxLength - 1) break;
    if (math.some((r) => cut > r.start && cut < r.end)) continue;
    const raw = text.slice(0, cut);
    const head = raw.replace(TRAILING_JUNK, '');
    if (!allowed(text.slice(cut))) continue;
    // "… three main steps: (1) Tokenization, which … | (2) …": a cut before a later item of a numbered list keeps some of its items
    // only, one inside its last item part of that item ("… and 2. Universal Applicability | with Mixture of Experts"); after the
    // list a cut needs a clause of its own ("(2) rescales activations | , achieving …").
    if (NUMBERED_LIST.test(head) && (LATER_ITEM.test(text.slice(cut)) || !SAFE_BREAK.test(text.slice(cut)))) continue;
    if (/-$/.test(raw.trimEnd()) || !completeClause(head)) continue;
    if (isCutMidThought(`${head}.`) || leavesClauseOpen(head, text.slice(head.length))) continue;
    if (head.length >= minLength && balancedBrackets(head) && !endsOnCoordinatedWord(head) && !/\b(?:a|an|the|of|and|or|to|its|their|our|this|these|is|are|be|caused|based|used|such|including|like|namely|both|either|between|than|more|less|most|not|can|will|we|it|which|that|each|every|all|any|some)$/i.test(head)) {
      // "Illustrates X, proposes Y | , summarizes Z and evaluates W": the claims kept end their list with "and".
      const listed = COMMA_LISTED_CLAIM.exec(head);
      if (!listed) found = `${head}.`;
      else if (head.length + 3 <= maxLength) found = `${head.slice(0, listed.index)} and${head.slice(listed.index + 1)}.`;
    }
  }
  return found;
}

/** Cuts at a word boundary with "…", the last resort (the title fallback is longer than allowed). */
export function truncate({ text, math }: Plain, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const limit = Math.max(1, maxLength - 1); // room for the ellipsis
  for (let cut = limit; cut > 0; cut--) {
    if (!/\s/.test(text.charAt(cut))) continue;
    if (math.some((r) => cut > r.start && cut < r.end)) continue;
    const head = text.slice(0, cut).replace(TRAILING_JUNK, '');
    if (head) return `${head}…`;
  }
  const hard = text.slice(0, limit);
  const inside = math.find((r) => limit > r.start && limit < r.end);
  return `${(inside && inside.start > 0 ? text.slice(0, inside.start) : hard).replace(TRAILING_JUNK, '')}…`;
}
