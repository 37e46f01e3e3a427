// A synthetic BibTeX library for the bibliography parser benchmark: deterministic from a seed.
//
// `generateBibtex({ entries, seed })` takes the benchmark's papers (scripts/bench/generate.mjs)
// and writes them the way real exports look: Better BibTeX style entries with braced values,
// LaTeX accents in names and titles, `{Protected}` words, Zotero escapes in abstracts
// (`{\textbackslash}times`, `\%`), math, `@string` macros for venues, keywords, DOIs and arXiv
// eprints, a few DBLP-style fields and Google Scholar one-liners. Plain ESM so it runs without
// a TypeScript step.

import { generateCorpus, prng } from './generate.mjs';

const GIVEN = ['Edward J.', 'Yelong', 'Albert', 'Tri', 'William', 'Noam', 'J{\\"o}rg', 'Ren{\\\'e}e', 'Zo{\\"e}', 'Fran{\\c{c}}ois', 'Mar{\\\'i}a', 'Hao', 'Ashish'];
const FAMILY = ['Hu', 'Shen', 'Gu', 'Dao', 'Fedus', 'Shazeer', 'M{\\"u}ller', 'Garc{\\\'i}a', 'Nov{\\\'a}k', 'Dvo{\\v{r}}{\\\'a}k', 'Vaswani', 'van der Berg', 'Zhang'];
const VENUES = ['neurips', 'icml', 'iclr', 'jmlr', 'tmlr'];
const STRINGS = {
  neurips: 'Advances in Neural Information Processing Systems',
  icml: 'Proceedings of the International Conference on Machine Learning',
  iclr: 'International Conference on Learning Representations',
  jmlr: 'Journal of Machine Learning Research',
  tmlr: 'Transactions on Machine Learning Research',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes what BibTeX reads specially in a plain-text abstract, the way Better BibTeX does. */
function zoteroEscape(text) {
  return text.replace(/\\/g, '{\\textbackslash}').replace(/([%&#_])/g, '\\$1').replace(/\$/g, '{\\$}');
}

/** Protects a capitalised acronym in a title as authors do: `{LoRA}`. */
function protect(title) {
  return title.replace(/\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b/g, '{$1}');
}

/**
 * The text of a `.bib` file with `entries` entries (all distinct titles). With `latexAbstracts`,
 * every abstract also has an accent and a font command, so none can skip the LaTeX conversion.
 * @returns {{ text: string, titles: string[] }}
 */
export function generateBibtex({ entries: count, seed = 1, latexAbstracts = false }) {
  const rng = prng(seed + 7);
  const { papers } = generateCorpus({ papers: count, seed });
  const out = ['% Synthetic library for the parser benchmark', ''];
  for (const [name, value] of Object.entries(STRINGS)) out.push(`@string{${name} = {${value}}}`);
  out.push('');
  papers.forEach((paper, index) => {
    const year = rng.int(2015, 2025);
    const key = `paper${index}_${year}`;
    const authors = Array.from({ length: rng.int(1, 8) }, () => `${rng.pick(FAMILY)}, ${rng.pick(GIVEN)}`).join(' and ');
    const arxiv = `${String(year % 100).padStart(2, '0')}${String(rng.int(1, 12)).padStart(2, '0')}.${String(rng.int(0, 99999)).padStart(5, '0')}`;
    if (index % 20 === 19) {
      // A Google Scholar one-liner: no abstract, arXiv id in the journal field.
      out.push(`@article{${key}, title={${paper.title}}, author={${authors}}, journal={arXiv preprint arXiv:${arxiv}}, year={${year}}}`, '');
      return;
    }
    const type = rng.pick(['article', 'inproceedings', 'misc']);
    const lines = [
      `@${type}{${key},`,
      `  title = {${protect(paper.title)}},`,
      `  author = {${authors}},`,
      type === 'inproceedings' ? `  booktitle = ${rng.pick(VENUES)},` : `  journal = ${rng.pick(VENUES)},`,
      `  year = {${year}},`,
      `  month = ${rng.pick(MONTHS)},`,
      `  abstract = {${zoteroEscape(paper.abstract)} We reach 3.5$\\times$ speed-ups, $\\mathcal{O}(n \\log n)$ cost and 50\\% fewer FLOPs${latexAbstracts ? ' than na{\\"i}ve \\emph{dense} baselines' : ''}.},`,
      `  keywords = {${rng.pick(['Computer Science - Machine Learning', 'LLM', 'efficiency'])}, ${rng.pick(['Computer Science - Computation and Language', 'sparsity', 'adapters'])}},`,
      `  doi = {10.0000/bench.${index}},`,
      `  eprint = {${arxiv}},`,
      `  archivePrefix = {arXiv},`,
      `  url = {https://arxiv.org/abs/${arxiv}},`,
    ];
    if (index % 7 === 0) lines.push(`  timestamp = {Mon, 0${rng.int(1, 9)} Jan ${year} 10:00:00 +0100},`, `  biburl = {https://dblp.org/rec/journals/corr/abs-${arxiv}.bib},`, `  bibsource = {dblp computer science bibliography, https://dblp.org},`);
    lines.push('}', '');
    out.push(...lines);
  });
  return { text: out.join('\n'), titles: papers.map((paper) => paper.title) };
}
