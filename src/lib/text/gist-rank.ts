/**
 * Which sentence of an abstract the gist is made from: each sentence ranked by what it claims
 * (what the paper makes or finds first, background never), then by whether its gist stands alone.
 * Used by `gist.ts`, which rewrites and shortens the chosen sentence.
 */

import { MAKES_SOMETHING, OUR_RESULTS_SAY } from './claim-verbs.ts';
import { mathSpans } from './math-spans.ts';
import { plainMath } from './plain-math.ts';
import { namesOwnMethod, pointsBackOnly, stripLeadIn } from './gist-rewrite.ts';
import { isCutMidThought, leansOnContext, methodName } from './gist-quality.ts';

/** The part of a title after its colon or dash: "Mamba: Linear-Time Sequence Modeling" → "Linear-Time Sequence Modeling". */
export function subtitle(title: string): string {
  const m = /^[^:]{2,80}?(?::|\s[–—-]\s)\s*(.{12,})$/.exec(title.trim());
  return m ? m[1]!.trim() : '';
}

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

/** What a sentence is ranked against: the title, the method it names, and whether it is an analysis paper's. */
interface RankedTitle {
  title: string;
  /** The method the title names, or ''. */
  name: string;
  /** An analysis paper's title (`ANALYSIS_TITLE`): its findings are its claims. */
  analysis: boolean;
}

/**
 * How strongly a sentence states the contribution: 3 names the title's method, 2 strong, 1.7 a
 * definition of what the title is about, 1 weak, 0 none. `claim` is the sentence without its lead-in.
 */
function contributionRank(sentence: string, claim: string, { title, name, analysis }: RankedTitle): number {
  // "We release the code at https://…" says where the contribution is, not what it is.
  if (RELEASES_CODE.test(claim)) return 1;
  if (ASKS.test(claim)) return 0;
  // An analysis paper's finding ("We find that …") is as strong a claim as a method paper's "we propose", when it stands alone.
  const strong = STRONG.test(claim) || (analysis && FINDS.test(claim) && !leansOnContext(claim));
  if (strong && name && sentence.includes(name)) return 3;
  // "We explore X and introduce FactorLLM, …": the named method, made in a later clause.
  if (name && WEAK.test(claim) && makesInLaterClause(claim, name)) return 3;
  // "Our proposed method, known as X, excels at …": the paper naming what it made.
  if (strong || namesOwnMethod(claim)) return 2;
  if (DEFINES.test(claim)) return name && sentence.includes(name) ? 3 : sharesTitleWords(sentence, title, 2) ? DEFINES_RANK : 1;
  if (WEAK.test(claim) || (PASSIVE.test(claim) && OWN.test(sentence))) return 1;
  // "MobileNetV2 improves …": the method the title names, as the subject.
  if (name && claim.startsWith(name) && NAME_DOES.test(claim)) return NAME_ACHIEVES.test(claim) ? 1 : 2;
  return 0;
}

/** Whether `claim` makes the method `name` with a verb up to three words before it: "… and introduce FactorLLM". */
function makesInLaterClause(claim: string, name: string): boolean {
  for (let at = claim.indexOf(name); at > 0; at = claim.indexOf(name, at + 1)) {
    if (/\b(?:propose|introduce|present|develop|design)s?\s+(?:[\w-]+\s+){0,3}$/.test(claim.slice(0, at)) && !/^\w/.test(claim.slice(at + name.length))) return true;
  }
  return false;
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
 * A title that studies rather than makes ("Revisiting …" and "Rethinking …" often make): "Evaluating the Zero-shot Robustness of …", "On the
 * Usage of …", "Do Input Gradients Highlight …?", "An Empirical Study of …", "Understanding …".
 * What such a paper contributes is what it finds, not the fix it proposes on the side.
 */
const ANALYSIS_TITLE = /^(?:evaluating|assessing|analy[sz]ing|understanding|uncovering|revealing|demystifying|dissecting|towards?\s+(?:a\s+)?(?:better\s+)?understanding|investigating|examining|probing|measuring|benchmarking|on\s+the|what|why|how|when|does|do|is|are|can|an?\s+(?:\w+\s+)?(?:empirical|systematic|comprehensive|closer|large-scale)\s+(?:study|analysis|look|investigation|evaluation))\b|\?\s*$/i;
/** "We find / show / observe / reveal / prove that …": a finding, one that names what it is about ("… that this rank has …" does not). */
const FINDS = new RegExp(
  String.raw`^(?:(?:we|I)\s+(?:\w+ly\s+)?(?:also\s+)?(?:find|found|show|showed|observe|observed|reveal|revealed|demonstrate|demonstrated|discover|discovered|uncover|identify|identified|prove|proved)|${OUR_RESULTS_SAY})\b(?![^.;]*\b(?:this|these|such)\s+\w+)`,
  'i',
);
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
function emphasis(sentence: string, claim: string, { title, analysis }: RankedTitle): number {
  const makes = (analysis ? FINDS.test(claim) : MAKES_SOMETHING.test(claim)) ? 3 : 0;
  const onSubject = title && sharesTitleWords(sentence, title, 2, GENERIC_TITLE_WORDS) ? 2 : 0;
  const later = SECONDARY.test(sentence) || SECONDARY.test(claim) || CHECKS.test(claim) ? 3 : 0;
  return makes + onSubject - later;
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
export interface Candidate<G> {
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
export function chooseSentence<G>(sentences: readonly string[], title: string, gistFor: (sentence: string) => G, shownOf: (gist: G) => string): Candidate<G> | undefined {
  // The title or its subtitle ("Layer by Layer: Uncovering Hidden Representations …").
  const ranked: RankedTitle = { title, name: titleName(title), analysis: ANALYSIS_TITLE.test(title) || ANALYSIS_TITLE.test(subtitle(title)) };
  let best: (Candidate<G> & { score: number }) | undefined;
  sentences.forEach((sentence, i) => {
    if (sentence.length < 12) return;
    const claim = stripLeadIn(sentence);
    const rank = contributionRank(sentence, claim, ranked);
    if (rank === 0) return;
    // Rank first; then standing alone; then clean math and emphasis; then a mild preference for earlier sentences.
    const unpenalised = rank * 10 + emphasis(sentence, claim, ranked) + (cleanMath(sentence) ? 5 : 0) - Math.min(i, 20) * 0.1;
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
