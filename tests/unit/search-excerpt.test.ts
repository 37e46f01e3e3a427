import { describe, expect, it } from 'vitest';
import { abstractExcerpt, matchesTerm, sentenceStarts } from '../../src/lib/search/excerpt.ts';

/** Pagefind's view of a page: title, heading, abstract as one string; locations of the words that match. */
function page(title: string, abstract: string, match: RegExp) {
  const content = `${title} Abstract. ${abstract}`;
  const words = content.split(/\s+/);
  const heading = title.split(/\s+/).length;
  return { content, anchors: [{ id: 'abstract-heading', location: heading }], locations: words.flatMap((w, i) => (match.test(w) ? [i] : [])) };
}

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marks = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('abstractExcerpt', () => {
  const abstract =
    'Large models are expensive to serve. We study how to shrink them. Knowledge distillation transfers what a large teacher knows to a small student. Our students match their teachers on most tasks.';

  it("shows the abstract's sentence that holds the query's words, never the title or the heading", () => {
    const parts = abstractExcerpt(page('Knowledge Distillation for Students', abstract, /^(knowledge|distillation)/i), ['knowledge', 'distillation']);
    expect(text(parts)).toBe('… Knowledge distillation transfers what a large teacher knows to a small student. …');
    expect(marks(parts)).toEqual(['Knowledge distillation']);
  });

  it('marks the word, not the brackets and punctuation around it, and keeps a phrase in one mark', () => {
    // Real text: "low-rank adaptation (LoRA)," and "quantization." marked whole read as "(lora)" and "quantization.".
    const abstract = 'We fine-tune with low-rank adaptation (LoRA), then apply post-training quantization. It works.';
    const parts = abstractExcerpt(page('T', abstract, /^\(?(lora|quantization|post-training)/i), ['lora', 'quantization', 'post']);
    expect(marks(parts)).toEqual(['LoRA', 'post-training quantization']);
    expect(text(parts)).toBe('We fine-tune with low-rank adaptation (LoRA), then apply post-training quantization. …');
  });

  it("prefers the sentence with more of the query's words", () => {
    const parts = abstractExcerpt(page('T', abstract, /^(large|teacher)/i), ['large', 'teacher']);
    expect(text(parts)).toMatch(/^… Knowledge distillation transfers what a large teacher/);
  });

  it("shows the abstract's first sentence when only the title matched", () => {
    expect(text(abstractExcerpt(page('Pruning', abstract, /^pruning/i), ['pruning']))).toBe('Large models are expensive to serve. …');
  });

  it('cuts a long sentence to its densest part', () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} memory ends here.`;
    const parts = abstractExcerpt(page('T', long, /^memory/), ['memory'], 10);
    expect(text(parts).split(' ').length).toBeLessThanOrEqual(12);
    expect(marks(parts)).toEqual(['memory']);
  });

  it('marks British spellings of an American query word, and splits no sentence at "e.g."', () => {
    expect(matchesTerm('Quantisation', 'quantization')).toBe(true);
    expect(sentenceStarts('We use e.g. Adam here. Then SGD.'.split(' '), 0)).toEqual([0, 5]);
  });
});

describe('sentenceStarts and abbreviations', () => {
  it('does not start a sentence after an abbreviation the gist splitter also knows', () => {
    const words = 'As shown in Fig. 3 and by Smith et al. Results hold. We use U.S. Data too.'.split(' ');
    const starts = sentenceStarts(words, 0).map((i) => words[i]);
    expect(starts).toEqual(['As', 'We']);
  });
});
