/**
 * What a reviewer checks of a one-line gist, as predicates the audit (`npm run audit`) and the
 * tests share: does it open with a lead-in that only makes sense after the abstract's earlier
 * sentences, does it lean on a sentence it does not show ("these challenges"), does it stop
 * mid-thought, does it say what the paper does.
 */

import { phraseAlternation, THIRD_PERSON_VERBS, VERBS } from './claim-verbs.ts';

/** "In this paper/work …", "Here, we …": a lead-in the gist does not need. */
const PAPER_LEAD_IN = /^(?:(?:in|with|through|by)\s+this\s+(?:extended\s+)?(?:paper|work|study|article|thesis|dissertation|letter|report|note|abstract|project|survey|review)\b|here,?\s+we\b)/i;

/**
 * A connector that points back at a sentence the gist does not show: "To address this …",
 * "However, …", "Based on these insights, …".
 */
const DANGLING = new RegExp(
  '^(?:' +
    [
      String.raw`(?:however|moreover|furthermore|additionally|in\s+addition|therefore|thus|hence|consequently|finally|specifically|instead|meanwhile|nevertheless|nonetheless|accordingly|in\s+particular|in\s+contrast|as\s+a\s+result|to\s+this\s+end|to\s+that\s+end|unfortunately|besides|then|also|overall|similarly|likewise|in\s+turn|to\s+do\s+so|for\s+this\s+purpose)\b`,
      // A leading clause that leans on the sentence before: "To address this issue,", "Motivated by these findings,".
      String.raw`(?:to|based|motivated|inspired|building|drawing|guided|driven|following|given|leveraging|attempting|addressing|for|with|in|on|by|towards?|as)\b(?:\s+[\w-]+){0,5}?\s+(?:this|these|that|those|such|it|them|its)\b[^,]{0,40},`,
    ].join('|') +
    ')',
  'i',
);

/** Whether the gist opens with "In this paper/work …" or "Here, we …". */
export function hasPaperLeadIn(gist: string): boolean {
  return PAPER_LEAD_IN.test(gist.trim());
}

/** Whether the gist opens with a connector to a sentence it does not show ("To address this, …"). */
export function hasDanglingLeadIn(gist: string): boolean {
  const text = gist.trim();
  return !hasPaperLeadIn(text) && DANGLING.test(text);
}

/** The third person of the verbs a gist opens with: "Proposes", "Studies", "Analyses". */
const CLAIM_VERB =
  'Proposes|Introduces|Presents|Develops|Designs|Describes|Shows|Proves|Demonstrates|Derives|Establishes|Formulates|Studies|Investigates|Analy[sz]es|Explores|Examines|Evaluates|Benchmarks|Provides|Releases|Builds|Constructs|Offers|Extends|Generali[sz]es|Reveals|Finds|Identifies|Characteri[sz]es|Reports|Unveils|Creates|Tackles|Addresses|Revisits|Surveys|Reviews|Bounds|Compares|Measures|Argues|Challenges|Applies|Adapts|Uses|Learns|Trains|Devises|Focuses|Considers|Categori[sz]es|Hypothesi[sz]es|Takes|Delves|Aims|Observes|Conducts|Tests|Discusses|Implements|Employs|Leverages|Exploits|Combines|Integrates|Incorporates|Explains|Quantifies|Unifies|Connects|Decomposes|Approximates|Rethinks|Uncovers|Outlines|Summari[sz]es|Validates|Verifies|Assesses';

/** "this / these / such / the above …": a determiner pointing back at an earlier sentence. */
export const BACK_DETERMINER = String.raw`(?:this|these|those|such|the\s+above(?:-mentioned)?|the\s+aforementioned|aforementioned|the\s+former|the\s+latter)`;

