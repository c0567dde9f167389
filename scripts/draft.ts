#!/usr/bin/env node
// npm run draft -- --title "..." [--chat PATH] [--pager FILE] [--alerts FILE] [--deploys FILE]
//   [--status-page FILE] [--window START..END] [--severity SEV-2] [--service ID] [--team ID]
//   [--trigger ID] [--started ISO] [--chat-flags FILE] [--date YYYY-MM-DD] [--slug TEXT]
//   [--out DIR] [--dry-run]
// Assembles a first draft postmortem from the incident's exported records (chat, pager, alerts,
// deploys, status page; every flag but --title may repeat or be left out) and writes it, valid
// as a draft, to DIR (default: the content folder's postmortems/). Never overwrites a file.
// --dry-run prints the draft instead. Formats and mappings: docs/draft.md.
import { slugOptionProblem } from '../src/lib/slug.ts';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgsOnce } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir, kbConfig } = await loadSiteConfig();
import { loadVocabularyOrExit } from './lib/vocabulary-or-exit.ts';
import { findClosestMatch } from '../src/lib/closest-match.ts';
import { severities, titleMaxLength, type Severity } from '../src/lib/postmortem-schema.ts';
import { scaffoldDayProblem, scaffoldTitleProblem } from '../src/lib/scaffold-options.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { postmortemIdsOrExit } from './lib/postmortem-ids-or-exit.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { loadRecords, readRecordFile } from '../src/lib/draft/load.ts';
import { newFileWriteProblem, unreadFolderInContent } from './lib/output-folder.ts';
import { writeNewFile } from './lib/safe-write.ts';
import { parseJson, parseWindow, timeOptionRefusal, toUtc } from '../src/lib/draft/records.ts';
import { parseChatFlagConfig } from '../src/lib/draft/chat-flags.ts';
import { assembleDraft } from '../src/lib/draft/assemble.ts';
import { draftId } from '../src/lib/draft/render.ts';
import { finalizeDraft } from '../src/lib/draft/finalize.ts';
import { isCommandLineMistake } from '../src/lib/command-line-mistake.ts';

/** A record that cannot be read or parsed, a draft that does not pass the check, a failed write: status 1. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * A mistake on the command line (an option missing, a value refused, a file named that is not
 * there): status 2, as every other command gives (round 31; it was 1, so a script could not tell
 * "change the command" from "the export is broken").
 */
