#!/usr/bin/env node
// node scripts/eval-similarity.ts <folder> [--json] [--link-by cause|blend|system] [--judgements FILE [--development-only] [--first-links] [--condensed]]
// Measures similar incidents on labelled reports written by others: every *.jsonl file in <folder>
// holds one report per line, {"id", "title", "text", "label"} (label: a cause assigned by people,
// not by this project). Each report is turned into a postmortem with the same metadata as every
// other (no services, tags or trigger), so only the text speaks, and the script prints P@5 and P@1
// of our links beside plain TF-IDF cosine and random on the same pool, for all queries and for each
// half of them (development / held-out, by a hash of the id). With --judgements, the reports a
// person judged about the same failure are the right answers instead of the labels (round 25);
// --first-links then lists where the site's first link and a baseline's disagree (round 52).
// See docs/findability.md.
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultLinkBy, findSimilarLinkedBy, linkByChoices, type LinkBy } from '../src/lib/similarity-link-by.ts';
import { condensedRankings } from '../src/lib/condensed-rankings.ts';
import { firstLinkDisagreements, halfOf, randomBaseline, rankByPlainBm25, rankByPlainTfIdf, rankingOfLinks, scoreAgainstJudgements, scoreRankings, type LabelledReport } from '../src/lib/similarity-evaluation.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'link-by': { type: 'string', default: defaultLinkBy },
    judgements: { type: 'string' },
    'development-only': { type: 'boolean', default: false },
    'first-links': { type: 'boolean', default: false },
    condensed: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
}, { positionals: true });
if (values.help || positionals.length !== 1) {
  console.log(`Usage: npm run eval:similarity -- <folder> [--json] [--link-by cause|blend|system] [--judgements FILE [--development-only] [--first-links] [--condensed]]

Reads every *.jsonl file in <folder> (one {"id","title","text","label"} per line), finds similar
incidents with the site's model and with plain TF-IDF cosine, and prints P@5 and P@1 (the share of
the first 5 / first slot holding a report with the same label; empty slots count as misses) and the
random expectation, for all reports and for each half of them (split by a hash of the id: knobs
are chosen on the "development" half and the "held-out" half shows whether that generalises).
--link-by: what the links join, as site.config.ts similarity.linkBy sets it (default blend, as the site's).
--judgements FILE: a JSON object {"<id>": ["<id of a report about the same failure>", ...]}: those are
the right answers instead of the labels (which may then be anything); prints P@5, P@1 and MRR of the
judged reports' links beside plain TF-IDF and BM25.
--development-only: with --judgements, only the development half (the held-out half is looked at once).
--first-links: with --judgements, also the judged reports whose first link is right by the site and
wrong by plain TF-IDF or BM25, and the other way round (these listed with both first links), per half.
--condensed: with --judgements, every ranking read without the reports no judgement speaks of (those
whose "tags" list is empty, as build-similarity-sets.ts writes them): the site's links and both
baselines are taken 10 deep (the model's, --link-by cause, stays at its 5), the untagged reports
taken out, and the rest scored as above.
Corpora stay outside the repository (e.g. /work/corpora/<source>/).`);
  process.exit(values.help ? 0 : 2);
}
const linkBy = values['link-by'] as LinkBy;
if (!linkByChoices.includes(linkBy)) {
  console.error(`--link-by must be ${linkByChoices.join(' or ')}; got "${linkBy}".`);
  process.exit(2);
}

