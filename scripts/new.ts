#!/usr/bin/env node
// npm run new -- --title "..." --severity SEV-2 --service checkout-api [--service ...]
//   [--team checkout] [--trigger configuration] [--started 2025-03-14T09:02:00Z (any zone: +01:00; stored in UTC)]
//   [--visibility internal|public] [--date YYYY-MM-DD] [--slug text]
// Scaffolds content/postmortems/<date>-<slug>.mdx from templates/postmortem.mdx, valid as a draft.
// Asks for missing values when run in a terminal; never overwrites an existing file.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { newFileWriteProblem } from './lib/output-folder.ts';
import { writeNewFile } from './lib/safe-write.ts';
import { join, relative, resolve } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { createInterface } from 'node:readline/promises';
import { promptLine } from './lib/prompt-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { loadVocabularyOrExit } from './lib/vocabulary-or-exit.ts';
import { findClosestMatch } from '../src/lib/closest-match.ts';
import { isRealInstant, severities, titleMaxLength, utcInstant, visibilities } from '../src/lib/postmortem-schema.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { postmortemIdsOrExit } from './lib/postmortem-ids-or-exit.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { leadingCommentLines, slugFromTitle, slugOptionProblem } from '../src/lib/slug.ts';
import { instantAdvice } from '../src/lib/instant-advice.ts';
import { scaffoldDateProblem, scaffoldDayProblem, scaffoldSeverityProblem, scaffoldTitleProblem } from '../src/lib/scaffold-options.ts';

