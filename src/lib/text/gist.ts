/**
 * One-line gists of abstracts for paper lists, topic pages, related snippets, meta
 * descriptions, feeds and presenter cards: every one of them shows `paper.gist`, made here once.
 *
 * The gist states the contribution: the sentence that says what the paper does ("we propose /
 * introduce / show …", the title's method), with the lead-in dropped and "we propose X"
 * written "Proposes X" (`gist-rewrite.ts`); a long one is cut back at a clause boundary and
 * ends with a period, never mid-word. It does not lean on a sentence it does not show: a last
 * clause that only points back ("… to tackle these challenges") goes, and a sentence of the
 * same rank that stands alone wins over one with a back-reference ("this method"). When no
 * sentence says what the paper does, the title's subtitle stands in. Plain text: inline `$…$`
 * math becomes Unicode text, never cut in half.
 */

import { mathSpans } from './math-spans.ts';
import { plainMath } from './plain-math.ts';
import { contributionGist, dropCountedTail, dropPointerTail, inGistVoice, keepStandingClaim, namesOwnMethod, pointsBackOnly, stripLeadIn } from './gist-rewrite.ts';
import { capitalize, THIRD_PERSON_VERBS } from './claim-verbs.ts';
import { definedAcronyms, expandAcronyms } from './acronyms.ts';
import { ENDS_WITH_ABBREVIATION, ENDS_WITH_DOTTED } from './abbreviations.ts';
import { isCutMidThought, leansOnContext, methodName } from './gist-quality.ts';

// ---------------------------------------------------------------------------------------------
// Sentence splitting

/** Sentence-final punctuation, with the closing quotes and brackets that may follow it. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;
/** A list item number such as `2.` or `(iii).` on its own. */
const LIST_MARKER = /^\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]$/;

/**
 * Splits plain text into sentences. A boundary is `.`, `!` or `?` followed by whitespace and a
 * character that is not a lowercase letter (or a name such as "iCaRL" or "decoupleQ"), outside math, and not the period of an
 * abbreviation ("e.g.", "et al.", "Fig.", "vs."), unless a second period follows it ("i.i.d.. In"); decimals like
 * "34.4" never qualify.
 * @example splitSentences('We use e.g. Fig. 2 and 34.4 points. It works.') // ['We use e.g. Fig. 2 and 34.4 points.', 'It works.']
 */
