/**
 * Rewrites a contribution sentence of an abstract into a gist that stands alone: the lead-in
 * that only makes sense inside the abstract goes ("In this paper, …", "To address this
 * issue, …", "However, …"), and so does a last clause that only points back at what the
 * paper answers ("Proposes X, a Y, to address the above issues." → "Proposes X, a Y."); "we
 * propose X" becomes "Proposes X" — the claim itself is never touched.
 */

import { BACK_DETERMINER, BACK_NOUN } from './gist-quality.ts';

/** "In this paper," "Here," "In this extended abstract we": a lead-in naming the paper itself. */
const PAPER_LEAD_IN =
  /^(?:(?:in|with|through)\s+this\s+(?:extended\s+|short\s+|position\s+|technical\s+)?(?:paper|work|study|article|thesis|dissertation|letter|report|note|abstract|project|survey|review|manuscript|chapter)\b(?:\s*\([^)]{0,80}\))?,?\s*|here,\s+|here\s+(?=we\b|I\b)|in\s+this\s+context,\s*|in\s+(?:our|the\s+present)\s+(?:paper|work|study|article),?\s*)/i;

/** A connector that points back at the sentence before: "However," "To this end," "Therefore,". */
const CONNECTOR =
  /^(?:however|moreover|furthermore|additionally|in\s+addition|therefore|thus|hence|consequently|finally|specifically|instead|meanwhile|nevertheless|nonetheless|accordingly|in\s+particular|in\s+contrast|as\s+a\s+result|to\s+this\s+end|to\s+that\s+end|to\s+do\s+so|for\s+this\s+purpose|overall|similarly|in\s+response|alternatively|concretely|importantly|first|second|third|lastly|then|next|also|further),?\s+/i;

/**
 * A leading clause before "we": "To address this issue, we", "Motivated by these challenges we",
 * "Inspired by the success of X (FNT), we". It opens with a purpose or participle word, so the
 * claim after it is the sentence's own; a concession or condition ("Although …, we") stays.
 */
const LEAD_CLAUSE = /^(?:to|based|motivated|inspired|building|built|drawing|guided|driven|following|leveraging|using|towards?|observing|noting|recognizing|recognising|given|thanks|attempting|addressing|focusing|aiming|seeking|starting|taking|by|from|through|against|beyond|along|armed|equipped|in\s+order|in\s+light|in\s+response|in\s+view|as\s+a\s+remedy|as\s+an\s+alternative|for\s+this|with\s+this|with\s+these|on\s+this|on\s+these|at\s+the\s+same\s+time|in\s+this\s+regard|in\s+doing\s+so)\b/i;
const WE = /(?:,\s*|\s)(?=we\b)/i;

/** Adverbs between "we" and its verb that the gist can do without. */
const ADVERB = String.raw`(?:also|further|first|then|additionally|now|here|therefore|thus|hence|instead|finally|next|newly|formally|empirically|theoretically|systematically|comprehensively|thoroughly|carefully|subsequently|moreover|furthermore|specifically|explicitly|experimentally|rigorously|extensively|successfully)`;

