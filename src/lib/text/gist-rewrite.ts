/**
 * Rewrites a contribution sentence of an abstract into a gist that stands alone: the lead-in
 * that only makes sense inside the abstract goes ("In this paper, …", "To address this
 * issue, …", "However, …"), and so does a last clause that only points back at what the
 * paper answers ("Proposes X, a Y, to address the above issues." → "Proposes X, a Y."); "we
 * propose X" becomes "Proposes X" — the claim itself is never touched.
 */

import { BACK_DETERMINER, BACK_NOUN, leansOnContext } from './gist-quality.ts';
import { capitalize, MAKES_SOMETHING, OUR_RESULTS_SAY, phraseAlternation, thirdPerson, VERBS } from './claim-verbs.ts';

/** "In this paper," "Here," "In this extended abstract we": a lead-in naming the paper itself. */
const PAPER_LEAD_IN =
  /^(?:(?:in|with|through)\s+this\s+(?:extended\s+|short\s+|position\s+|technical\s+)?(?:paper|work|study|article|thesis|dissertation|letter|report|note|abstract|project|survey|review|manuscript|chapter)\b(?:\s*\([^)]{0,80}\))?,?\s*|here,\s+|here\s+(?=we\b|I\b)|in\s+this\s+context,\s*|in\s+(?:our|the\s+present)\s+(?:paper|work|study|article),?\s*)/i;

/** A connector that points back at the sentence before: "However," "To this end," "Therefore,". */
const CONNECTOR =
  /^(?:however|moreover|furthermore|additionally|in\s+addition|therefore|thus|hence|consequently|finally|specifically|instead(?!\s+of\b)|meanwhile|nevertheless|nonetheless|accordingly|in\s+particular|in\s+contrast|as\s+a\s+result|to\s+this\s+end|to\s+that\s+end|to\s+do\s+so|for\s+this\s+purpose|overall|similarly|in\s+response|alternatively|concretely|importantly|first|second|third|lastly|then|next|also|further)(?:,\s*|\s+)/i;

/**
 * A leading clause before "we": "To address this issue, we", "Motivated by these challenges we",
 * "Inspired by the success of X (FNT), we", "For the second goal, we". It opens with a purpose or
 * participle word, or points at one part of the paper ("for the first question"), so the claim
 * after it is the sentence's own; a concession or condition ("Although …, we") stays, and so
 * does a scope ("For the last layer, we …").
 */
const LEAD_CLAUSE = /^(?:to|based|motivated|inspired|building|built|drawing|guided|driven|following|leveraging|using|towards?|observing|noting|recognizing|recognising|given|thanks|attempting|addressing|focusing|aiming|seeking|starting|taking|by|from|through|against|beyond|along|armed|equipped|in\s+order|in\s+an\s+(?:attempt|effort)|in\s+(?:the\s+)?hope|in\s+light|in\s+(?:the\s+)?pursuit\s+of|in\s+response|in\s+view|as\s+a\s+remedy|as\s+an\s+alternative|as\s+a\s+(?:first|second|next|final|preliminary)\s+step|putting\s+(?:this|these|it|them|everything)\s+(?:all\s+)?together|for\s+this|with\s+this|with\s+these|on\s+this|on\s+these|at\s+the\s+same\s+time|in\s+this\s+regard|in\s+doing\s+so|for\s+the\s+(?:first|second|third|fourth|last|final|former|latter)\s+(?:goal|aim|objective|part|question|contribution|problem|issue|challenge|purpose|direction)(?=\s*,))\b/i;
const WE = /(?:,\s*|\s)(?=we\b)/i;
/** A condition the claim depends on: "Given a factorization of an image, we …". */
const GIVEN = /^given\b/i;
/**
 * A contrast with earlier work before what the paper makes: "Unlike previous work, we introduce
 * X", "While existing methods employ Y, we propose Z". What the paper makes stands without it; a
 * contrast that is part of the claim stays: one not about earlier work or not before a making
 * verb ("Instead of generating an image, we propose to generate its layers", "Although LoRA is
 * popular, we show …"), or one the claim refers back into ("Unlike existing methods, which
 * require labels, we propose an objective that does not").
 */
const PRIOR_CONTRAST = /^(?:while|whereas|unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to)\b.*\b(?:previous|prior|existing|earlier|conventional|current|traditional|standard|most)\s+(?:[\w-]+\s+)?(?:work|works|methods?|approaches|studies|research|techniques|models|literature)\b/i;
/** A claim that refers back into the contrast: "… we propose to prune them at initialization", "… an objective that does not". */
const REFERS_BACK = /\b(?:them|they|it|its|their|those|does\s+not|do\s+not|doesn't|don't|do\s+so|instead)\b/i;