const folder = positionals[0];
let files: string[];
try {
  files = readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort();
} catch (error) {
  // Node's "ENOTDIR: not a directory, scandir …" of a .jsonl file given itself (round 25).
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'there is no such folder' : code === 'ENOTDIR' ? `it is a file, not a folder: give the folder that holds it (${dirname(folder) || '.'}), whose *.jsonl files are all read`
    : `it cannot be read (${code ?? (error as Error).message})`;
  console.error(`${folder}: ${why}. Give a folder holding *.jsonl files.`);
  process.exit(2);
}
if (!files.length) {
  console.error(`${folder} holds no *.jsonl file. Each line must be {"id","title","text","label"}.`);
  process.exit(2);
}
const reports: LabelledReport[] = [];
const placeOfId = new Map<string, string>();
for (const file of files) {
  exitOnBlockingFile(join(folder, file), join(folder, file), 'Move it out of the folder, or give a folder of *.jsonl files.');
  readFileSync(join(folder, file), 'utf8').split('\n').forEach((line, at) => {
    if (!line.trim()) return;
    let record: Partial<LabelledReport>;
    try {
      record = JSON.parse(line);
    } catch (error) {
      console.error(`${join(folder, file)}:${at + 1}: not a JSON object (${(error as Error).message}); every line must be {"id","title","text","label"}.`);
      process.exit(2);
    }
    if (!record || typeof record !== 'object') record = {};
    for (const field of ['id', 'title', 'text', 'label'] as const) {
      if (typeof record[field] !== 'string') {
        console.error(`${join(folder, file)}:${at + 1}: the field "${field}" is missing or not a string; every line needs id, title, text and label.`);
        process.exit(2);
      }
    }
    // An empty id or label was scored as one more report or cause; a repeated id made two
    // reports one postmortem, and the links of both were measured against either.
    for (const field of ['id', 'label'] as const) {
      if (!record[field]!.trim()) {
        console.error(`${join(folder, file)}:${at + 1}: the field "${field}" is empty; every line needs an id and the label people gave it.`);
        process.exit(2);
      }
    }
    const first = placeOfId.get(record.id!);
    if (first) {
      console.error(`${join(folder, file)}:${at + 1}: the id "${record.id}" is also used at ${first}; give every report its own id.`);
      process.exit(2);
    }
    placeOfId.set(record.id!, `${join(folder, file)}:${at + 1}`);
    reports.push(record as LabelledReport);
  });
}

if (!reports.length) {
  console.error(`${folder}: its *.jsonl files hold no line. Each line must be {"id","title","text","label"}.`);
  process.exit(2);
}

if (values.condensed && !values.judgements) {
  console.error('--condensed reads rankings against judgements: give --judgements FILE too.');
  process.exit(2);
}
// The reports a tag-built judgement set speaks of: those carrying a tag. A pool without "tags" has none to go by.
const tagsOf = (report: LabelledReport) => (report as { tags?: unknown }).tags;
if (values.condensed && !reports.some((report) => Array.isArray(tagsOf(report)))) {
  console.error(`${folder}: no line carries a "tags" list, so --condensed cannot tell a judged report from another; build the pool with scripts/build-similarity-sets.ts or leave --condensed out.`);
  process.exit(2);
}
const tagged = new Set(reports.filter((report) => { const tags = tagsOf(report); return Array.isArray(tags) && tags.length > 0; }).map((report) => report.id));
if (values['first-links'] && !values.judgements) {
  console.error('--first-links compares first links against judgements: give --judgements FILE too.');
  process.exit(2);
}
const judgements = values.judgements ? readJudgements(values.judgements, new Set(placeOfId.keys())) : undefined;

const started = performance.now();
// Condensed, the blend's links are taken 10 deep like the baselines' (its first five are those
// shown); the model's (`cause`) stay at five, its cut-offs reading the limit.
const links = rankingOfLinks(findSimilarLinkedBy(reports.map((r) => ({ id: r.id, title: r.title, summary: '', text: r.text, services: [], tags: [], related: [] })), linkBy, values.condensed ? 10 : undefined));
const seconds = (performance.now() - started) / 1000;
if (judgements) {
  printJudgedFigures(judgements);
  process.exit(0);
}
const tfidfLinks = rankByPlainTfIdf(reports);
const labels = new Set(reports.map((r) => r.label)).size;
// All queries, then each half: knobs were chosen on the development half (docs/findability.md).
const queriesOf = { all: () => true, development: (id: string) => halfOf(id) === 'development', 'held-out': (id: string) => halfOf(id) === 'held-out' };
const figures = Object.fromEntries(
  Object.entries(queriesOf).map(([name, isQuery]) => [
    name,
    { ours: scoreRankings(reports, links, isQuery), tfidf: scoreRankings(reports, tfidfLinks, isQuery), random: randomBaseline(reports, isQuery) },
  ]),
);

if (values.json) {
  console.log(JSON.stringify({ folder, linkBy, reports: reports.length, labels, ...figures, seconds }, null, 2));
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`${reports.length} reports, ${labels} labels, ${figures.all.ours.queries} queries with at least one same-label report (${folder}; links by ${linkBy})`);
  console.log(`queries            model               P@5    P@1    links shown`);
  for (const [name, { ours, tfidf, random }] of Object.entries(figures)) {
    const label = `${name} (${ours.queries})`.padEnd(18);
    console.log(`${label} similar incidents   ${f(ours.precisionAt5)}  ${f(ours.precisionAt1)}  ${ours.shownAt5.toFixed(2)}`);
    console.log(`${''.padEnd(18)} plain TF-IDF        ${f(tfidf.precisionAt5)}  ${f(tfidf.precisionAt1)}  ${tfidf.shownAt5.toFixed(2)}`);
    console.log(`${''.padEnd(18)} random              ${f(random)}  ${f(random)}`);
  }
}

