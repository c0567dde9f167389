#!/usr/bin/env node
// node scripts/profile-summary.ts FILE.cpuprofile [--top N] [--from S] [--to S] [--match REGEX] [--json]
// Summarises a V8 CPU profile (node --cpu-prof): self time by package/file and by function, and
// the inclusive time of the functions matching --match. See docs/performance.md.
import { jsonSyntaxProblem } from '../src/lib/json-syntax.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { readFileSync } from 'node:fs';
import { summariseCpuProfile, type CpuProfile } from '../src/lib/cpu-profile.ts';

const usage = `Usage: npm run profile:summary -- FILE.cpuprofile [--top N] [--from S] [--to S] [--match REGEX] [--json]

Summarises a CPU profile written by \`node --cpu-prof\` (for a build: NODE_OPTIONS="--cpu-prof
--cpu-prof-dir=DIR" node scripts/build.ts writes one file for each Node process): where the time
went, as self time by package or file and by function, largest first.

  --top N        rows of each table (default 25)
  --from S       only samples from S seconds after the profile started (a phase of the build)
  --to S         only samples up to S seconds
  --match REGEX  also the inclusive time (callees included) of every function whose
                 "name file:line" matches, e.g. 'src/|syncFile|parse nm:yaml'
  --json         print the summary as JSON`;

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    from: { type: 'string' },
    to: { type: 'string' },
    match: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
}, { positionals: true });
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) {
  console.error(`Give one .cpuprofile file.\n\n${usage}`);
  process.exit(2);
}
const top = Number(values.top);
const seconds = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) {
    console.error(`--${name} takes a number of seconds, not "${value}".`);
    process.exit(2);
  }
  return number;
};
if (!Number.isInteger(top) || top < 1) {
  // Round 38: `--top 0` was "takes a whole number of rows, not "0"", and 0 is one.
  console.error(`--top takes the number of rows to print, a whole number from 1 (e.g. --top 20), not "${values.top}".`);
  process.exit(2);
}
let profile: CpuProfile;
let profileText = '';
exitOnBlockingFile(positionals[0], positionals[0], 'A CPU profile is the .cpuprofile file node --cpu-prof writes.');
try {
  profileText = readFileSync(positionals[0], 'utf8');
  profile = JSON.parse(profileText) as CpuProfile;
} catch (error) {
  // Node's "ENOENT: no such file or directory, open …" and "Unexpected end of JSON input" said neither what was wrong nor where (round 25).
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'is a folder, not a profile: give one of the .cpuprofile files in it'
    : code ? `cannot be read (${code})` : jsonSyntaxProblem(profileText);
  console.error(`${positionals[0]}: ${why}. A CPU profile is the .cpuprofile file node --cpu-prof writes.`);
  // Status 2, as every command gives for a file named wrong (it gave 1, the status of a summary
  // that failed: bad input rounds 36 and 37).
  process.exit(2);
}
if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || !Array.isArray(profile.timeDeltas)) {
  console.error(`${positionals[0]}: not a CPU profile (no nodes, samples and timeDeltas). Write one with node --cpu-prof.`);
  process.exit(2);
}
let inclusive: RegExp | undefined;
try {
  inclusive = values.match === undefined ? undefined : new RegExp(values.match);
} catch (error) {
  console.error(`--match: ${(error as Error).message}`);
  process.exit(2);
}
const fromSeconds = seconds('from', values.from);
const toSeconds = seconds('to', values.to);
if (fromSeconds !== undefined && toSeconds !== undefined && fromSeconds >= toSeconds) {
  // Summarised "0.00 s of samples", status 0, as if the profile were empty (bad input round 32).
  console.error(`--from ${values.from} is not before --to ${values.to}: no sample lies between them. Give the earlier second to --from.`);
  process.exit(2);
}
const summary = summariseCpuProfile(profile, {
  fromSeconds,
  toSeconds,
  inclusive,
  root: process.cwd(),
});
if (values.json) {
  console.log(JSON.stringify({ ...summary, selfByFunction: summary.selfByFunction.slice(0, top), selfByFile: summary.selfByFile.slice(0, top), inclusiveByFunction: summary.inclusiveByFunction.slice(0, top) }, null, 2));
  process.exit(0);
}
const table = (title: string, rows: [string, number][]) => {
  console.log(`\n${title}`);
  for (const [key, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
};
console.log(`${(summary.totalMs / 1000).toFixed(2)} s of samples in ${positionals[0]}`);
table('Self time by package or file', summary.selfByFile);
table('Self time by function', summary.selfByFunction);
if (inclusive) table(`Inclusive time of functions matching /${inclusive.source}/`, summary.inclusiveByFunction);
