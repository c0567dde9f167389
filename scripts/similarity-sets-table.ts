#!/usr/bin/env node
// node scripts/similarity-sets-table.ts <sets folder> [--tree DIR] [--link-by blend|cause|system] [--development-only] [--set NAME,...]
// Measures every judgement set scripts/build-similarity-sets.ts wrote (<folder>/<set>/pool with
// <folder>/judgements-<set>.json) with `eval:similarity --judgements --json` of a source tree (this
// one, or --tree: a copy of main's to read "before"), and prints the rows of docs/findability.md's
// tables: P@1 / P@5 / MRR of the site's links, plain TF-IDF and plain BM25, per half. One run of
// eval-similarity.ts a set, one after the other (the machine is shared).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { judgementSetsIn } from './lib/judgement-sets.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    tree: { type: 'string', default: resolve(import.meta.dirname, '..') },
    'link-by': { type: 'string', default: 'blend' },
    'development-only': { type: 'boolean', default: false },
    set: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
}, { positionals: true });
if (values.help || positionals.length !== 1) {
  console.log(`Usage: node scripts/similarity-sets-table.ts <sets folder> [--tree DIR] [--link-by blend|cause|system] [--development-only] [--set NAME,...]

Runs DIR/scripts/eval-similarity.ts (DIR: this tree unless --tree) on each <folder>/<set>/pool with
<folder>/judgements-<set>.json and prints one Markdown row a half: P@1 / P@5 / MRR of the site's
links, plain TF-IDF and plain BM25.`);
  process.exit(values.help ? 0 : 2);
}
const folder = positionals[0];
const script = join(values.tree, 'scripts', 'eval-similarity.ts');
if (!existsSync(script)) {
  console.error(`--tree ${values.tree}: no scripts/eval-similarity.ts there; give the root of a checkout of this project.`);
  process.exit(2);
}
const names = judgementSetsIn(folder, values.set);

interface Score { precisionAt1: number; precisionAt5: number; mrr: number; queries: number }
const f = (score: Score) => `${score.precisionAt1.toFixed(3)} / ${score.precisionAt5.toFixed(3)} / ${score.mrr.toFixed(3)}`;
console.log('| set | half (anchors) | site | plain TF-IDF | plain BM25 |');
console.log('| --- | --- | --- | --- | --- |');
for (const name of names) {
  const args = [script, join(folder, name, 'pool'), '--judgements', join(folder, `judgements-${name}.json`), '--json', '--link-by', values['link-by']];
  if (values['development-only']) args.push('--development-only');
  const result = JSON.parse(execFileSync(process.execPath, args, { cwd: values.tree, encoding: 'utf8', maxBuffer: 1 << 28 })) as Record<string, unknown>;
  const halves = (['all', 'development', 'held-out'] as const).filter((half) => result[half]);
  halves.forEach((half, at) => {
    const byModel = result[half] as Record<string, Score>;
    const label = half === 'held-out' ? 'held out' : half;
    console.log(`| ${at ? '' : name} | ${label} (${byModel['similar incidents'].queries}) | ${f(byModel['similar incidents'])} | ${f(byModel['plain TF-IDF'])} | ${f(byModel['plain BM25'])} |`);
  });
}
