#!/usr/bin/env node
// node scripts/compare-search-runs.ts <before.json> [<after.json>]
// Reads reports of `eval-search.ts --json` (scripts/eval-search-pools.ts --save writes one per
// pool) and prints, query by query, the misses of the last one (not first: the place of the first
// expected report among the first five, or "unlisted", and what came first) and, given two, the
// queries whose place moved between them. It replaces the lost pool folders' tools-cmp.py and
// misses.py (docs/findability.md, round 58), so that a round's per-query figures can be redone.
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { expectedRank, rankMoves, type RunRow } from './lib/search-pool.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: { help: { type: 'boolean', short: 'h' } },
}, { options: [], positionals: true });
if (values.help || positionals.length < 1 || positionals.length > 2) {
  console.log(`Usage: node scripts/compare-search-runs.ts <before.json> [<after.json>]

Each file: a report of node scripts/eval-search.ts --json (eval-search-pools.ts --save DIR writes
DIR/<pool>.json). Prints the queries of the last file whose expected report is not first (its
place, 1-5, or "unlisted", and the first result), then, with two files, each query whose place
moved (before → after).`);
  process.exit(values.help ? 0 : 2);
}

function readRows(file: string): RunRow[] {
  const path = resolve(file);
  exitOnBlockingFile(path, path, 'Give a report written by eval-search.ts --json.');
  try {
    const rows = JSON.parse(readFileSync(path, 'utf8')).rows;
    if (Array.isArray(rows)) return rows;
  } catch {
    // said below
  }
  console.error(`${path}: not a report of eval-search.ts --json (no "rows"); write one with eval-search-pools.ts --save DIR.`);
  process.exit(2);
}

const runs = positionals.map(readRows);
const last = runs[runs.length - 1];
const place = (rank: number) => (rank ? String(rank) : 'unlisted');
const misses = last.filter((row) => expectedRank(row) !== 1);
console.log(`${last.length - misses.length} of ${last.length} first; not first:`);
for (const row of misses) console.log(`  ${place(expectedRank(row))}  "${row.query}" → ${row.first[0] ?? '(nothing)'}`);
if (runs.length === 2) {
  const moves = rankMoves(runs[0], runs[1]);
  console.log(`\n${moves.length} moved:`);
  for (const move of moves) console.log(`  "${move.query}": ${place(move.before)} → ${place(move.after)}`);
}
