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
 *
 * The parts: `sentences.ts` splits the abstract, `gist-rank.ts` chooses the sentence,
 * `gist-rewrite.ts` puts it in the gist's voice, `gist-cut.ts` shortens it; this module joins
 * them and adds what only the whole abstract can tell (the next sentence that describes a bare
 * name, the acronyms it defines).
 */

import { contributionGist, dropCountedTail, dropPointerTail, keepStandingClaim } from './gist-rewrite.ts';
import { inGistVoice } from './gist-voice.ts';
import { capitalize } from './claim-verbs.ts';
import { definedAcronyms, expandAcronyms } from './acronyms.ts';
import { leansOnContext } from './gist-quality.ts';
import { splitSentences } from './sentences.ts';
import { chooseSentence, subtitle } from './gist-rank.ts';
import { shorten, toPlain, truncate } from './gist-cut.ts';

/**
 * A function word typed twice ("In this this work, we extend …", "instead of a a local one"):
 * the author's slip, which hid the lead-in from the rewrite. The gist reads it once; the
 * abstract, a quotation, keeps it. Only words that are never doubled on purpose ("that that"
 * and "had had" can be), and not before a hyphen or a Latin term ("gains in in-context
 * learning", "tested in in vivo experiments").
 */
const DOUBLED_WORD = /\b(the|a|an|this|these|to|of|in|on|for|with|we|our|and|its|their)\s+\1\b(?![-'’]|\s+(?:vivo|vitro|situ|silico|utero|vacuo)\b)/gi;

/**
 * A citation by arXiv id in brackets after a name ("HouseDiffusion (arXiv:2211.13287 [cs.CV])",
 * "the Transformer (arXiv:1706.03762)"): a reference for the abstract's reader, clutter in a
 * one-line gist, which the paper's page links to the abstract anyway.
 */
const ARXIV_CITATION = /\s*\(arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\[[\w.-]{1,20}\])?\)/gi;

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
    .replace(DOUBLED_WORD, '$1')
    .replace(ARXIV_CITATION, '');
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
