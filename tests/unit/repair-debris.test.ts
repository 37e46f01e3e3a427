import { describe, expect, it } from 'vitest';
import { repairAbstract, repairTitle } from '../../src/lib/repair/repair-abstract.ts';
import { buildCorpusVocabulary, splitGluedWord } from '../../src/lib/repair/vocabulary.ts';
import { countDebris } from '../../src/lib/repair/debris.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

// Every snippet below is cut from an abstract or title of the shipped seeds (issue 19's list).
const fix = (text: string) => repairAbstract(text).text;

/** The corpus's vocabulary as the build makes it: from the shipped seeds' titles and abstracts. */
const vocabulary = buildCorpusVocabulary(shippedSurvey().papers.flatMap(({ title, abstract }) => [title, abstract]));
const fixWithCorpus = (text: string) => repairAbstract(text, { vocabulary }).text;

describe('citation keys glued with ~', () => {
  it('drops the key of a lost \\cite, keeping the name before it', () => {
    expect(fix('a 2× compression ratio on ResNet20, as compared to DNAS~wu2018mixed, and up to 1% higher accuracy')).toBe(
      'a 2× compression ratio on ResNet20, as compared to DNAS, and up to 1% higher accuracy',
    );
    expect(fix('Jain, Netrapalli and Sanghavi~jns13 showed that if M has incoherent rows')).toBe('Jain, Netrapalli and Sanghavi showed that if M has incoherent rows');
    expect(fix('has been subsequently improved~glz17, alternating minimization')).toBe('has been subsequently improved, alternating minimization');
    expect(repairAbstract('methods of RVQuant~park2018value and HAQ~wang2018haq.').repairs.map((r) => r.kind)).toEqual(['citation-key', 'citation-key']);
  });

  it('leaves ranges and approximations alone', () => {
    for (const text of ['a 10X~20X faster speed', '0.8dB~2dB higher PSNR', 'about ~33.5% of']) expect(fix(text)).toBe(text);
  });
});

describe('LaTeX names and subscripts left in prose', () => {
  it('writes a lone `mu` and a Greek name before a variable as the letter', () => {
    expect(fix('resid_{c,t}$ where mu is the global mean vector')).toContain('where μ is the global mean vector');
    expect(fix('pretrained weights, and adapter matrices alpha B A / r. Specifically')).toBe('pretrained weights, and adapter matrices α B A / r. Specifically');
  });

  it('keeps Greek names that are English', () => {
    for (const text of ['encodes alpha channel transparency into the latent manifold', 'an alpha version', 'the beta a parameter']) expect(fix(text)).toBe(text);
  });

  it('turns a braced subscript on a name into math', () => {
    expect(fix('across positions respectively, and resid_{c,t} is the residual vector')).toBe(
      'across positions respectively, and $\\mathrm{resid}_{c,t}$ is the residual vector',
    );
    for (const text of ['use top_k and top_p sampling', 'pos_t and ctx_c are the mean vectors']) expect(fix(text)).toBe(text);
  });

  it('still reads \\proj, HyperZcdotZcdotW, BT^2 and Adapt-infty (rules from before)', () => {
    expect(fix('we design and implement \\proj, a novel technique')).toBe('we design and implement proj, a novel technique');
    expect(repairTitle('HyperZcdotZcdotW Operator Connects Slow-Fast Networks')).toBe('HyperZ·Z·W Operator Connects Slow-Fast Networks');
    expect(repairTitle('BT^2: Backward-compatible Training with Basis Transformation')).toBe('BT²: Backward-compatible Training with Basis Transformation');
    expect(repairTitle('Adapt-infty: Scalable Lifelong Multimodal Instruction Tuning')).toBe('Adapt-∞: Scalable Lifelong Multimodal Instruction Tuning');
  });
});