export function splitSentences(text: string): string[] {
  const math = mathSpans(text);
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (math.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const next = /\S/.exec(text.slice(end));
    // A name that starts in lowercase ("… progressively. iCaRL learns …", "decoupleQ abandons …") opens a sentence too.
    if (!next || (/[a-z]/.test(next[0]) && !/^[a-z]{1,12}[A-Z][\w-]*(?:['’]s)?[\s,:;]/.test(text.slice(end + next.index)))) continue;
    // "… non i.i.d.. In this paper": the first period ends the abbreviation, the second the sentence.
    if (m[0].startsWith('.') && !/^\.\.(?!\.)/.test(m[0])) {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const etc = /(?:^|\s)etc$/i.test(before);
      if (!etc && (ENDS_WITH_ABBREVIATION.test(before) || ENDS_WITH_DOTTED.test(before))) continue;
      if (etc && !/[A-Z]/.test(next[0])) continue;
      if (/:\s*\(?\d{1,2}$/.test(before)) continue; // "as follows: 1. Single-path …"
      // "…: 1. Domain-specific fine-tuning, …, and 2. Universal …": the next item of a list the sentence numbered
      const item = /\(?(\d{1,2})$/.exec(before);
      if (item && Number(item[1]) > 1 && new RegExp(String.raw`(?:^|[\s:(])${Number(item[1]) - 1}[.)]\s`).test(text.slice(start, m.index))) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (LIST_MARKER.test(sentence)) continue; // "2. NAS efficiency: …" is one item
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Choosing the sentence

/** "We propose / introduce / present …": the paper's own contribution, strongest first. */
const STRONG = /^(?:we|I)\s+(?:[a-z]+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|describe|build|construct|formulate|reformulate|frame|recast|derive|put\s+forward|release|unveil|create|offer|establish|prove|show|demonstrate|provide|contribute)d?\b|^(?:this|the\s+present|our|the)\s+(?:technical\s+|short\s+)?(?:paper|work|study|article|thesis|dissertation|letter|report|note|survey|review)\s+(?:[a-z]+\s+){0,2}?(?:propos|introduc|present|develop|design|describ|build|formulat|deriv|establish|prov|show|demonstrat|offer|provid|unveil|creat)/i;
/**
 * "We define the bicategory of …": a definition is the contribution of a formal paper when it
 * defines what the title is about (two of its words), and then ranks between a strong and a weak
 * claim; in most abstracts it is a step of the method ("We define an evaluation protocol"), a
 * weak claim.
 */
const DEFINES = /^(?:we|I)\s+(?:[a-z]+\s+){0,2}?define\b/i;
const DEFINES_RANK = 1.7;
/** "… network (IARN) is proposed": a passive statement of the paper's own method. */
const PASSIVE = /\b(?:is|are)\s+(?:\w+\s+)?(?:proposed|introduced|presented|developed|designed|devised|derived|established)\b/i;
/** …and about this paper, not earlier work ("numerous models have been proposed"). */
const OWN = /\b(?:here|in\s+this\s+(?:paper|work|study|article|report)|our|we)\b/i;
/** Any other sentence about what the paper does: "We study …", "This paper investigates …", "Our contribution …". */
const WEAK = /^(?:we|I)\s+[a-z]|^(?:this|the\s+present|our)\s+(?:(?:proposed|new|novel)\s+)?(?:[\w-]+-[\w-]+\s+)?(?:hypothesis|claim|position|paper|work|study|article|thesis|dissertation|letter|report|note|survey|review|tutorial|overview|primer|main\s+contributions?|contributions?|key\s+contributions?|approach|method|framework|model|results?|analysis|experiments|goal|aim|objective|thesis|idea|proposal|solution|system|technique|algorithm|architecture|network|findings)\b/i;

/** "We release our code and models at https://…", "We open-source the code", "We provide easy-to-use code that …". */
const RELEASES_CODE = /^(?:we|I)\s+(?:also\s+|will\s+|further\s+|additionally\s+)?(?:release|open-source|make|provide|share|publish)\b[^.]*?(?:https?:\/\/|\bgithub\b|\bcode(?:base)?\b(?!-)|\bpublicly\s+available\b)/i;

/**
 * "We can ask whether …", "we ask how …": the question the paper takes up, not what it answers
 * (unless the sentence goes on to the answer: "We ask whether X, and show that Y").
 */
const ASKS = /^(?:we|I)\s+(?:(?:can|could|may|might|must|should|now|then|naturally|therefore|also|further|first)\s+)*ask\b(?!.*(?:\band|[,;])\s+(?:then\s+)?(?:we\s+)?(?:also\s+|then\s+)?(?:show|find|demonstrate|prove|propose|introduce|answer)s?\b)/i;

/** The words of a title worth matching: four letters or more, lowercase, without a plural "s". */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).map((word) => word.replace(/s$/, '')));
}

/** Whether `sentence` uses at least `n` of the title's content words, not counting those in `ignored`. */
function sharesTitleWords(sentence: string, title: string, n: number, ignored: ReadonlySet<string> = new Set()): boolean {
  const words = new Set([...contentWords(title)].filter((word) => !ignored.has(word)));
  let shared = 0;
  for (const word of contentWords(sentence)) if (words.has(word) && ++shared >= n) return true;
  return false;
}

/** How strongly a sentence states the contribution: 3 names the title's method, 2 strong, 1.7 a definition of what the title is about, 1 weak, 0 none. */
function contributionRank(sentence: string, name: string, title: string): number {
  const claim = stripLeadIn(sentence);
  // "We release the code at https://…" says where the contribution is, not what it is.
  if (RELEASES_CODE.test(claim)) return 1;
  if (ASKS.test(claim)) return 0;
  // An analysis paper's finding ("We find that …") is as strong a claim as a method paper's "we propose", when it stands alone.
  const strong = STRONG.test(claim) || (ANALYSIS_TITLE.test(title) && FINDS.test(claim) && !leansOnContext(claim));
  if (strong && name && sentence.includes(name)) return 3;
  // "We explore X and introduce FactorLLM, …": the named method, made in a later clause.
  if (name && WEAK.test(claim) && new RegExp(String.raw`\b(?:propose|introduce|present|develop|design)s?\s+(?:[\w-]+\s+){0,3}?${escapeRegExp(name)}\b`).test(claim)) return 3;
  // "Our proposed method, known as X, excels at …": the paper naming what it made.
  if (strong || namesOwnMethod(sentence)) return 2;
  if (DEFINES.test(claim)) return name && sentence.includes(name) ? 3 : sharesTitleWords(sentence, title, 2) ? DEFINES_RANK : 1;
  if (WEAK.test(claim) || (PASSIVE.test(claim) && OWN.test(sentence))) return 1;
  // "MobileNetV2 improves …": the method the title names, as the subject.
  if (name && claim.startsWith(name) && NAME_DOES.test(claim)) return NAME_ACHIEVES.test(claim) ? 1 : 2;
  return 0;
}

/**
 * "RepQuant employs …", "ENCORE controls …", "QuantNAS discovers …": the title's method as the
 * subject of a verb in the present; not "is complementary / available", what it lacks or needs
 * ("has", "requires", "suffers"), or a noun after the name ("Mamba blocks are …").
 */
const NAME_DOES = /^\S+(?:\s*\([^)]*\))?,?\s+(?!(?:is|are)\s+(?:\w+\s+)?(?:complementary|compatible|orthogonal|applicable|available|agnostic)\b)(?:is|are|can|(?!(?:has|was|does|seems|appears|remains|suffers|fails|lacks|struggles|requires|needs|depends|relies|comes|goes|stands|belongs)\b)[a-z]+(?<![su]s)s\b(?!\s+(?:are|is|were|was|can|have|of)\b))/;

/** "Mamba enjoys fast inference", "X outperforms …": what the method achieves, a result, below what it does. */
const NAME_ACHIEVES = /^\S+(?:\s*\([^)]*\))?,?\s+(?:also\s+)?(?:achieves|outperforms|enjoys|improves|reduces|attains|surpasses|matches|yields|delivers|obtains|exhibits|shows|demonstrates|performs|beats|exceeds|reaches|sets|establishes|accelerates|speeds)\b/;

/**
 * "We propose / introduce / develop …": the paper makes something, which says more than what it
 * shows about it; not "we present evidence / results / an analysis", which reports, or "we propose
 * that …", which argues.
 */
const MAKES = /^(?:(?:we|I)\s+(?:[a-z]+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|formulate)d?|(?:this|the\s+present|our)\s+(?:paper|work|study|article|thesis|report|survey|review|tutorial)\s+(?:[a-z]+\s+){0,2}?(?:propos|introduc|present|develop|design|devis|formulat)\w*)\b(?!\s+(?:(?:some|new|preliminary|empirical|strong|extensive|comprehensive|theoretical|experimental|a|an|the|our)\s+){0,2}(?:evidence|results?|findings|experiments|analys[ie]s|study|studies|evaluations?|insights?|observations?|overview|survey|review|discussion|takeaways|lessons|guidelines|recommendations)\b)(?!\s+that\b)/i;
/**
 * A title that studies rather than makes ("Revisiting …" and "Rethinking …" often make): "Evaluating the Zero-shot Robustness of …", "On the
 * Usage of …", "Do Input Gradients Highlight …?", "An Empirical Study of …", "Understanding …".
 * What such a paper contributes is what it finds, not the fix it proposes on the side.
 */
const ANALYSIS_TITLE = /^(?:evaluating|assessing|analy[sz]ing|understanding|investigating|examining|probing|measuring|benchmarking|on\s+the|what|why|how|when|does|do|is|are|can|an?\s+(?:\w+\s+)?(?:empirical|systematic|comprehensive|closer|large-scale)\s+(?:study|analysis|look|investigation|evaluation))\b|\?\s*$/i;
/** "We find / show / observe / reveal / prove that …": a finding, one that names what it is about ("… that this rank has …" does not). */
const FINDS = /^(?:we|I)\s+(?:\w+ly\s+)?(?:also\s+)?(?:find|found|show|showed|observe|observed|reveal|revealed|demonstrate|demonstrated|discover|discovered|uncover|identify|identified|prove|proved)\b(?![^.;]*\b(?:this|these|such)\s+\w+)/i;
/** "We also propose …", "Furthermore, we …", "Finally, we …": a contribution after the main one. */
const SECONDARY = /^(?:(?:furthermore|moreover|additionally|in\s+addition|besides|finally|lastly|further)\b,?\s+(?:we|I)\b|(?:we|I|(?:this|our)\s+(?:paper|work|study|survey|review|article))\s+(?:also|further|additionally|finally|then|lastly)\b)/i;
/** "We conduct extensive experiments …", "We demonstrate the effectiveness of …": how the paper checks its contribution, not what it is. */
const CHECKS = /^(?:we|I)\s+(?:also\s+|further\s+|then\s+|finally\s+)?(?:(?:conduct|perform|run|carry\s+out|carried\s+out)(?:ed)?\s+(?:\w+\s+){0,3}?(?:experiments|evaluations?|ablations?|empirical\s+stud)|(?:demonstrate|show|validate|verify|confirm|evaluate|illustrate)[ds]?\s+(?:\w+\s+){0,2}?(?:effectiveness|efficacy|superiority|advantages?|benefits?|performance|merits|validity|usefulness|utility)\b)/i;
/**
 * Title words too common in this field to say what a paper is about: a sentence sharing
 * "learning" and "models" with the title is not thereby about the paper's subject.
 */
const GENERIC_TITLE_WORDS = new Set(['learning', 'learn', 'neural', 'network', 'deep', 'model', 'modeling', 'modelling', 'large', 'language', 'llm', 'training', 'train', 'data', 'dataset', 'based', 'toward', 'towards', 'using', 'with', 'from', 'into', 'through', 'efficient', 'effective', 'improving', 'improved', 'better', 'task', 'method', 'approach', 'framework', 'representation', 'transformer', 'what', 'when', 'your', 'more', 'than', 'via', 'beyond', 'scale', 'scaling', 'simple', 'general', 'analysis', 'study']);

/**
 * Within a rank: a sentence that makes something (+3) and one about what the title is about
 * (two of its less common words, +2) come first, the first more: a sentence restating the title's
 * words is often the paper's summary of its results, not its contribution; a secondary contribution or a check of one
 * (−3) after the main one. Each is less than a step of rank, and than the penalty for leaning
 * on an earlier sentence.
 */
function emphasis(sentence: string, title: string): number {
  const claim = stripLeadIn(sentence);
  const makes = (ANALYSIS_TITLE.test(title) ? FINDS.test(claim) : MAKES.test(claim)) ? 3 : 0;
  const onSubject = title && sharesTitleWords(sentence, title, 2, GENERIC_TITLE_WORDS) ? 2 : 0;
  const later = SECONDARY.test(sentence) || SECONDARY.test(claim) || CHECKS.test(claim) ? 3 : 0;
  return makes + onSubject - later;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The method the title names: "Mamba: Linear-Time …" → "Mamba", "LoRA-drop …" → ''. */
function titleName(title: string): string {
  const name = methodName(title);
  return name.length >= 2 && !/\s/.test(name) ? name : '';
}

/** A sentence whose formulas read cleanly as text. */
function cleanMath(sentence: string): boolean {
  return mathSpans(sentence).every(({ tex }) => !/[\\{}^_]/.test(plainMath(tex)));
}

/**
 * What a gist leaning on an earlier sentence, or still opening in the authors' voice ("Our …"),
 * loses: more than a clean-math bonus or the emphasis of a sentence (at most 5), so among
 * sentences of equal rank one that stands alone wins unless the other has both, but less than a
 * step of rank, so a strong claim with a back-reference still wins over a weak one without.
 * A gist that only says what it makes and that it answers an earlier sentence ("Presents
 * DecompX to tackle these challenges."), or one that stops mid-thought because the sentence it
 * comes from does ("…: 1. Domain-specific Fine-Tuning, …, and 2."), loses a step and a half: then
 * even a strong claim not naming the title's method wins ("DecompX is based on …").
 */
const LEANS_PENALTY = 8;
const POINTS_BACK_ONLY_PENALTY = 15;

/** A candidate sentence with the gist it would make. */
interface Candidate<G> {
  sentence: string;
  gist: G;
}

/**
 * Picks the sentence stating the contribution: the best rank, one that stands alone before one
 * that leans on an earlier sentence, one whose math reads as text before one that does not,
 * then the earliest; undefined when no sentence qualifies. `gistFor` makes the gist a sentence
 * would give, so the choice sees what the reader will (`shownOf` reads the text shown); it runs
 * only for a sentence that could still win, since the penalties only lower a score, and the
 * winner's gist comes back with it.
 */
function chooseSentence<G>(sentences: readonly string[], title: string, gistFor: (sentence: string) => G, shownOf: (gist: G) => string): Candidate<G> | undefined {
  const name = titleName(title);
  let best: (Candidate<G> & { score: number }) | undefined;
  sentences.forEach((sentence, i) => {
    const rank = contributionRank(sentence, name, title);
    if (rank === 0 || sentence.length < 12) return;
    // Rank first; then standing alone; then clean math and emphasis; then a mild preference for earlier sentences.
    const unpenalised = rank * 10 + emphasis(sentence, title) + (cleanMath(sentence) ? 5 : 0) - Math.min(i, 20) * 0.1;
    if (best && unpenalised <= best.score) return;
    const gist = gistFor(sentence);
    const shown = shownOf(gist);
    // An abstract's last sentence may lack its period: only a cut inside the sentence counts here.
    const cut = isCutMidThought(/[.!?]["'”’)\]]*$/.test(shown) ? shown : `${shown}.`);
    // A gist still in the authors' voice ("Our approach is inspired by …") reads as badly as one leaning on an unseen sentence.
    const score = unpenalised - (pointsBackOnly(shown) || cut ? POINTS_BACK_ONLY_PENALTY : leansOnContext(shown) || /^(?:Our|We|I)\b/.test(shown) ? LEANS_PENALTY : 0);
    if (!best || score > best.score) best = { sentence, gist, score };
  });
  return best;
}

// ---------------------------------------------------------------------------------------------
// Shortening

interface Plain {
  text: string;
  /** Where former math spans sit in `text`: no cut may fall inside them. */
  math: { start: number; end: number }[];
}

function toPlain(sentence: string): Plain {
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
function shorten(plain: Plain, maxLength: number, minLength: number, preferredLength = maxLength): string | undefined {
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
function truncate({ text, math }: Plain, maxLength: number): string {
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

/** The part of a title after its colon or dash: "Mamba: Linear-Time Sequence Modeling" → "Linear-Time Sequence Modeling". */
function subtitle(title: string): string {
  const m = /^[^:]{2,80}?(?::|\s[–—-]\s)\s*(.{12,})$/.exec(title.trim());
  return m ? m[1]!.trim() : '';
}

/**
 * A function word typed twice ("In this this work, we extend …", "instead of a a local one"):
 * the author's slip, which hid the lead-in from the rewrite. The gist reads it once; the
 * abstract, a quotation, keeps it. Only words that are never doubled on purpose ("that that"
 * and "had had" can be), and not before a hyphen or a Latin term ("gains in in-context
 * learning", "tested in in vivo experiments").
 */
const DOUBLED_WORD = /\b(the|a|an|this|these|to|of|in|on|for|with|we|our|and|its|their)\s+\1\b(?![-'’]|\s+(?:vivo|vitro|situ|silico|utero|vacuo)\b)/gi;

/**
 * What a gist that only names its method ends on: the name ("… (HAWQ)", "… called MoM"), the
 * name and a short description ("ZeroQ, a novel zero-shot quantization framework"); and a gist of
 * a verb and its object only, without a preposition another noun could hang on ("Introduces a
 * unified pyramidal flow matching algorithm"), which "It …" can go on describing.
 */
const ENDS_ON_NAME = /(?:\(([A-Z][\w-]*[A-Z0-9][\w-]*)\)|\b([A-Z][\w-]*[A-Z0-9][\w-]*))(?:,\s+an?\s+(?:(?!(?:of|for|to|in|on|with|by|from|as|that|which)\b)[\w-]+\s+){0,6}[\w-]+)?$/;
/** "… the O3 framework": a name and the kind of thing it is, which the next sentence may take up ("The O3 framework includes …"). */
const THE_NAMED_KIND = /\bthe\s+([A-Z][\w-]*[A-Z0-9][\w-]*)\s+(framework|method|model|algorithm|architecture|module|system|approach|network|layer|scheme|pipeline|benchmark|dataset)$/;
const NAMES_ONLY = /^[A-Z][a-z]+s\s+(?:(?!(?:of|for|to|in|on|at|with|by|from|as|that|which|and|or|via|using|over|under|into|between|across)\b)[\w()-]+,?\s+){0,8}[\w()-]+$/;
/** "It …", "This module …": the subject of a sentence that goes on describing what the one before made. */
/** After the name as the subject: a present verb ("ZeroQ enables …"), not "is", "was", "has". */
const NAME_GOES_ON = /^(?!is\b|was\b|has\b)[a-z]+s\b/;
const GOES_ON = /^(?:It|This\s+(?:module|method|approach|framework|model|algorithm|technique|architecture|layer|network|system))\s+(?=(?!(?:is|was|has|turns|remains|follows|seems|appears|suffices|takes|becomes|means|happens)\b)[a-z]+s\b)/;

/**
 * A short gist that only names what the paper makes ("Proposes ZeroQ, a novel zero-shot
 * quantization framework."), with the next sentence, which says what it does, as a relative
 * clause: "…, which enables mixed-precision quantization without any access to the training or
 * validation data." Only when that sentence's subject is the name or "It" / "This method", its
 * verb a present one right after it (not "Consequently empowers …", which leans on the sentence
 * before), and "which" can only attach to the thing made; undefined otherwise. The words are the
 * abstract's.
 */
function describedBy(gist: string, next: string): string | undefined {
  const body = gist.replace(/[.!?]$/, '');
  // Long enough already, or a relative clause of its own that a second "which" would confuse.
  if (gist.length >= 90 || /\b(?:which|that|who)\b/i.test(body)) return undefined;
  const named = ENDS_ON_NAME.exec(body);
  const name = named?.[1] ?? named?.[2];
  let rest: string | undefined;
  // "Proposes the O3 framework." + "The O3 framework includes …"
  const namedKind = THE_NAMED_KIND.exec(body);
  if (namedKind && next.startsWith(`The ${namedKind[1]} ${namedKind[2]} `)) {
    const after = next.slice(`The ${namedKind[1]} ${namedKind[2]} `.length);
    if (NAME_GOES_ON.test(after)) rest = after;
  } else if (name !== undefined && next.startsWith(`${name} `)) {
    const after = next.slice(name.length).trimStart();
    if (NAME_GOES_ON.test(after)) rest = after;
  } else if (NAMES_ONLY.test(body) && !/[^s]s$/.test(body)) {
    // "It …" goes on about one thing: a gist ending on a plural ("Derives tight generalization bounds") has none
    const subject = GOES_ON.exec(next);
    if (subject) rest = next.slice(subject[0].length);
  }
  if (rest === undefined || leansOnContext(capitalize(rest))) return undefined;
  return `${body}, which ${rest}`;
}

export interface GistOptions {
  /** The paper's (repaired) title: its method name ranks sentences, its subtitle is the fallback. */
  title?: string;
  /** At most this many characters (default 280). */
  maxLength?: number;
  /**
   * A longer sentence is cut back to this many characters where that drops only a clause of its
   * own ("…, achieving …", "; …"), else shown whole up to `maxLength` (default 200, never above `maxLength`).
   */
  preferredLength?: number;
}

/**
 * A one-line gist of an abstract that states the contribution: the sentence saying what the
 * paper does ("we propose / introduce / show …", the title's method), standing alone rather
 * than pointing back at an earlier sentence, lead-ins dropped ("In this paper, we propose X" →
 * "Proposes X") and so is a last clause that only points back ("…, to address the above
 * issues"), cut at a clause boundary when too long; when no sentence qualifies, the title's
 * subtitle ("Mamba: Linear-Time …" → "Linear-Time …"), else the first real sentence. Plain
 * text: inline math becomes Unicode text.
 * @example gistOf('Transformers are slow. In this paper, we propose FastFormer, a linear-time model.') // 'Proposes FastFormer, a linear-time model.'
 */
export function gistOf(abstract: string, { title = '', maxLength = 280, preferredLength = 200 }: GistOptions = {}): string {
  const preferred = Math.min(preferredLength, maxLength);
  const text = abstract
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:abstract|summary)\s*[:.—–-]\s*/i, '')
    .replace(DOUBLED_WORD, '$1');
  const sentences = text ? splitSentences(text) : [];
  const minLength = Math.min(40, Math.floor(preferred / 3));
  const gistFrom = (sentence: string) => {
    const plain = toPlain(keepStandingClaim(dropPointerTail(inGistVoice(contributionGist(sentence)))));
    const short = shorten(plain, maxLength, minLength, preferred);
    return { plain, short: short && dropCountedTail(short) };
  };
  const chosen = chooseSentence(sentences, title, gistFrom, (gist) => gist.short ?? '');
  if (chosen?.gist.short) {
    const next = sentences[sentences.indexOf(chosen.sentence) + 1];
    const described = next === undefined ? undefined : describedBy(chosen.gist.short, next);
    const gist = (described && shorten(toPlain(described), maxLength, chosen.gist.short.length + 20, Math.max(preferred, chosen.gist.short.length + 20))) ?? chosen.gist.short;
    return expandAcronyms(gist, definedAcronyms(text), title, maxLength);
  }
  const sub = subtitle(title);
  if (sub) return truncate(toPlain(/[.!?]$/.test(sub) ? sub : `${sub}.`), maxLength);
  if (chosen) return truncate(chosen.gist.plain, maxLength);
  const first = sentences.find((s) => s.length >= 30) ?? sentences[0] ?? '';
  const plain = toPlain(first);
  return shorten(plain, maxLength, minLength, preferred) ?? truncate(plain, maxLength);
}
