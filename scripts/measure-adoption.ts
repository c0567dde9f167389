#!/usr/bin/env node
// npm run measure:adoption -- <folder>... [--work DIR] [--day YYYY-MM-DD] [--set FIELD=VALUE]... [--names FILE]... [--json]
// Takes folders of existing reports (kept outside the repository, e.g. /work/corpora/<source>/)
// through adoption end to end, as a team publishing them would, in a scratch knowledge base
// outside the repository (--work, default a new folder under the system's temporary folder,
// kept for reading: its logs/ hold each command's output):
//   npm run import (every folder) → npm run fill -- --set … --trigger-from-text --public →
//   placeholders for the facts each report decides (times.started, times.resolved,
//   impact.description, where the draft has none) → npm run redact -- --rename (until it changes
//   nothing, at most 3 runs) → npm run fill -- --publish DAY → npm run check (what still has an
//   error is held back: moved to <work>/held/) → npm run build and npm run build:public.
// Prints reports in, drafts written and valid, published (and, listed apart, the published posts
// whose public page withholds at least half of their text), held back (by rule and file), postmortem
// pages built, each command's exit code, and a leak check: every name and internal host it
// knows must be found 0 times in the public site (every file, search index decompressed):
// names of each folder's known-names.txt and of --names FILE (both listed first as members of a
// team of the scratch teams.yaml, the guard's list of people, as a team lists its own), of
// redaction.people, internal hosts of the reports (the guard's internal domains); and, counted
// apart, the full names, @handles and hosts the redaction guard flagged before npm run redact.
// --set overrides the batch facts (defaults: severity=SEV-3, services=<first service>,
// trigger=<first trigger> where the text states none, drafted=DAY, actionItems.status=open).
// --day (default today) is the drafted and published day and the checks' today: the same
// folders and day give the same figures. --json prints the figures as JSON. See docs/adopting.md.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded first so that a mistake in it is said with its line, not as Node's stack trace.
const { kbConfig, resolveContentDir } = await loadSiteConfig();
import { loadVocabularyOrExit } from './lib/vocabulary-or-exit.ts';
import { readSiteFiles } from './lib/site-files.ts';
import { decodeNamesFile } from './lib/names-file.ts';
import { leadingCommentLines } from '../src/lib/slug.ts';
import { isIsoDay } from '../src/lib/as-of.ts';
import { dayOptionAdvice } from '../src/lib/instant-advice.ts';
import { dayBeforeEarliestProblem } from '../src/lib/earliest-day.ts';
import { listPostmortemFiles, postmortemIdFromPath } from '../src/lib/content-files.ts';
import { splitFrontmatter } from '../src/lib/frontmatter-split.ts';
import { publishDraft } from '../src/lib/fill-drafts.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { fillPlaceholderFacts } from '../src/lib/adoption/placeholder-facts.ts';
import { groupHeldBack, type CheckedFinding } from '../src/lib/adoption/held-back.ts';
import { findLeaks, guardFlaggedTerms, internalHostsIn, listedPeopleTeam, parseNameList, uniqueTerms, type LeakTerm } from '../src/lib/adoption/leak-search.ts';
import { formatAdoptionFigures, type AdoptionFigures } from '../src/lib/adoption/adoption-figures.ts';
import { batchFactSets } from '../src/lib/adoption/batch-defaults.ts';
import { mostlyWithheldPosts } from '../src/lib/adoption/withheld-share.ts';
import { reservedInternalDomains } from '../src/lib/redaction-guard.ts';
import { astroMistakesForInside } from './lib/outside-output-lock.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    work: { type: 'string' },
    day: { type: 'string' },
    set: { type: 'string', multiple: true },
    names: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['work', 'names'], positionals: true });
if (values.help || !positionals.length) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  if (!values.help) console.error('\nGive at least one folder of reports to measure, e.g. npm run measure:adoption -- /work/corpora/pypi-blog-incidents');
  process.exit(values.help ? 0 : 2);
}

