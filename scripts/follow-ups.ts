#!/usr/bin/env node
// npm run follow-ups -- export --to github|jira|linear [--out DIR] [--repo OWNER/NAME] [--postmortem ID]... [--dry-run]
// npm run follow-ups -- sync FILE [--dry-run] [--jira-url URL] [--linear-workspace SLUG]
// export: writes what creates one ticket per open follow-up not yet linked to a ticket (GitHub: a
//   REST API JSON batch and a `gh issue create` script; Jira, Linear: their CSV import), each
//   ticket marked with postmortem-kb:<postmortem>#<item> and linking back. Default DIR: follow-ups-export.
// sync: reads a tracker export (gh issue list --json ..., Jira CSV, Linear CSV) and sets each
//   matched action item's status, owner team, due day and link in its postmortem's frontmatter,
//   touching nothing else; prints every change and every ticket it could not match. See docs/follow-ups.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { outputWriteProblem, replaceFile, rewriteProblem } from './lib/safe-write.ts';
import { decodeExportedText } from '../src/lib/exported-text.ts';
import { join, relative } from 'node:path';
import { parseArgsOnce } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir, siteConfig } = await loadSiteConfig();
import { filesNotRead, validateCorpus } from '../src/lib/validate-corpus.ts';
import { blockingFileKind } from '../src/lib/content-files.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { flattenActionItems } from '../src/lib/follow-ups.ts';
import { exportFollowUps, selectExportable, trackers, type Tracker } from '../src/lib/tracker/export.ts';
import { readTrackerExport } from '../src/lib/tracker/import.ts';
import { foreignFollowUpsOption, jiraUrlOptionProblem, linearWorkspaceOptionProblem, repoOptionProblem } from '../src/lib/tracker/options.ts';
import { planSync, type FieldChange } from '../src/lib/tracker/sync.ts';
import { editFrontmatter } from '../src/lib/tracker/frontmatter-edit.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { exportFolderInsideContent } from './lib/output-folder.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A mistake on the command line (an option, a command word, the file named): status 2, as every other command gives (bad input round 31; it was 1). */
function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgsOnce({
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string' },
      repo: { type: 'string' },
      postmortem: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      'jira-url': { type: 'string' },
      'linear-workspace': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }, { options: ['out'], positionals: { from: 1 } });
} catch (error) {
  usage(`${(error as Error).message}\nRun npm run follow-ups -- --help for the options.`);
}
const { values, positionals } = parsed;
const [command, ...rest] = positionals;
// Without a command the usage came out on stdout with status 1 and no word of what was missing (bad input round 17).
if (!values.help && !command) usage('npm run follow-ups needs a command: export (tickets for the open follow-ups: npm run follow-ups -- export --to github) or sync FILE (a tracker export read back into the postmortems). npm run follow-ups -- --help lists the options.');
if (values.help) {
  const header = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1);
  console.log(header.slice(0, header.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

// Values that end up in what is written, checked before the content is read.
const optionProblem = foreignFollowUpsOption(command, values) ?? (command === 'export'
  ? ((trackers as readonly string[]).includes(values.to ?? '') ? repoOptionProblem(values.repo, values.to!) : undefined)
  : jiraUrlOptionProblem(values['jira-url']) ?? linearWorkspaceOptionProblem(values['linear-workspace']));
if (optionProblem) usage(optionProblem);

const contentDir = resolveContentDir();
const corpus = validateCorpus(contentDir, { frontmatterOnly: true });
// A content folder that is not there (KB_CONTENT_DIR pointing at a file) exported "0 follow-up(s)" with status 0.
if (!corpus.vocabulary) fail(corpus.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`).join('\n'));
const valid = corpus.postmortems.filter((p) => p.data);
const invalid = corpus.postmortems.filter((p) => !p.data);
if (invalid.length) // An imported draft without its severity or services yet has no data either, while npm run check
// only warns on it: "do not pass the schema" alone sent its reader to a check with 0 errors.
console.error(`Left out ${invalid.length} postmortem(s) that do not pass the schema, or are drafts with facts still to fill (npm run check lists what each lacks): ${invalid.map((p) => p.file).join(', ')}`);
for (const notRead of filesNotRead(corpus)) console.error(`Left out ${notRead.file}: ${notRead.message}`);

if (command === 'export') {
  const tracker = values.to as Tracker;
  if (!(trackers as readonly string[]).includes(tracker)) usage(`--to must be one of ${trackers.join(', ')}${values.to ? `, not "${values.to}"` : ''}.`);
  const wanted = values.postmortem ? new Set(values.postmortem) : undefined;
  if (wanted) for (const id of wanted) if (!valid.some((p) => p.id === id)) usage(`--postmortem "${id}" is not a valid postmortem id in ${contentDir}/postmortems.`);
  const items = flattenActionItems(valid.filter((p) => !wanted || wanted.has(p.id)).map((p) => ({ id: p.id, data: p.data! })));
  const selection = selectExportable(items);
  const outDir = values.out ?? 'follow-ups-export';
  const files = exportFollowUps(selection.export, tracker, { siteUrl: siteConfig.siteUrl, repo: values.repo });
  const insideContent = exportFolderInsideContent(outDir, contentDir);
  if (insideContent) usage(`--out ${outDir}: ${insideContent}. Give a folder outside it for the export files (default follow-ups-export/); nothing was written.`);
  if (!values['dry-run']) {
    try {
      mkdirSync(outDir, { recursive: true });
      for (const file of files) writeFileSync(join(outDir, file.name), file.content, file.name.endsWith('.sh') ? { mode: 0o755 } : undefined);
    } catch (error) {
      usage(`--out ${outDir}: ${outputWriteProblem(error)}. Give a folder for the export files (default follow-ups-export/).`);
    }
  }
  console.log(`${values['dry-run'] ? 'Would write' : 'Wrote'} ${files.map((f) => join(outDir, f.name)).join(', ')}: ${selection.export.length} follow-up(s) to create in ${tracker}.`);
  console.log(`Left out: ${selection.alreadyLinked.length} open item(s) already linked to a ticket, ${selection.closed.length} done or won't-do.`);
  process.exit(0);
}

if (command !== 'sync') usage(`Unknown command "${command}": use export or sync (npm run follow-ups -- --help).`);
const [file] = rest;
if (!file) usage('sync needs the tracker export: npm run follow-ups -- sync issues.json');
// A named pipe would be read until a writer closes it: the command waited for good.
const special = blockingFileKind(file);
if (special) usage(`${file}: is ${special}, not a file. Give the tracker export (GitHub issues JSON, Jira or Linear CSV).`);
let exported;
try {
  const text = decodeExportedText(readFileSync(file));
  // An empty file was "none of: gh issue list JSON, a Jira CSV export, …", as if of another kind.
  if (!text.trim()) fail(`${file}: is empty. Export the tickets again (gh issue list --json …, or the tracker's CSV export) and give that file.`);
  exported = readTrackerExport(text, file, { jiraUrl: values['jira-url'], linearWorkspace: values['linear-workspace'] });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') usage(`${file}: no such file. Give the tracker export (GitHub issues JSON, Jira or Linear CSV).`);
  if (code === 'EISDIR') usage(`${file}: is a folder. Give the tracker export file (GitHub issues JSON, Jira or Linear CSV).`);
  // The reader's own messages may not name the file ("line 2: a quoted field ..."): say which.
  const message = (error as Error).message;
  fail(message.startsWith(file) ? message : `${file}: ${message}`);
}
const plan = planSync(
  valid.map((p) => ({ id: p.id, file: p.file, actionItems: p.data!.actionItems })),
  exported,
  corpus.vocabulary?.teams ?? new Map(),
);
if (exported.tracker !== 'github' && exported.tickets.some((t) => !t.url)) {
  plan.notes.push(exported.tracker === 'jira' ? 'The Jira CSV has no issue URLs: give --jira-url https://your-site.atlassian.net to set links.' : 'The Linear CSV has no issue URLs: give --linear-workspace <slug> to set links.');
}

const byFile = new Map<string, FieldChange[]>();
for (const change of plan.changes) byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);
const failed: string[] = [];
for (const [path, changes] of byFile) {
  const pm = valid.find((p) => p.file === path)!;
  let edited: string;
  try {
    edited = editFrontmatter(pm.source, changes.map((c) => ({ path: ['actionItems', c.itemIndex, c.field], value: c.to })), path);
  } catch (error) {
    failed.push((error as Error).message);
    continue;
  }
  const errors = validatePostmortemSource(path, pm.id, edited, { vocabulary: corpus.vocabulary!, knownIds: new Set(valid.map((p) => p.id)), contentDir, frontmatterOnly: true }).findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    failed.push(`${path}: the synced values would make it invalid, so it was not changed:\n${formatFindingsText(errors, 1)}`);
    continue;
  }
  if (values['dry-run']) continue;
  try {
    replaceFile(path, edited);
  } catch (error) {
    failed.push(`${rewriteProblem(path, error)}.`);
  }
}

const verb = values['dry-run'] ? 'would change' : 'changed';
console.log(`${exported.tracker} export ${relative(process.cwd(), file) || file}: ${exported.tickets.length} ticket(s), ${plan.matched.length} matched to action items.`);
for (const c of plan.changes) console.log(`  ${c.file}  ${c.itemId}  ${c.field}: ${c.from ?? '(none)'} -> ${c.to}  (${c.ticket})  ${failed.some((f) => f.startsWith(c.file)) ? 'NOT WRITTEN' : verb}`);
if (!plan.changes.length) console.log('  Nothing to change: every matched item already says what its ticket says.');
if (plan.unmatched.length) {
  console.log(`Not matched (${plan.unmatched.length}):`);
  for (const u of plan.unmatched) console.log(`  ${u.ticket} "${u.title}": ${u.reason}`);
}
if (plan.notes.length) {
  console.log('Notes:');
  for (const note of plan.notes) console.log(`  ${note}`);
}
if (failed.length) fail(`Not written:\n${failed.join('\n')}`);