describe('glued sentences and clauses', () => {
  it('puts the space back after . ! ? and ,', () => {
    expect(fix('using natural sentences to search for images.In this project we focus')).toBe('using natural sentences to search for images. In this project we focus');
    expect(fix('and multi layer perceptrons (MLP).It takes a pair')).toBe('and multi layer perceptrons (MLP). It takes a pair');
    expect(fix('processes them in different channels,finally embedding it')).toBe('processes them in different channels, finally embedding it');
  });

  it('leaves addresses, abbreviations, formulas and numbers alone', () => {
    for (const text of ['see github.io/Repo.Name for code', 'as in e.g.The model', 'a tensor $R^{in,out}$ here', 'f(x,y) is smooth', 'up to 1,000 tokens', 'U.S.A. Army']) {
      expect(fix(text)).toBe(text);
    }
  });
});

describe('glued words and broken hyphens (with the corpus vocabulary)', () => {
  it('splits words a scrape glued, where the corpus vouches for both halves', () => {
    expect(fixWithCorpus('bidirectional image retrieval: such asystem is capable of retrieving an image')).toBe(
      'bidirectional image retrieval: such a system is capable of retrieving an image',
    );
    expect(fixWithCorpus('an image based on a sentence (image search) andretrieve sentence based on an image query')).toContain('(image search) and retrieve sentence');
    expect(fixWithCorpus('objective function which uses a combinationof convolutional neural networks')).toContain('uses a combination of convolutional');
    expect(fixWithCorpus('have outperformed the previous stateof-the-art in all the three tasks')).toContain('the previous state-of-the-art in all');
  });

  it('joins a hyphenation break the corpus writes as one word, not a suspended hyphen', () => {
    expect(fixWithCorpus('with minimal computational or memory over- head as compared to beam search')).toBe(
      'with minimal computational or memory overhead as compared to beam search',
    );
    for (const text of ['we first mine low- and high-frequency information', 'inter- and intra-layer similarities', 'time- and resource-consuming']) {
      expect(fixWithCorpus(text)).toBe(text);
    }
  });

  it('never splits real words, names or compounds', () => {
    for (const text of ['pushed further apart from each other', 'an asymmetric quantizer', 'Through ARank, we can', 'a superposition of features', 'the framework and its backbone', 'Deep Learning ModelEvolution']) {
      expect(fixWithCorpus(text)).toBe(text);
    }
  });

  it('needs the corpus: one abstract alone keeps its glued words', () => {
    expect(fix('such asystem is capable')).toBe('such asystem is capable');
    expect(fix('memory over- head as compared')).toBe('memory over- head as compared');
  });
});

describe('splitGluedWord', () => {
  const small = buildCorpusVocabulary(['a system for text', 'a system for images', 'the system works', 'apart from this', 'a part of it']);

  it('splits at a glue word when the corpus writes the pair and not the glued form', () => {
    expect(splitGluedWord('asystem', small)).toEqual(['a', 'system']);
    expect(splitGluedWord('Asystem', small)).toEqual(['A', 'system']);
  });

  it('refuses without evidence, for words the corpus uses, for English a-words and for names', () => {
    expect(splitGluedWord('asystem', buildCorpusVocabulary(['system one', 'system two']))).toBeUndefined();
    expect(splitGluedWord('apart', small)).toBeUndefined();
    expect(splitGluedWord('ASystem', small)).toBeUndefined();
    expect(splitGluedWord('system', small)).toBeUndefined();
  });
});

describe('the shipped seeds', () => {
  it('show no debris on pages or in exports (titles, abstracts outside formulas, gists)', () => {
    const found = shippedSurvey().papers.flatMap((paper) =>
      [paper.titleRepaired, paper.abstractRepaired, paper.gist].flatMap((text) => Object.keys(countDebris(text)).map((id) => `${paper.slug}: ${id}`)),
    );
    expect(found).toEqual([]);
  });

  it('show none on the data quality report, which names papers as their pages do', () => {
    const { report } = shippedSurvey();
    const titles = [...report.duplicates, ...report.withoutAbstract].map((paper) => paper.title);
    expect(titles.length).toBeGreaterThan(50);
    expect(titles.filter((title) => Object.keys(countDebris(title)).length > 0)).toEqual([]);
  });
});