const projectRoot = resolve(import.meta.dirname, '..');
const today = new Date().toISOString().slice(0, 10);
const day = values.day ?? today;
const usage = (message: string): never => {
  console.error(`${message}\nNothing was measured.`);
  process.exit(2);
};
if (!isIsoDay(day)) usage(`--day ${day}: not a day; write it as YYYY-MM-DD, e.g. --day ${today}.${dayOptionAdvice(day, (meant) => `--day ${meant}`)}`);
const dayTooEarly = dayBeforeEarliestProblem(day, `--day ${day}`);
if (dayTooEarly) usage(dayTooEarly);
if (day > today) usage(`--day ${day}: is after today (${today}); the batch cannot be published on a day to come.`);
const folders = positionals.map((folder) => resolve(folder));
for (const [i, folder] of folders.entries()) {
  if (!existsSync(folder)) usage(`${positionals[i]}: no such folder. Give the folders of reports to import (kept outside the repository).`);
  if (!statSync(folder).isDirectory()) usage(`${positionals[i]}: is a file; give the folder that holds it (the measurement imports folders, as a team brings its collections).`);
}
for (const file of values.names ?? []) {
  if (!existsSync(file) || statSync(file).isDirectory()) usage(`--names ${file}: ${existsSync(file) ? 'is a folder' : 'no such file'}. Give a text file of names known to occur in the reports, one a line.`);
  exitOnBlockingFile(file, `--names ${file}`, 'Give a text file of names known to occur in the reports, one a line. Nothing was measured.');
}
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);
if (values.work !== undefined) {
  const work = resolve(values.work);
  if (inside(work, projectRoot)) usage(`--work ${values.work}: is inside the repository (${projectRoot}); the scratch knowledge base goes outside it, e.g. --work ${join(tmpdir(), 'adoption')}.`);
  if (folders.some((folder) => inside(work, folder) || inside(folder, work))) usage(`--work ${values.work}: holds, or is inside, a folder of reports; give a folder of its own.`);
  // The builds go into <work>/dist: a folder Astro mistakes for one inside the checkout fails them
  // after minutes (adoption round 49), so it is said now.
  const mistaken = astroMistakesForInside(join(work, 'dist.staging'), projectRoot);
  if (mistaken) usage(`--work ${values.work}: ${mistaken}.`);
  if (existsSync(work) && (!statSync(work).isDirectory() || readdirSync(work).length)) usage(`--work ${values.work}: ${statSync(work).isDirectory() ? 'is not empty' : 'is a file'}; give a new or empty folder (each measurement starts from nothing).`);
}
// The vocabularies of the content folder in effect: the team's own, or the example's. The --set
// values are checked against them before the scratch folder is made: `--set x` was refused after
// it, and the folder was left behind, empty of reports (bad input round 37).
const sourceContent = resolveContentDir();
const batch = batchFactSets(loadVocabularyOrExit(sourceContent), day, values.set ?? []);
if ('problem' in batch) usage(batch.problem);
const batchSets = (batch as { sets: string[] }).sets;

const work = values.work !== undefined ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'measure-adoption-'));
const contentDir = join(work, 'content');
const postmortemsDir = join(contentDir, 'postmortems');
const heldDir = join(work, 'held');
const logsDir = join(work, 'logs');
mkdirSync(postmortemsDir, { recursive: true });
mkdirSync(logsDir, { recursive: true });
console.error(`Scratch knowledge base: ${work} (each command's output in ${logsDir})`);

for (const name of readdirSync(sourceContent).filter((name) => /\.ya?ml$/.test(name)).sort()) cpSync(join(sourceContent, name), join(contentDir, name));
// The names the measurement searches for go in the guard's list first, as a team lists its people.
const listed: LeakTerm[] = [];
for (const folder of folders) {
  const list = join(folder, 'known-names.txt');
  if (existsSync(list)) listed.push(...parseNameList(decodeNamesFile(list)).map((term) => ({ term, kind: 'person' as const, origin: `known-names.txt of ${basename(folder)}` })));
}
// Round 37: a names file saved as Latin-1 or UTF-16 was read as UTF-8, its names garbled.
for (const file of values.names ?? []) listed.push(...parseNameList(decodeNamesFile(file)).map((term) => ({ term, kind: 'person' as const, origin: `--names ${basename(file)}` })));
const peopleTeam = listedPeopleTeam(listed.map(({ term }) => term));
if (peopleTeam && existsSync(join(contentDir, 'teams.yaml'))) writeFileSync(join(contentDir, 'teams.yaml'), `${readFileSync(join(contentDir, 'teams.yaml'), 'utf8').replace(/\n*$/, '\n')}${peopleTeam}`);
const vocabulary = loadVocabularyOrExit(contentDir);