/** What such a determiner points back at: the problem, method or finding an earlier sentence named. */
export const BACK_NOUN = String.raw`(?:problems?|issues?|challenges?|limitations?|methods?|approach(?:es)?|models?|gaps?|questions?|tasks?|settings?|observations?|findings?|insights?|phenomen(?:on|a)|drawbacks?|shortcomings?|difficult(?:y|ies)|concerns?|obstacles?|bottlenecks?|weakness(?:es)?|deficienc(?:y|ies)|ideas?|results?|techniques?|algorithms?|systems?|propert(?:y|ies)|scenarios?|constraints?|goals?|architectures?|frameworks?|strateg(?:y|ies)|works|efforts?|trade-?offs?|barriers?|requirements?|needs?|paradigms?|thes[ie]s|hypothes[ie]s|claims?|constructions?|variants?|procedures?|disparit(?:y|ies)|discrepanc(?:y|ies)|behaviou?rs?|trends?|mechanisms?|formulations?|process(?:es)?|famil(?:y|ies)|lines?\s+of\s+(?:work|research)|choices?|decisions?|practices?|assumptions?|beliefs?|aspects?|factors?)`;

/**
 * A back-reference: the determiner, at most one modifier ("these two approaches", "this recent
 * finding"), the noun. Two or more modifiers describe the referent well enough on their own
 * ("these very deep architectures", "this scale-wise autoregressive framework").
 */
const BACK_REFERENCE = new RegExp(String.raw`\b${BACK_DETERMINER}\s+(?:[\w-]+\s+)?(${BACK_NOUN})\b`, 'gi');
/**
 * A back-reference by any noun: "these symmetries", "these transformations", "this learning
 * setting", "these temporarily ineffective parameters" (an adverb and one modifier at most), the
 * noun told by what follows it (a preposition, a relative, a verb, a comma or the end), in lower
 * case (an acronym, "these SSMs", is a name the reader can look up). "Such as" lists; the
 * paper's references to itself ("this paper", "this thesis"), a place in the text and the
 * purpose connectives ("to this end", "in this way") are not.
 */
const OPEN_BACK_REFERENCE =
  /\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch(?!\s+(?:as|that)\b))\s+(?:[a-z]+ly\s+)?(?:[a-z][\w-]*\s+)?([a-z][\w-]*[a-z])(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|for|to|with|and|or|by|on|at|from|into|over|under|between|across|via|that|which|is|are|was|were|can|could|will|would|may|might|must|should|has|have|had|does|do|remain|remains)\b)/g;
const NOT_A_BACK_NOUN =
  /^(?:as|that|a|an|the|it|its|is|are|was|were|be|been|paper|papers|work|study|article|thesis|dissertation|survey|review|manuscript|report|note|letter|chapter|section|abstract|project|end|way|ways|regard|respect|time|point|context|sense|manner|fashion|kind|type|types|form|forms|extent|purpose|reason|direction|line|vein|spirit|light|perspective|view|day|year|date|setup|submission|talk|tutorial|one|ones|two|three|far|much|many|more|most|all|both|each|other|same|very|also|well|new|different|various|far)$/i;

/** A verb or noun that solves or disputes what it points back at: "to address this issue", "bridges this gap", "a simple solution to this problem", "challenges this belief". */
const SOLVES = /\b(?:(?:address|tackl|solv|overcom|mitigat|alleviat|resolv|handl|fix|remed|circumvent|bridg|fill|clos|target|answer|challeng|refut|disprov|overturn|dispel|debunk)\w*|solutions?\s+(?:to|for)|remed(?:y|ies)\s+(?:to|for)|fix(?:es)?\s+(?:to|for)|answers?\s+to)\s+(?:all\s+)?(?:of\s+)?$/i;
/**
 * What makes up for the reference after it: how it is solved ("… this issue by introducing X",
 * "… these problems can be solved by formulating Y") or the list it stands for ("… such
 * algorithms: dynamic architectures, …"). A second claim does not ("Investigates this setting
 * and studies Z" still sends the reader looking for the setting; the rewrite keeps "Studies Z").
 */
const THEN_HOW = /^,?\s*(?:by|through|via|using|with|for\s+the)\b/i;
const SOLVED_BY = /^\s+(?:can|could|may)\s+be\s+(?:\w+ly\s+)?(?:solved|addressed|tackled|overcome|mitigated|alleviated|resolved|fixed|remedied|circumvented)\s+(?:by|through|via|using|with)\b/i;
const SPELLED_OUT = /^:\s+\S/;

