#!/usr/bin/env node
// node scripts/compare-import-runs.ts <before> <after> [--json]
// Compares two runs of npm run import over the same collections (kept outside the repository, e.g.
// /work/corpora/<collection>/), each run a folder holding, per collection, `<collection>.json` (the
// command's --json output), `<collection>.err` (what it said on stderr), `<collection>.rc` (its exit
// code) and `<collection>/drafts/` (its drafts), as made by
//   KB_AS_OF=2026-12-07 node scripts/import.ts /work/corpora/<collection> --out <run>/<collection>/drafts --json > <run>/<collection>.json 2> <run>/<collection>.err; echo $? > <run>/<collection>.rc
// once with each version of the code. Per collection present in both runs: drafts (valid ones),
// timeline rows, lines said on stderr, exit code, and the drafts added, removed or changed byte for
// byte; then the totals. Writes nothing. The figures of docs/import.md's round 57 come from it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { leadingCommentLines } from '../src/lib/slug.ts';
import { compareText } from '../src/lib/compare-text.ts';

const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, { positionals: true });
if (values.help || positionals.length !== 2) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  process.exit(values.help ? 0 : 2);
}
const [before, after] = positionals;

interface RunFigures { drafts: number; valid: number; rows: number; said: number; exit: number }
interface Compared { collection: string; before: RunFigures; after: RunFigures; added: string[]; removed: string[]; changed: string[] }

/** The drafts of one run of one collection, by their path under its drafts folder. */
function draftsOf(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(folder)) return found;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = join(folder, name);
    if (/\.mdx?$/.test(name) && statSync(path).isFile()) found.set(relative(folder, path), readFileSync(path, 'utf8'));
  }
  return found;
}

function figuresOf(run: string, collection: string, drafts: Map<string, string>): RunFigures {
  const json = readFileSync(join(run, `${collection}.json`), 'utf8');
  // A run refused whole (no report found) prints no JSON: no draft, no row.
  const totals = json.trim() ? (JSON.parse(json) as { totals?: { validDrafts?: number; timelineRows?: number } }).totals : undefined;
  const said = readFileSync(join(run, `${collection}.err`), 'utf8').split('\n').filter((line) => line.trim()).length;
  return { drafts: drafts.size, valid: totals?.validDrafts ?? 0, rows: totals?.timelineRows ?? 0, said, exit: Number(readFileSync(join(run, `${collection}.rc`), 'utf8').trim()) };
}

const collections = readdirSync(before).filter((name) => name.endsWith('.rc')).map((name) => name.slice(0, -3))
  .filter((collection) => existsSync(join(after, `${collection}.rc`))).sort(compareText);
const compared: Compared[] = collections.map((collection) => {
  const old = draftsOf(join(before, collection, 'drafts'));
  const now = draftsOf(join(after, collection, 'drafts'));
  return {
    collection,
    before: figuresOf(before, collection, old),
    after: figuresOf(after, collection, now),
    added: [...now.keys()].filter((name) => !old.has(name)).sort(compareText),
    removed: [...old.keys()].filter((name) => !now.has(name)).sort(compareText),
    changed: [...now.keys()].filter((name) => old.has(name) && old.get(name) !== now.get(name)).sort(compareText),
  };
});
const sum = (pick: (entry: Compared) => number) => compared.reduce((total, entry) => total + pick(entry), 0);
const totals = {
  collections: compared.length,
  drafts: { before: sum((entry) => entry.before.drafts), after: sum((entry) => entry.after.drafts) },
  valid: { before: sum((entry) => entry.before.valid), after: sum((entry) => entry.after.valid) },
  rows: { before: sum((entry) => entry.before.rows), after: sum((entry) => entry.after.rows) },
  said: { before: sum((entry) => entry.before.said), after: sum((entry) => entry.after.said) },
  unchanged: compared.filter((entry) => !entry.added.length && !entry.removed.length && !entry.changed.length).length,
};
if (values.json) {
  console.log(JSON.stringify({ totals, collections: compared }, null, 2));
} else {
  for (const entry of compared) {
    if (!entry.added.length && !entry.removed.length && !entry.changed.length) continue;
    const { before: b, after: a } = entry;
    console.log(`${entry.collection}: drafts ${b.drafts} (${b.valid}) -> ${a.drafts} (${a.valid}), rows ${b.rows} -> ${a.rows}, lines said ${b.said} -> ${a.said}, exit ${b.exit} -> ${a.exit}; ${entry.added.length} added, ${entry.removed.length} removed, ${entry.changed.length} changed`);
    for (const name of entry.added) console.log(`  + ${name}`);
    for (const name of entry.removed) console.log(`  - ${name}`);
    for (const name of entry.changed) console.log(`  ~ ${name}`);
  }
  console.log(`${totals.collections} collections (${totals.unchanged} byte for byte the same): drafts ${totals.drafts.before} -> ${totals.drafts.after}, valid ${totals.valid.before} -> ${totals.valid.after}, timeline rows ${totals.rows.before} -> ${totals.rows.after}, lines said ${totals.said.before} -> ${totals.said.after}`);
}