const steps: AdoptionFigures['steps'] = [];
// Every command reads the scratch knowledge base; a KB_OUT_DIR of the caller's would send both builds to one folder.
const commandEnv: NodeJS.ProcessEnv = { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: day };
delete commandEnv.KB_OUT_DIR;
/** Runs one of the project's commands on the scratch knowledge base; its output goes to logs/<n>-<step>.log. */
function run(step: string, script: string, args: string[]): { exitCode: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: commandEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const exitCode = result.status ?? 1;
  const log = join(logsDir, `${String(steps.length + 1).padStart(2, '0')}-${step.replace(/[^\w-]+/g, '-')}.log`);
  // Every postmortem named (npm run redact takes files) is a screenful: counted, after the first few.
  const shownArgs = args.length > 12 ? [...args.slice(0, 6), `… (${args.length - 6} more)`] : args;
  writeFileSync(log, `$ ${script} ${shownArgs.join(' ')}\n# exit ${exitCode}${result.signal ? ` (${result.signal})` : ''} after ${((performance.now() - started) / 1000).toFixed(1)} s\n${result.stdout}\n${result.stderr}`);
  steps.push({ step, exitCode });
  if (result.error) usage(`${step}: could not be started (${result.error.message}).`);
  // Status 2 is a command refusing what it was given (an option, a --set value): nothing after it would mean anything.
  if (exitCode === 2) usage(`${step}: refused: ${(result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ')} (all of it in ${log}).`);
  return { exitCode, stdout: result.stdout };
}
const files = () => listPostmortemFiles(postmortemsDir).map((name) => join(postmortemsDir, name));
const fingerprint = () => createHash('sha256').update(files().map((file) => `${file}\n${readFileSync(file, 'utf8')}`).join('\0')).digest('hex');
const checkFindings = (step: string): CheckedFinding[] => {
  const { stdout } = run(step, 'check.ts', ['--format', 'json']);
  try {
    return (JSON.parse(stdout) as { findings: CheckedFinding[] }).findings;
  } catch {
    return usage(`${step}: npm run check printed no JSON (see ${logsDir}); the knowledge base could not be checked.`);
  }
};

// 1. Import every folder at once, as one batch.
const imported = run('import', 'import.ts', [...folders, '--out', postmortemsDir, '--json']);
let totals: { files: number; imported: number; failed: number; validDrafts: number };
try {
  totals = (JSON.parse(imported.stdout) as { totals: typeof totals }).totals;
} catch {
  usage(`import: npm run import printed no figures (exit ${imported.exitCode}; its output is in ${logsDir}): none of the folders held a report it reads?`);
}

// 2. The batch's facts, each trigger from the report's own words, every report public.
run('fill', 'fill-drafts.ts', [...batchSets.flatMap((set) => ['--set', set]), '--trigger-from-text', '--public']);

// 3. Placeholders for what each report decides; 4. the guard's findings before anything is redacted.
const placeholders: Record<string, number> = {};
for (const file of files()) {
  const result = fillPlaceholderFacts(readFileSync(file, 'utf8'), postmortemIdFromPath(file));
  for (const fact of result.filled) placeholders[fact] = (placeholders[fact] ?? 0) + 1;
  if (result.filled.length) writeFileSync(file, result.text);
}
const beforeRedaction = checkFindings('check before redact');

// 5. npm run redact until it changes nothing (a rename can bring findings its old name held back).
for (let round = 1; round <= 3; round++) {
  const before = fingerprint();
  run(`redact ${round}`, 'redact.ts', ['--rename', ...files()]);
  if (fingerprint() === before) break;
}

