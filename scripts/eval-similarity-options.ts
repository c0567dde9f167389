#!/usr/bin/env node
// node scripts/eval-similarity-options.ts [--options '{"name": {...}}'] [--half development|held-out|all] <folder>...
// Measures similar incidents with several sets of model options (src/lib/similarity.ts
// SimilarityOptions) on several labelled pools at once, one line per pool: P@5 / P@1 of each set
// on one half of the queries. The development half by default, so that choosing a knob does not
// show the held-out figures it is later reported on (docs/findability.md, round 10).
import { parseCommandLine } from './lib/command-line.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSimilarPostmortems, type SimilarityOptions } from '../src/lib/similarity.ts';
import { findSimilarByPlainAndModel, systemModelOptions, type PlainWordingOptions } from '../src/lib/similarity-link-by.ts';
import { halfOf, rankingOfLinks, scoreRankings, type LabelledReport } from '../src/lib/similarity-evaluation.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    options: { type: 'string', default: '{"default": {}}' },
    half: { type: 'string', default: 'development' },
    help: { type: 'boolean', short: 'h' },
  },
}, { positionals: true });
if (values.help || positionals.length === 0) {
  console.log(`Usage: node scripts/eval-similarity-options.ts [--options JSON] [--half development|held-out|all] <folder>...

Each folder holds *.jsonl files of {"id","title","text","label"} (as npm run eval:similarity reads).
--options: {"name": {SimilarityOptions}, ...}, e.g. '{"now": {}, "names 0.6": {"nameWeight": 0.6}}'.
  A set with "linkBy": "system" is measured as site.config.ts similarity.linkBy 'system' ranks
  (src/lib/similarity-link-by.ts): its other model options are added to the system model's, and
  "plainWeight" / "candidates" / "minRelativeScore" / "plainFirstWithin" / "plainFirstRatio" set the blend with plain TF-IDF.
--half: which queries are counted (default development: the held-out half stays unseen while tuning).`);
  process.exit(values.help ? 0 : 2);
}
type OptionSet = SimilarityOptions & PlainWordingOptions & { linkBy?: 'cause' | 'system' };
let sets: Record<string, OptionSet>;
try {
  sets = JSON.parse(values.options!);
  if (!sets || typeof sets !== 'object' || Array.isArray(sets)) throw new Error('not an object');
} catch (error) {
  console.error(`--options: not a JSON object of option sets (${(error as Error).message}); give e.g. '{"now": {}, "names 0.6": {"nameWeight": 0.6}}'.`);
  process.exit(2);
}
const half = values.half!;
if (!['development', 'held-out', 'all'].includes(half)) {
  console.error(`--half must be development, held-out or all; got "${half}".`);
  process.exit(2);
}
const isQuery = (id: string) => half === 'all' || halfOf(id) === half;

function readPool(folder: string): LabelledReport[] {
  let files: string[];
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    console.error(`Cannot read the folder ${folder}: ${(error as Error).message}. Give folders holding *.jsonl files.`);
    process.exit(2);
  }
  const reports = files.flatMap((file) =>
    readFileSync(join(folder, file), 'utf8').split('\n').flatMap((line, at) => {
      if (!line.trim()) return [];
      try {
        const record = JSON.parse(line);
        if (['id', 'title', 'text', 'label'].every((field) => typeof record?.[field] === 'string')) return [record as LabelledReport];
      } catch {
        // said below, with the line
      }
      console.error(`${join(folder, file)}:${at + 1}: not a {"id","title","text","label"} line (npm run eval:similarity says which field).`);
      process.exit(2);
    }),
  );
  if (!reports.length) {
    console.error(`${folder} holds no labelled report (*.jsonl lines of {"id","title","text","label"}).`);
    process.exit(2);
  }
  return reports;
}

console.log(`P@5 / P@1, ${half} queries`);
console.log(`| pool | ${Object.keys(sets).join(' | ')} |\n| --- |${' --- |'.repeat(Object.keys(sets).length)}`);
for (const folder of positionals) {
  const reports = readPool(folder);
  const documents = reports.map((r) => ({ id: r.id, title: r.title, summary: '', text: r.text, services: [], tags: [], related: [] }));
  const cells = Object.values(sets).map((options) => {
    const { linkBy, plainWeight, candidates, minRelativeScore, plainFirstWithin, plainFirstRatio, ...model } = options;
    const links = linkBy === 'system'
      ? findSimilarByPlainAndModel(documents, { ...systemModelOptions, ...model }, { plainWeight, candidates, minRelativeScore, plainFirstWithin, plainFirstRatio })
      : findSimilarPostmortems(documents, options);
    const score = scoreRankings(reports, rankingOfLinks(links), isQuery);
    return `${score.precisionAt5.toFixed(3)} / ${score.precisionAt1.toFixed(3)}`;
  });
  console.log(`| ${folder.replace(/\/+$/, '').split('/').pop()} (${reports.length}) | ${cells.join(' | ')} |`);
}
