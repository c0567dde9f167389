#!/usr/bin/env node
// node scripts/similarity-sets-table.ts <sets folder> [--tree DIR] [--link-by blend|cause|system] [--development-only] [--condensed] [--set NAME,...]
// Measures every judgement set scripts/build-similarity-sets.ts wrote (<folder>/<set>/pool with
// <folder>/judgements-<set>.json) with `eval:similarity --judgements --json` of a source tree (this
// one, or --tree: a copy of main's to read "before"), and prints the rows of docs/findability.md's
// tables: P@1 / P@5 / MRR of the site's links, plain TF-IDF and plain BM25, per half. One run of
// eval-similarity.ts a set, one after the other (the machine is shared).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readSimilaritySetCommandLine } from './lib/similarity-set-options.ts';

const { values, folder, file: script, linkBy, names } = readSimilaritySetCommandLine('similarity-sets-table.ts', {
  'development-only': { type: 'boolean', default: false },
  condensed: { type: 'boolean', default: false },
}, '[--development-only] [--condensed]', `Runs DIR/scripts/eval-similarity.ts (DIR: this tree unless --tree) on each <folder>/<set>/pool with
<folder>/judgements-<set>.json and prints one Markdown row a half: P@1 / P@5 / MRR of the site's
links, plain TF-IDF and plain BM25.`, join('scripts', 'eval-similarity.ts'));

interface Score { precisionAt1: number; precisionAt5: number; mrr: number; queries: number }
const f = (score: Score) => `${score.precisionAt1.toFixed(3)} / ${score.precisionAt5.toFixed(3)} / ${score.mrr.toFixed(3)}`;
console.log('| set | half (anchors) | site | plain TF-IDF | plain BM25 |');
console.log('| --- | --- | --- | --- | --- |');
for (const name of names) {
  const args = [script, join(folder, name, 'pool'), '--judgements', join(folder, `judgements-${name}.json`), '--json', '--link-by', linkBy];
  if (values['development-only']) args.push('--development-only');
  // The untagged reports out of every ranking (eval-similarity.ts --condensed; round 60).
  if (values.condensed) args.push('--condensed');
  const result = JSON.parse(execFileSync(process.execPath, args, { cwd: values.tree, encoding: 'utf8', maxBuffer: 1 << 28 })) as Record<string, unknown>;
  const halves = (['all', 'development', 'held-out'] as const).filter((half) => result[half]);
  halves.forEach((half, at) => {
    const byModel = result[half] as Record<string, Score>;
    const label = half === 'held-out' ? 'held out' : half;
    console.log(`| ${at ? '' : name} | ${label} (${byModel['similar incidents'].queries}) | ${f(byModel['similar incidents'])} | ${f(byModel['plain TF-IDF'])} | ${f(byModel['plain BM25'])} |`);
  });
}