/** Reads a judgements file, refusing an id the pool does not hold (it could only ever count as a miss). */
function readJudgements(file: string, ids: ReadonlySet<string>): Map<string, Set<string>> {
  let parsed: unknown;
  exitOnBlockingFile(file, file, 'Give a JSON file {"<id>": ["<id>", ...]}.');
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read it as JSON (${(error as Error).message}); give {"<id>": ["<id>", ...]}.`);
    process.exit(2);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    console.error(`${file}: not a JSON object; give {"<id>": ["<id>", ...]}.`);
    process.exit(2);
  }
  const judged = new Map<string, Set<string>>();
  for (const [id, relevant] of Object.entries(parsed as Record<string, unknown>)) {
    if (!Array.isArray(relevant) || relevant.some((other) => typeof other !== 'string')) {
      console.error(`${file}: the value of "${id}" is not a list of ids; give ["<id>", ...].`);
      process.exit(2);
    }
    for (const other of [id, ...(relevant as string[])]) {
      if (!ids.has(other)) {
        console.error(`${file}: "${other}" (under "${id}") is no report of ${folder}; correct the id or add the report.`);
        process.exit(2);
      }
    }
    judged.set(id, new Set(relevant as string[]));
  }
  return judged;
}

function printJudgedFigures(judged: ReadonlyMap<string, ReadonlySet<string>>): void {
  const read = (ranked: Map<string, string[]>) => (values.condensed ? condensedRankings(ranked, (id) => tagged.has(id)) : ranked);
  // Condensed, the baselines are taken deeper too, so that 10 are left once the untagged are out.
  const depth = values.condensed ? 30 : 10;
  const rankings = { 'similar incidents': read(links), 'plain TF-IDF': read(rankByPlainTfIdf(reports, depth)), 'plain BM25': read(rankByPlainBm25(reports, depth)) };
  const halves = values['development-only']
    ? { development: (id: string) => halfOf(id) === 'development' }
    : { all: () => true, development: (id: string) => halfOf(id) === 'development', 'held-out': (id: string) => halfOf(id) === 'held-out' };
  const figures = Object.fromEntries(
    Object.entries(halves).map(([half, isQuery]) => [
      half,
      Object.fromEntries(Object.entries(rankings).map(([model, ranked]) => [model, scoreAgainstJudgements(ranked, judged, isQuery)])),
    ]),
  );
  const [ours, ...baselines] = Object.entries(rankings);
  // Per half and baseline: the judged reports each gets right at the first link and the other does not.
  const firstLinks = values['first-links']
    ? Object.fromEntries(Object.entries(halves).map(([half, isQuery]) => [
      half,
      Object.fromEntries(baselines.map(([model, ranked]) => [model, firstLinkDisagreements(ours[1], ranked, judged, isQuery)])),
    ]))
    : undefined;
  if (values.json) {
    console.log(JSON.stringify({ folder, linkBy, reports: reports.length, judged: judged.size, ...figures, ...(firstLinks ? { firstLinks } : {}), seconds }, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`${reports.length} reports, ${judged.size} judged (${folder}; links by ${linkBy})`);
  console.log(`queries            model               P@5    P@1    MRR    links shown`);
  for (const [half, byModel] of Object.entries(figures)) {
    Object.entries(byModel).forEach(([model, score], at) => {
      const label = at ? '' : `${half} (${score.queries})`;
      console.log(`${label.padEnd(18)} ${model.padEnd(19)} ${f(score.precisionAt5)}  ${f(score.precisionAt1)}  ${f(score.mrr)}  ${score.shownAt5.toFixed(2)}`);
    });
  }
  if (!firstLinks) return;
  const titleOf = new Map(reports.map((report) => [report.id, report.title]));
  const shown = (id: string | undefined) => (id === undefined ? 'no link' : `${id} "${titleOf.get(id)!.slice(0, 60)}"`);
  for (const [half, byBaseline] of Object.entries(firstLinks)) {
    for (const [model, { oursOnly, baselineOnly }] of Object.entries(byBaseline)) {
      console.log(`\nfirst links, ${half}: right by ${ours[0]} only ${oursOnly.length}, by ${model} only ${baselineOnly.length}`);
      for (const id of baselineOnly) {
        console.log(`  ${shown(id)}\n    ${ours[0]}: ${shown(ours[1].get(id)?.[0])}\n    ${model}: ${shown(rankings[model as keyof typeof rankings].get(id)?.[0])}`);
      }
    }
  }
}
