import { describe, expect, it } from 'vitest';
import fixtures from '../fixtures/mangled-abstracts.json' with { type: 'json' };
import { gistOf } from '../../src/lib/text/gist.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { contributionGist, dropCountedTail, dropPointerTail, keepStandingClaim } from '../../src/lib/text/gist-rewrite.ts';
import { repairAbstract } from '../../src/lib/repair/repair-abstract.ts';
import { hasDanglingLeadIn, hasPaperLeadIn, isCutMidThought, leansOnContext, statesContribution } from '../../src/lib/text/gist-quality.ts';
import { shippedSurvey } from '../support/shipped-survey.ts';

describe('splitSentences', () => {
  it('splits on sentence punctuation followed by a capital, digit or bracket', () => {
    expect(splitSentences('Diagrams matter. Unfortunately, nobody agrees! Why? (See below.) 3 cases.')).toEqual([
      'Diagrams matter.',
      'Unfortunately, nobody agrees!',
      'Why?',
      '(See below.)',
      '3 cases.',
    ]);
  });

  it('does not split on abbreviations, initials-like dotted words or decimals', () => {
    const text =
      'Several works, e.g. LoRA, i.e. Hu et al. (2021), reach 34.4 points vs. 30.1 in Fig. 2 and Eq. 3 w.r.t. the U.S. Army baseline. A second sentence.';
    expect(splitSentences(text)).toEqual([
      'Several works, e.g. LoRA, i.e. Hu et al. (2021), reach 34.4 points vs. 30.1 in Fig. 2 and Eq. 3 w.r.t. the U.S. Army baseline.',
      'A second sentence.',
    ]);
  });

  it('does not split after a method name abbreviated with a period (the continuous-DEQ abstract)', () => {
    expect(splitSentences('To solve this, we develop Skip and Skip Reg. DEQ, an implicit-explicit (IMEX) layer. It works.')).toEqual([
      'To solve this, we develop Skip and Skip Reg. DEQ, an implicit-explicit (IMEX) layer.',
      'It works.',
    ]);
  });

  it('does not split after the next number of a list the sentence numbered, but does after a number that ends it', () => {
    const niche =
      'We employ two key strategies for fine-tuning state-of-the-art models: 1. Domain-specific Fine-Tuning, which tailors pretrained models to a single domain, and 2. Universal Applicability with Mixture of Experts (MoE), adapting pretrained models with enforced routing for multiple domains simultaneously. Our training approach emphasizes the use of abstracts.';
    expect(splitSentences(niche)).toHaveLength(2);
    expect(splitSentences('The optimal depth lies between 1 and 2. We show why.')).toEqual(['The optimal depth lies between 1 and 2.', 'We show why.']);
  });

  it('does not split before a lowercase word', () => {
    expect(splitSentences('The approx. cost is low. it is fine.')).toEqual(['The approx. cost is low. it is fine.']);
  });

  it('ends a sentence at "etc." only before a capital', () => {
    expect(splitSentences('Mamba, Hyena, etc. are fast. They scale, etc. We test them.')).toEqual([
      'Mamba, Hyena, etc. are fast.',
      'They scale, etc.',
      'We test them.',
    ]);
  });

  it('keeps numbered list items with their text', () => {
    expect(splitSentences('Our contributions are as follows: 1. A search space. 2. Hardware-aware NAS. 3. NAS efficiency.')).toEqual([
      'Our contributions are as follows: 1. A search space.',
      '2. Hardware-aware NAS.',
      '3. NAS efficiency.',
    ]);
  });

  it('splits after an abbreviation followed by a second period (the anytime-learning abstract)', () => {
    const text =
      'However, this might not be the best strategy when using deep non-linear networks, particularly when these perform multiple passes over each chunk of data rendering the overall distribution non i.i.d.. In this paper, we formalize this learning setting in the simplest scenario in which each data chunk is drawn from the same underlying distribution.';
    expect(splitSentences(text)).toEqual([
      'However, this might not be the best strategy when using deep non-linear networks, particularly when these perform multiple passes over each chunk of data rendering the overall distribution non i.i.d..',
      'In this paper, we formalize this learning setting in the simplest scenario in which each data chunk is drawn from the same underlying distribution.',
    ]);
  });

  it('never splits inside math', () => {
    expect(splitSentences('We bound it by $a. B$ here. Next one.')).toEqual(['We bound it by $a. B$ here.', 'Next one.']);
  });
});

