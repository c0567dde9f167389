#!/usr/bin/env node
// npm run measure:redaction -- FOLDER [--names FILE] [--people FILE] [--list] [--config]
// Runs the redaction guard over a folder of reports as if each were a public post, and prints how
// many reports would be stopped (errors) or flagged for review (warnings), by rule.
import './lib/compile-regexps-at-once.ts'; // first: before any other module runs an expression
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../src/lib/redaction-guard.ts';
import { isMeasuredReport, measuredText } from './lib/measured-report.ts';
import { buildPeopleIndex } from '../src/lib/publication/people.ts';
import { escapeRegExp } from '../src/lib/regexp.ts';
import { carriedHostFindings } from '../src/lib/publication/carried-hosts.ts';
import { guessOrganisationName } from '../src/lib/organisation-name-guess.ts';
import { carriedPeopleFindings } from '../src/lib/publication/carried-people.ts';
import { carriedChannelFindings } from '../src/lib/publication/carried-channels.ts';
import { decodeNamesFile } from './lib/names-file.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: { names: { type: 'string' }, people: { type: 'string' }, list: { type: 'boolean' }, config: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
}, { options: ['names', 'people'], positionals: true });
if (values.help || positionals.length !== 1) {
  console.log(`Usage: npm run measure:redaction -- FOLDER [--names FILE] [--people FILE] [--list] [--config]

Scans every report under FOLDER that the import reads as Markdown or text (.md, .markdown, .mdx,
…, .txt; not README or LICENSE files): its body, and a frontmatter title and summary when
present, as if each report were published. By default with the redaction guard's default
settings, not the site's: no organisation, no configured people, internal or public names,
internal domains .internal .corp .local .lan.

  --config      read the settings as \`npm run check\` does: site.config.ts (organisation,
                redaction.people, internalNames, internalDomains, publicNames), the content
                folder's vocabularies (service ids, teams; KB_CONTENT_DIR chooses the folder),
                CODEOWNERS and the content folder's git authors
  --list        print every finding (file:line:column rule text; the file's own line and column)
  --names FILE  a leak measurement: FILE lists names (one a line) known to occur in the reports;
                prints how many of their occurrences the guard flags without being told them.
  --people FILE names (one a line) the guard is told, as a team lists its members (the adoption
                walks list their git authors so): a false-positive measurement of the parts of
                listed names that are English words ("… Secret", "Dark Space").

On reports that are already public, every error is a false positive (docs/redaction.md).`);
  process.exit(values.help ? 0 : 2);
}

const folder = positionals[0];
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`${folder}: ${existsSync(folder) ? 'is not a folder' : 'no such folder'}. Give the folder of reports to scan.`);
  process.exit(2);
}
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => isMeasuredReport(f) && join(folder, f) !== values.names && join(folder, f) !== values.people && statSync(join(folder, f)).isFile()).sort();
if (!files.length) {
  // "0 reports ... 0.0%" read as a clean measurement of the wrong folder.
  console.error(`${folder}: holds no report to measure (Markdown or .txt files, or files without an extension). Give the folder of reports to scan.`);
  process.exit(2);
}
if (values.people && values.config) {
  console.error('--people and --config: give one (--config reads the people site.config.ts lists; --people lists them without it).');
  process.exit(2);
}
const listedPeople = values.people ? listedNames('people', values.people, 'the names the guard is told, one a line') : [];
if (values.people && !listedPeople.length) {
  console.error(`--people ${values.people}: lists no name (the file is empty or blank). Give a text file listing the names the guard is told, one a line, or leave --people out.`);
  process.exit(2);
}
const { options, settingsRead } = values.config ? await configuredOptions() : {
  options: {
    internalDomains: ['.internal', '.corp', '.local', '.lan'],
    serviceIds: [],
    people: listedPeople,
    // As the adoption walks list a batch's git authors (measure-adoption.ts, --names).
    peopleIndex: buildPeopleIndex(listedPeople.map((name) => ({ name, origin: 'git author' }))),
  } satisfies RedactionOptions,
  settingsRead: `the guard's defaults, not the site configuration (--config reads it)${values.people ? `, and ${listedPeople.length} people of ${values.people}` : ''}`,
};

/** The names of a names file (--names, --people), one a line; a missing, blocking or empty file is said and exits. */
function listedNames(option: string, file: string, what: string): string[] {
  if (!existsSync(file) || statSync(file).isDirectory()) {
    console.error(`--${option} ${file}: ${existsSync(file) ? 'is a folder' : 'no such file'}. Give a text file listing ${what}.`);
    process.exit(2);
  }
  exitOnBlockingFile(file, `--${option} ${file}`, `Give a text file listing ${what}.`);
  // Round 37: a names file saved as Latin-1 or UTF-16 was read as UTF-8, its names garbled, and
  // "0 of 0 occurrences" said of names the reports hold; it is read as a tracker's export is.
  return decodeNamesFile(file).split('\n').map((n) => n.trim()).filter(Boolean);
}

/**
 * The guard's options as `npm run check` builds them, and what they hold; loaded only when asked,
 * as loading them reads site.config.ts (a measurement of reports another organisation wrote is
 * made without our settings).
 */