// 6. Publish what passes; 7. hold back what still has an error, and check again without it.
run('fill --publish', 'fill-drafts.ts', ['--publish', day]);
let findings = checkFindings('check');
const shown = (file: string) => relative(contentDir, resolve(projectRoot, file));
const stopped = findings.filter((f) => f.severity === 'error');
for (const file of new Set(stopped.map((f) => shown(f.file)))) {
  const to = join(heldDir, file);
  mkdirSync(dirname(to), { recursive: true });
  renameSync(join(contentDir, file), to);
}
if (stopped.length) {
  findings = checkFindings('check after holding back');
  const left = findings.filter((f) => f.severity === 'error');
  if (left.length) usage(`check after holding back: ${left.length} error(s) left, e.g. ${shown(left[0].file)}: ${left[0].message} (a post that points at a held one?); see ${logsDir}.`);
}
// The drafts npm run fill -- --publish left: held back too, by the errors they would have once published
// (an action item's title over 200 characters is an error of published posts only).
const knownIds = new Set(files().map(postmortemIdFromPath));
const unpublishable: CheckedFinding[] = [];
let published = 0;
const publishedPosts: { file: string; source: string }[] = [];
let leftInternal = 0;
for (const file of files()) {
  const source = readFileSync(file, 'utf8');
  const yaml = splitFrontmatter(source).yaml;
  if (!/^visibility:[ \t]*public[ \t]*$/m.test(yaml)) leftInternal++;
  if (/^status:[ \t]*published[ \t]*$/m.test(yaml)) {
    published++;
    publishedPosts.push({ file: shown(file), source });
    continue;
  }
  const asPublished = validatePostmortemSource(file, postmortemIdFromPath(file), publishDraft(source, day), { vocabulary, knownIds, contentDir });
  unpublishable.push(...asPublished.findings.filter((f) => f.severity === 'error'));
}
const held = groupHeldBack([...stopped, ...unpublishable], shown);

// 8. Both builds.
const internalOut = join(work, 'dist');
const publicOut = join(work, 'dist-public');
run('build', 'build.ts', ['--out', internalOut]);
run('build:public', 'build.ts', ['--variant', 'public', '--out', publicOut]);
// A postmortem's page: /postmortems/<id>/ on the internal site, /incidents/<id>/ on the public one.
const postmortemPages = (out: string, folder: string) => (existsSync(join(out, folder)) ? readdirSync(join(out, folder)).filter((id) => existsSync(join(out, folder, id, 'index.html'))).length : 0);

// 9. The leak search: the public site, every text file, search index decompressed; pagefind's and
// the site's scripts and styles are code (pagefind's credits name its authors), not published posts.
const siteFiles = existsSync(publicOut) ? readSiteFiles(publicOut).filter(({ file }) => !/\.(?:js|mjs|css|wasm|png|jpe?g|gif|webp|avif|ico|woff2?)$/i.test(file)) : [];
listed.push(...kbConfig.redaction.people.map((term) => ({ term, kind: 'person' as const, origin: 'redaction.people' })));
const domains = [...kbConfig.redaction.internalDomains, ...reservedInternalDomains];
for (const file of [...files(), ...(existsSync(heldDir) ? readdirSync(heldDir, { recursive: true, encoding: 'utf8' }).map((name) => join(heldDir, name)).filter((path) => statSync(path).isFile()) : [])]) {
  listed.push(...internalHostsIn(readFileSync(file, 'utf8'), domains).map((term) => ({ term, kind: 'host' as const, origin: 'internal domains' })));
}
const listedTerms = uniqueTerms(listed);
const listedKeys = new Set(listedTerms.map(({ term }) => term.toLowerCase()));
const flaggedTerms = guardFlaggedTerms(beforeRedaction).filter(({ term }) => !listedKeys.has(term.toLowerCase()));

const figures: AdoptionFigures = {
  folders: positionals,
  day,
  steps,
  reportsIn: totals!.files,
  draftsWritten: totals!.imported,
  importFailed: totals!.failed,
  draftsValid: totals!.validDrafts,
  placeholders,
  leftInternal,
  published,
  mostlyWithheld: mostlyWithheldPosts(publishedPosts),
  held,
  internalPages: postmortemPages(internalOut, 'postmortems'),
  publicPages: postmortemPages(publicOut, 'incidents'),
  leaks: { listedTerms: listedTerms.length, flaggedTerms: flaggedTerms.length, filesSearched: siteFiles.length, listed: findLeaks(listedTerms, siteFiles), flagged: findLeaks(flaggedTerms, siteFiles) },
};
console.log(values.json ? JSON.stringify(figures, null, 2) : formatAdoptionFigures(figures));
process.exitCode = steps.some(({ step, exitCode }) => step.startsWith('build') && exitCode !== 0) ? 1 : 0;