function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgsOnce({
    options: {
      title: { type: 'string' },
      chat: { type: 'string', multiple: true },
      pager: { type: 'string', multiple: true },
      alerts: { type: 'string', multiple: true },
      deploys: { type: 'string', multiple: true },
      'status-page': { type: 'string', multiple: true },
      window: { type: 'string' },
      severity: { type: 'string' },
      service: { type: 'string', multiple: true },
      team: { type: 'string', multiple: true },
      trigger: { type: 'string' },
      started: { type: 'string' },
      'chat-flags': { type: 'string' },
      date: { type: 'string' },
      slug: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }, { options: ['chat', 'pager', 'alerts', 'deploys', 'status-page', 'chat-flags', 'out'] });
} catch (error) {
  usage(`${(error as Error).message}\nRun npm run draft -- --help for the options.`);
}
const { values } = parsed;
if (values.help) {
  const header = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1);
  console.log(header.slice(0, header.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
if (!values.title?.trim()) usage('--title is required: what broke, where (e.g. --title "Checkout errors after a cache deploy").');

// The same refusals as npm run new: a line break, a hidden character, HTML, no letter or digit.
{
  const problem = scaffoldTitleProblem(values.title.trim());
  if (problem) usage(problem.replace(/ Nothing was written\.$/, ''));
}
if ([...values.title.trim()].length > titleMaxLength) usage(`--title is ${[...values.title.trim()].length.toLocaleString('en-US')} characters long; at most ${titleMaxLength} are allowed. Give what broke and where, in one line; the details go in the summary.`);
// A --slug over 60 characters was cut without a word; one of marks only became "incident".
const slugProblem = values.slug === undefined ? undefined : slugOptionProblem(values.slug);
if (slugProblem) usage(slugProblem);

const contentDir = resolveContentDir();
const vocabulary = loadVocabularyOrExit(contentDir);
// "Known: ." would send the author looking for a value that no file lists.
const emptyVocabulary = (kind: 'services' | 'teams' | 'triggers', what: string) =>
  `${what}: ${contentDir}/${kind}.yaml is missing or empty, so none can be named. A new content folder starts as a copy of content/ (docs/adopting.md); nothing was written.`;
const known = (kind: 'services' | 'teams' | 'triggers', value: string, flag: string): string => {
  const ids = [...vocabulary[kind].keys()];
  if (ids.includes(value)) return value;
  // The content folder's mistake, not the command line's.
  if (!ids.length) fail(emptyVocabulary(kind, `--${flag} "${value}"`));
  const suggestion = findClosestMatch(value, ids);
  usage(`--${flag} "${value}" is not in ${contentDir}/${kind}.yaml.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known: ${ids.join(', ')}.`);
};
const severity = values.severity?.toUpperCase();
if (severity && !(severities as readonly string[]).includes(severity)) usage(`--severity "${values.severity}" is not one of ${severities.join(', ')}.`);
const started = values.started === undefined ? undefined : toUtc(values.started);
if (values.started !== undefined && !started) usage(timeOptionRefusal('--started', values.started, '2026-11-20T10:00:00Z'));
const today = new Date().toISOString().slice(0, 10);
const drafted = values.date ?? today;
// Round 36: `--date 2026-02-30` passed this shape check and came back as "the assembled draft
// does not pass the check" about drafted, a field the author never wrote; 1969 and 2099 too.
const draftedProblem = scaffoldDayProblem(drafted) ?? (drafted > today ? `--date ${drafted} is after today (${today}): it is the day the draft is written. Nothing was written.` : undefined);
if (draftedProblem) usage(draftedProblem);

let readings;
try {
  const window = values.window ? parseWindow(values.window) : undefined;
  const flagsFile = values['chat-flags'];
  const flags = flagsFile ? parseChatFlagConfig(parseJson(readRecordFile(flagsFile, 'chat-flags'), flagsFile, 'the chat flags as a JSON object (docs/draft.md)'), flagsFile) : undefined;
  readings = loadRecords(
    { chat: values.chat, pager: values.pager, alerts: values.alerts, deploys: values.deploys, statusPage: values['status-page'] },
    { window, flags },
  );
} catch (error) {
  // A --window refused, a file named that is not there or is a folder: the command line's mistake.
  if (isCommandLineMistake(error)) usage(`${(error as Error).message}\nNothing was written.`);
  fail(`${(error as Error).message}\nNothing was written.`);
}
if (!readings.length) usage('Give at least one record: --chat, --pager, --alerts, --deploys or --status-page (see npm run draft -- --help).');

const draft = assembleDraft(
  readings,
  {
    title: values.title.trim(),
    severity: severity as Severity | undefined,
    services: values.service?.map((s) => known('services', s, 'service')),
    teams: values.team?.map((t) => known('teams', t, 'team')),
    trigger: values.trigger === undefined ? undefined : known('triggers', values.trigger, 'trigger'),
    started,
    drafted,
  },
  vocabulary,
);
if (!draft.severity) usage(`The records suggest no severity (no pager priority or urgency): give --severity (${severities.join(', ')}). Nothing was written.`);
if (!draft.services.length && !vocabulary.services.size) fail(emptyVocabulary('services', 'No record names a service'));
if (!draft.services.length) usage(`No record names a service from ${contentDir}/services.yaml: give --service (known: ${[...vocabulary.services.keys()].join(', ')}). Nothing was written.`);
if (!draft.trigger) usage(`The records cannot say what set the incident off: give --trigger (${[...vocabulary.triggers.keys()].join(', ')}). Nothing was written.`);
if (!draft.times.started) usage('No record carries a time: give --started (UTC, e.g. 2026-11-20T10:00:00Z). Nothing was written.');

const outDir = values.out ?? join(contentDir, 'postmortems');
const unread = unreadFolderInContent(outDir, contentDir);
if (unread) usage(`--out ${outDir}: ${unread}. Leave --out out, or give ${join(contentDir, 'postmortems')}; nothing was written.`);
const id = draftId(draft, values.slug);
const file = join(outDir, `${id}.mdx`);
const existingIds = postmortemIdsOrExit(join(contentDir, 'postmortems'));
if (!values['dry-run'] && (existsSync(file) || existingIds.has(id))) usage(`${relative(process.cwd(), file)} already exists (or another postmortem has the id "${id}"). Choose another --slug; nothing was written.`);

// The people found in the records join the list of names to flag: the draft may hold them only
// inside its <Internal> roster, so the check proves no name slipped into the timeline or elsewhere.
const people = [...kbConfig.redaction.people, ...draft.participants.map((p) => p.name)];
const check = (source: string) =>
  validatePostmortemSource(file, id, source, {
    vocabulary,
    knownIds: new Set([...existingIds, id]),
    contentDir,
    lint: { config: kbConfig.lint, asOf: kbConfig.asOf, people },
  }).findings;
const result = finalizeDraft(draft, check);
if (result.errors.length) fail(`The assembled draft does not pass the check; nothing was written:\n${formatFindingsText(result.errors, 1)}`);

const summary = [
  `${draft.timeline.length} timeline entries from ${readings.map((r) => r.source).filter((s, i, all) => all.indexOf(s) === i).join(', ')}`,
  `times: ${Object.keys(draft.times).join(', ') || 'none'}`,
  `severity ${draft.severity.value} (${draft.severity.from})`,
  `${draft.participants.length} people in the internal roster`,
  `${draft.checklist.length + (result.setAside.length ? 1 : 0)} checklist items`,
];
if (values['dry-run']) {
  process.stdout.write(result.source);
  console.error(`Dry run: would write ${relative(process.cwd(), file)} (${summary.join('; ')}).`);
  process.exit(0);
}
const writeProblem = (error: unknown) => `--out ${outDir}: ${newFileWriteProblem(error, file)}. Give the folder the draft goes in (default: the content folder's postmortems/); nothing was written.`;
try {
  mkdirSync(outDir, { recursive: true });
} catch (error) {
  // mkdir under a file printed Node's stack trace. A --out that cannot be made is the command
  // line's mistake (status 2, as import's and follow-ups' --out); the default folder's is not.
  if (values.out !== undefined) usage(writeProblem(error));
  fail(writeProblem(error));
}
try {
  writeNewFile(file, result.source);
} catch (error) {
  // A full disk, a read-only folder, a file another run wrote meanwhile: a failed write, status 1.
  fail(writeProblem(error));
}
console.log(`Created ${relative(process.cwd(), file)}: ${summary.join('; ')}.
${result.setAside.length ? `${result.setAside.length} chat message(s) were set aside for rewording (see the internal notes).\n` : ''}Next: work through "Still to fill" in the file, preview with \`npm run dev\`, check with \`npm run check -- ${relative(process.cwd(), file)}\`,
then open a pull request (see CONTRIBUTING.md).`);