/** Verbs of "we <verb> …" that turn into "<Verb>s …". */
const VERBS = [
  'propose', 'introduce', 'present', 'develop', 'design', 'devise', 'describe', 'build', 'construct',
  'offer', 'establish', 'formulate', 'reformulate', 're-formulate', 'derive', 'release', 'report',
  'demonstrate', 'show', 'prove', 'study', 'investigate', 'explore', 'analyze', 'analyse', 'address',
  'tackle', 'provide', 'unveil', 'create', 'contribute', 'examine', 'extend', 'revisit', 'identify',
  'find', 'argue', 'challenge', 'evaluate', 'benchmark', 'compare', 'characterize', 'characterise',
  'generalize', 'generalise', 'leverage', 'exploit', 'apply', 'adapt', 'reveal', 'highlight', 'conduct',
  'perform', 'train', 'learn', 'use', 'employ', 'focus', 'consider', 'seek', 'aim', 'delve', 'discover',
  'observe', 'obtain', 'achieve', 'improve', 'bridge', 'take', 'make', 'give', 'define', 'frame', 'cast',
  'view', 'treat', 'model', 'combine', 'integrate', 'incorporate', 'enhance', 'replace', 'augment',
  'explain', 'interpret', 'quantify', 'measure', 'bound', 'prune', 'compress', 'quantize', 'distill',
  'merge', 'scale', 'accelerate', 'reduce', 'enable', 'build', 'implement', 'collect', 'curate',
  'construct', 'pretrain', 'pre-train', 'fine-tune', 'finetune', 'rethink', 'uncover', 'outline', 'survey',
  'review', 'summarize', 'summarise', 'discuss', 'provide', 'put forward', 'open-source', 'tailor',
  'attempt', 'try', 'set out', 'embark', 'elucidate', 'demystify', 'unify', 'connect', 'relate', 'link',
  'decompose', 'factorize', 'approximate', 'simulate', 'search', 'select', 'test', 'categorize',
  'categorise', 'classify', 'organize', 'organise', 'validate', 'verify', 'argue', 'posit', 'hypothesize',
  'conjecture', 'note', 'observe', 'recast', 'cast', 'instantiate', 'operationalize', 'assess', 'document',
];
const VERB_ALTERNATION = [...new Set(VERBS)].sort((a, b) => b.length - a.length).join('|').replace(/ /g, String.raw`\s+`);
const WE_VERB = new RegExp(String.raw`^(?:we|I)\s+(?:${ADVERB}\s+){0,2}(${VERB_ALTERNATION})\b`, 'i');
const THIRD_PERSON_ALTERNATION = [...new Set(VERBS.map((verb) => thirdPerson(verb).toLowerCase()))]
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, String.raw`\s+`);
const PAPER_VERB = new RegExp(
  String.raw`^(?:this|the\s+present|our|the)\s+(?:technical\s+|short\s+)?(?:paper|work|study|article|thesis|dissertation|letter|report|note)\s+(?:${ADVERB}\s+){0,2}(${THIRD_PERSON_ALTERNATION})\b`,
  'i',
);

/**
 * The third person of a verb phrase: "propose" → "Proposes", "study" → "Studies",
 * "put forward" → "Puts forward".
 */
function thirdPerson(verb: string): string {
  const [head = '', ...rest] = verb.split(/\s+/);
  const lower = head.toLowerCase();
  const inflected = /(?:s|sh|ch|x|z)$/.test(lower) ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : lower === 'do' ? 'does' : `${lower}s`;
  return [capitalize(inflected), ...rest].join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Verbs of reporting that a "we" before "and" also governs: "we propose X and show Y". */
const CONJOINED = /\s(and|or|then)\s+(?:(?:also|then|further|finally|empirically|theoretically)\s+)?(propose|introduce|present|develop|design|show|demonstrate|prove|find|derive|provide|release|establish|evaluate|validate|verify|analy[sz]e|study|investigate|explore|apply|extend|offer|conduct|discuss|identify|achieve|obtain|observe|compare|use|train|test|implement|introduce|build|design|construct)\b/i;

/** "… X and show Y" after "Proposes" reads "… X and shows Y": the first such verb, once. */
function conjoinedVerb(rest: string): string {
  return rest.replace(CONJOINED, (whole, conjunction: string, verb: string) => whole.replace(new RegExp(`${verb}$`), thirdPerson(verb).toLowerCase()));
}

/**
 * Strips what the gist does not need in front of the claim: "In this paper, ", "Here ",
 * connectors ("However, ", "To this end, ") and a leading clause before "we" ("To address
 * this issue, we …"), any number of times.
 * @example stripLeadIn('To address this issue, in this paper we propose X.') // 'we propose X.'
 */
export function stripLeadIn(sentence: string): string {
  let text = sentence.trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = text;
    text = text.replace(PAPER_LEAD_IN, '').replace(CONNECTOR, '');
    const we = WE.exec(text);
    if (we && we.index > 0 && we.index <= 250 && LEAD_CLAUSE.test(text) && !/\bwe\b/i.test(text.slice(0, we.index))) text = text.slice(we.index + we[0].length);
    if (text === before) break;
  }
  return text;
}

