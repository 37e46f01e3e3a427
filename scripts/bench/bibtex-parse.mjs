#!/usr/bin/env node
// Bibliography parser benchmark: `node scripts/bench/bibtex-parse.mjs [--entries N] [--runs K] [--latex-abstracts]`
// (Node 24: `npx node …`, it imports the TypeScript parser directly).
//
// Generates a deterministic synthetic .bib (scripts/bench/bibtex.mjs: Better BibTeX style
// entries with abstracts, LaTeX accents, math, macros, Google Scholar one-liners) and times
// parseBibtexFile on it, K runs after one warm-up, reporting each run and the median.

import { generateBibtex } from './bibtex.mjs';
import { parseBibtexFile } from '../../src/lib/seeds/bibliography/bibtex.ts';

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const entries = arg('entries', 20000);
const runs = arg('runs', 3);

const latexAbstracts = process.argv.includes('--latex-abstracts');
const { text } = generateBibtex({ entries, latexAbstracts });
console.log(`${entries} entries, ${(text.length / 1e6).toFixed(1)} MB of BibTeX${latexAbstracts ? ', every abstract with LaTeX beyond escapes' : ''}`);
parseBibtexFile('warm-up.bib', text.slice(0, 200_000));
const times = [];
for (let run = 1; run <= runs; run++) {
  const start = performance.now();
  const parsed = parseBibtexFile('bench.bib', text);
  const seconds = (performance.now() - start) / 1000;
  times.push(seconds);
  const withAbstract = parsed.entries.filter((entry) => entry.abstract).length;
  console.log(`run ${run}: ${seconds.toFixed(2)} s — ${parsed.entries.length} entries (${withAbstract} with abstracts), ${parsed.errors.length} errors, ${parsed.warnings.length} warnings`);
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)].toFixed(2)} s, ${((times[Math.floor(times.length / 2)] * 1e6) / entries).toFixed(0)} µs per entry`);