describe('gistOf', () => {
  it('picks the sentence stating the contribution and drops its lead-in', () => {
    const abstract =
      'Large language models are expensive to fine-tune. Adapters reduce the cost. In this paper, we propose FastAdapt, a linear-time adapter. It is 3× faster.';
    expect(gistOf(abstract)).toBe('Proposes FastAdapt, a linear-time adapter.');
  });

  it('states the usual contribution phrasings in the third person, claim unchanged', () => {
    const cases: [string, string][] = [
      ['We introduce TIDEE, an embodied agent that tidies up a disordered scene.', 'Introduces TIDEE, an embodied agent that tidies up a disordered scene.'],
      ['This paper proposes SortedNet, a generalized solution for dynamic inference.', 'Proposes SortedNet, a generalized solution for dynamic inference.'],
      ['In this work, we study how routing affects adapters.', 'Studies how routing affects adapters.'],
      ['To address this challenge, we present a new benchmark for continual learning.', 'Presents a new benchmark for continual learning.'],
      ['Here we propose AutoTransfer, an AutoML solution for knowledge transfer.', 'Proposes AutoTransfer, an AutoML solution for knowledge transfer.'],
      ['We further develop a sparse variant of the model for long inputs.', 'Develops a sparse variant of the model for long inputs.'],
      ['Motivated by these challenges we introduce a Bayesian online learning model.', 'Introduces a Bayesian online learning model.'],
      ['However, in this paper, we demonstrate that better-quantized models can be obtained.', 'Demonstrates that better-quantized models can be obtained.'],
      ['In this note (work in progress) we show that linear recurrences are universal.', 'Shows that linear recurrences are universal.'],
      ['We propose and show that the symmetric loss suits mean teachers.', 'Proposes and shows that the symmetric loss suits mean teachers.'],
    ];
    for (const [sentence, gist] of cases) {
      expect(gistOf(`Deep networks are everywhere today. They are costly to run at scale. ${sentence} Results follow.`)).toBe(gist);
    }
  });

  it('puts every verb coordinated with "we" in the third person (real sentences of the shipped seeds)', () => {
    const cases: [string, string][] = [
      // Mamba
      [
        'We identify that a key weakness of such models is their inability to perform content-based reasoning, and make several improvements.',
        'Identifies that a key weakness of such models is their inability to perform content-based reasoning, and makes several improvements.',
      ],
      [
        'In this survey, we review and synthesize the research that over the past three decades first yielded and then made practical these powerful learning models.',
        'Reviews and synthesizes the research that over the past three decades first yielded and then made practical these powerful learning models.',
      ],
      [
        'We introduce a novel sliding window sequential function class and employ toy-sized transformers with a GPT-2 architecture to conduct our experiments.',
        'Introduces a novel sliding window sequential function class and employs toy-sized transformers with a GPT-2 architecture to conduct its experiments.',
      ],
      [
        'As an alternative, we take inspiration from cognitive science and resurrect a classic approach, production systems.',
        'Takes inspiration from cognitive science and resurrects a classic approach, production systems.',
      ],
      // A relative clause with a singular verb ("which decomposes") cannot take the plural "implement": it is the verb of "we".
      [
        'To tackle these issues, we propose Union-of-Experts (UoE), which decomposes transformer into an equitant group of experts, and then implement dynamic routing on input data and experts.',
        'Proposes Union-of-Experts (UoE), which decomposes transformer into an equitant group of experts, and then implements dynamic routing on input data and experts.',
      ],
      [
        'We propose the idea of concept factorization explaining the collapsed features for base session classes in terms of concept basis and use these to induce classifier simplex for few shot classes.',
        'Proposes the idea of concept factorization explaining the collapsed features for base session classes in terms of concept basis and uses these to induce classifier simplex for few shot classes.',
      ],
    ];
    for (const [sentence, gist] of cases) expect(gistOf(sentence, { maxLength: 400 })).toBe(gist);
    // A list of verbs: every item, not only the one after "and".
    expect(
      gistOf(
        'We review the concept of sparse expert models, provide a basic description of the common algorithms, contextualize the advances in the deep learning era, and conclude by highlighting areas for future work.',
        { maxLength: 400 },
      ),
    ).toBe(
      'Reviews the concept of sparse expert models, provides a basic description of the common algorithms, contextualizes the advances in the deep learning era, and concludes by highlighting areas for future work.',
    );
  });

  it('leaves nouns and the verbs of other clauses as they are (real sentences of the shipped seeds)', () => {
    const cases: [string, string][] = [
      // "train" belongs to the "we" of the "where" clause, "provide" to the second "we".
      [
        'To make the classifier robust to incorrect selection of parameters during inference, we introduce a two-stage training procedure, where we first optimize the task-specific parameters and then train the classifier with the same selection procedure of the inference time.',
        'Introduces a two-stage training procedure, where we first optimize the task-specific parameters and then train the classifier with the same selection procedure of the inference time.',
      ],
      [
        'Using this strategy, we develop a new layerwise adaptive large batch optimization technique called LAMB; we then provide convergence analysis of LAMB as well as LARS.',
        'Develops a new layerwise adaptive large batch optimization technique called LAMB and provides convergence analysis of LAMB as well as LARS.',
      ],
      // "can … and achieve", "to … select … and tie": the modal's and the infinitive's verbs.
      [
        'We propose Unified Normalization (UN), which can speed up the inference by being fused with other linear operations and achieve comparable performance on par with LN.',
        'Proposes Unified Normalization (UN), which can speed up the inference by being fused with other linear operations and achieve comparable performance on par with LN.',
      ],
      [
        'In the pursuit of reducing the number of trainable parameters in deep transformer networks, we employ Reinforcement Learning to dynamically select layers during training and tie them together.',
        'Employs Reinforcement Learning to dynamically select layers during training and tie them together.',
      ],
      [
        'We show that it is possible to overcome this limitation and train networks that can maintain expertise on tasks which they have not experienced for a long time.',
        'Shows that it is possible to overcome this limitation and train networks that can maintain expertise on tasks which they have not experienced for a long time.',
      ],
      // Nouns after "and": "model merging", "model ensembling", "design choices".
      [
        'We first show that our "Fisher merging" technique provides a performance boost in settings where simple parameter averaging is currently used – specifically, robust fine-tuning and model ensembling.',
        'Shows that the "Fisher merging" technique provides a performance boost in settings where simple parameter averaging is currently used – specifically, robust fine-tuning and model ensembling.',
      ],
      [
        'We propose a multi-task model consisting of a shared encoder and task-specific decoders where both encoder and decoder channel widths are slimmable.',
        'Proposes a multi-task model consisting of a shared encoder and task-specific decoders where both encoder and decoder channel widths are slimmable.',
      ],
    ];
    for (const [sentence, gist] of cases) expect(gistOf(sentence, { maxLength: 400 })).toBe(gist);
  });

  it('rewrites any verb after "we", and a known one in the past tense, but not a modal or an auxiliary (real sentences)', () => {
    const cases: [string, string][] = [
      [
        'We probe this learning setting using convolutional neural networks trained on classic computer vision benchmarks as well as a large transformer model trained on a large-scale language modeling task.',
        'Probes this learning setting using convolutional neural networks trained on classic computer vision benchmarks as well as a large transformer model trained on a large-scale language modeling task.',
      ],
      ['We linearize Transformers free from specific inductive biases based on the flow network theory.', 'Linearizes Transformers free from specific inductive biases based on the flow network theory.'],
      ['We meticulously construct Mantis-Instruct containing 721K instances from 14 multi-image datasets.', 'Constructs Mantis-Instruct containing 721K instances from 14 multi-image datasets.'],
      ['We rather present an orthogonal, semi-parametric approach.', 'Presents an orthogonal, semi-parametric approach.'],
      ['We found that the last layer is the most diversified throughout the training.', 'Finds that the last layer is the most diversified throughout the training.'],
      [
        'We conducted a series of experiments and found that transformer structures are more adept at capturing low-frequency information.',
        'Conducts a series of experiments and finds that transformer structures are more adept at capturing low-frequency information.',
      ],
      // A participle after the past ("and shown"), the present perfect, and the paper as the subject in the past.
      [
        'We studied unsupervised pretraining for non auto-regressive T5 models via unrolled denoising and shown its SoTA results in downstream generation tasks such as SQuAD question generation and XSum.',
        'Studies unsupervised pretraining for non auto-regressive T5 models via unrolled denoising and shows its SoTA results in downstream generation tasks such as SQuAD question generation and XSum.',
      ],
      [
        'For the second goal, we have introduced two new loss functions to determine the semantically similar pairs in the same input batch of images and reduce the distance between their representations.',
        'Introduces two new loss functions to determine the semantically similar pairs in the same input batch of images and reduce the distance between their representations.',
      ],
      [
        'This study proposed a straightforward yet effective learning paradigm by ingeniously keeping the weights relative to each seen task untouched before and after learning a new task.',
        'Proposes a straightforward yet effective learning paradigm by ingeniously keeping the weights relative to each seen task untouched before and after learning a new task.',
      ],
      // Past and perfect forms whose coordinated verbs turn too, and the ones that must stay as written.
      ['This paper studied magnitude pruning of LLMs and found that it removes outliers.', 'Studies magnitude pruning of LLMs and finds that it removes outliers.'],
      ['We have recently proposed GraphFormer, a transformer for graphs [5].', 'We have recently proposed GraphFormer, a transformer for graphs [5].'],
      ['We have only shown that it works on small models.', 'We have only shown that it works on small models.'],
      ['We have seen rapid progress in LLMs.', 'We have seen rapid progress in LLMs.'],
      ['We have proposed X, a sparse transformer, and have shown that it outperforms dense ones.', 'We have proposed X, a sparse transformer, and have shown that it outperforms dense ones.'],
      ['We evaluated X on ImageNet, given the constraints, and found that Y holds.', 'We evaluated X on ImageNet, given the constraints, and found that Y holds.'],
      ['The study designed to evaluate robustness shows that models are brittle.', 'The study designed to evaluate robustness shows that models are brittle.'],
      ['The work proposed recently by Smith shows X.', 'The work proposed recently by Smith shows X.'],
      ['For the last part of the network, we replace the softmax with a linear attention map.', 'For the last part of the network, we replace the softmax with a linear attention map.'],
      // A scope is part of the claim; a pointer to a part of the paper is not.
      ['For the last layer, we replace the softmax with a linear map.', 'For the last layer, we replace the softmax with a linear map.'],
      ['For the first question, we prove a lower bound on the rank.', 'Proves a lower bound on the rank.'],
      // A participle describing the paper is not its verb.
      ['The work presented here shows that sparse experts scale.', 'The work presented here shows that sparse experts scale.'],
      ['The study conducted in this thesis finds that pruning helps.', 'The study conducted in this thesis finds that pruning helps.'],
      // Unchanged: a modal, and an auxiliary before a verb the rewrite does not know.
      ['We can ask whether models alter these pretraining semantics to adopt alternative, context-specified ones.', 'We can ask whether models alter these pretraining semantics to adopt alternative, context-specified ones.'],
      ['We have worked towards two major goals.', 'We have worked towards two major goals.'],
    ];
    for (const [sentence, gist] of cases) expect(gistOf(sentence, { maxLength: 400 })).toBe(gist);
    expect(statesContribution('Linearizes Transformers free from specific inductive biases based on the flow network theory.')).toBe(true);
    expect(statesContribution('Models are widely used in continual learning.')).toBe(false);
    expect(statesContribution('Automatically adapts the data augmentation while solving the learning task.')).toBe(true);
  });

  it('never ends a shortened gist on an unfinished clause (real sentences of the shipped seeds)', () => {
    const cases: [string, string][] = [
      // PrimeDepth: was "… while keeping, or even enhancing."; the first claim, which points back, goes too.
      [
        'In this work, we propose a different realisation of this idea and present PrimeDepth, a method that is highly efficient at test time while keeping, or even enhancing, the positive aspects of diffusion-based approaches.',
        'Presents PrimeDepth, a method that is highly efficient at test time while keeping, or even enhancing, the positive aspects of diffusion-based approaches.',
      ],
      // Was "… benchmarks as well as."
      [
        'In this paper we describe a new mobile architecture, MobileNetV2, that improves the state of the art performance of mobile models on multiple tasks and benchmarks as well as across a spectrum of different model sizes.',
        'Describes a new mobile architecture, MobileNetV2, that improves the state of the art performance of mobile models on multiple tasks.',
      ],
      // Was "… while adhering."
      [
        'We propose a novel layer-adaptive weight-pruning approach for Deep Neural Networks (DNNs) that addresses the challenge of optimizing the output distortion minimization while adhering to a target pruning ratio constraint.',
        'Proposes a novel layer-adaptive weight-pruning approach for Deep Neural Networks (DNNs) that addresses the challenge of optimizing the output distortion minimization.',
      ],
      // Was "… three basic operations: pooling, broadcasting." (two of the three).
      [
        'We provide a full characterization of all affine equivariant and invariant layers for these symmetries and show how these layers can be implemented using three basic operations: pooling, broadcasting, and fully connected layers applied to the input in an appropriate manner.',
        'Provides a full characterization of all affine equivariant and invariant layers for these symmetries and shows how these layers can be implemented using three basic operations.',
      ],
    ];
    // At the old hard limit of 200 characters, where these cuts were made.
    for (const [sentence, gist] of cases) expect(gistOf(sentence, { maxLength: 200 })).toBe(gist);
    // Within the default 280 a sentence that cannot be cut safely before 200 is shown whole.
    expect(gistOf(cases[1]![0])).toBe('Describes a new mobile architecture, MobileNetV2, that improves the state of the art performance of mobile models on multiple tasks and benchmarks as well as across a spectrum of different model sizes.');
  });

  it('reads a doubled function word once, passes over a question, and finds the claim behind an ordinal lead-in (real abstracts of the shipped seeds)', () => {
    // "In this this work, we extend …" hid the lead-in: the gist was "Sees that the different combinations are in use …".
    const deepMoE =
      'Mixtures of Experts combine the outputs of several "expert" networks, each of which specializes in a different part of the input space. This is achieved by training a "gating" network that maps each input to a distribution over the experts. Such models show promise for building larger networks that are still cheap to compute at test time, and more parallelizable at training time. In this this work, we extend the Mixture of Experts to a stacked model, the Deep Mixture of Experts, with multiple sets of gating and experts. This exponentially increases the number of effective experts by associating each input with a combination of experts at each layer, yet maintains a modest model size. On a randomly translated version of the MNIST dataset, we find that the Deep Mixture of Experts automatically learns to develop location-dependent ("where") experts at the first layer, and class-specific ("what") experts at the second layer. In addition, we see that the different combinations are in use when the model is applied to a dataset of speech monophones. These demonstrate effective use of all expert combinations.';
    expect(gistOf(deepMoE, { title: 'Learning Factored Representations in a Deep Mixture of Experts' })).toBe(
      'Extends the Mixture of Experts to a stacked model, the Deep Mixture of Experts, with multiple sets of gating and experts.',
    );
    // "We can ask whether …" is the question, not what the paper does.
    const iclr =
      'Recent work has demonstrated that semantics specified by pretraining data influence how representations of different concepts are organized in a large language model (LLM). However, given the open-ended nature of LLMs, e.g., their ability to in-context learn, we can ask whether models alter these pretraining semantics to adopt alternative, context-specified ones. Specifically, if we provide in-context exemplars wherein a concept plays a different role than what the pretraining data suggests, do models reorganize their representations in accordance with these novel semantics? To answer this question, we take inspiration from the theory of conceptual role semantics and define a toy "graph tracing" task wherein the nodes of the graph are referenced via concepts seen during training (e.g., apple, bird, etc.) and the connectivity of the graph is defined via some predefined structure (e.g., a square grid).';
    expect(gistOf(iclr, { title: 'ICLR: In-Context Learning of Representations' })).toMatch(/^Takes inspiration from the theory of conceptual role semantics and defines a toy "graph tracing" task/);
    // …but a question the sentence goes on to answer is a claim, past an abbreviation or a semicolon.
    expect(gistOf('Models are large. We ask whether pruning helps, and show that it halves the cost.')).toBe('Asks whether pruning helps, and shows that it halves the cost.');
    expect(gistOf('LLMs memorize. We ask whether models memorize e.g. code, and show that they do.')).toBe('Asks whether models memorize e.g. code, and shows that they do.');
    expect(gistOf('LLMs memorize. We ask whether LLMs memorize their data; we find that they do.')).toMatch(/^Asks whether/);
    expect(gistOf('LLMs memorize. We also ask whether this matters for privacy.')).toBe('We also ask whether this matters for privacy.');
    // "In this work, we have worked towards two major goals." said nothing the paper does.
    const byol =
      'In this work, we have worked towards two major goals. Firstly, we have investigated the importance of Batch Normalisation (BN) layers in a non-contrastive representation learning framework called Bootstrap Your Own Latent (BYOL). We conducted several experiments to conclude that BN layers are not necessary for representation learning in BYOL. Moreover, BYOL only learns from the positive pairs of images but ignores other semantically similar images in the same input batch. For the second goal, we have introduced two new loss functions to determine the semantically similar pairs in the same input batch of images and reduce the distance between their representations.';
    expect(gistOf(byol, { title: 'Self-Labeling Refinement for Robust Representation Learning with Bootstrap Your Own Latent' })).toBe(
      'Introduces two new loss functions to determine the semantically similar pairs in the same input batch of images and reduce the distance between their representations.',
    );
    // The abstract is a quotation: only the gist reads the doubled word once.
    expect(gistOf('Results. In this this paper we propose the the method X for all of us.')).toBe('Proposes the method X for all of us.');
    expect(gistOf('Results. We propose a method that brings gains in in-context learning on on-device models.')).toBe('Proposes a method that brings gains in in-context learning on on-device models.');
    expect(gistOf('Models are large. We validate the estimator in in vivo experiments and show it is exact.')).toBe('Validates the estimator in in vivo experiments and shows it is exact.');
    expect(gistOf('Results. We show that that approach had had no effect.')).toBe('Shows that that approach had had no effect.');
  });

  it('keeps a concession the claim needs', () => {
    expect(gistOf('Although LoRA is popular, we show it forgets more than full fine-tuning.')).toBe('Although LoRA is popular, we show it forgets more than full fine-tuning.');
  });

  it('prefers a contribution sentence that names the title’s method', () => {
    const abstract = 'Networks are slow. We propose a new scheduler for speed. We introduce Zap, a fast network for phones.';
    expect(gistOf(abstract, { title: 'Zap: Fast Networks' })).toBe('Introduces Zap, a fast network for phones.');
    expect(gistOf(abstract)).toBe('Proposes a new scheduler for speed.');
    // A sentence that makes something comes before one that proposes a study of it.
    expect(gistOf('Networks are slow. We propose a study of speed. We introduce Zap, a fast network for phones.')).toBe('Introduces Zap, a fast network for phones.');
  });

  it('falls back to the title’s subtitle when no sentence states a contribution', () => {
    const abstract = 'Modern retrieval systems recompute every embedding when the model changes. That is slow.';
    expect(gistOf(abstract, { title: 'BT²: Backward-compatible Training with Basis Transformation' })).toBe('Backward-compatible Training with Basis Transformation.');
    // Without a subtitle, the first real sentence.
    expect(gistOf(abstract, { title: 'Backward Compatibility' })).toBe('Modern retrieval systems recompute every embedding when the model changes.');
  });

  it('shortens a long claim at a clause boundary, never mid-word and never with a dangling word', () => {
    const sentence =
      'We propose a novel multi-level hierarchical class incremental task configuration with an online learning constraint, called hierarchical label expansion, that models realistic deployment scenarios.';
    const gist = gistOf(sentence, { maxLength: 140 });
    expect(gist).toBe('Proposes a novel multi-level hierarchical class incremental task configuration with an online learning constraint.');
    expect(gistOf(sentence, { maxLength: 400 })).toBe(sentence.replace('We propose', 'Proposes'));
    // "both … and" is not cut between its halves.
    expect(gistOf('We propose a method that improves both the accuracy of small models on many benchmarks and the latency for large ones.', { maxLength: 104 })).toBe(
      'Proposes a method that improves both the accuracy of small models on many benchmarks and the latency.',
    );
  });

  it('turns math into plain text and never cuts inside it', () => {
    expect(gistOf('We propose a sort that runs in $O(n \\log n)$ time.')).toBe('Proposes a sort that runs in O(n log n) time.');
    expect(gistOf('We propose a sorting method in $O(n \\log n)$ time for all inputs.', { maxLength: 38 })).toBe('Proposes a sorting method.');
  });

  it('prefers a contribution sentence without math', () => {
    const abstract = 'Attention is quadratic. We propose $\\mathcal{X}_{\\alpha}^{\\beta\\gamma}$-attention. We introduce LinAttn, a linear-time attention.';
    expect(gistOf(abstract)).toBe('Introduces LinAttn, a linear-time attention.');
  });

  it('drops an "Abstract:" label and extra whitespace', () => {
    expect(gistOf('Abstract:  We present   a model.\n')).toBe('Presents a model.');
    expect(gistOf('')).toBe('');
    expect(gistOf('   ')).toBe('');
  });

  it('gives a clean one-liner for every real mangled abstract', () => {
    for (const { title, abstract } of fixtures) {
      const repaired = repairAbstract(abstract).text;
      for (const maxLength of [200, 160]) {
        const gist = gistOf(repaired, { title, maxLength });
        expect(gist.length).toBeGreaterThan(20);
        expect(gist.length).toBeLessThanOrEqual(maxLength);
        expect(gist).not.toMatch(/[$\n]/);
        expect(gist).toMatch(/[.!?)]$/);
        expect(gistOf(repaired, { title, maxLength })).toBe(gist);
      }
    }
  });

  it('keeps the condition a claim depends on, past a step lead-in, without "here" or an arXiv citation (real sentences of the shipped seeds)', () => {
    // "Given X, we present Y": the condition names what "each individual component" is.
    expect(gistOf('Given a factorization of an image into a sum of linear components, we present a zero-shot method to control each individual component through diffusion model sampling.')).toBe(
      'Presents a zero-shot method to control each individual component through diffusion model sampling, given a factorization of an image into a sum of linear components.',
    );
    expect(gistOf('As a first step towards this goal, we present here a novel network architecture for learning in deep weight spaces.')).toBe('Presents a novel network architecture for learning in deep weight spaces.');
    expect(gistOf('In this work, we present an approach for extending a recent work, HouseDiffusion (arXiv:2211.13287 [cs.CV]), to the MSD dataset.')).toBe(
      'Presents an approach for extending a recent work, HouseDiffusion, to the MSD dataset.',
    );
  });

  it('finds the named method past "Putting this all together," (the EquiformerV2 abstract)', () => {
    const abstract =
      'We propose three architectural improvments – attention re-normalization, separable S² activation and separable layer normalization. Putting this all together, we propose EquiformerV2, which outperforms previous state-of-the-art methods on the large-scale OC20 dataset by up to 12% on forces.';
    expect(gistOf(abstract, { title: 'EquiformerV2: Improved Equivariant Transformer for Scaling to Higher-Degree Representations' })).toBe(
      'Proposes EquiformerV2, which outperforms previous state-of-the-art methods on the large-scale OC20 dataset by up to 12% on forces.',
    );
  });

  it('states how the paper solves what an earlier sentence named, as its claim (real sentences of the shipped seeds)', () => {
    const cases: [sentence: string, gist: string][] = [
      ['In this work, we tackle these issues by automatically adapting the data augmentation while solving the learning task.', 'Automatically adapts the data augmentation while solving the learning task.'],
      ['In this study, we address these challenges by using a multilingual transformer model in combination with adapters.', 'Uses a multilingual transformer model in combination with adapters.'],
      // No gerund of a known verb: as written.
      ['We address this issue through the lens of knowledge circuit evolution.', 'Addresses this issue through the lens of knowledge circuit evolution.'],
    ];
    for (const [sentence, gist] of cases) expect(gistOf(sentence)).toBe(gist);
  });

  it('takes what an analysis paper found over what it set out to study (real abstracts of the shipped seeds)', () => {
    const abstract =
      'The Mixture-of-Experts (MoE) layer, a sparsely-activated model controlled by a router, has achieved great success in deep learning. However, the understanding of such architecture remains elusive. In this paper, we formally study how the MoE layer improves the performance of neural network learning and why the mixture model will not collapse into a single model. Our empirical results suggest that the cluster structure of the underlying problem and the non-linearity of the expert are pivotal to the success of MoE.';
    // An analysis by its subtitle: "Layer by Layer: Uncovering Hidden Representations …".
    const layers =
      'Understanding what defines a good representation in large language models (LLMs) is fundamental. We propose a unified framework of representation quality metrics based on information theory, geometry, and invariance to input perturbations. We show that intermediate layers can encode even richer representations, often improving performance on a wide range of downstream tasks.';
    expect(gistOf(layers, { title: 'Layer by Layer: Uncovering Hidden Representations in Language Models' })).toBe(
      'Shows that intermediate layers can encode even richer representations, often improving performance on a wide range of downstream tasks.',
    );
    expect(gistOf(abstract, { title: 'Towards Understanding Mixture of Experts in Deep Learning' })).toBe(
      'Suggests that the cluster structure of the underlying problem and the non-linearity of the expert are pivotal to the success of Mixture-of-Experts (MoE).',
    );
  });

  it('uses the contribution sentence of a real abstract', () => {
    const { abstract } = fixtures.find((f) => f.title.startsWith('Sketching Meets Differential Privacy'))!;
    // The design of the paper's data structure, not the framework it extends.
    expect(gistOf(repairAbstract(abstract).text)).toBe('Designs a fast dynamic data structure for this task and it is robust against an adaptive adversary.');
  });
});