/** Adverbs between "we" and its verb that the gist can do without. */
const ADVERB = String.raw`(?:also|further|first|then|additionally|now|here|therefore|thus|hence|instead|finally|next|newly|formally|empirically|theoretically|systematically|comprehensively|thoroughly|carefully|subsequently|moreover|furthermore|specifically|explicitly|experimentally|rigorously|extensively|successfully)`;

export const VERB_SET = new Set(VERBS);
/** "proposes" → "propose": the third person of each verb, back to the verb. */
const PRESENT = new Map([...VERB_SET].map((verb) => [thirdPerson(verb).toLowerCase(), verb]));
export const THIRD_PERSON = new Set(PRESENT.keys());

/** Past forms of the verbs above: "found" → "find", "conducted" → "conduct", "studied" → "study". */
const IRREGULAR_PAST: Record<string, string> = {
  found: 'find', built: 'build', made: 'make', took: 'take', gave: 'give', brought: 'bring', sought: 'seek',
  began: 'begin', undertook: 'undertake', overcame: 'overcome', saw: 'see', led: 'lead', chose: 'choose',
};
const PAST = new Map<string, string>(Object.entries(IRREGULAR_PAST));
for (const verb of VERB_SET) {
  const [head = '', ...rest] = verb.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const forms = /e$/.test(head) ? [`${head}d`] : /[^aeiou]y$/.test(head) ? [`${head.slice(0, -1)}ied`] : [`${head}ed`, `${head}${head.slice(-1)}ed`];
  for (const form of forms) if (!PAST.has(`${form}${tail}`)) PAST.set(`${form}${tail}`, verb);
}

/**
 * Past participles unlike the past, read as the paper's verb only after "we have" and after
 * "and" in the past tense ("we studied … and shown"): after a comma they are participles
 * ("…, given the constraints, …").
 */
const PARTICIPLE = new Map<string, string>([...PAST, ...Object.entries({ shown: 'show', proven: 'prove', chosen: 'choose', begun: 'begin', undertaken: 'undertake' })]);

/**
 * The verbs a gist rewrites after "we have": what a paper reports it did ("We have introduced",
 * "we have shown"); "we have seen rapid progress", "we have made progress" speak for a field.
 */
const PERFECT_CLAIMS = new Set(['propose', 'introduce', 'present', 'develop', 'design', 'devise', 'build', 'construct', 'create', 'derive', 'formulate', 'show', 'demonstrate', 'prove', 'find', 'study', 'investigate', 'analyze', 'analyse', 'evaluate', 'examine', 'explore', 'identify', 'establish', 'provide', 'release', 'conduct', 'compare', 'validate', 'verify', 'implement', 'train', 'collect', 'curate']);

/** "This paper proposes X", "This study proposed X": the verb (group 1), in the present or the past. */
const PAPER_VERB = new RegExp(
  String.raw`^(?:this|the\s+present|our|the)\s+(?:technical\s+|short\s+)?(?:paper|work|study|article|thesis|dissertation|letter|report|note|survey|review|tutorial|overview|primer)\s+(?:${ADVERB}\s+){0,2}(${phraseAlternation([...THIRD_PERSON, ...PAST.keys()])})\b`,
  'i',
);

/** Words after "we" that are not its verb: "We can ask whether …", "We are the first …" stay as they are ("we have" + a participle is read before). */
const NOT_A_VERB = new Set(
  (
    'can could may might must shall should will would have has had do does did am are were was be been being not all both each ourselves too ' +
    'for in on at to with as by from of into that who which here there so however'
  ).split(' '),
);

/** Adverbs a gist can do without between "we" and its verb (any "-ly" word that is not a verb: "we meticulously construct"). */
const SKIPPED_ADVERB = new RegExp(String.raw`^(?:${ADVERB}|rather|only|still|again|jointly|hereby|herein|even|often|just|likewise|for\s+the\s+first\s+time|[a-z]+ly)\s+`, 'i');

/**
 * "We <verb> …" split into its verb (the lemma, "found" → "find") and the rest: any present form
 * after "we" is a verb ("we linearize"); a past form only when its lemma is known ("we found");
 * undefined for a modal or auxiliary ("we can", "we have"), a participle or an unknown word in "-ed".
 */
