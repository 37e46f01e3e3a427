/**
 * The verbs a paper's own sentence uses after "we" ("we propose", "we probe", "we review and
 * synthesize"), shared by the rewrite that turns them into "Proposes …" (gist-rewrite.ts) and the
 * quality check that recognises such a gist as about the paper (gist-quality.ts).
 */

/** Verbs of "we <verb> …" that turn into "<Verb>s …", and that a "we" before "and" may also govern. */
export const VERBS: readonly string[] = [
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
  'merge', 'scale', 'accelerate', 'reduce', 'enable', 'implement', 'collect', 'curate',
  'pretrain', 'pre-train', 'fine-tune', 'finetune', 'rethink', 'uncover', 'outline', 'survey',
  'review', 'summarize', 'summarise', 'discuss', 'put forward', 'open-source', 'tailor',
  'attempt', 'try', 'set out', 'embark', 'elucidate', 'demystify', 'unify', 'connect', 'relate', 'link',
  'decompose', 'factorize', 'approximate', 'simulate', 'search', 'select', 'test', 'categorize',
  'categorise', 'classify', 'organize', 'organise', 'validate', 'verify', 'posit', 'hypothesize',
  'conjecture', 'note', 'recast', 'instantiate', 'operationalize', 'assess', 'document',
  // Verbs the shipped abstracts use after "we" that the list above missed ("We probe …", "we review and synthesize …").
  'probe', 'showcase', 'illustrate', 'target', 'linearize', 'transpose', 'approach', 'synthesize', 'synthesise',
  'contextualize', 'conclude', 'utilize', 'utilise', 'resurrect', 'add', 'suggest', 'complement', 'update',
  'formalize', 'formalise', 'craft', 'reparameterize', 'adopt', 'overcome', 'include', 'pose', 'remove',
  'confirm', 'generate', 'supplement', 'experiment', 'modify', 'substantiate', 'analogize', 'minimize',
  'represent', 'initialize', 'initialise', 'support', 'envision', 'consolidate', 'automate', 'decouple',
  'eliminate', 'substitute', 'adjust', 'retrofit', 'propagate', 'tune', 'optimize', 'optimise', 'customize',
  'divide', 'enlarge', 'simplify', 'advance', 'articulate', 'reassess', 'align', 'maintain', 'emphasize',
  'emphasise', 'reframe', 'encourage', 'answer', 'estimate', 'determine', 'coin', 'refine', 'increase',
  'expand', 'pursue', 'embed', 'deploy', 'question', 'freeze', 'encode', 'retrieve', 'recover', 'compute',
  'produce', 'outperform', 'facilitate', 'match', 'inspect', 'visualize', 'visualise', 'pinpoint', 'unravel',
  'undertake', 'carry out', 'see',
];

/**
 * The third person of a verb phrase: "propose" → "Proposes", "study" → "Studies",
 * "put forward" → "Puts forward".
 */
export function thirdPerson(verb: string): string {
  const [head = '', ...rest] = verb.split(/\s+/);
  const lower = head.toLowerCase();
  const inflected = /(?:s|sh|ch|x|z)$/.test(lower) ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : lower === 'do' || lower === 'go' ? `${lower}es` : `${lower}s`;
  return [capitalize(inflected), ...rest].join(' ');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A regular-expression alternation of phrases, longest first so a phrase wins over its prefix,
 * each once, a space matching any run of spaces: `(?:${phraseAlternation(VERBS)})`.
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/ /g, String.raw`\s+`))
    .join('|');
}

/** The third person of every verb above, lowercase: "proposes", "studies", "puts forward". */
export const THIRD_PERSON_VERBS: readonly string[] = [...new Set(VERBS.map((verb) => thirdPerson(verb).toLowerCase()))];

/**
 * "We propose / introduce / develop …": the paper makes something, which says more than what it
 * shows about it; not "we present evidence / results / an analysis", which reports, or "we propose
 * that …", which argues.
 */
export const MAKES_SOMETHING = /^(?:(?:we|I)\s+(?:[a-z]+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|formulate)d?|(?:this|the\s+present|our)\s+(?:paper|work|study|article|thesis|report|survey|review|tutorial)\s+(?:[a-z]+\s+){0,2}?(?:propos|introduc|present|develop|design|devis|formulat)\w*)\b(?!\s+(?:(?:some|new|preliminary|empirical|strong|extensive|comprehensive|theoretical|experimental|a|an|the|our)\s+){0,2}(?:evidence|results?|findings|experiments|analys[ie]s|study|studies|evaluations?|insights?|observations?|overview|survey|review|discussion|takeaways|lessons|guidelines|recommendations)\b)(?!\s+that\b)/i;

/**
 * "Our (empirical) results / findings / analysis suggest that …": the paper reporting what it
 * found (group 1: the verb). Gist ranking reads it as a finding (gist-rank.ts), the rewrite as
 * "Suggests that …" (gist-rewrite.ts).
 */
export const OUR_RESULTS_SAY = String.raw`our\s+(?:(?:main|key|empirical|experimental|theoretical|numerical)\s+){0,2}(?:results|findings|analysis|analyses|experiments)\s+(?:\w+ly\s+)?(suggest|show|reveal|indicate|demonstrate|confirm|imply|highlight)s?\s+that`;