describe('gists that lean on a sentence they do not show (real abstracts of the shipped seeds)', () => {
  it('drops a last clause that only points back, when what it makes still reads as a statement', () => {
    const ilNerf =
      'Existing incremental learning methods using knowledge distillation assume that continuous data chunks contain both 2D images and corresponding camera pose parameters, pre-estimated from the complete dataset. ' +
      'In contrast, we focus on a practical scenario where camera poses are unknown. ' +
      'We propose IL-NeRF, a novel framework for incremental NeRF training, to address this challenge.';
    expect(gistOf(ilNerf, { title: 'IL-NeRF: Incremental Learning for Neural Radiance Fields with Camera Pose Alignment' })).toBe(
      'Proposes IL-NeRF, a novel framework for incremental NeRF training.',
    );
    const repq =
      'Recently, several PTQ schemes for vision transformers (ViTs) have been presented; unfortunately, they typically suffer from non-trivial accuracy degradation, especially in low-bit cases. ' +
      'In this paper, we propose RepQ-ViT, a novel PTQ framework for ViTs based on quantization scale reparameterization, to address the above issues.';
    expect(gistOf(repq, { title: 'RepQ-ViT: Scale Reparameterization for Post-Training Quantization of Vision Transformers' })).toBe(
      'Proposes RepQ-ViT, a novel PTQ framework for vision transformers (ViTs) based on quantization scale reparameterization.', // ViTs defined earlier in the abstract, written out
    );
    expect(dropPointerTail('Proposes a new two-step algorithm to merge models – termed PLeaS – which relaxes these constraints.')).toBe(
      'Proposes a new two-step algorithm to merge models – termed PLeaS.',
    );
    expect(dropPointerTail('Proposes efficient alternatives to fine-tune the large pre-trained code model based on the above findings.')).toBe(
      'Proposes efficient alternatives to fine-tune the large pre-trained code model.',
    );
  });

  it('never drops a clause the claim needs', () => {
    // Too thin without it: another sentence is chosen instead (below).
    expect(dropPointerTail('Presents DecompX to tackle these challenges.')).toBe('Presents DecompX to tackle these challenges.');
    // What is offered is evidence for the hypothesis; what is shown is not a thing made.
    expect(dropPointerTail('Offers three sources of evidence for this hypothesis.')).toBe('Offers three sources of evidence for this hypothesis.');
    expect(dropPointerTail('Shows that it is possible to overcome this limitation.')).toBe('Shows that it is possible to overcome this limitation.');
  });

  it('prefers a sentence of the same rank that stands alone', () => {
    const decompx =
      'An emerging solution for explaining Transformer-based models is to use vector-based analysis on how the representations are formed. ' +
      'However, providing a faithful vector-based explanation for a multi-layer model could be challenging in three aspects: (1) Incorporating all components into the analysis, (2) Aggregating the layer dynamics to determine the information flow and mixture throughout the entire model, and (3) Identifying the connection between the vector-based analysis and the model’s predictions. ' +
      'In this paper, we present DecompX to tackle these challenges. ' +
      'DecompX is based on the construction of decomposed token representations and their successive propagation throughout the model without mixing them in between layers.';
    expect(gistOf(decompx, { title: 'DecompX: Explaining Transformers Decisions by Propagating Token Decomposition' })).toBe(
      'DecompX is based on the construction of decomposed token representations and their successive propagation throughout the model without mixing them in between layers.',
    );
    const mechanistic =
      'Recent work has shown that specific distributional properties inherent in language, such as burstiness, large dictionaries and skewed rank-frequency distributions, control the trade-off or simultaneous appearance of these two forms of learning. ' +
      'We first show that these results are recapitulated in a minimal attention-only network trained on a simplified dataset. ' +
      'In-context learning (ICL) is driven by the abrupt emergence of an induction head, which subsequently competes with in-weights learning. ' +
      'By identifying progress measures that precede in-context learning and targeted experiments, we construct a two-parameter model of an induction head which emulates the full data distributional dependencies displayed by the attention-based network.';
    expect(gistOf(mechanistic)).toBe(
      'Constructs a two-parameter model of an induction head which emulates the full data distributional dependencies displayed by the attention-based network.',
    );
    const mamba =
      'Many subquadratic-time architectures such as linear attention, gated convolution and recurrent models, and structured state space models (SSMs) have been developed to address Transformers’ computational inefficiency on long sequences, but they have not performed as well as attention on important modalities such as language. ' +
      'We identify that a key weakness of such models is their inability to perform content-based reasoning, and make several improvements. ' +
      'We integrate these selective SSMs into a simplified end-to-end neural network architecture without attention or even MLP blocks (Mamba).';
    expect(gistOf(mamba, { title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces' })).toBe(
      'Integrates these selective state space models (SSMs) into a simplified end-to-end neural network architecture without attention or even MLP blocks (Mamba).',
    );
  });

  it('keeps a strong claim with a back-reference over a weaker sentence, and one whose rest carries the meaning', () => {
    // Penalised, not forbidden: the only strong claim beats "Our experiments show …".
    const unified =
      'Recent advances in efficient sequence modeling have led to attention-free layers, such as Mamba, RWKV, and various gated RNNs, all featuring sub-quadratic complexity in sequence length and excellent scaling properties, enabling the construction of a new type of foundation models. ' +
      'In this paper, we present a unified view of these models, formulating such layers as implicit causal self-attention layers. ' +
      'Our experiments show that our attention matrices and attribution method outperform an alternative and a more limited formulation that was recently proposed for Mamba.';
    expect(gistOf(unified)).toBe('Presents a unified view of these models, formulating such layers as implicit causal self-attention layers.');
    // "… to mitigate this issue by introducing X": the purpose that points back goes, the how stays.
    const robustness =
      'Put another way, instruction-tuned models are not especially robust to instruction re-phrasings. ' +
      'We propose a simple method to mitigate this issue by introducing “soft prompt” embedding parameters and optimizing these to maximize the similarity between representations of semantically equivalent instructions. ' +
      'We show that this method consistently improves the robustness of instruction-tuned models.';
    expect(gistOf(robustness)).toBe(
      'Proposes a simple method by introducing “soft prompt” embedding parameters and optimizing these to maximize the similarity between representations of semantically equivalent instructions.',
    );
    const distrifusion =
      'However, generating high-resolution images with diffusion models is still challenging due to the enormous computational costs, resulting in a prohibitive latency for interactive applications. ' +
      'In this paper, we propose DistriFusion to tackle this problem by leveraging parallelism across multiple GPUs. ' +
      'Our method splits the model input into multiple patches and assigns each patch to a GPU.';
    expect(gistOf(distrifusion, { title: 'DistriFusion: Distributed Parallel Inference for High-Resolution Diffusion Models' })).toBe(
      'Proposes DistriFusion by leveraging parallelism across multiple GPUs.',
    );
  });

  it('does not take a code release for the contribution', () => {
    const composable =
      'Sparse fine-tuning is expressive, as it controls the behavior of all model components. ' +
      'In this work, we introduce a new fine-tuning method with both these desirable properties. ' +
      'We release the code and models at https://github.com/cambridgeltl/composable-sft.';
    expect(gistOf(composable)).toBe('Introduces a new fine-tuning method with both these desirable properties.');
  });
});

describe('leansOnContext', () => {
  it('flags a gist that points back at a sentence it does not show (gists the shipped seeds had)', () => {
    for (const gist of [
      'Presents DecompX to tackle these challenges.',
      'Designs Buff to address these issues.',
      'Demonstrates empirically that this method produces similar results to the baseline.',
      'Identifies that a key weakness of such models is their inability to perform content-based reasoning, and make several improvements.',
      'Provides a rigorous theoretical answer to this question.',
      'This thesis provides methods and analysis of models which make progress on this goal.',
      'Proposes RepQ-ViT, a novel PTQ framework for ViTs based on quantization scale reparameterization, to address the above issues.',
      'Proposes a faster re-translation system based on a non-autoregressive sequence generation model (FReTNA) to overcome the aforementioned limitations.',
      'We support this thesis with simple theoretical arguments and with experiments utilizing an apparently naïve ensembling technique.',
      'It generates an effective hybrid parallelism strategy.',
      // A second claim does not make up for the first one's reference (a blind reviewer's flags).
      'Investigates this setting and studies the impact of LoRA rank on the forgetting of the pretraining foundation task and on the plasticity and forgetting of subsequent ones.',
      // "it" right after the claim verb, "the proposed method" never named, "some of them".
      'Shows it can be factored through the already existing categorical constructions for deep learning called Para and Lens.',
      'Provides theoretical insights into the proposed method.',
      'Finds that some of them yield quality improvements over the typically-used ReLU or GELU activations.',
      'Demonstrates their advantages in handling long-range dependencies while reducing computational overhead.',
      // A back-reference by any noun, not only "challenges" or "methods" (a blind judge's flags, sample GN).
      'Provides a full characterization of all affine equivariant and invariant layers for these symmetries and shows how these layers can be implemented using three basic operations.',
      'Proposes a method termed SaRA that re-utilizes these temporarily ineffective parameters, equating to optimizing a sparse weight matrix to learn the task-specific knowledge.',
      'Proves in a two-dimensional model problem that simultaneously learning these transformations together with scene appearance succeeds with drastically improved efficiency.',
      // A statement an earlier sentence labelled, by its label alone.
      'Suggests that (i) input gradients of standard models may grossly violate (A), whereas (ii) input gradients of adversarially robust models satisfy (A).',
    ]) {
      expect(leansOnContext(gist), gist).toBe(true);
    }
  });

  it('leaves a back-reference the rest of the gist makes up for, and the paper naming itself', () => {
    for (const gist of [
      // "… this issue by <how>": the how carries the meaning.
      'Proposes a simple method to mitigate this issue by introducing “soft prompt” embedding parameters.',
      'Tackles these issues by automatically adapting the data augmentation while solving the learning task.',
      'Proposes DistriFusion to tackle this problem by leveraging parallelism across multiple GPUs.',
      'Addresses this issue through the lens of knowledge circuit evolution, identifying computational subgraphs that facilitate knowledge storage and processing.',
      'Shows that all these problems can be solved by formulating convolutional kernels in CNNs as continuous functions.',
      // …the list it stands for; the "it" of "it is possible", which stands for nothing.
      'Revisits three categories of such algorithms: dynamic architectures (layer stacking, layer dropping), batch selection (selective backprop, RHO loss), and efficient optimizers (Lion, Sophia).',
      'Shows that it is possible to overcome this limitation and train networks that can maintain expertise on tasks which they have not experienced for a long time.',
      'Proposes a pruning method and shows that the proposed method keeps accuracy.',
      // The paper itself, "such as", and a referent described well enough by its modifiers.
      'Without increasing model complexity, a simple and effective invertible arbitrary rescaling network (IARN) is proposed to achieve arbitrary image rescaling by training only one model in this work.',
      'This thesis provides methods and analysis of models.', // the shipped sentence goes on "… which make progress on this goal", flagged above
      'This study proposed a straightforward yet effective learning paradigm by ingeniously keeping the weights relative to each seen task untouched before and after learning a new task.',
      'We studied unsupervised pretraining for non auto-regressive T5 models via unrolled denoising and shown its SoTA results in downstream generation tasks such as SQuAD question generation and XSum.',
      'Shows that this scale-wise autoregressive framework can be effectively decoupled into intra-scale modeling, which captures local spatial dependencies within each scale, and inter-scale modeling.',
      // The noun is named earlier in the gist.
      'Proposes a pruning method and shows that this method keeps accuracy.',
      // "such as" lists, a participle the words after it define, an acronym the reader can look up.
      'As a general sequence model backbone, Mamba achieves state-of-the-art performance across several modalities such as language, audio, and genomics.',
      'Shows that the difficulty of quantizing SSMs is caused by activation outliers, similar to those observed in transformer-based large language models (LLMs).',
      'Integrates these selective SSMs into a simplified end-to-end neural network architecture without attention or even MLP blocks (Mamba).',
    ]) {
      expect(leansOnContext(gist), gist).toBe(false);
    }
  });
});

describe('isCutMidThought', () => {
  it('flags a clause left unfinished before the final period (gists the shipped seeds had)', () => {
    for (const gist of [
      'Proposes a different realisation of this idea and presents PrimeDepth, a method that is highly efficient at test time while keeping, or even enhancing.',
      // A sentence the splitter ended at a list number, and an aside left without its clause.
      'Employs two key strategies for fine-tuning state-of-the-art models: 1. Domain-specific Fine-Tuning, which tailors pretrained models to a single domain, and 2.',
      'Shows that Continuous Kernel Convolutional Networks (CKCNNs) obtain state-of-the-art results in multiple datasets, e.g., permuted MNIST, and, thanks to their continuous nature.',
      'Describes a new mobile architecture, MobileNetV2, that improves the state of the art performance of mobile models on multiple tasks and benchmarks as well as.',
      'Introduces the Double Rounding quantization method, which fully utilizes the quantized representation range to accomplish nearly lossless bit-switching while reducing storage by.',
      'Demonstrates that the stationary representations learned by the d-Simplex fixed classifier optimally approximate compatibility representation according.',
      'Presents a series of empirical studies on frozen models that show that the lower and final layers of pretrained transformers differ from middle layers, but.',
      'Introduces Bellman Optimal Step-size Straightening (BOSS) technique for distilling flow-matching generative models: it aims specifically for a few-step efficient image sampling while adhering.',
      'Gives theoretical grounding to this recent finding using tools from Rough Path Theory: we show.',
      'Uses models such as.',
      'Studies the role of the.',
    ]) {
      expect(isCutMidThought(gist)).toBe(true);
    }
  });

  it('leaves a finished clause whose last word only looks like a dangling one', () => {
    for (const gist of [
      'Proposes to find the solution using a Jacobi or Gauss-Seidel fixed-point iteration method, as well as hybrid methods of both.',
      'Derives DyT mathematically and shows that a well-defined approximation is needed to do so.',
      'Introduces UniBench: a unified implementation of 50+ VLM benchmarks spanning a comprehensive range of carefully categorized capabilities from object recognition to spatial awareness, counting.',
      'Proposes a mutual encoder-decoder CNN for joint recovery of both.',
    ]) {
      expect(isCutMidThought(gist)).toBe(false);
    }
  });
});

describe('gists of the shipped seeds', () => {
  const papers = shippedSurvey().papers;

  it('never open with "In this paper/work" or a connector to an unseen sentence', () => {
    expect(papers.filter((p) => hasPaperLeadIn(p.gist)).map((p) => p.gist)).toEqual([]);
    expect(papers.filter((p) => hasDanglingLeadIn(p.gist)).map((p) => p.gist)).toEqual([]);
  });

  // 14 by the stricter check of stop 31 (a second claim no longer excuses the first one's reference; "Shows it …",
  // "Demonstrates their …", "the proposed method", "some of them" count), which flagged 17 of the gists before that
  // stop's rewrites. Stop 36 made the check stricter again (a bare "the approach", "challenges this belief",
  // "a solution to this problem", "Demonstrates both analytically and empirically that this …"): it flags 22 of the
  // gists before that stop's changes and 15 after. Stop 37 reads a back-reference by any noun ("these symmetries",
  // "this learning setting", "these temporarily ineffective parameters"), which a blind judge found in 9 of 60
  // gists: it flags 25 of the gists before that stop's changes and 20 after (the stop-36 check: 15 and 15).
  it('lean on a sentence they do not show in at most 20 (29 before gists avoided them; `npm run audit -- --list gist-context`)', () => {
    expect(papers.filter((p) => leansOnContext(p.gist)).length).toBeLessThanOrEqual(20);
  });

  it('never stop mid-thought', () => {
    expect(papers.filter((p) => isCutMidThought(p.gist)).map((p) => p.gist)).toEqual([]);
  });

  it('state a contribution in at least nine of ten', () => {
    const stating = papers.filter((p) => statesContribution(p.gist, p.titleRepaired)).length;
    expect(stating / papers.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('"we" with an adverb that is no verb', () => {
  it('skips "even", "herein", "often", "just" on the way to the verb', () => {
    expect(contributionGist('We even show that the bound is tight.')).toBe('Shows that the bound is tight.');
    expect(contributionGist('We herein propose a sparse router.')).toBe('Proposes a sparse router.');
  });
});

describe('gists a blind reviewer flagged (stop 31: real abstracts of the shipped seeds)', () => {
  it('drops a purpose that points back from inside the gist, keeping how the thing made works', () => {
    expect(dropPointerTail('Proposes the Multilinear Mixture of Experts (MMoE) layer to address this, focusing on vision models.')).toBe(
      'Proposes the Multilinear Mixture of Experts (MMoE) layer, focusing on vision models.',
    );
    expect(dropPointerTail('Proposes ZeroQ, a novel zero-shot quantization framework to address this.')).toBe('Proposes ZeroQ, a novel zero-shot quantization framework.');
    // Too little would be left: unchanged.
    expect(dropPointerTail('Proposes X to address this by Y.')).toBe('Proposes X to address this by Y.');
    // "Tackles these issues by V-ing": the way it tackles them is the claim (stop 37; before, the gist kept the pointer).
    expect(dropPointerTail('Tackles these issues by automatically adapting the data augmentation.')).toBe('Automatically adapts the data augmentation.');
  });

  it('keeps the second of two claims when the first points back and the second stands alone', () => {
    expect(keepStandingClaim('Investigates this setting and studies the impact of LoRA rank on the forgetting of the pretraining foundation task.')).toBe(
      'Studies the impact of LoRA rank on the forgetting of the pretraining foundation task.',
    );
    // The second claim points back too ("this threshold"): both stay.
    expect(keepStandingClaim('Investigates this setting and shows that efficient approximation algorithms of LoRA exist only below this threshold.')).toBe(
      'Investigates this setting and shows that efficient approximation algorithms of LoRA exist only below this threshold.',
    );
    // The first claim stands alone: both stay.
    expect(keepStandingClaim('Proposes a pruning method and studies its effect on robustness.')).toBe('Proposes a pruning method and studies its effect on robustness.');
    // An aim is not a claim to keep: "This paper builds on these properties … and aims to answer (1) whether …".
    const atlas =
      'The significance of task vectors is such that simple arithmetic operations on them can be used to combine diverse representations from different domains. ' +
      'This paper builds on these properties of task vectors and aims to answer (1) whether components of task vectors, particularly parameter blocks, exhibit similar characteristics, and (2) how such blocks can be used to enhance knowledge composition and transfer. ' +
      'To this end, we introduce aTLAS, an algorithm that linearly combines parameter blocks with different learned coefficients, resulting in anisotropic scaling at the task vector level.';
    expect(gistOf(atlas, { title: 'Knowledge Composition using Task Vectors with Learned Anisotropic Scaling' })).toBe(
      'Introduces aTLAS, an algorithm that linearly combines parameter blocks with different learned coefficients, resulting in anisotropic scaling at the task vector level.',
    );
  });

  it('names "our method" by the name the sentence gives it, and turns "our goal is to … by introducing X" into "Introduces X"', () => {
    expect(contributionGist('Our method, named ST-3 for straight-through/soft-thresholding/sparse-training, obtains SoA results, both in terms of accuracy/sparsity and accuracy/FLOPS trade-offs.')).toBe(
      'ST-3 obtains SoA results, both in terms of accuracy/sparsity and accuracy/FLOPS trade-offs.',
    );
    expect(
      contributionGist('In this work, our goal is to bridge this gap by introducing a computer graphics simulation framework that repeatedly renders only upcoming urban scene fragments.'),
    ).toBe('Introduces a computer graphics simulation framework that repeatedly renders only upcoming urban scene fragments.');
    // No name, no "by introducing": as written.
    expect(contributionGist('Our goal is to understand why sparse networks train slowly.')).toBe('Our goal is to understand why sparse networks train slowly.');
  });

  it('takes a definition of what the title is about for the contribution of a formal paper, but not over a strong claim or a definition of a method step', () => {
    const gcnn =
      'We define the bicategory of Graph Convolutional Neural Networks GCNN_n for an arbitrary graph with n nodes. ' +
      'We show it can be factored through the already existing categorical constructions for deep learning called Para and Lens with the base category set to the CoKleisli category of the product comonad. ' +
      'We show that this construction allows us to treat the adjacency matrix of a GCNN as a global parameter instead of a local, layer-wise one.';
    expect(gistOf(gcnn, { title: 'Graph Convolutional Neural Networks as Parametric CoKleisli morphisms' })).toBe(
      'Defines the bicategory of Graph Convolutional Neural Networks GCNN_n for an arbitrary graph with n nodes.',
    );
    const slu =
      'In this work we tackle the problem of Spoken Language Understanding applied to a continual learning setting. ' +
      'We first define a class-incremental scenario for the SLURP dataset. ' +
      'Then, we propose three knowledge distillation (KD) approaches to mitigate forgetting for a sequence-to-sequence transformer model: the first KD method is applied to the encoder output (audio-KD), and the other two work on the decoder output, either directly on the token-level (tok-KD) or on the sequence-level (seq-KD) distributions.';
    // A definition that is a step of the method is a weak claim: the earlier weak claim stays.
    const noTrain =
      'In this work, we revisit three categories of such algorithms: dynamic architectures (layer stacking, layer dropping), batch selection (selective backprop, RHO loss), and efficient optimizers (Lion, Sophia). ' +
      'When pre-training BERT and T5 with a fixed computation budget using such methods, we find that their training, validation, and downstream gains vanish compared to a baseline with a fully-decayed learning rate. ' +
      'We define an evaluation protocol that enables computation to be done on arbitrary machines by mapping all computation time to a reference machine which we call reference system time.';
    expect(gistOf(noTrain, { title: 'No Train No Gain: Revisiting Efficient Training Algorithms For Transformer-based Language Models' })).toMatch(/^Revisits three categories/);
    // …and a list announced by "the first" is not cut after its first item.
    expect(gistOf(slu, { title: 'Sequence-Level Knowledge Distillation for Class-Incremental End-to-End Spoken Language Understanding' })).toBe(
      'Proposes three knowledge distillation (KD) approaches to mitigate forgetting for a sequence-to-sequence transformer model.',
    );
  });

  it('does not cut a verb or noun from the complement it needs', () => {
    const llamp =
      'Here we introduce LLaMP, a multimodal retrieval-augmented generation (RAG) framework of multiple data-aware reasoning-and-acting (ReAct) agents that dynamically interact with computational and experimental data on Materials Project (MP).';
    expect(gistOf(llamp, { maxLength: 200 })).toBe('Introduces LLaMP, a multimodal retrieval-augmented generation (RAG) framework of multiple data-aware reasoning-and-acting (ReAct) agents.');
    const mossformer =
      'In this paper, we introduce a novel hybrid model that provides the capabilities to model both long-range, coarse-scale dependencies and fine-scale recurrent patterns by integrating a recurrent module into the MossFormer framework.';
    expect(gistOf(mossformer, { maxLength: 200 })).toBe(
      'Introduces a novel hybrid model that provides the capabilities to model both long-range, coarse-scale dependencies and fine-scale recurrent patterns.',
    );
  });
});

describe('a gist that only names what the paper makes, with what the next sentence says it does', () => {
  it('goes on with the next sentence as a relative clause when its subject is the name or "It"', () => {
    const zeroq =
      'Existing zero-shot quantization methods use different heuristics to address this, but they result in poor performance, especially when quantizing to ultra-low precision. ' +
      'Here, we propose ZeroQ, a novel zero-shot quantization framework to address this. ' +
      'ZeroQ enables mixed-precision quantization without any access to the training or validation data. ' +
      'This is achieved by optimizing for a Distilled Dataset, which is engineered to match the statistics of batch normalization across different layers of the network.';
    expect(gistOf(zeroq, { title: 'ZeroQ: A Novel Zero Shot Quantization Framework' })).toBe(
      'Proposes ZeroQ, a novel zero-shot quantization framework, which enables mixed-precision quantization without any access to the training or validation data.',
    );
    const pyramidal =
      'This work introduces a unified pyramidal flow matching algorithm. ' +
      'It reinterprets the original denoising trajectory as a series of pyramid stages, where only the final stage operates at the full resolution, thereby enabling more efficient video generative modeling.';
    expect(gistOf(pyramidal)).toBe(
      'Introduces a unified pyramidal flow matching algorithm, which reinterprets the original denoising trajectory as a series of pyramid stages, where only the final stage operates at the full resolution.',
    );
  });

  it('leaves the gist alone where "which" could attach elsewhere, or the next sentence leans on the one before', () => {
    // A relative clause already: a second "which" would hang on "LoRA".
    const nola =
      'In this paper, we introduce NOLA, which overcomes the rank one lower bound present in LoRA. ' +
      'It achieves this by re-parameterizing the low-rank matrices in LoRA using linear combinations of randomly generated matrices (basis) and optimizing the linear mixture coefficients only.';
    expect(gistOf(nola)).toBe('Introduces NOLA, which overcomes the rank one lower bound present in LoRA.');
    // "Consequently" reads on from the sentence before.
    const pvd =
      'In this paper, we propose Progressive Volume Distillation (PVD), a systematic distillation method. ' +
      'PVD consequently empowers downstream applications to optimally adapt the neural representations for the task at hand in a post hoc fashion.';
    expect(gistOf(pvd)).toBe('Proposes Progressive Volume Distillation (PVD), a systematic distillation method.');
    // "It" after a preposition's noun: the model or the memory?
    expect(gistOf('We introduce a model with an external memory. It stores past activations in a ring buffer.')).toBe('Introduces a model with an external memory.');
  });
});

describe('rewrites that must not touch a claim (a review of stop 31, with sentences written for it)', () => {
  it('keeps a purpose that is itself what the paper proposes', () => {
    expect(dropPointerTail('Proposes to address this issue by pruning redundant attention heads in a single pass.')).toBe(
      'Proposes to address this issue by pruning redundant attention heads in a single pass.',
    );
    // A bare "this" before "by" is still a purpose that points back when something is made before it.
    expect(dropPointerTail('Proposes a contrastive objective to mitigate this by contrasting positive and negative views.')).toBe(
      'Proposes a contrastive objective by contrasting positive and negative views.',
    );
  });

  it('does not take the verb of a relative clause for a second claim of the paper', () => {
    for (const gist of [
      'Proposes a sampler that mitigates this problem and finds high-quality solutions in far fewer steps.',
      'Introduces a regularizer that alleviates this issue and proves effective on ImageNet and COCO benchmarks.',
    ]) {
      expect(keepStandingClaim(gist)).toBe(gist);
    }
    // A bracket closed before the "and": the second claim may stand alone.
    expect(keepStandingClaim('Extends this framework [12] to graphs and proposes a message-passing variant of the original layer.')).toBe(
      'Proposes a message-passing variant of the original layer.',
    );
  });

  it('rewrites "our goal is to … by introducing X" only when the goal points back', () => {
    const own = 'Our goal is to learn robust representations by introducing noise into the input embeddings during pretraining.';
    expect(contributionGist(own)).toBe(own);
  });

  it('does not go on with an "It" that stands for nothing, or after a plural', () => {
    expect(gistOf('This work introduces a unified pyramidal flow matching algorithm. It turns out that only the final stage needs the full resolution.')).toBe(
      'Introduces a unified pyramidal flow matching algorithm.',
    );
    expect(gistOf('We derive tight generalization bounds for deep equilibrium models. It relies on a new fixed-point argument.')).toBe(
      'Derives tight generalization bounds for deep equilibrium models.',
    );
  });

  it('reads complete sentences that end in numbers, "it takes" and "most of them" after their noun as complete and standing alone', () => {
    expect(isCutMidThought('Shows that the optimal depth lies between 1 and 2.')).toBe(false);
    expect(isCutMidThought('Evaluates on tasks (a) and (b).')).toBe(false);
    expect(leansOnContext('Shows that it takes only a handful of examples to adapt the model.')).toBe(false);
    expect(leansOnContext('Benchmarks twenty open-source LLMs and finds that most of them fail on long inputs.')).toBe(false);
  });
});

describe('gists that say what the paper makes, in one voice (stop 36: real abstracts of the shipped seeds)', () => {
  it('prefers the sentence that makes something over a check of it, a secondary contribution or a finding about a problem', () => {
    // Magnitude Invariant Parametrizations: was "Demonstrates both analytically and empirically that this can lead to unstable optimization …".
    const mip =
      'Unfortunately, existing hypernetworks are often challenging to train. In this work, we identify a fundamental and previously unidentified problem that contributes to the challenge of training hypernetworks: a magnitude proportionality between the inputs and outputs of the hypernetwork. We demonstrate both analytically and empirically that this can lead to unstable optimization, thereby slowing down convergence, and sometimes even preventing any learning. We present a simple solution to this problem using a revised hypernetwork formulation that we call Magnitude Invariant Parametrizations (MIP). We demonstrate the proposed solution on several hypernetwork tasks, where it consistently stabilizes training and achieves faster convergence. We provide easy-to-use code that can turn existing networks into MIP-based hypernetworks.';
    expect(gistOf(mip, { title: 'Magnitude Invariant Parametrizations Improve Hypernetwork Learning' })).toBe(
      'Presents a simple solution to this problem using a revised hypernetwork formulation called Magnitude Invariant Parametrizations (MIP).',
    );
    // FactorLLM: the method the title names, made in the second clause of a "We explore … and introduce" sentence.
    const factor =
      'In this paper, we explore the FFN computation paradigm in LLMs and introduce FactorLLM, a novel approach that decomposes well-trained dense FFNs into sparse sub-networks without requiring any further modifications, while maintaining the same level of performance. Furthermore, we embed a router from the Mixture-of-Experts (MoE), combined with our devised Prior-Approximate (PA) loss term that facilitates the dynamic activation of experts and knowledge adaptation. Extensive experiments across various benchmarks demonstrate the effectiveness of our proposed FactorLLM which achieves comparable performance to the source model.';
    expect(gistOf(factor, { title: 'FactorLLM: Factorizing Knowledge via Mixture of Experts for Large Language Models' })).toMatch(/^Explores the FFN computation paradigm in LLMs and introduces FactorLLM, a novel approach that decomposes/);
  });

  it('drops a contrast with earlier work before what the paper makes, not one the claim needs', () => {
    const tag =
      'Most research works propose to either store a subset of examples from the past tasks in a replay buffer. While existing methods employ the general task-agnostic stochastic gradient descent update rule, we propose a task-aware optimizer that adapts the learning rate based on the relatedness among tasks. We empirically show that our proposed adaptive learning rate not only accounts for catastrophic forgetting but also allows positive backward transfer.';
    expect(gistOf(tag, { title: 'TAG: Task-based Accumulated Gradients for Lifelong learning' })).toBe(
      'Proposes a task-aware optimizer that adapts the learning rate based on the relatedness among tasks.',
    );
    expect(gistOf('Unlike previous work, we introduce FACTORSIM that generates full simulations in code from language input that can be used to train agents.')).toBe(
      'Introduces FACTORSIM that generates full simulations in code from language input that can be used to train agents.',
    );
    // Not earlier work: the contrast is the claim, and "Instead of" is no connector ("Of generating an image, we …" once).
    expect(contributionGist('Instead of generating an image, we propose to generate background, foreground, layer mask, and the composed image simultaneously.')).toMatch(/^Instead of generating an image, we propose/);
    // The claim refers back into the contrast: it stays.
    for (const sentence of [
      'As opposed to prior methods that prune weights after training, we propose to prune them at initialization.',
      'Unlike existing methods, which require labels, we propose a self-supervised objective that does not.',
      'While current models excel at English, we introduce a benchmark showing that they fail on low-resource languages.',
    ]) expect(contributionGist(sentence)).toBe(sentence);
  });

  it('writes the author\'s later "we" and "our" in the gist\'s voice', () => {
    expect(gistOf('In this work, we introduce Orthogonal Residual Update: we decompose the module\'s output relative to the input stream and add only the component orthogonal to this stream.')).toBe(
      "Introduces Orthogonal Residual Update, which decomposes the module's output relative to the input stream and adds only the component orthogonal to this stream.",
    );
    expect(gistOf('We make the following three contributions: (i) we introduce a new structured neural network architecture that explicitly incorporates layers (as spatial masks) into its design. This improves separation performance.')).toBe(
      'Introduces a new structured neural network architecture that explicitly incorporates layers (as spatial masks) into its design.',
    );
    expect(gistOf('Does the dominant approach remain a good approach when we are dealing with multiple distributions? Our thesis is that such scenarios are better served by representations that are richer than those obtained with a single optimization episode.')).toBe(
      'Argues that such scenarios are better served by representations that are richer than those obtained with a single optimization episode.',
    );
    // "its" would read as a pronoun for something earlier; "the" does not.
    expect(gistOf('Results vary. We empirically show that our proposed adaptive learning rate not only accounts for catastrophic forgetting but also allows positive backward transfer.')).toBe(
      'Shows that the proposed adaptive learning rate not only accounts for catastrophic forgetting but also allows positive backward transfer.',
    );
    // A "we" inside a clause of the claim is that clause's, not a second claim.
    expect(gistOf('We propose a loop where errors are found and we update the model after each round.')).toBe('Proposes a loop where errors are found and we update the model after each round.');
  });

  it('reads a survey\'s own sentence as its contribution, and its "also" as a secondary one', () => {
    const survey =
      'Recent advancements in sequence modeling have led to the emergence of Structured State Space Models (SSMs) as an efficient alternative to Recurrent Neural Networks (RNNs) and Transformers. This survey provides a comprehensive review of SSMs, tracing their evolution from the foundational S4 model to its successors like Mamba, Simplified Structured State Space Sequence Model (S5), and Jamba, highlighting their improvements in computational efficiency, memory optimization, and inference speed. By comparing SSMs with traditional sequence models across domains, we demonstrate their advantages in handling long-range dependencies while reducing computational overhead.';
    // Was "Demonstrates their advantages …"; a cut inside the list of successors ("… like Mamba, Simplified … (S5).") is no cut.
    expect(gistOf(survey, { title: 'A Survey on Structured State Space Sequence (S4) Models' })).toBe(
      'Provides a comprehensive review of State Space Models (SSMs), tracing their evolution from the foundational S4 model to its successors like Mamba, Simplified Structured State Space Sequence Model (S5), and Jamba.',
    );
    expect(gistOf('This survey categorizes the foundational SSMs into three paradigms. This survey also highlights diverse applications of SSMs across domains such as vision, video and audio.')).toBe(
      'Categorizes the foundational SSMs into three paradigms.',
    );
  });

  it('ends a cut list of claims with "and", and names as the gist would', () => {
    expect(
      gistOf(
        'In this view, this survey focuses on the aforementioned issues. Specifically,we illustrate the concept of sequential recommendation, propose a categorization of existing algorithms in terms of three types of behavioral sequence, summarize the key factors affecting the performance of DL-based models, and conduct corresponding evaluations to demonstrate the effects of these factors.',
      ),
    ).toBe('Illustrates the concept of sequential recommendation and proposes a categorization of existing algorithms in terms of three types of behavioral sequence.');
    expect(gistOf('We propose a novel model fusion framework, named CLAFusion, to fuse neural networks with a different number of layers, which we refer to as heterogeneous neural networks, via cross-layer alignment.')).toBe(
      'Proposes a novel model fusion framework, named CLAFusion, to fuse neural networks with a different number of layers, called heterogeneous neural networks, via cross-layer alignment.',
    );
  });

  it('names what "our method" points at, or says the paper proposes it, and drops an aside that points back', () => {
    expect(contributionGist("Our proposed two-stage method, known as 'Adapt-then-Unlearn,' excels at unlearning such undesirable features while also maintaining the quality of generated samples.")).toBe(
      'Adapt-then-Unlearn excels at unlearning such undesirable features while also maintaining the quality of generated samples.',
    );
    // CRAFT: was "Our experiments on multiple datasets demonstrate that … (CRAFT) outperforms state-of-the-art methods …".
    const craft =
      'In our study, we conducted a series of experiments and found that transformer structures are more adept at capturing low-frequency information, but have limited capacity in constructing high-frequency representations when compared to their convolutional counterparts. Our proposed solution, the cross-refinement adaptive feature modulation transformer (CRAFT), integrates the strengths of both convolutional and transformer structures. Our experiments on multiple datasets demonstrate that CRAFT outperforms state-of-the-art methods by up to 0.29dB while using fewer parameters.';
    expect(gistOf(craft, { title: 'Feature Modulation Transformer: Cross-Refinement of Global Representation via High-Frequency Prior for Image Super-Resolution' })).toBe(
      'Proposes the cross-refinement adaptive feature modulation transformer (CRAFT), which integrates the strengths of both convolutional and transformer structures.',
    );
    expect(contributionGist('Our method learns to dynamically prompt (L2P) a pre-trained model to learn tasks sequentially under different task transitions.')).toBe(
      'Proposes a method that learns to dynamically prompt (L2P) a pre-trained model to learn tasks sequentially under different task transitions.',
    );
    // What the method achieves, or how it was checked, is a result: no "Proposes".
    for (const result of ['Our method outperforms prior work on ImageNet.', 'Our approach is evaluated on four benchmarks.', 'Our model achieves 90% accuracy.']) {
      expect(contributionGist(result)).toBe(result);
    }
    expect(dropPointerTail('Develops a new class of techniques, circumventing this problem, by biasing further training towards previously labeled sets.')).toBe(
      'Develops a new class of techniques by biasing further training towards previously labeled sets.',
    );
  });

  it('cuts before a numbered list, not inside it, and drops a count of what it does not show', () => {
    // Was "…, consisting of three main steps: (1) Tokenization, which translates the graph into a set of sequences."
    expect(
      gistOf(
        'We present Graph Sequence Model (GSM), a unifying framework for adopting sequence models for graphs, consisting of three main steps: (1) Tokenization, which translates the graph into a set of sequences, (2) Local Encoding, which encodes local neighborhoods around each node, and (3) Global Encoding, which employs a scalable sequence model to capture long-range dependencies within the sequences.',
      ),
    ).toBe('Presents Graph Sequence Model (GSM), a unifying framework for adopting sequence models for graphs.');
    // Was "…, which (1) applies rotations (orthogonal transformation) to the model to mitigate outliers (…)."; "then" inside the name's brackets ends nothing.
    expect(
      gistOf(
        'Building on this finding, we propose RSQ (Rotate, Scale, then Quantize), which (1) applies rotations (orthogonal transformation) to the model to mitigate outliers (those with exceptionally large magnitude), (2) scales the token feature based on its importance, and (3) quantizes the model using the GPTQ framework with the second-order statistics computed by scaled tokens.',
      ),
    ).toBe('Proposes RSQ (Rotate, Scale, then Quantize).');
    expect(gistOf('To address this issue, we present a novel method called Strip-MLP to enrich the token interaction power in three ways.')).toBe(
      'Presents a novel method called Strip-MLP to enrich the token interaction power.',
    );
    // Too little left without the count: it stays.
    expect(dropCountedTail('Improves it in three ways.')).toBe('Improves it in three ways.');
  });

  it('takes the title\'s method doing something as a claim, what it achieves as a result (real abstracts, shortened)', () => {
    // RepQuant: was "Finds that the performance bottleneck stems from …".
    expect(
      gistOf(
        'Existing post-training quantization methods compel them to employ simple quantizers. RepQuant employs complex quantizers in the quantization process and simplified quantizers in the inference process. We find that the bottleneck stems from hardware compatibility.',
        { title: 'RepQuant: Towards Accurate Post-Training Quantization of Large Transformer Models via Scale Reparameterization' },
      ),
    ).toBe('RepQuant employs complex quantizers in the quantization process and simplified quantizers in the inference process.');
    expect(
      gistOf(
        'Transformers are slow on long sequences. We integrate selective SSMs into a simplified end-to-end neural network architecture without attention or even MLP blocks (Mamba). Mamba enjoys fast inference and linear scaling in sequence length.',
        { title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces' },
      ),
    ).toBe('Integrates selective SSMs into a simplified end-to-end neural network architecture without attention or even MLP blocks (Mamba).');
    // AdaPT: was "Illustrates that an average speedup of 1.27 … can be achieved …"; "In an attempt to …" is a lead-in.
    expect(
      gistOf('Training is costly. In an attempt to overcome such limitations, we introduce AdaPT, a new fixed-point quantized sparsifying training strategy. We illustrate that a speedup of 1.27 can be achieved.', {
        title: 'Adaptive Precision Training (AdaPT): A dynamic fixed point quantized training approach for DNNs',
      }),
    ).toBe('Introduces AdaPT, a new fixed-point quantized sparsifying training strategy.');
    // Framing a task anew is the contribution, the solver for it a step.
    expect(
      gistOf('Feedforward computation is sequential. To enable parallelization, we frame the task of feedforward computation as solving a system of nonlinear equations. We then propose to find the solution using a Jacobi or Gauss-Seidel fixed-point iteration method.'),
    ).toBe('Frames the task of feedforward computation as solving a system of nonlinear equations.');
  });

  it('takes an analysis paper\'s finding as its contribution, when the finding stands alone', () => {
    const abstract =
      'Instruction fine-tuning has recently emerged as a promising approach. We find that using novel (unobserved) but appropriate instruction phrasings consistently degrades model performance, sometimes substantially so. To mitigate this issue, we propose a simple method by introducing soft prompt embedding parameters and optimizing these to maximize the similarity between representations of semantically equivalent instructions.';
    // Was "Proposes a simple method by introducing …", the fix on the side.
    expect(gistOf(abstract, { title: 'Evaluating the Zero-shot Robustness of Instruction-tuned Language Models' })).toBe(
      'Finds that using novel (unobserved) but appropriate instruction phrasings consistently degrades model performance, sometimes substantially so.',
    );
    // A paper that makes something: the method comes first.
    expect(gistOf(abstract, { title: 'Soft Prompts for Robust Instructions' })).toMatch(/^Proposes a simple method/);
    // A finding that leans on an earlier sentence ("in that way") is no stronger than before.
    expect(leansOnContext('Observes that vision transformers finetuned in that way exhibit a sort of contextual forgetting.')).toBe(true);
    expect(leansOnContext('Trains the model in the same way as BERT.')).toBe(false);
  });

  it('never changes whose claim it is, or what it claims (cases from a review of this rework)', () => {
    const cases: [string, string][] = [
      // A relative clause before a later "we" keeps its comma: the paper proves, not the sampler.
      ['We introduce a sampler that avoids mode collapse, and we prove that it converges.', 'Introduces a sampler that avoids mode collapse, and proves that it converges.'],
      ['We propose FooNet, which reduces memory by half; we also show that it converges faster than Adam.', 'Proposes FooNet, which reduces memory by half, and shows that it converges faster than Adam.'],
      // After a colon a reporting verb is the paper's, not the thing's.
      ['We introduce FooNet: we show that it converges twice as fast as Adam.', 'Introduces FooNet and shows that it converges twice as fast as Adam.'],
      // A clause with a verb the rewrite cannot put in the third person stays as written.
      ['We propose a simple recipe: we first pretrain on synthetic data, then fine-tune on real data.', 'Proposes a simple recipe: we first pretrain on synthetic data, then fine-tune on real data.'],
      // "our" that is the authors' own, and the authors' hedge.
      ['We propose a model whose performance matches our expectations.', 'Proposes a model whose performance matches our expectations.'],
      ['We propose X, which, to our knowledge, is the first linear-time method.', "Proposes X, which, to the authors' knowledge, is the first linear-time method."],
      ['We propose FooNet (as in our prior work) for segmentation.', 'Proposes FooNet (as in our prior work) for segmentation.'],
      // "we call" that names nothing.
      ['We identify three open problems, and we call for more research on them.', 'Identifies three open problems, and we call for more research on them.'],
      ['We propose a framework which we call upon at inference time to repair errors.', 'Proposes a framework which we call upon at inference time to repair errors.'],
      // Literal directions and a count the claim is about stay.
      ['We propose a cross-scan module that traverses the image patches in four directions.', 'Proposes a cross-scan module that traverses the image patches in four directions.'],
      ['We show that attention heads in large language models specialize in two ways.', 'Shows that attention heads in large language models specialize in two ways.'],
      // The rest of a contribution list is not glued to the first item.
      ['We make the following contributions: (i) we introduce a dataset; (ii) we show that models fail on it.', 'Introduces a dataset.'],
      // An appositive noun is no second claim; a cut after a numbered list, at a clause of its own, is.
      [
        'We study a broad family of efficient sequence architectures, models that replace softmax attention with linear recurrences of various kinds in every single layer of the network, thereby promising linear-time inference at very long context lengths.',
        'Studies a broad family of efficient sequence architectures, models that replace softmax attention with linear recurrences of various kinds in every single layer of the network.',
      ],
      [
        'We propose FlexQuant, a quantizer that (1) rotates weights and (2) rescales activations, achieving lossless 4-bit inference on LLaMA-2 70B across all twelve zero-shot reasoning benchmarks we consider while using a single GPU, which makes deployment of large models on commodity hardware practical for the first time in realistic settings.',
        'Proposes FlexQuant, a quantizer that (1) rotates weights and (2) rescales activations.',
      ],
    ];
    for (const [sentence, gist] of cases) expect(gistOf(sentence), sentence).toBe(gist);
    // "Our method" proposes only what the method does, not what it achieves, lacks, or how it was checked.
    for (const sentence of ['Our method fails on out-of-distribution inputs.', 'Our method can outperform GPT-4 on math.', 'Our model was evaluated on four benchmarks.', 'Our approach is also evaluated on four benchmarks.', 'Our model generalizes to unseen domains.']) {
      expect(contributionGist(sentence)).toBe(sentence);
    }
    expect(contributionGist('Our proposed solution, the Foo Network (FN), outperforms all baselines by 5%.')).toBe('Our proposed solution, the Foo Network (FN), outperforms all baselines by 5%.');
    expect(contributionGist('In this work, our method learns to dynamically prompt a pre-trained model.')).toBe('Proposes a method that learns to dynamically prompt a pre-trained model.');
    // Revisiting or questioning earlier findings does not name them.
    expect(leansOnContext('Revisits these methods with a unified theoretical lens.')).toBe(true);
  });

  it('cuts a long sentence before 200 characters only where a clause of its own goes, else shows it whole up to 280', () => {
    const stem = 'We propose FooNet, a sparse mixture-of-experts transformer that routes each token to two of sixty-four experts chosen by a learned hashing router over';
    expect(gistOf(`${stem} layer activations, achieving a 3x speedup over dense baselines at equal quality on all benchmarks.`)).toBe(
      'Proposes FooNet, a sparse mixture-of-experts transformer that routes each token to two of sixty-four experts chosen by a learned hashing router over layer activations.',
    );
    // Only prepositional phrases after 200 characters, none a clause of its own: whole.
    const whole = `${stem} the activations of every layer in the network for the whole of pretraining and fine-tuning.`;
    expect(gistOf(whole)).toBe(`Proposes${whole.slice('We propose'.length)}`);
  });

  it('goes on about a named framework the next sentence takes up, and takes formulating a setting as making it (real abstracts, shortened)', () => {
    expect(
      gistOf(
        'Existing methods assume data access. To overcome these challenges and achieve practical LLM unlearning, we propose the O3 framework. The O3 framework includes an Out-Of-Distribution (OOD) detector to measure the similarity between input and unlearning data, and an Orthogonal low-rank adapter (LoRA) for continuously unlearning requested data.',
      ),
    ).toBe(
      'Proposes the O3 framework, which includes an Out-Of-Distribution (OOD) detector to measure the similarity between input and unlearning data, and an Orthogonal low-rank adapter (LoRA) for continuously unlearning requested data.',
    );
    // Was "Introduces continual learning algorithms and experimentally finds …": the setting is what the paper makes.
    expect(
      gistOf(
        'Learning offline tasks in sequence leads to forgetting. In this paper, we formulate a new setting, continual offline reinforcement learning (CORL), where an agent learns a sequence of offline reinforcement learning tasks with a small replay buffer. To this end, we introduced continual learning algorithms and experimentally found experience replay (ER) to be the most suitable algorithm for the CORL problem.',
        { title: 'Offline Experience Replay for Continual Offline Reinforcement Learning' },
      ),
    ).toMatch(/^Formulates a new setting, continual offline reinforcement learning \(CORL\)/);
  });

  it('splits a sentence before a name that starts in lowercase (iCaRL)', () => {
    expect(splitSentences('New classes can be added progressively. iCaRL learns strong classifiers and a data representation simultaneously.')).toEqual([
      'New classes can be added progressively.',
      'iCaRL learns strong classifiers and a data representation simultaneously.',
    ]);
    expect(splitSentences("It adds classes. iCaRL's classifier is nearest-mean.")).toEqual(['It adds classes.', "iCaRL's classifier is nearest-mean."]);
    expect(splitSentences('We use the e.g. notation. it is fine.')).toEqual(['We use the e.g. notation. it is fine.']);
  });

  it('flags a bare "the approach" and an adverb-led "that this", not a defined or named one', () => {
    for (const gist of [
      'Shows the approach works well both on large language modeling and dialogue tasks, and on downstream fine-tuning tasks.',
      'Demonstrates both analytically and empirically that this can lead to unstable optimization.',
    ]) expect(leansOnContext(gist), gist).toBe(true);
    for (const gist of [
      'Introduces the method of moments for mixtures of experts.',
      'Proposes a pruning approach and shows that the approach keeps accuracy.',
      'Challenges this long-held belief with its parallel algorithm that accelerates GPU evaluation of sequential models.',
      'Presents the framework MASIL for multi-agent imitation.',
    ]) expect(leansOnContext(gist), gist).toBe(false);
  });
});