export function weVerb(text: string): { lemma: string; past: boolean; rest: string } | undefined {
  const we = /^(?:we|I)\s+/i.exec(text);
  if (!we) return undefined;
  let at = we[0].length;
  const skipAdverbs = () => {
    for (let guard = 0; guard < 3; guard++) {
      const adverb = SKIPPED_ADVERB.exec(text.slice(at));
      if (!adverb) break;
      const word = adverb[0].trim().toLowerCase();
      if (VERB_SET.has(word)) break; // "we apply", "we supply": a verb in "-ly"
      at += adverb[0].length;
    }
  };
  skipAdverbs();
  // "We have introduced X": the present perfect reports what the paper did, as the past does;
  // not with a word between ("we have recently proposed", "we have only shown": earlier work, or
  // a hedge), not a field's "we" ("we have seen progress"), and not when a second "have" would
  // stay behind ("…, and have shown that …").
  const perfect = /^(?:have|has)\s+([a-z]+)\b(?![-'’])/i.exec(text.slice(at));
  if (perfect) {
    const lemma = PARTICIPLE.get(perfect[1]!.toLowerCase());
    const rest = text.slice(at + perfect[0].length);
    return lemma && PERFECT_CLAIMS.has(lemma) && !/\b(?:have|has)\s+[a-z]+(?:ed|en|wn)\b/i.test(rest) ? { lemma, past: true, rest } : undefined;
  }
  const phrasal = new RegExp(String.raw`^(?:put\s+forward|set\s+out|carry\s+out|carried\s+out)\b`, 'i').exec(text.slice(at));
  const m = phrasal ?? /^([a-z][a-z-]*[a-z])\b(?![-'’])/i.exec(text.slice(at));
  if (!m) return undefined;
  const word = m[0].replace(/\s+/g, ' ').toLowerCase();
  const rest = text.slice(at + m[0].length);
  if (/^(?:[,;:.]|\s+(?:and|or|but)\b)/.test(rest) && !VERB_SET.has(word) && !PAST.has(word)) return undefined; // "we, the authors," / "we and others"
  if (VERB_SET.has(word)) return { lemma: word, past: false, rest };
  const lemma = PAST.get(word);
  if (lemma) return { lemma, past: true, rest };
  if (NOT_A_VERB.has(word) || /(?:ing|ed|[^su]s)$/.test(word)) return undefined;
  return { lemma: word, past: false, rest };
}


/**
 * Verbs that a "we" before "and" governs even after a clause of its own: "we propose X to reduce
 * Y and show that Z" — what a paper reports, not what its method does.
 */
export const REPORTING = new Set(['propose', 'introduce', 'present', 'show', 'demonstrate', 'prove', 'find', 'release', 'evaluate', 'validate', 'verify', 'conduct', 'discuss', 'establish', 'analyze', 'analyse', 'study', 'investigate', 'compare', 'illustrate', 'highlight', 'showcase', 'report', 'conclude', 'derive', 'provide', 'offer', 'identify', 'reveal', 'observe', 'outline', 'summarize', 'summarise', 'review', 'test', 'benchmark', 'explore', 'examine', 'confirm']);

/** Where the clause of "we" ends: a semicolon or colon, a dash, a bracket, or another subject "we". */
const CLAUSE_END = /;|:\s|\s[–—-]\s|\b[Ww]e\b|\bI\b/;
/** What opens a clause inside the one of "we", so a verb after "and" may be that clause's: "that", "which", "to" (not the preposition of "relative to", "due to"), "can". */
const INNER_CLAUSE = /\b(?:that|which|who|whose|whom|where|wherein|whereby|when|whenever|how|whether|if|because|while|whilst|whereas|since|although|though|unless|so|(?<!\b(?:relative|due|according|close|prior|compared|similar|equivalent|up|next|orthogonal|proportional|respect|thanks|addition|contrast)\s)to|can|could|may|might|must|shall|should|will|would|they)\b/gi;
/** After a coordinated verb, what shows it is a noun instead: "and design of", "and test," "and use." */
const NOUN_AFTER = /^(?:\s+(?:of|is|are|was|were|has|have|and|or|for)\b|\s*[,.;:)]|\s*$)/i;
/** The coordinated words: ", and then W", " and W", ", W", with an optional adverb. */
const COORDINATION = /(,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(then|also|further|finally|thereby|[a-z]+ly)\s+)?([a-z][a-z-]*[a-z])\b(?![-'’])/gi;
/**
 * Verbs that are as often nouns ("design space", "test set", "model size"): after "and" a verb
 * only when what follows reads as its object or complement ("and test it", "and model how …").
 */
const ALSO_A_NOUN = new Set(['design', 'search', 'test', 'use', 'model', 'train', 'study', 'review', 'survey', 'scale', 'report', 'release', 'note', 'document', 'link', 'cast', 'frame', 'view', 'bound', 'approach', 'update', 'support', 'match', 'question', 'answer', 'experiment', 'increase', 'advance', 'benchmark', 'craft', 'target', 'estimate', 'segment', 'probe', 'focus', 'aim', 'attempt', 'measure', 'merge', 'bridge', 'link', 'showcase', 'complement', 'supplement', 'prune', 'finetune', 'fine-tune', 'coin', 'freeze', 'embed', 'compute', 'outline', 'pose', 'treat', 'try']);
const OBJECT_AFTER = /^\s+(?:the|a|an|our|its|their|this|these|those|that|how|whether|what|which|why|it|them|on|to|with|in|against|across|over|both|each|all|several|various|multiple|different|existing|new|two|three|four|five|several)\b/i;

/**
 * The rest of a "we" clause with every verb coordinated with "we" in the third person: "… X
 * and show Y" → "… X and shows Y", "we review …, provide …, and conclude …" → "…, provides …,
 * and concludes …". Only a verb of the same clause: "we propose methods and models" keeps its
 * nouns, "we employ RL to select layers and tie them" the verb "to" governs, "where we first
 * optimize X and then train Y" its own "we". In the past tense ("we conducted … and found"),
 * the past forms turn present; undefined when a coordinated verb cannot be turned ("we studied
 * … and shown"), so the sentence stays as written.
 */
export function coordinatedVerbs(rest: string, past: boolean): string | undefined {
  const end = CLAUSE_END.exec(rest);
  const clause = end ? rest.slice(0, end.index) : rest;
  const accepted: { start: number; end: number; lemma: string; list: boolean }[] = [];
  let segmentStart = 0;
  for (const m of clause.matchAll(COORDINATION)) {
    // "and apply X": the optional adverb was the verb itself.
    const verbFirst = m[2] && VERB_SET.has(m[2].toLowerCase()) ? m[2] : undefined;
    const raw = verbFirst ?? m[3]!;
    const word = raw.toLowerCase();
    const wordStart = verbFirst ? m.index + m[1]!.length : m.index + m[0].length - m[3]!.length;
    const wordEnd = wordStart + raw.length;
    const afterAnd = /\b(?:and|or)\s*$/.test(m[1]!);
    const lemma = past ? (afterAnd ? PARTICIPLE : PAST).get(word) : VERB_SET.has(word) ? word : undefined;
    if (past && !lemma && /^(?:shown|proven|given|taken|done|seen|written|known|drawn|grown)$/.test(word)) return undefined;
    if (!lemma) continue;
    const next = clause.slice(wordEnd);
    if (NOUN_AFTER.test(next) || (ALSO_A_NOUN.has(lemma) && !OBJECT_AFTER.test(next))) continue;
    const segment = clause.slice(segmentStart, m.index);
    const list = !/\b(?:and|or)\s*$/.test(m[1]!); // ", W": an item of a list, kept only when an "and W" closes it
    const inner = [...segment.matchAll(INNER_CLAUSE)];
    if (inner.length > 0) {
      if (list) continue;
      const words = segment.slice(inner[0]!.index).split(/\s+/);
      // A plain present verb inside that clause ("that larger models generalize better and show …") may be the one "and" joins.
      const plural = words.some((w, i) => VERB_SET.has(w.toLowerCase()) && !ALSO_A_NOUN.has(w.toLowerCase()) && !/^(?:to|can|could|may|might|must|should|will|would)$/i.test(words[i - 1] ?? ''));
      // Only a clause whose verb agrees with a singular subject ("X, which decomposes …, and then implement Y") cannot be.
      // (An infinitive inside it may take the verb too, "to perform X and make Y", unless a comma parts them.)
      const blocker = m[1]!.includes(',') ? /^(?:can|could|may|might|must|shall|should|will|would|they)$/i : /^(?:to|can|could|may|might|must|shall|should|will|would|they)$/i;
      const singular = !inner.some((opener) => blocker.test(opener[0])) && words.some((w) => /^(?:is|was|has|does)$/i.test(w) || (THIRD_PERSON.has(w.toLowerCase()) && !ALSO_A_NOUN.has(PRESENT.get(w.toLowerCase()) ?? '')));
      if (plural || (!singular && !REPORTING.has(lemma))) continue;
    }
    accepted.push({ start: wordStart, end: wordEnd, lemma, list });
    if (!list) segmentStart = wordEnd;
  }
  // A list item counts only when a later "and W" of the same list is a verb too.
  const kept = accepted.filter((item, i) => !item.list || accepted.slice(i + 1).some((later) => !later.list));
  let out = rest;
  for (const item of kept.reverse()) out = `${out.slice(0, item.start)}${thirdPerson(item.lemma).toLowerCase()}${out.slice(item.end)}`;
  return out;
}

/**
 * Strips what the gist does not need in front of the claim: "In this paper, ", "Here ",
 * connectors ("However, ", "To this end, ") and a leading clause before "we" ("To address
 * this issue, we …", "Unlike previous work, we introduce …"), any number of times.
 * @example stripLeadIn('To address this issue, in this paper we propose X.') // 'we propose X.'
 */
export function stripLeadIn(sentence: string): string {
  let text = sentence.trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = text;
    text = text.replace(PAPER_LEAD_IN, '').replace(CONNECTOR, '');
    const we = WE.exec(text);
    if (we && we.index > 0 && we.index <= 250 && !/\bwe\b/i.test(text.slice(0, we.index))) {
      const after = text.slice(we.index + we[0].length);
      const contrast = PRIOR_CONTRAST.test(text.slice(0, we.index)) && MAKES_SOMETHING.test(after) && !REFERS_BACK.test(after);
      const lead = text.slice(0, we.index).replace(/,\s*$/, '');
      // "Given a factorization of an image into components, we present a method to control each
      // component": the condition names what the claim refers to, so it follows the claim instead.
      if (GIVEN.test(lead) && lead.length <= 120 && /[.!?]$/.test(after)) text = `${after.slice(0, -1)}, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}${after.slice(-1)}`;
      else if (LEAD_CLAUSE.test(text) || contrast) text = after;
    }
    if (text === before) break;
  }
  return text;
}

/**
 * "Our method, named ST-3 for …, obtains …" → "ST-3 obtains …", "Our proposed two-stage method,
 * known as 'Adapt-then-Unlearn,' excels …" → "Adapt-then-Unlearn excels …", "Our proposed
 * solution, the cross-refinement … transformer (CRAFT), integrates …" → "Proposes the cross-refinement …
 * transformer (CRAFT), which integrates …": the name says what "our method" only points at.
 */
const OUR_NAMED = /^Our\s+(?:proposed\s+|new\s+|novel\s+)?(?:[\w-]+\s+)?(?:method|approach|model|framework|algorithm|system|technique|architecture|network|solution|pipeline|scheme),?\s+(?:(?:known\s+as|named|called|dubbed|termed|coined)\s+(?:['"‘“]([^'"’”]{2,40}?),?['"’”]\s*,?|([^\s,'"‘“]{2,30})(?:\s+(?:for|after|as)\s+[^,]{1,80})?\s*,)|the\s+([^,;()]{3,100}\s\([A-Z][\w-]*\))\s*,(?!\s+(?:also\s+)?(?:outperform|achiev|surpass|obtain|yield|attain|exceed|beat|match|reach|perform|show|demonstrat|is\s+(?:\w+\s+)?(?:evaluated|tested|validated|compared|verified|shown)|was|were|has\s+been)\w*))\s+(?=[a-z])/;

/**
 * "Our method learns to prompt a model …" → "Proposes a method that learns to prompt a model …":
 * the paper's own method doing what it was made for (a verb of doing: "learns", "uses",
 * "decomposes"), in the gist's voice. Not what it achieves, lacks or how it was checked ("Our
 * method outperforms / fails / can outperform …", "Our approach is evaluated …", "Our model was
 * trained …"), nor what inspired it: those are no thing made.
 */
const OUR_THING_DOES = /^Our\s+(?:(?:proposed|new|novel)\s+)?(?:[\w-]+-[\w-]+\s+)?(method|approach|model|framework|algorithm|system|technique|architecture|network|pipeline|scheme)\s+(?=(?:\w+ly\s+)?(?:learns|uses|leverages|employs|combines|decomposes|introduces|builds|exploits|integrates|incorporates|adapts|applies|maps|represents|replaces|consists|treats|generates|predicts|encodes|selects|routes|prunes|quantizes|quantises|compresses|distills|distils|enables|allows|addresses|tackles|extends|augments|constructs|transforms|projects|partitions|splits|merges|aligns|injects|reuses|shares|factorizes|factorises|approximates|estimates|computes|captures|models|casts|reformulates|formulates|decouples|disentangles|unifies|bridges|avoids|eliminates|removes|reduces\s+the\s+need)\b)/;

/** "In this work, our method learns …" without its lead-in: the "our" left in lower case opens the sentence now. */
function ourOpening(claim: string): string {
  return /^our\b/.test(claim) ? capitalize(claim) : claim;
}

/** Whether a claim (a sentence without its lead-in, `stripLeadIn`) names the paper's own method as the subject of what it does: "Our proposed two-stage method, known as 'Adapt-then-Unlearn,' excels …". */
export function namesOwnMethod(claim: string): boolean {
  const named = OUR_NAMED.exec(ourOpening(claim));
  // What it does, not what it is ("L-GreCo is based on …"), which says less.
  return named !== null && !/^(?:is|are|was|were|has|have)\b/.test(claim.slice(named[0].length));
}

/** The gerunds of making, back to the verb: "introducing" → "introduce". */
const MAKING = new Map(['introduce', 'propose', 'present', 'develop', 'design', 'build', 'create', 'construct', 'formulate', 'derive', 'devise'].map((verb) => [verb === 'build' ? 'building' : `${verb.replace(/e$/, '')}ing`, verb]));
/** "Our goal is to bridge this gap by introducing X" → "Introduces X": only a goal that points back ("this gap"); a goal of its own ("to learn robust representations") is part of the claim and stays. */
const OUR_GOAL_BY = new RegExp(String.raw`^Our\s+(?:main\s+|key\s+)?(?:goal|aim|objective|idea|strategy)\s+is\s+to\s+(?=[^,.;]{0,60}?\b(?:this|these|such|the\s+above|the\s+aforementioned)\b)[^,.;]{1,120}?\s+by\s+(${[...MAKING.keys()].join('|')})\s+(?=\S)`, 'i');

/** "Our empirical results suggest that …" opening the claim (`OUR_RESULTS_SAY`). */
const OPENS_WITH_RESULTS = new RegExp(String.raw`^${OUR_RESULTS_SAY}\s+`, 'i');

/**
 * A contribution sentence as a gist: lead-ins stripped, "we propose X" → "Proposes X",
 * "This paper introduces X" → "Introduces X"; any other opening only capitalized.
 * @example contributionGist('In this paper, we propose FastAdapt, a linear-time adapter.') // 'Proposes FastAdapt, a linear-time adapter.'
 */
export function contributionGist(sentence: string): string {
  const text = ourOpening(stripLeadIn(sentence))
    .replace(OUR_NAMED, (_, quoted: string | undefined, name: string | undefined, described: string | undefined) => (described === undefined ? `${quoted ?? name} ` : `Proposes the ${described}, which `))
    .replace(OUR_THING_DOES, (_, noun: string) => `Proposes ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} that `);
  // "Our empirical results suggest that X" → "Suggests that X": the paper's finding, its hedge kept.
  const says = OPENS_WITH_RESULTS.exec(text);
  if (says) return `${capitalize(thirdPerson(says[1]!.toLowerCase()))} that ${text.slice(says[0].length)}`;
  const goal = OUR_GOAL_BY.exec(text);
  if (goal) return `${thirdPerson(MAKING.get(goal[1]!.toLowerCase())!)} ${text.slice(goal[0].length)}`;
  const we = weVerb(text);
  const rest = we && coordinatedVerbs(we.rest, we.past);
  // "we present here a network" → "Presents a network": "here" is the paper, which the gist speaks for.
  if (we && rest !== undefined) return `${thirdPerson(we.lemma)}${rest.replace(/^\s+(?:here|herein|hereby)\b(?=\s+(?:a|an|the|two|three|several|new|novel|our|its|\w+s)\b)/i, '')}`;
  const paper = PAPER_VERB.exec(text);
  const verb = paper?.[1]!.replace(/\s+/g, ' ').toLowerCase() ?? '';
  const after = paper ? text.slice(paper[0].length) : '';
  // A past form can be the paper's verb ("This study proposed a paradigm") or a participle
  // describing it ("The work presented here shows …", "The study conducted in …"): only the
  // first is rewritten.
  const present = THIRD_PERSON.has(verb);
  const describes = !present && /^(?:\s*,|\s+(?:here|herein|below|above|earlier|previously|in|by|at|on|for|with|from|under|during|to|across|over|using|via|\w+ly)\b)/i.test(after);
  if (paper && present) return `${capitalize(verb)}${after}`;
  const lemma = PAST.get(verb);
  // In the past tense every verb coordinated with the first turns present too ("studied … and
  // found" → "Studies … and finds"), or the sentence stays as written.
  const coordinated = paper && !describes && lemma ? coordinatedVerbs(after, true) : undefined;
  if (lemma && coordinated !== undefined) return `${thirdPerson(lemma)}${coordinated}`;
  return capitalize(text);
}

/** A gist (already in its voice: "Proposes …") that makes something: the claim is the thing made, not what it was made for; `MAKES_SOMETHING` is the same test on the abstract's sentence ("we propose …"). */
export const GIST_MAKES = /^(?:Proposes|Introduces|Presents|Develops|Designs|Devises|Builds|Constructs|Creates|Offers|Releases|Provides|Formulates|Derives|Describes|Puts\s+forward|Unveils)\s/;

/**
 * A last clause that only points back at what the paper answers: "… to tackle these challenges",
 * "…, which relaxes these constraints", "… based on the above findings". Not "for …": what is
 * made for something is often the claim ("evidence for this hypothesis").
 */
const POINTS_BACK = String.raw`(?:all\s+|both\s+)?(?:of\s+)?(?:${BACK_DETERMINER}\s+(?:[\w-]+\s+)?${BACK_NOUN}|(?:this|these|them|it)(?=\s*[,.;!?]|\s*$|\s+(?:by|through|via|using|with)\s))`;
const TO_SOLVE = String.raw`(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:address|tackle|solve|overcome|mitigate|alleviate|resolve|handle|fix|remedy|circumvent|bridge|fill|close|meet|answer|deal\s+with|cope\s+with)`;
const POINTER_TAIL = new RegExp(
  String.raw`(?:,\s*|\s+)(?:${TO_SOLVE}|(?:which|that)\s+(?:\w+ly\s+)?(?:address|tackl|solv|overcom|mitigat|alleviat|resolv|relax|bridg|fill|clos|remed|circumvent)\w*|based\s+on|building\s+on|motivated\s+by|inspired\s+by|guided\s+by|in\s+light\s+of)\s+${POINTS_BACK}\s*([.!?]?)$`,
  'i',
);

/**
 * The same purpose inside the gist, before how the thing made works or what it is: "Proposes
 * DistriFusion to tackle this problem by leveraging parallelism …", "Proposes the MMoE layer to
 * address this, focusing on vision models." The "by …" or ", …" that follows stays.
 */
const POINTER_PURPOSE = new RegExp(String.raw`\s+${TO_SOLVE}\s+${POINTS_BACK}(?=\s+(?:by|through|via|using|with)\s|,\s)`, 'i');

/** An aside that only points back: "Develops a new class of techniques, circumventing this problem, by biasing …". */
const POINTER_ASIDE = new RegExp(String.raw`,\s+(?:circumvent|address|tackl|solv|overcom|mitigat|alleviat|resolv|bridg|avoid)ing\s+${POINTS_BACK},(?=\s)`, 'gi');

/**
 * "… to enrich the token interaction power in three ways.", "…, consisting of three main steps.":
 * the ways or steps are in words the gist does not show. Only after a purpose ("to enrich X"):
 * "heads specialize in two ways" would lose its claim; never "directions" or "perspectives",
 * which are often meant literally ("scans the patches in four directions").
 */
const COUNTED_TAIL = /(?<=\bto\s+[a-z]+\s+(?:\S+\s+){1,8}\S+)\s+in\s+(?:two|three|four|five|several|multiple)\s+(?:\w+\s+)?(?:ways|aspects|respects)\s*([.!?]?)$|(?<=\S\s+\S+\s+\S+\s+\S+\s+\S+),?\s+(?:consisting\s+of|comprising|composed\s+of|made\s+up\s+of)\s+(?:two|three|four|five|several|multiple)\s+(?:\w+\s+){0,2}(?:steps|stages|phases|components|modules|parts|designs|strategies|techniques|innovations|elements)\s*([.!?]?)$/i;

/**
 * The gist without a last phrase that counts what it does not show (`COUNTED_TAIL`): "Presents Strip-MLP to enrich
 * the token interaction power in three ways." → "… interaction power."; also after a cut ("…, consisting of three main steps: (1) …").
 */
export function dropCountedTail(gist: string): string {
  return gist.replace(COUNTED_TAIL, (_, end?: string, listEnd?: string) => end || listEnd || '.');
}

/**
 * A gist without the last clause that only points back at an earlier sentence, when it makes
 * something and what it makes still reads as a statement of its own (four words or more after
 * the verb), or without such a purpose inside it when how or what follows; otherwise the gist
 * unchanged. An opening that only points back at what is solved ("Tackles these issues by adapting
 * X" → "Adapts X", `solvedByDoing`), an aside that only points back (", circumventing this
 * problem,") and a count of what the gist does not show (`dropCountedTail`) go first.
 * @example dropPointerTail('Proposes IL-NeRF, a novel framework for incremental NeRF training, to address this challenge.') // 'Proposes IL-NeRF, a novel framework for incremental NeRF training.'
 * @example dropPointerTail('Presents DecompX to tackle these challenges.') // unchanged: "Presents DecompX." says too little
 * @example dropPointerTail('Proposes DistriFusion to tackle this problem by leveraging parallelism across GPUs.') // 'Proposes DistriFusion by leveraging parallelism across GPUs.'
 * @example dropPointerTail('Develops a new class of techniques, circumventing this problem, by biasing training.') // 'Develops a new class of techniques by biasing training.'
 */
export function dropPointerTail(text: string): string {
  const gist = dropCountedTail(solvedByDoing(text).replace(POINTER_ASIDE, ''));
  const tail = pointerTail(gist);
  if (tail && !tail.thin) return `${tail.head}${tail.end}`;
  const purpose = GIST_MAKES.test(gist) ? POINTER_PURPOSE.exec(gist) : null;
  // "Proposes to address this by …": the purpose is what is proposed, nothing is made before it
  if (purpose === null || !/^\S+(?:\s+forward)?\s+\S/.test(gist.slice(0, purpose.index))) return gist;
  const kept = gist.slice(0, purpose.index) + gist.slice(purpose.index + purpose[0].length);
  return kept.split(/\s+/).length >= 5 ? kept : gist;
}

/**
 * Whether the gist only says what it makes and that it answers an earlier sentence: "Presents
 * DecompX to tackle these challenges.", "Designs Buff to address these issues."
 */
export function pointsBackOnly(gist: string): boolean {
  return pointerTail(gist)?.thin ?? false;
}

function pointerTail(gist: string): { head: string; end: string; thin: boolean } | undefined {
  if (!GIST_MAKES.test(gist)) return undefined;
  const tail = POINTER_TAIL.exec(gist);
  if (!tail) return undefined;
  const head = gist.slice(0, tail.index).replace(/[\s,;:–—-]+$/, '');
  return { head, end: tail[1] || '.', thin: head.split(/\s+/).length < 5 };
}

/**
 * "Tackles these issues by adapting X" (what it solves only points back; how is the claim): the
 * gerund, group 2, with an optional adverb, group 1.
 */
const SOLVED_BY_DOING = new RegExp(
  String.raw`^(?:Tackles|Addresses|Solves|Overcomes|Mitigates|Alleviates|Resolves|Handles|Circumvents)\s+(?:all\s+|both\s+)?(?:of\s+)?${BACK_DETERMINER}\s+(?:[\w-]+\s+)?${BACK_NOUN}\s+(?:by|through|via)\s+(?:([a-z]+ly)\s+)?([a-z]+ing)\b`,
);

/** A gerund's verb, when it is one of `VERBS`: "adapting" → "adapt", "using" → "use", "running" → "run". */
function gerundVerb(gerund: string): string | undefined {
  const stem = gerund.slice(0, -3);
  return [stem, `${stem}e`, /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : ''].find((verb) => VERB_SET.has(verb));
}

/**
 * "Tackles these issues by automatically adapting the data augmentation …" → "Automatically
 * adapts the data augmentation …": the issues are an earlier sentence's, the way the paper
 * solves them is its claim. Only for a gerund of a known verb; any other gist comes back as it is.
 */
function solvedByDoing(gist: string): string {
  const m = SOLVED_BY_DOING.exec(gist);
  const lemma = m && gerundVerb(m[2]!);
  if (!m || !lemma) return gist;
  const verb = thirdPerson(lemma).toLowerCase();
  return `${m[1] ? `${capitalize(m[1])} ${verb}` : capitalize(verb)}${gist.slice(m[0].length)}`;
}

/**
 * ", and presents X": a second claim of the paper's, coordinated with the first, that states what
 * the paper makes, shows or studies (not an aim: "and aims to answer …", "and makes a first
 * attempt …").
 */
const AND_SECOND_CLAIM = new RegExp(String.raw`(?:,\s*|\s+)and\s+(?:also\s+|then\s+|further\s+)?(?=(?:${phraseAlternation([...PERFECT_CLAIMS, 'reveal', 'extend'].map(thirdPerson))})\s)`, 'gi');

/**
 * A gist of two coordinated claims whose first leans on a sentence the gist does not show, as
 * its second claim alone when that one stands alone (no "this", "its", "such" of its own) and says
 * enough (five words or more):
 * "Proposes a different realisation of this idea and presents PrimeDepth, a method …" →
 * "Presents PrimeDepth, a method …". The claim kept is not touched; the one dropped could not
 * be read without the abstract.
 * @example keepStandingClaim('Investigates this setting and studies the impact of LoRA rank on forgetting.') // 'Studies the impact of LoRA rank on forgetting.'
 */
export function keepStandingClaim(gist: string): string {
  for (const m of gist.matchAll(AND_SECOND_CLAIM)) {
    const first = gist.slice(0, m.index);
    const second = capitalize(gist.slice(m.index + m[0].length));
    if ((first.match(/[([]/g)?.length ?? 0) !== (first.match(/[)\]]/g)?.length ?? 0)) continue; // inside brackets
    // "a sampler that mitigates this problem and finds …": the second verb is the sampler's, not the paper's
    if (/\b(?:that|which|who|whose)\b/i.test(first)) continue;
    if (!leansOnContext(`${first}.`) || leansOnContext(second) || /\b(?:this|these|those|such|its|their|it|them)\b/i.test(second) || second.split(/\s+/).length < 5) continue;
    return second;
  }
  return gist;
}