/** "… to overcome this limitation and train networks that …": what solving it takes, as a second verb of the same "to". */
const AND_TO_DO = new RegExp(String.raw`^\s+and\s+(?:${phraseAlternation(VERBS)})\s+\S+\s+\S+`, 'i');

/**
 * "It …", "They …", "This is …": a subject that only an earlier sentence names, opening the gist
 * or right after its claim verb ("Shows it can be factored through …", "Proves that they converge",
 * "Demonstrates both analytically and empirically that this can lead to …", "Demonstrates its ability to …");
 * not the "it" of "it is possible to …" or "it takes only …", which stands for nothing.
 */
const PRONOUN_SUBJECT = new RegExp(
  String.raw`^(?:(?:${CLAIM_VERB})\s+(?:(?:(?:[\w-]+ly|both|and|also|further|then|again),?\s+){1,5}that\s+|that\s+)?)?(?:(?:its|their)(?=\s)|it(?!\s+(?:takes|seems|appears|turns\s+out|remains|follows|suffices)\b)(?!\s+(?:is|was)\s+(?:\w+\s+)?(?:possible|impossible|feasible|infeasible|necessary|sufficient|beneficial|important|crucial|essential|difficult|hard|easy|natural|common|known|shown|proven|clear|unclear|likely|unlikely|challenging|desirable)\b)|they|(?:this|these|those)\s+(?:is|are|was|were|can|could|will|would|has|have|had|allows?|enables?|leads?|makes?|yields?|shows?))\b(?![-'’])`,
  'i',
);
/** "Finds that some of them …": a part of what an earlier sentence listed, right after the claim verb ("Benchmarks twenty LLMs and finds that most of them fail" names them first). */
const PART_OF_THEM = new RegExp(String.raw`^(?:${CLAIM_VERB})\s+(?:that\s+)?(?:some|all|each|both|many|most|none|several|one|two|three)\s+of\s+them\b`, 'i');
/** "… finetuned in that way", "trained in this manner": how an earlier sentence said it was done. */
const IN_THAT_WAY = /\b(?:in|by)\s+(?:that|this|such\s+a|the\s+same)\s+(?:way|manner|fashion)\b(?!\s+(?:as|that)\b)/i;
/** "… may grossly violate (A)", "… holds under (B)": a statement an earlier sentence labelled, by its label alone. */
const UNSEEN_LABEL = /\b(?:violates?|violating|satisf(?:y|ies|ying)|holds?|under|of|to|from|with|by)\s+\([A-Z]\d?\)/;
/** "the proposed method": the paper's method, named only in an earlier sentence. */
const PROPOSED_UNNAMED = /\bthe\s+(?:proposed|presented|aforesaid)\s+(method|approach|model|framework|algorithm|technique|scheme|system|architecture|strategy|network|solution)\b/gi;
/**
 * "Shows the approach works well …": a bare "the approach", which only an earlier sentence
 * names; not one the words after it define ("the approach of …", "the method that …", "the
 * framework for …") or one set as a term ("the method of moments") or one a name follows ("the framework MASIL").
 */