const { values } = parseCommandLine({
  options: {
    title: { type: 'string' },
    severity: { type: 'string' },
    service: { type: 'string', multiple: true },
    team: { type: 'string', multiple: true },
    trigger: { type: 'string' },
    started: { type: 'string' },
    visibility: { type: 'string' },
    date: { type: 'string' },
    slug: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  process.exit(0);
}

const contentDir = resolveContentDir();
const vocabulary = loadVocabularyOrExit(contentDir);
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** The input ended at a prompt, the template gave an invalid file, a write failed: status 1. */
function fail(message: string): never {
  prompt?.close();
  console.error(message);
  process.exit(1);
}

/**
 * A mistake in the values given (an option missing, a value refused, a name taken): status 2, as
 * every other command gives (round 31; it was 1). A value typed at a prompt is said the same way.
 */
function usage(message: string): never {
  prompt?.close();
  console.error(message);
  process.exit(2);
}

async function ask(label: string, current: string | undefined, fallback: string): Promise<string> {
  if (current !== undefined) return current;
  if (!prompt) return fallback;
  const answer = (await promptLine(prompt, `${label} [${fallback}]: `))?.trim();
  if (answer === undefined) {
    fail(`\nThe input ended at the prompt "${label}" (Ctrl+D, or the terminal closed): nothing was written. Run npm run new again, or give the values as options (--title "what broke, where" --service <id> …; npm run new -- --help lists them).`);
  }
  return answer || fallback;
}

/** A value from a vocabulary, or a clear error with the closest known value. */
function known(kind: 'services' | 'teams' | 'triggers', value: string, flag: string): string {
  const ids = [...vocabulary[kind].keys()];
  if (ids.includes(value)) return value;
  // "Known: ." would send the author looking for a value that no file lists.
  // The content folder's mistake, not the command line's.
  if (!ids.length) fail(`--${flag} "${value}": ${contentDir}/${kind}.yaml is missing or empty, so no ${flag} can be named. A new content folder starts as a copy of content/ (docs/adopting.md); nothing was written.`);
  const suggestion = findClosestMatch(value, ids);
  usage(`--${flag} "${value}" is not in ${contentDir}/${kind}.yaml.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known: ${ids.join(', ')}.`);
}

// Outside a terminal nothing can be asked: a run without --title wrote "Untitled incident" on the
// first service of services.yaml, with status 0, a postmortem of an incident no one named.
if (!prompt) {
  const missing = [values.title === undefined && '--title "what broke, where"', values.service === undefined && '--service <id from services.yaml>'].filter(Boolean);
  if (missing.length) usage(`npm run new is not running in a terminal, so it cannot ask for ${missing.length === 1 ? 'a value' : 'values'}: give ${missing.join(' and ')}. Nothing was written.`);
}
const now = new Date();
const title = await ask('Title (what broke, where)', values.title, 'Untitled incident');
// A blank title was written and refused by the schema as "The template produced an invalid file".
if (!title.trim()) usage('--title is empty: give what broke and where, in one line, e.g. --title "Checkout errors after a config push"; nothing was written.');
const titleProblem = scaffoldTitleProblem(title);
if (titleProblem) usage(titleProblem);
if ([...title].length > titleMaxLength) usage(`--title is ${[...title].length.toLocaleString('en-US')} characters long; at most ${titleMaxLength} are allowed. Give what broke and where, in one line; the details go in the summary.`);
const severityWritten = await ask(`Severity (${severities.join(', ')})`, values.severity, 'SEV-3');
const severityProblem = scaffoldSeverityProblem(severityWritten);
if (severityProblem) usage(severityProblem);
const severity = severityWritten.trim().toUpperCase();
const firstService = [...vocabulary.services.keys()][0];
// A service or team given twice (`--service a --service a`, or "a, a" when asked) is listed once:
// written twice, the schema refused the file as "The template produced an invalid file".
// `--service checkout-api,payments-api` (round 18) was one unknown service "did you mean
// checkout-api?": the ids are split at commas, as when asked and as `npm run fill -- --set services=a,b`.
const services = [...new Set((values.service?.flatMap((value) => value.split(',')) ?? (await ask('Affected services (comma-separated ids)', undefined, firstService ?? '')).split(','))
  .map((s) => s.trim()).filter(Boolean).map((s) => known('services', s, 'service')))];
if (!services.length) usage('Name at least one affected service with --service (ids from services.yaml).');
const teams = [...new Set((values.team?.flatMap((value) => value.split(',')).filter((t) => t.trim()) ?? [vocabulary.services.get(services[0])!.owner]).map((t) => known('teams', t.trim(), 'team')))];
const trigger = known('triggers', await ask(`Trigger (${[...vocabulary.triggers.keys()].join(', ')})`, values.trigger, [...vocabulary.triggers.keys()][0] ?? ''), 'trigger');
const startedText = await ask('Started (UTC, e.g. 2025-03-14T09:02:00Z)', values.started, now.toISOString().slice(0, 16) + ':00Z');
// Any zone the schema takes (stored as UTC, as the schema stores it): npm run draft and a
// hand-written postmortem take `+01:00` too.
if (!isRealInstant(startedText)) {
  const advice = instantAdvice(startedText, isRealInstant);
  usage(`--started "${startedText}" is not an ISO-8601 time with its zone, such as 2025-03-14T09:02:00Z or 2025-03-14T10:02:00+01:00.${advice ? ` ${advice}` : ''}`);
}
const started = new Date(utcInstant(startedText));
// A mistyped year (2062 for 2026) was refused as "the template produced an invalid file" about
// drafted, a field the author did not give. A UTC time may be tomorrow already: a day of grace.
// Year 0 or 1969 (bad input round 32) was "the template produced an invalid file", status 1, about
// a line of a file the author never saw: the schema takes no incident before 1970.
if (started.getTime() <= 0) usage(`--started "${startedText}" is ${started.getTime() === 0 ? 'exactly 1970-01-01T00:00:00Z, the zero of computer clocks' : 'before 1970'}: a postmortem tells an incident its team has had. Check the year; nothing was written.`);
if (started.getTime() > now.getTime() + 86_400_000) usage(`--started "${startedText}" is after today (${now.toISOString().slice(0, 10)}): check the year and the day; nothing was written.`);
const visibility = await ask('Visibility (internal, public)', values.visibility, 'internal');
if (!(visibilities as readonly string[]).includes(visibility)) usage(`--visibility "${visibility}" must be internal or public.`);
const date = values.date ?? started.toISOString().slice(0, 10);
const dayProblem = scaffoldDayProblem(date);
if (dayProblem) usage(dayProblem);
const dateProblem = scaffoldDateProblem(date, started, values.started !== undefined);
if (dateProblem) usage(dateProblem);
prompt?.close();

// A --slug with no letter or digit ("!!!", an emoji) was replaced by "incident" without a word.
// One of more than 60 characters was cut to 60 without a word.
const slugProblem = values.slug === undefined ? undefined : slugOptionProblem(values.slug);
if (slugProblem) usage(slugProblem);
const slug = slugFromTitle(values.slug ?? title);
const id = `${date}-${slug}`;
const postmortemsDir = join(contentDir, 'postmortems');
const file = join(postmortemsDir, `${id}.mdx`);
const existingIds = postmortemIdsOrExit(postmortemsDir);
if (existsSync(file) || existingIds.has(id)) usage(`${relative(process.cwd(), file)} already exists (or another file has the id "${id}"). Choose another --slug; nothing was written.`);

const yamlString = (text: string) => JSON.stringify(text);
const template = readFileSync(resolve(import.meta.dirname, '../templates/postmortem.mdx'), 'utf8');
const source = template
  .replaceAll('"{{title}}"', yamlString(title))
  .replaceAll('{{severity}}', severity)
  .replaceAll('{{visibility}}', visibility)
  .replaceAll('{{services}}', services.join(', '))
  .replaceAll('{{teams}}', teams.join(', '))
  .replaceAll('{{trigger}}', trigger)
  .replaceAll('{{started}}', started.toISOString().replace('.000Z', 'Z'))
  .replaceAll('{{drafted}}', now.toISOString().slice(0, 10))
  .replaceAll('{{publicBlock}}', visibility === 'public'
    ? 'public:\n  title: "TODO: customer-facing title, no internal names"\n  summary: "TODO: 2-3 sentences for customers: what they saw, for how long, what we changed."\n'
    : '');

// The scaffold must be valid as a draft: check it before writing anything.
const check = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([...existingIds, id]), contentDir });
const errors = check.findings.filter((f) => f.severity === 'error');
if (errors.length) fail(`The template produced an invalid file; nothing was written:\n${formatFindingsText(errors, 1)}`);

try {
  mkdirSync(postmortemsDir, { recursive: true });
  writeNewFile(file, source);
} catch (error) {
  // Node's stack trace (EEXIST) when another `npm run new` wrote the file while this one waited at its prompts.
  fail(`${relative(process.cwd(), postmortemsDir)}: ${newFileWriteProblem(error, file)}; nothing was written.`);
}
console.log(`Created ${relative(process.cwd(), file)}
Next: fill in the TODOs, preview with \`npm run dev\` (drafts show there), check with \`npm run check -- ${relative(process.cwd(), file)}\`,
then set status: in-review and open a pull request (see CONTRIBUTING.md).`);
