#!/usr/bin/env node
// node scripts/eval-search-pools.ts <pools.json> [--baseline | --exact-only | --tfidf | --bm25] [--development-only] [--only TEXT] [--save DIR] [--synonyms FILE] [--synonym-options JSON] [--ranking JSON] [--body-tail-weight N] [--title-weight N] [--failure-mode-words] [--service-vocabulary] [--no-alternatives] [--no-compounds]
// Runs scripts/eval-search.ts on every pool of a list and prints one table of top-1 / top-3 / top-5 / MRR,
// so a change to search is measured before → after on all pools at once (docs/findability.md).
// pools.json: [{"name": "round 8 dev", "content": "<folder or null for the site's>", "queries": "<file>"}];
// relative paths are read from the folder of pools.json. The pools stay outside the repository.
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    baseline: { type: 'boolean', default: false },
    'exact-only': { type: 'boolean', default: false },
    tfidf: { type: 'boolean', default: false },
    bm25: { type: 'boolean', default: false },
    'failure-mode-words': { type: 'boolean', default: false },
    'service-vocabulary': { type: 'boolean', default: false },
    'no-alternatives': { type: 'boolean', default: false },
    'no-compounds': { type: 'boolean', default: false },
    'development-only': { type: 'boolean', default: false },
    synonyms: { type: 'string' },
    'synonym-options': { type: 'string' },
    only: { type: 'string' },
    save: { type: 'string' },
    ranking: { type: 'string' },
    'body-tail-weight': { type: 'string' },
    'title-weight': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['synonyms', 'save'], positionals: true });
if (values.help || positionals.length !== 1) {
  console.log(`Usage: node scripts/eval-search-pools.ts <pools.json> [--baseline | --exact-only | --tfidf | --bm25] [--development-only]

Runs npm run eval:search on each {"name", "content", "queries"} of pools.json (content null: the
site's own folder) and prints top-1 / top-3 / top-5 / MRR per pool, with the queries missed at top-5.
--tfidf: plain TF-IDF cosine over each report's text instead of the search page (the baseline).
--bm25: plain BM25 over the same words instead (the second baseline).
--development-only: skip the pools whose name says "held out", so that tuning does not show them.
--only TEXT: only the pools whose name holds TEXT.
--save DIR: also writes each pool's eval-search.ts --json report to DIR/<pool name>.json, for
  scripts/compare-search-runs.ts (which queries moved between two runs, and the misses).
--failure-mode-words: passed to eval-search.ts (a responder's words per failure mode, off on the site).
--service-vocabulary: passed to eval-search.ts (the services' publicName and description words, off on the site).
--no-alternatives: passed to eval-search.ts (no other spelling or translation searched for a word no page holds, as before round 16).
--no-compounds: passed to eval-search.ts (no compound searched in its other form, as before round 22).
--synonyms FILE, --synonym-options JSON: passed to eval-search.ts (synonyms searched for words few pages hold).
--ranking JSON: passed to eval-search.ts (pagefind ranking parameters instead of the page's).
--body-tail-weight N: passed to eval-search.ts (the weight of a body past its lead; 1: as before round 20).
--title-weight N: passed to eval-search.ts (pagefind's weight of a report's title; the index's is 10).`);
  process.exit(values.help ? 0 : 2);
}

const rankings = (['baseline', 'exact-only', 'tfidf', 'bm25'] as const).filter((name) => values[name]);
if (rankings.length > 1) {
  console.error(`--${rankings.join(' and --')} each rank the queries another way; give one of them (one run per ranking).`);
  process.exit(2);
}

interface Pool { name: string; content: string | null; queries: string }
const listFile = resolve(positionals[0]);
let pools: Pool[];
exitOnBlockingFile(listFile, listFile, 'Give a JSON file holding [{"name", "content", "queries"}].');
try {
  pools = JSON.parse(readFileSync(listFile, 'utf8'));
} catch (error) {
  console.error(`${listFile}: cannot read a list of pools (${(error as Error).message}). Give a JSON file holding [{"name", "content", "queries"}].`);
  process.exit(2);
}
if (!Array.isArray(pools) || !pools.every((p) => p && typeof p.name === 'string' && typeof p.queries === 'string' && (p.content === null || typeof p.content === 'string'))) {
  console.error(`${listFile}: every entry needs "name" (text), "queries" (a file) and "content" (a folder, or null for the site's).`);
  process.exit(2);
}

const evalSearch = resolve(dirname(fileURLToPath(import.meta.url)), 'eval-search.ts');
const base = dirname(listFile);
const mode = [
  ...(values.baseline ? ['--baseline'] : values['exact-only'] ? ['--exact-only'] : values.tfidf ? ['--tfidf'] : values.bm25 ? ['--bm25'] : []),
  ...(values['failure-mode-words'] ? ['--failure-mode-words'] : []),
  ...(values['service-vocabulary'] ? ['--service-vocabulary'] : []),
  ...(values['no-alternatives'] ? ['--no-alternatives'] : []),
  ...(values['no-compounds'] ? ['--no-compounds'] : []),
  ...(values.synonyms ? ['--synonyms', resolve(values.synonyms)] : []),
  ...(values['synonym-options'] ? ['--synonym-options', values['synonym-options']] : []),
  ...(values.ranking ? ['--ranking', values.ranking] : []),
  ...(values['body-tail-weight'] ? ['--body-tail-weight', values['body-tail-weight']] : []),
  ...(values['title-weight'] ? ['--title-weight', values['title-weight']] : []),
];
const fixed = (n: number) => n.toFixed(2);
console.log('| pool | queries | top-1 | top-3 | top-5 | MRR |\n| --- | --- | --- | --- | --- | --- |');
const misses: string[] = [];
for (const pool of pools) {
  if (values['development-only'] && /held[ -]?out/i.test(pool.name)) continue;
  if (values.only && !pool.name.includes(values.only)) continue;
  const args = [evalSearch, '--queries', resolve(base, pool.queries), '--json', ...mode, ...(pool.content ? ['--content', resolve(base, pool.content)] : [])];
  let report;
  try {
    report = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    // eval-search.ts said what was wrong (a missing folder, a typo in an expected id): pass it on, named.
    const said = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    console.error(`${listFile}: the pool "${pool.name}" could not be measured:\n${said}`);
    process.exit(1);
  }
  if (values.save) {
    mkdirSync(resolve(values.save), { recursive: true });
    writeFileSync(join(resolve(values.save), `${pool.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`), `${JSON.stringify(report, null, 1)}\n`);
  }
  const all = report.summary.all;
  console.log(`| ${pool.name} | ${all.queries} | ${fixed(all.top1)} | ${fixed(all.top3)} | ${fixed(all.top5)} | ${fixed(all.mrr)} |`);
  for (const row of report.rows) if (!row.top5) misses.push(`${pool.name}: "${row.query}" → ${row.first.join(', ') || '(nothing)'}`);
}
if (misses.length) console.log(`\nmissed at top-5:\n${misses.join('\n')}`);