const THE_UNNAMED = /\b[Tt]he\s+(method|approach|procedure|technique|scheme|framework|algorithm)\b(?!\s+(?:of|for|to|that|which|who|where|whereby|we|called|named|known|based|used|proposed|introduced|described|presented|developed|outlined|given|above|below)\b)(?!\s+[A-Z\d])(?![-’'(])/g;

/** The singular of a noun, enough to find it again earlier in the gist: "approaches" → "approach". */
function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (/ies$/.test(lower)) return lower.slice(0, -3);
  if (/(?:ch|sh|ss|x)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/**
 * Whether the gist's meaning depends on a sentence it does not show: a back-reference ("these
 * challenges", "this method", "such models", "the above issues") whose noun the gist has not
 * named before it, or "It / They" as the subject it opens with. A reference the rest of the
 * gist makes up for is fine ("… to address this issue by introducing X"), and so are the
 * paper's references to itself ("this paper", "this work").
 * @example leansOnContext('Presents DecompX to tackle these challenges.') // true
 * @example leansOnContext('Tackles these issues by automatically adapting the data augmentation.') // false
 */
export function leansOnContext(gist: string): boolean {
  const text = gist.trim();
  if (PRONOUN_SUBJECT.test(text) || PART_OF_THEM.test(text) || IN_THAT_WAY.test(text) || UNSEEN_LABEL.test(text)) return true;
  for (const m of [...text.matchAll(PROPOSED_UNNAMED), ...text.matchAll(THE_UNNAMED)]) if (!new RegExp(String.raw`\b${m[1]}`, 'i').test(text.slice(0, m.index))) return true;
  // "those observed in …", "those obtained with …": a participle the words after it define, not a noun
  const open = [...text.matchAll(OPEN_BACK_REFERENCE)].filter((m) => !NOT_A_BACK_NOUN.test(m[1]!) && !/ed$/.test(m[1]!));
  for (const m of [...text.matchAll(BACK_REFERENCE), ...open]) {
    if (m.index === 0 && /^this\s+thesis$/i.test(m[0])) continue; // the thesis itself, "This thesis provides …"
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (new RegExp(String.raw`\b${singular(m[1]!)}`, 'i').test(before)) continue; // named in the gist itself
    if ((SOLVES.test(before) && (THEN_HOW.test(after) || AND_TO_DO.test(after))) || SOLVED_BY.test(after) || SPELLED_OUT.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * A last word that cannot end a clause: a preposition, conjunction, article, relative or
 * auxiliary ("… such as.", "… and.", "… of the.", "… as well as.", "… compared."), whose
 * complement the cut took away.
 */
const DANGLING_LAST_WORD =
  /\b(?:a|an|the|of|to|for|with|by|from|in|into|onto|upon|at|via|as|than|and|or|but|nor|such\s+as|as\s+well\s+as|which|whose|whom|who|while|whilst|whereas|because|although|though|if|unless|whether|when|where|its|their|our|is|are|was|were|be|been|can|could|will|would|should|may|might|must|not|between|including|like|namely|compared|according|due|prior|followed|towards?|without|within|among|amongst|across|through|throughout|over|under|per|versus|thereby)[.!?]$/i;
/**
 * A verb left without its object: "… while keeping, or even enhancing." (the object followed
 * the second verb), "… while adhering." / "… whilst preserving.", "…: we show.", "…, allowing.".
 */
const OBJECTLESS_VERB = /\b\w+ing,\s+(?:or|and|but|if\s+not)\s+(?:(?:even|also|possibly|potentially|sometimes|at\s+least)\s+)?\w+ing[.!?]$|\b(?:while|whilst)\s+(?:\w+ly\s+)?\w+ing[.!?]$|\b(?:we|I)\s+(?:\w+\s+)?(?:show|demonstrate|prove|find|observe|argue|believe)[.!?]$|,\s+(?:\w+ly\s+)?(?:allowing|enabling|making|leading|resulting|yielding|achieving|improving|reducing|providing|giving|requiring|permitting|including|outperforming|surpassing|offering|maintaining|preserving|keeping|enhancing|ensuring|exceeding|matching|rivaling|rivalling)[.!?]$/i;

/**
 * Whether the gist stops mid-thought: an ellipsis, no sentence-final punctuation, or a clause
 * left unfinished before the final period (a dangling preposition, conjunction or article, a
 * verb without its object).
 */
export function isCutMidThought(gist: string): boolean {
  const text = gist.trim();
  if (!text) return false;
  return /…$|\.\.\.$/.test(text) || !/[.!?]["'”’)\]]*$/.test(text) || DANGLING_LAST_WORD.test(text) || OBJECTLESS_VERB.test(text) || OPEN_ITEM.test(text);
}

/** A numbered item or an aside the cut left without its clause: "…, and 2." (not "between 1 and 2."), "…, and, thanks to their continuous nature." */
const OPEN_ITEM = /,\s+(?:and|or)\s+\d{1,2}[.!?]$|\b(?:and|but|or),\s+[^,]+[.!?]$/i;

/** Verbs that say what a paper does, in any form ("proposes", "we introduce", "is shown"). */
const CONTRIBUTION_VERB =
  /\b(?:propos|introduc|present|develop|design|devis|describ|show|prov(?:e|es|ed|ing|en)\b|demonstrat|deriv|establish|formulat|stud(?:y|ies|ied)|investigat|analy[sz]|explor|examin|evaluat|benchmark|provid|releas|build|construct|offer|extend|generali[sz]|reveal|find|found\b|identif|characteri[sz]|report|unveil|creat|contribut|tackl|address|reformulat|revisit|leverag|exploit|apply|appli|adapt|compar|measur|quantif|survey|review|bound|learn|train|use|uses|using|achiev|enabl|improv|reduc|outperform|accelerat|compress|prun|quantiz|distill|merg|scal|combin|replac|augment|trac|predict|captur|explain|argu|challeng|question|model|focus|consider|categori[sz]|hypothesi[sz]|take|delv|aim|observ|conduct|test|discuss|implement|employ|integrat|incorporat|unif|connect|decompos|approximat|rethink|uncover|outlin|summari[sz]|validat|verif|assess)/i;

/** "Proposes X", "X: …", "We …", "This paper …", "Our …": a sentence about the paper itself. */
const ABOUT_THE_PAPER = new RegExp(String.raw`^(?:we\b|our\b|this\s+(?:paper|work|study|article|thesis|dissertation|letter|report|note)\b|the\s+(?:paper|authors)\b|(?:${CLAIM_VERB})\b)`, 'i');

/**
 * "Probes …", "Linearizes …": a gist the rewrite of "we <verb>" made, about the paper and saying
 * what it does; not a plural noun as the subject ("Studies have shown …", "Models are …").
 */
// "Automatically adapts …": an adverb may come first.
const OPENS_WITH_CLAIM_VERB = new RegExp(String.raw`^(?:[a-z]+ly\s+)?(?:${phraseAlternation(THIRD_PERSON_VERBS)})\b(?!\s+(?:are|were|have|had|can|could|may|might|will|would|should|do|did|show|suggest|indicate|of)\b)`, 'i');

/** "ST-3 obtains …", "LLaMP outperforms …": a coined method name (capitals or digits inside) stating its result. */
const COINED_NAME_CLAIMS = /^[A-Z][A-Za-z]*[A-Z0-9][\w-]*\s+(?:\w+ly\s+)?(?:obtains|achieves|outperforms|improves|reduces|enables|attains|reaches|sets|matches|surpasses|yields|delivers)\b/;

/**
 * Whether the gist says what the paper does: about the paper ("We …", "This paper …", a
 * third-person verb as in "Proposes …" or "Probes …", or a method name then a colon) and with a verb of
 * contribution; a background sentence ("Transformers are widely used.") does not.
 */
export function statesContribution(gist: string, title = ''): boolean {
  const text = gist.trim();
  if (!text) return false;
  const name = methodName(title);
  const aboutPaper =
    ABOUT_THE_PAPER.test(text) ||
    /^[^\s:]{2,40}(?:\s[^\s:]{1,20}){0,3}:\s/.test(text) ||
    (name !== '' && text.startsWith(name)) ||
    COINED_NAME_CLAIMS.test(text) ||
    /\b(?:we|our|this\s+(?:paper|work|study|article))\b/i.test(text);
  return OPENS_WITH_CLAIM_VERB.test(text) || (aboutPaper && CONTRIBUTION_VERB.test(text));
}

/**
 * The name a title gives its method: the part before a colon when it is short ("LoRA: …" →
 * "LoRA"), else ''.
 * @example methodName('Mamba: Linear-Time Sequence Modeling') // 'Mamba'
 */
export function methodName(title: string): string {
  const m = /^([^:]{2,40}):\s/.exec(title.trim());
  if (!m || m[1]!.split(/\s+/).length > 4) return '';
  return m[1]!.trim();
}