/**
 * A contribution sentence as a gist: lead-ins stripped, "we propose X" → "Proposes X",
 * "This paper introduces X" → "Introduces X"; any other opening only capitalized.
 * @example contributionGist('In this paper, we propose FastAdapt, a linear-time adapter.') // 'Proposes FastAdapt, a linear-time adapter.'
 */
export function contributionGist(sentence: string): string {
  const text = stripLeadIn(sentence);
  const we = WE_VERB.exec(text);
  if (we) return `${thirdPerson(we[1]!)}${conjoinedVerb(text.slice(we[0].length))}`;
  const paper = PAPER_VERB.exec(text);
  if (paper) return `${capitalize(paper[1]!.toLowerCase())}${text.slice(paper[0].length)}`;
  return capitalize(text);
}

/** A gist that makes something: the claim is the thing made, not what it was made for. */
const MAKES = /^(?:Proposes|Introduces|Presents|Develops|Designs|Devises|Builds|Constructs|Creates|Offers|Releases|Provides|Formulates|Derives|Describes|Puts\s+forward|Unveils)\s/;

/**
 * A last clause that only points back at what the paper answers: "… to tackle these challenges",
 * "…, which relaxes these constraints", "… based on the above findings". Not "for …": what is
 * made for something is often the claim ("evidence for this hypothesis").
 */
const POINTER_TAIL = new RegExp(
  String.raw`(?:,\s*|\s+)(?:(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:address|tackle|solve|overcome|mitigate|alleviate|resolve|handle|fix|remedy|circumvent|bridge|fill|close|meet|answer|deal\s+with|cope\s+with)|(?:which|that)\s+(?:\w+ly\s+)?(?:address|tackl|solv|overcom|mitigat|alleviat|resolv|relax|bridg|fill|clos|remed|circumvent)\w*|based\s+on|building\s+on|motivated\s+by|inspired\s+by|guided\s+by|in\s+light\s+of)\s+(?:all\s+|both\s+)?(?:of\s+)?${BACK_DETERMINER}\s+(?:[\w-]+\s+)?${BACK_NOUN}\s*([.!?]?)$`,
  'i',
);

/**
 * A gist without the last clause that only points back at an earlier sentence, when it makes
 * something and what it makes still reads as a statement of its own (four words or more after
 * the verb); otherwise the gist unchanged.
 * @example dropPointerTail('Proposes IL-NeRF, a novel framework for incremental NeRF training, to address this challenge.') // 'Proposes IL-NeRF, a novel framework for incremental NeRF training.'
 * @example dropPointerTail('Presents DecompX to tackle these challenges.') // unchanged: "Presents DecompX." says too little
 */
export function dropPointerTail(gist: string): string {
  const tail = pointerTail(gist);
  return tail && !tail.thin ? `${tail.head}${tail.end}` : gist;
}

/**
 * Whether the gist only says what it makes and that it answers an earlier sentence: "Presents
 * DecompX to tackle these challenges.", "Designs Buff to address these issues."
 */
export function pointsBackOnly(gist: string): boolean {
  return pointerTail(gist)?.thin ?? false;
}

function pointerTail(gist: string): { head: string; end: string; thin: boolean } | undefined {
  if (!MAKES.test(gist)) return undefined;
  const tail = POINTER_TAIL.exec(gist);
  if (!tail) return undefined;
  const head = gist.slice(0, tail.index).replace(/[\s,;:–—-]+$/, '');
  return { head, end: tail[1] || '.', thin: head.split(/\s+/).length < 5 };
}
