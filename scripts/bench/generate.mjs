// Synthetic seed dumps for the build benchmark: deterministic from a seed number.
//
// `generateCorpus({ papers, seed })` makes `papers` unique papers (title + abstract), then
// lays them out as seed files the way the real dumps look: ~150 entries per file, page chrome
// at the top of every file (sometimes glued to the first title, "SubscribeSome Title"), half
// the files with blank lines between lines and half without, a date line now and then, and
// ~8% extra entries that repeat a paper from another file (same title, same abstract).
// Titles are unique by `titleKey` (NFC, whitespace collapsed, lower-cased), so the survey
// should come out with exactly `papers` unique papers.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** sfc32: a small, fast, well-mixed PRNG; returns floats in [0, 1). */
export function prng(seed) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1 ^ seed;
  const next = () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    shuffle(list) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Topic phrases are chosen so the real topic rules (content/topics/*.md) fire
// sometimes: mixture of experts, LoRA, quantization, state space models, pruning, ...

const TOPICS = [
  { title: ['Mixture of Experts', 'Sparse Mixture-of-Experts', 'MoE', 'Expert Routing'], text: ['mixture of experts', 'mixture-of-experts (MoE) layers', 'sparsely activated experts', 'top-k expert routing with load balancing', 'a learned router that dispatches tokens to experts'] },
  { title: ['Low-Rank Adaptation', 'LoRA', 'QLoRA', 'Parameter-Efficient Fine-Tuning'], text: ['low-rank adaptation (LoRA)', 'low-rank adapters', 'parameter-efficient fine-tuning', 'LoRA modules merged into the frozen backbone', 'low-rank updates of the attention projections'] },
  { title: ['Post-Training Quantization', '4-bit Quantization', 'Low-Bit Inference', 'Mixed-Precision Quantization'], text: ['post-training quantization', '4-bit weight quantization', 'low-bit integer arithmetic', 'mixed-precision quantization of activations', 'quantization-aware training'] },
  { title: ['State Space Models', 'Mamba', 'Selective State Spaces', 'Linear Recurrences'], text: ['state space models (SSMs)', 'selective state space layers such as Mamba', 'linear recurrent units', 'structured state space sequence models'] },
  { title: ['Continual Learning', 'Lifelong Learning', 'Class-Incremental Learning'], text: ['continual learning', 'catastrophic forgetting', 'class-incremental learning with a small replay buffer', 'lifelong adaptation to a stream of tasks'] },
  { title: ['Structured Pruning', 'Sparsity', 'Unstructured Pruning', 'Lottery Tickets'], text: ['structured pruning', 'unstructured magnitude pruning', 'N:M sparsity', 'lottery ticket subnetworks', 'pruning of attention heads and channels'] },
  { title: ['Knowledge Distillation', 'Self-Distillation', 'Teacher-Student Training'], text: ['knowledge distillation', 'a teacher-student objective', 'logit distillation from a larger teacher', 'self-distillation across layers'] },
  { title: ['Speculative Decoding', 'KV Cache Compression', 'Efficient Inference'], text: ['speculative decoding with a small draft model', 'KV cache compression', 'inference acceleration on commodity GPUs', 'early exiting'] },
  { title: ['Linear Attention', 'Efficient Attention', 'Sparse Attention'], text: ['linear attention', 'sub-quadratic attention', 'block-sparse attention patterns', 'kernelized attention with random features'] },
  { title: ['Model Merging', 'Weight Averaging', 'Task Arithmetic'], text: ['model merging', 'task arithmetic on fine-tuned checkpoints', 'weight averaging of independently trained models'] },
  { title: ['Federated Learning', 'Distributed Training'], text: ['federated learning across heterogeneous clients', 'communication-efficient distributed training', 'pipeline and tensor parallelism'] },
  { title: ['Neural Architecture Search', 'Hypernetworks', 'Dynamic Networks'], text: ['neural architecture search', 'hypernetworks that generate layer weights', 'input-dependent dynamic computation'] },
  { title: ['Diffusion Models', 'Generative Models', 'Flow Matching'], text: ['diffusion models', 'score-based generative modeling', 'flow matching', 'latent diffusion'] },
  { title: ['Graph Neural Networks', 'Message Passing'], text: ['graph neural networks', 'message passing on molecular graphs', 'over-smoothing in deep GNNs'] },
  { title: ['Vision Transformers', 'Image Classification', 'Dense Prediction'], text: ['vision transformers (ViTs)', 'image classification on ImageNet-1K', 'object detection and semantic segmentation'] },
  { title: ['In-Context Learning', 'Chain-of-Thought Reasoning', 'LLM Reasoning'], text: ['in-context learning', 'chain-of-thought prompting', 'multi-step mathematical reasoning'] },
  { title: ['Test-Time Adaptation', 'Domain Generalization'], text: ['test-time adaptation', 'distribution shift at deployment time', 'domain generalization'] },
  { title: ['Reinforcement Learning', 'RLHF', 'Policy Optimization'], text: ['reinforcement learning from human feedback', 'policy optimization with a learned reward model', 'offline reinforcement learning'] },
  { title: ['Normalization Layers', 'Activation Functions', 'Residual Connections'], text: ['layer normalization', 'RMSNorm', 'gated linear units', 'residual connections'] },
  { title: ['Neural Fields', '3D Reconstruction', 'Gaussian Splatting'], text: ['neural radiance fields', '3D Gaussian splatting', 'implicit neural representations'] },
];

const NAME_HEAD = ['Flash', 'Sparse', 'Tiny', 'Deep', 'Hyper', 'Meta', 'Omni', 'Fast', 'Lite', 'Elastic', 'Dyna', 'Quant', 'Slim', 'Mega', 'Nano', 'Turbo', 'Neuro', 'Hydra', 'Mono', 'Poly', 'Astra', 'Echo', 'Nova', 'Orion', 'Vela', 'Lumen', 'Zeta', 'Kite', 'Tessera', 'Prism'];
const NAME_TAIL = ['MoE', 'LoRA', 'Mamba', 'Former', 'Net', 'GPT', 'BERT', 'ViT', 'Diff', 'Prune', 'Distill', 'KV', 'Attn', 'Quant', 'Merge', 'Rank', 'Gate', 'Flow', 'Mixer', 'RNN', 'SSM', 'Bench', 'Tune', 'Route'];
const ADJ = ['Efficient', 'Scalable', 'Robust', 'Adaptive', 'Sparse', 'Dynamic', 'Lightweight', 'Unified', 'Provable', 'Memory-Efficient', 'Hardware-Aware', 'Training-Free', 'Data-Efficient', 'Modular', 'Hierarchical', 'Compositional', 'Fine-Grained', 'Continual', 'Elastic', 'Structured'];
const OBJECT = ['Language Models', 'Large Language Models', 'Vision Transformers', 'Multimodal Models', 'Long-Context Transformers', 'Recommender Systems', 'Speech Recognition', 'Time Series Forecasting', 'Edge Devices', 'Mobile Inference', 'Scientific Simulation', 'Code Generation', 'Image Restoration', 'Video Understanding', 'Graph Learning', 'Protein Design', 'Autonomous Driving', 'Retrieval-Augmented Generation'];
const NOUN = ['Scaling Laws', 'Generalization', 'Expressivity', 'Training Dynamics', 'Capacity', 'Redundancy', 'Stability', 'Calibration', 'Sample Efficiency', 'Robustness', 'Memorization', 'Emergence', 'Specialization', 'Interference'];
const NON_ASCII = ['Schrödinger', 'Fréchet', 'Gödel', 'Poincaré', 'Rényi', 'Kähler', 'Naïve', 'α-Entmax', 'β-VAE', 'Émile', 'Ångström', 'Łukasiewicz'];
const DOMAINS = ['natural language processing', 'computer vision', 'speech', 'recommendation', 'robotics', 'scientific computing', 'code generation', 'healthcare', 'autonomous driving', 'drug discovery'];
const BENCHES = ['GLUE', 'SuperGLUE', 'MMLU', 'GSM8K', 'HumanEval', 'ImageNet-1K', 'COCO', 'ADE20K', 'LongBench', 'WikiText-103', 'C4', 'Long Range Arena', 'CIFAR-100', 'LibriSpeech', 'MT-Bench'];
const MODELS = ['LLaMA-2 7B', 'LLaMA-3 8B', 'Mistral 7B', 'Mixtral 8x7B', 'OPT-13B', 'T5-Large', 'ViT-B/16', 'ResNet-50', 'BERT-base', 'Qwen2 7B', 'DeiT-S', 'Swin-T'];
const PROBLEMS = ['prohibitive memory footprint', 'quadratic complexity in sequence length', 'load imbalance across devices', 'severe accuracy degradation at low bit widths', 'catastrophic forgetting', 'high communication overhead', 'poor hardware utilization', 'redundant computation', 'unstable training at scale', 'brittle generalization under distribution shift'];
const BENEFITS = ['higher throughput', 'lower latency', 'a smaller memory footprint', 'better accuracy at the same compute budget', 'faster convergence', 'stronger out-of-distribution robustness', 'near-lossless compression', 'linear-time inference'];
const VERBS = ['combines', 'couples', 'integrates', 'unifies', 'replaces', 'augments', 'decouples', 'reparameterizes'];
const GH_USERS = ['x', 'mlgroup', 'efficient-ai', 'nlp-lab', 'vision-lab', 'deepsys', 'open-research', 'tinyml', 'sparse-lab', 'huawei-noah'];

function acronym(rng) {
  const head = rng.pick(NAME_HEAD);
  const tail = rng.pick(NAME_TAIL);
  const r = rng.next();
  if (r < 0.15) return `${head}-${tail}`;
  if (r < 0.25) return `${head}${tail}${rng.int(2, 9)}`;
  if (r < 0.35) return Array.from({ length: rng.int(3, 5) }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');
  return `${head}${tail}`;
}

/** A title of 5–20 words (no full stop, so the parser never takes it for prose). */
function makeTitle(rng, name, topic, other) {
  const t = rng.pick(topic.title);
  const o = rng.pick(other.title);
  const adj = rng.pick(ADJ);
  const obj = rng.pick(OBJECT);
  const templates = [
    () => `${name}: ${adj} ${t} for ${obj}`,
    () => `${name}: ${adj} and ${rng.pick(ADJ)} ${t} with ${o} for ${obj}`,
    () => `${adj} ${t} via ${o}`,
    () => `Towards ${adj} ${t} for ${obj} with ${o}`,
    () => `On the ${rng.pick(NOUN)} of ${t} in ${obj}`,
    () => `${t} Meets ${o}: ${adj} ${rng.pick(NOUN)} for ${obj}`,
    () => `Rethinking ${t} for ${adj} ${obj}`,
    () => `${name}: Scaling ${t} to ${obj} without ${rng.pick(NOUN)} Loss`,
    () => `When Does ${t} Help? An Empirical Study of ${rng.pick(NOUN)} in ${adj} ${obj}`,
    () => `${name}: A ${adj} Framework Combining ${t}, ${o} and ${rng.pick(TOPICS).title[0]} for ${adj} ${obj} at Scale`,
  ];
  let title = rng.pick(templates)();
  if (rng.chance(0.04)) title = `${rng.pick(NON_ASCII)} ${title}`;
  const words = title.split(' ');
  while (words.length < 5) words.push(rng.pick(['Revisited', 'at Scale', 'in Practice', 'Made Simple']));
  return words.slice(0, 20).join(' ').replace(/[\s:,]+$/, '');
}

/** Sentences of an abstract; joined and cut to the wanted length at a sentence boundary. */
function makeAbstract(rng, name, topic, other, wanted) {
  const t = () => rng.pick(topic.text);
  const o = () => rng.pick(other.text);
  const any = () => rng.pick(rng.pick(TOPICS).text);
  const num = () => `${rng.int(1, 40)}.${rng.int(0, 9)}`;
  const opening = [
    `Large language models have achieved remarkable success across ${rng.pick(DOMAINS)} and ${rng.pick(DOMAINS)}, yet their ${rng.pick(PROBLEMS)} limits deployment.`,
    `Recent progress in ${t()} has made it a central tool for ${rng.pick(DOMAINS)}.`,
    `${t().replace(/^./, (c) => c.toUpperCase())} has emerged as a promising paradigm for scaling neural networks without a proportional increase in compute.`,
    `Deploying modern neural networks on resource-constrained hardware remains challenging because of ${rng.pick(PROBLEMS)}.`,
  ];
  const body = [
    () => `However, existing approaches based on ${t()} suffer from ${rng.pick(PROBLEMS)}, which limits their applicability to ${rng.pick(OBJECT).toLowerCase()}.`,
    () => `In this paper, we propose ${name}, a ${rng.pick(ADJ).toLowerCase()} framework that ${rng.pick(VERBS)} ${t()} with ${o()}.`,
    () => `${name} ${rng.pick(VERBS)} ${o()} and ${any()}, enabling ${rng.pick(BENEFITS)} without additional training data.`,
    () => `Our key insight is that ${t()} and ${o()} are complementary: the former reduces ${rng.pick(PROBLEMS)}, while the latter yields ${rng.pick(BENEFITS)}.`,
    () => `We further provide a theoretical analysis showing that ${name} converges at the same rate as full fine-tuning under mild assumptions.`,
    () => `Extensive experiments on ${rng.pick(BENCHES)}, ${rng.pick(BENCHES)} and ${rng.pick(BENCHES)} with ${rng.pick(MODELS)} demonstrate that ${name} consistently outperforms strong baselines.`,
    () => `Compared with ${any()}, ${name} reduces memory usage by ${rng.int(10, 80)}% and improves accuracy by ${num()} points on average.`,
    // The scrape turns "×" into "times" now and then ("34.4times"): the repair step fixes it.
    () => `On ${rng.pick(MODELS)}, it achieves up to ${num()}${rng.chance(0.35) ? 'times' : 'x'} higher throughput (${num()}% fewer FLOPs) than state-of-the-art methods.`,
    () => `Ablation studies confirm that each component of ${name} contributes to the final performance, and that the gains persist across model sizes from 125M to 70B parameters.`,
    () => `We also observe that ${any()} interacts with ${o()} in ways that prior work has overlooked, which motivates a simple regularizer.`,
    () => `The method is orthogonal to ${any()} and can be combined with it for further gains.`,
    () => `Finally, we release a benchmark of ${rng.int(5, 60)} tasks spanning ${rng.pick(DOMAINS)} and ${rng.pick(DOMAINS)} to facilitate future research on ${t()}.`,
  ];
  const sentences = [rng.pick(opening)];
  let length = sentences[0].length;
  while (length < wanted) {
    const sentence = rng.pick(body)();
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  // Cut back at a sentence boundary to at most 1900 characters (room left for a code URL),
  // keeping at least 900.
  const withUrl = rng.chance(0.12);
  const limit = withUrl ? 1820 : 1900;
  while (sentences.length > 2 && length > limit && length - sentences.at(-1).length - 1 >= 900) {
    length -= sentences.pop().length + 1;
  }
  if (withUrl) sentences.push(`Code is available at https://github.com/${rng.pick(GH_USERS)}/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.`);
  return sentences.join(' ');
}

const CHROME_SPACED = [
  ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community', 'Mar 13'],
  ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'Daily Papers', 'by AK and the research community'],
];
const CHROME_DENSE = [
  ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!', 'Subscribe'],
  ['Daily Papers', 'Get trending papers in your email inbox!'],
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The corpus: `papers` unique { title, abstract } and the seed files that list them.
 * @returns {{ papers: {title: string, abstract: string}[], files: {name: string, spaced: boolean, head: string[], entries: number[], dates: Map<number,string>}[], duplicates: number }}
 */
export function generateCorpus({ papers: count, seed = 1 }) {
  const rng = prng(seed);
  const papers = [];
  const keys = new Set();
  while (papers.length < count) {
    const topic = rng.pick(TOPICS);
    const other = rng.pick(TOPICS);
    const name = acronym(rng);
    const title = makeTitle(rng, name, topic, other);
    const key = title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    if (keys.has(key)) continue;
    keys.add(key);
    papers.push({ title, abstract: makeAbstract(rng, name, topic, other, rng.int(900, 1800)) });
  }

  // At least two files, so there are both layouts (blank lines or not) and cross-file duplicates.
  const fileCount = Math.max(2, Math.round(count / 150));
  const files = [];
  for (let f = 0; f < fileCount; f++) {
    const spaced = f % 2 === 0;
    const hex = Array.from({ length: 16 }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
    files.push({
      name: `${String(f).padStart(3, '0')}_${hex}.txt`,
      spaced,
      head: rng.pick(spaced ? CHROME_SPACED : CHROME_DENSE),
      // Chrome glued to the first title: "SubscribeSome Title" (always ends the head when it is "Subscribe").
      glue: rng.chance(spaced ? 0.25 : 0.6),
      entries: [],
      dates: new Map(),
    });
  }
  papers.forEach((_, index) => files[Math.floor((index * fileCount) / count)].entries.push(index));

  // ~8% duplicate entries: a paper listed again in another file, same title and abstract.
  const duplicates = Math.round(count * 0.08);
  const chosen = rng.shuffle(papers.map((_, index) => index)).slice(0, duplicates);
  for (const index of chosen) {
    const home = Math.floor((index * fileCount) / count);
    let target = rng.int(0, fileCount - 1);
    if (fileCount > 1 && target === home) target = (target + 1) % fileCount;
    const list = files[target].entries;
    list.splice(rng.int(0, list.length), 0, index);
  }
  // A date line between entries now and then, as the listing pages have.
  for (const file of files) {
    for (let i = 1; i < file.entries.length; i++) if (rng.chance(0.02)) file.dates.set(i, `${rng.pick(MONTHS)} ${rng.int(1, 28)}`);
  }
  return { papers, files, duplicates };
}

/** The text of one seed file. `abstractOf` lets the warm-rebuild step edit one abstract. */
export function seedFileText(file, papers, abstractOf = (index) => papers[index].abstract) {
  const lines = [...file.head];
  file.entries.forEach((index, position) => {
    if (file.dates.has(position)) lines.push(file.dates.get(position));
    lines.push(papers[index].title, abstractOf(index));
  });
  if (file.glue && lines[file.head.length - 1] === 'Subscribe') {
    // "Subscribe" + first title on one line.
    lines.splice(file.head.length - 1, 2, `Subscribe${lines[file.head.length]}`);
  } else if (file.glue) {
    lines[file.head.length] = `Subscribe${lines[file.head.length]}`;
  }
  return `${lines.join(file.spaced ? '\n\n' : '\n')}\n`;
}

/** Writes the seed files into `dir`; returns bytes written. */
export function writeSeeds(corpus, dir) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const file of corpus.files) {
    const text = seedFileText(file, corpus.papers);
    writeFileSync(join(dir, file.name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/**
 * The warm-rebuild edit: one abstract in the first file changes (a sentence is appended).
 * Picks an entry listed only once, so the edit does not also make a duplicate disagree.
 */
export function editOneSeed(corpus, dir) {
  const counts = new Map();
  for (const file of corpus.files) for (const index of file.entries) counts.set(index, (counts.get(index) ?? 0) + 1);
  const file = corpus.files[0];
  const target = file.entries.find((index) => counts.get(index) === 1) ?? file.entries[0];
  const edited = `${corpus.papers[target].abstract} We also report results on an updated benchmark suite.`;
  writeFileSync(join(dir, file.name), seedFileText(file, corpus.papers, (index) => (index === target ? edited : corpus.papers[index].abstract)));
  corpus.edited = { index: target, text: edited };
  return { file: file.name, title: corpus.papers[target].title };
}

/**
 * The second warm-rebuild edit: one new paper, listed at the end of the last seed file (after
 * `editOneSeed`'s edit, which this keeps). Its title is new; its abstract borrows the first
 * paper's topics, so it lands in topics and related lists as a real addition would.
 */
export function addOnePaper(corpus, dir) {
  const file = corpus.files.at(-1);
  const title = 'Adaptive Low-Rank Experts for Continual Fine-Tuning of Efficient Transformers';
  const abstract = `${corpus.papers[0].abstract} We extend it with adaptive low-rank experts that grow with each new task.`;
  const papers = [...corpus.papers, { title, abstract }];
  const added = { ...file, entries: [...file.entries, papers.length - 1] };
  const abstractOf = (index) => (corpus.edited?.index === index ? corpus.edited.text : papers[index].abstract);
  writeFileSync(join(dir, file.name), seedFileText(added, papers, abstractOf));
  return { file: file.name, title };
}

/**
 * The third warm-rebuild edit: one topic file's rules change (an include rule is added), in a
 * copy of the taxonomy (TOPICS_DIR). This rightly re-renders the pages that show topics.
 */
export function editTopicRules(topicsDir, id = 'lora') {
  const path = join(topicsDir, `${id}.md`);
  const text = readFileSync(path, 'utf8');
  // The mixture-of-experts papers that say "top-k expert routing" (about 1 in 100) join LoRA.
  const rule = "    - { pattern: 'top-k expert routing', weight: 4, in: abstract }\n";
  if (!text.includes('  include:\n')) throw new Error(`${path} has no include rules to extend`);
  writeFileSync(path, text.replace('  include:\n', `  include:\n${rule}`));
  return { file: `${id}.md`, rule: rule.trim() };
}

/** The floor's content: one markdown file per unique paper (the generator already deduped). */
export function writeFloorContent(corpus, dir) {
  mkdirSync(dir, { recursive: true });
  const width = String(corpus.papers.length).length;
  corpus.papers.forEach((paper, index) => {
    // JSON strings are valid YAML double-quoted scalars.
    writeFileSync(join(dir, `p${String(index).padStart(width, '0')}.md`), `---\ntitle: ${JSON.stringify(paper.title)}\n---\n\n${paper.abstract}\n`);
  });
}

const FAMILIES = ['Chen', 'Wang', 'Müller', 'García', 'Kowalski', 'Nguyen', 'Okafor', 'Smith', 'Tanaka', 'Ivanova', 'Rossi', 'Dubois', 'Kim', 'Silva', 'Haddad'];
const GIVEN = ['Ana', 'Bo', 'Chiara', 'David', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Lena', 'Marco', 'Nadia', 'Omar'];
const VENUES = ['Advances in Neural Information Processing Systems', 'International Conference on Machine Learning', 'International Conference on Learning Representations', 'Transactions on Machine Learning Research'];

/**
 * The corpus as one Better BibTeX-style `.bib` (the bench's bibliography case): the same
 * titles and abstracts as the dumps, with what a real export adds — authors, year, venue or
 * arXiv eprint, DOI, keywords, `{Protected}` title words and escaped `%`/`_` in abstracts —
 * so a bibliography build and a dump build of one survey can be compared.
 */
export function bibliographyText(corpus, seed = 1) {
  const rng = prng(seed + 7);
  const escape = (text) => text.replace(/[%&#_]/g, (char) => `\\${char}`);
  return corpus.papers
    .map((paper, index) => {
      const authors = Array.from({ length: rng.int(1, 6) }, () => `${rng.pick(FAMILIES)}, ${rng.pick(GIVEN)}`).join(' and ');
      const year = rng.int(2016, 2025);
      const [first, ...rest] = paper.title.split(' ');
      const preprint = rng.chance(0.5);
      const fields = [
        `  title = {{${first}} ${rest.join(' ')}}`,
        `  author = {${authors}}`,
        `  year = {${year}}`,
        preprint ? `  eprint = {${String(year % 100).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}.${String(10000 + index).padStart(5, '0')}},\n  archiveprefix = {arXiv}` : `  booktitle = {${rng.pick(VENUES)}},\n  doi = {10.5555/bench.${index}}`,
        `  keywords = {${rng.pick(TOPICS)}, ${rng.pick(TOPICS)}}`,
        `  abstract = {${escape(paper.abstract)}}`,
      ];
      return `@${preprint ? 'misc' : 'inproceedings'}{bench${index},\n${fields.join(',\n')}\n}\n`;
    })
    .join('\n');
}

/** Writes the bibliography case's seeds folder (one `survey.bib`); returns bytes written. */
export function writeBibliography(corpus, dir, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const text = bibliographyText(corpus, seed);
  writeFileSync(join(dir, 'survey.bib'), text);
  return Buffer.byteLength(text);
}