async function configuredOptions(): Promise<{ options: RedactionOptions; settingsRead: string }> {
  const { redactionOptions } = await import('./lib/redaction-check.ts');
  const { redactionSettings } = await import('./lib/redaction-settings.ts');
  const { loadVocabularyOrExit } = await import('./lib/vocabulary-or-exit.ts');
  const { resolveContentDir } = await import('./lib/site-config-or-exit.ts').then((m) => m.loadSiteConfig());
  const contentDir = resolveContentDir();
  const options = redactionOptions(loadVocabularyOrExit(contentDir), [], contentDir);
  const settings = redactionSettings();
  const count = (n: number, what: string) => `${n} ${what}`;
  return {
    options,
    settingsRead: `site.config.ts and ${contentDir} (organisation ${settings.organisation}; ${count(settings.publicNames.length, 'public names')}, ${count(settings.people.length, 'people')}, ${count(settings.internalNames.length, 'internal names')} configured; ${count(options.serviceIds.length, 'service ids')})`,
  };
}

const byRule = new Map<string, { findings: number; files: Set<string> }>();
let filesWithErrors = 0;
let filesWithWarnings = 0;
const names = values.names ? listedNames('names', values.names, 'the names known to occur in the reports, one a line') : [];
// An empty --names file scanned every report and printed no leak figure, status 0 (round 36).
if (values.names && !names.length) {
  console.error(`--names ${values.names}: lists no name (the file is empty or blank), so there is no leak to measure. Give a text file listing the names known to occur in the reports, one a line, or leave --names out.`);
  process.exit(2);
}
let nameOccurrences = 0;
let namesFlagged = 0;
const missed: string[] = [];

// Line for line the file, so that every line and column printed is the file's own.
const scans = files.map((file) => {
  const text = measuredText(readFileSync(join(folder, file), 'utf8'));
  return { file, text, scan: scanPublicText(relative(process.cwd(), join(folder, file)), text, options) };
});
// As the public build does: a host one report shows with a sign is looked for in every report.
const scannedPosts = scans.map(({ file, text, scan }) => {
  const lines = text.split('\n');
  return { file: relative(process.cwd(), join(folder, file)), publicLines: lines, sourceLines: lines, findings: scan.findings };
});
const carried = carriedHostFindings(scannedPosts, options.orgScopes);
// And a person one report names with a sign (since probe round 31, carried-people.ts).
const carriedPeople = carriedPeopleFindings(scannedPosts.map((post, index) => ({ ...post, findings: [...post.findings, ...carried.findings[index]] })));
// And a chat channel one report names with a sign (adoption round 43, carried-channels.ts).
const carriedChannels = carriedChannelFindings(scannedPosts);
for (const [index, { file, text, scan }] of scans.entries()) {
  scan.findings = [...scan.findings.filter((finding) => !carriedPeople.superseded.has(finding)), ...carried.findings[index], ...carriedPeople.findings[index], ...carriedChannels.findings[index]];
  const errors = scan.findings.filter((f) => f.severity === 'error');
  if (errors.length) filesWithErrors++;
  if (scan.findings.length > errors.length) filesWithWarnings++;
  for (const finding of scan.findings) {
    const key = `${finding.rule} (${finding.severity})`;
    const entry = byRule.get(key) ?? { findings: 0, files: new Set<string>() };
    entry.findings++;
    entry.files.add(file);
    byRule.set(key, entry);
    if (values.list) console.log(`${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.rule}  ${redactionFindingText(finding)}`);
  }
  const lines = text.split('\n');
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(pattern)) {
        nameOccurrences++;
        const hit = scan.findings.some((f) => f.line === i + 1 && f.column - 1 <= m.index! && m.index! < f.column - 1 + redactionFindingText(f).length);
        if (hit) namesFlagged++;
        else missed.push(`${file}:${i + 1}: ${name}`);
      }
    });
  }
}

const percent = (n: number) => `${((100 * n) / Math.max(files.length, 1)).toFixed(1)}%`;
console.log(`${files.length} reports in ${folder}`);
console.log(`settings: ${settingsRead}`);
console.log(`with at least one error (would stop a public build): ${filesWithErrors} (${percent(filesWithErrors)})`);
console.log(`with warnings only or also (needs review): ${filesWithWarnings} (${percent(filesWithWarnings)})`);
for (const [rule, entry] of [...byRule.entries()].sort()) console.log(`  ${rule}: ${entry.findings} findings in ${entry.files.size} reports`);
// The organisation's own name the reports propose (organisation-name-guess.ts): its findings are
// counted above, as the build would stop on them; `npm run check` proposes it in their fix.
const configuredOrganisation = (options as { fixGuidance?: { organisation?: string } }).fixGuidance?.organisation ?? '';
const guess = guessOrganisationName(scans.map(({ text, scan }) => ({ text, findings: scan.findings })), configuredOrganisation, options.people);
if (guess) {
  const own = scans.reduce((sum, { scan }) => sum + scan.findings.filter((f) => f.rule.endsWith('person') && redactionFindingText(f) === guess.name).length, 0);
  const held = scans.filter(({ scan }) => scan.findings.some((f) => f.severity === 'error') && scan.findings.every((f) => f.severity !== 'error' || (f.rule.endsWith('person') && redactionFindingText(f) === guess.name))).length;
  console.log(`organisation proposed: "${guess.name}" (a person finding in ${guess.posts} of ${guess.of} reports, which link to ${guess.host}): ${own} findings, ${held} reports held by it alone`);
}
if (names.length) {
  console.log(`known names: ${namesFlagged} of ${nameOccurrences} occurrences flagged (error or warning)`);
  for (const line of missed) console.log(`  missed ${line}`);
}
