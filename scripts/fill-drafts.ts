#!/usr/bin/env node
// npm run fill -- [file|folder]... --set FIELD=VALUE... [--trigger-from-text] [--public] [--publish YYYY-MM-DD] [--vocabularies [--write]] [--dry-run]
// Fills facts of a whole batch into postmortems already written (default: every file under the content
// folder's postmortems/), where a file has none: what `npm run import -- --set` does while
// importing, for drafts imported before the batch's facts were decided (or already set to published).
// Nothing written is changed (but visibility: internal, by --public).
// --set severity=SEV-3, services=a,b, teams=a,b, tags=a,b, trigger=id, drafted=YYYY-MM-DD (checked
// against the vocabularies, as import's --set), and actionItems.status=open|in-progress|done|wont-do
// (each action item without a status: what the team knows of it today).
// --trigger-from-text sets each file's trigger, where it has none, from the failure mode its own
// text states ("an expired TLS certificate" is certificate), when the title and summary, or else the
// whole text, name exactly one trigger of triggers.yaml; with --set trigger=id too, that id fills
// the files whose text names none or several. Each trigger filled is printed with the words it was read from;
// the line above them says how many files already had one (the import suggests one from the same words): those are not read again.
// --public makes each file that is not public public, its public.title and public.summary its own
// title and summary: for reports the organisation already published (a blog's incident posts),
// whose wording is already the customers'. A file with a public: block, or no summary, is left as
// it is, and listed with why and the fix; files public already are counted. The redaction guard then reads them all: run npm run check (or npm run redact on them).
// --publish YYYY-MM-DD publishes, as recorded, each historical draft (historical: true, as the
// import writes them) that npm run check then passes with no error: status: published and
// published: that day. The others stay drafts and are listed with what they still lack.
// --vocabularies lists the services, tags and trigger categories the drafts point at that the
// vocabulary files lack (from each report's own metadata the import kept, and the failure modes
// the text states), as YAML entries to add; with --write, the tags and triggers are appended to
// tags.yaml and triggers.yaml (services need an owner and a tier: printed only).
// --dry-run writes nothing. See docs/adopting.md.
import { notPostmortemProblem } from '../src/lib/not-postmortem.ts';
import { readFileSync } from 'node:fs';
import { triggersReadHeading } from '../src/lib/adoption/triggers-read-heading.ts';
import { replaceFile, rewriteProblem } from './lib/safe-write.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded first so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { loadVocabularyOrExit } from './lib/vocabulary-or-exit.ts';
import { postmortemIdsOrExit } from './lib/postmortem-ids-or-exit.ts';
import { leadingCommentLines } from '../src/lib/slug.ts';
import { listPostmortemFiles, postmortemIdFromPath } from '../src/lib/content-files.ts';
import { BatchFactError, parseBatchFacts, type BatchFacts } from '../src/lib/import/batch-facts.ts';
import { fillDraft, leftToFillReason, parseActionItemStatus, withoutPublishedPremise, publishDraft, type DraftFill } from '../src/lib/fill-drafts.ts';
import { describedTrigger } from '../src/lib/described-trigger.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../src/lib/frontmatter-split.ts';
import { frontmatterValueLine, saysDraft } from '../src/lib/draft-source.ts';
import { proposeVocabulary, proposedYaml, type DraftForProposal } from '../src/lib/vocabulary-proposal.ts';
import { vocabularyFiles } from '../src/lib/vocabulary.ts';
import { dayOptionAdvice } from '../src/lib/instant-advice.ts';
import { dayBeforeEarliestProblem } from '../src/lib/earliest-day.ts';
import { isIsoDay } from '../src/lib/as-of.ts';
import { shownFromWorkingFolder } from '../src/lib/shown-path.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    set: { type: 'string', multiple: true },
    publish: { type: 'string' },
    'dry-run': { type: 'boolean' },
    vocabularies: { type: 'boolean' },
    'trigger-from-text': { type: 'boolean' },
    public: { type: 'boolean' },
    write: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
}, { positionals: true });
// --write alone wrote nothing and said nothing: it belongs to --vocabularies.
if (values.write && !values.vocabularies) {
  console.error('--write appends the entries --vocabularies proposes: give both (npm run fill -- --vocabularies --write). Nothing was written.');
  process.exit(2);
}
// Round 38: `--vocabularies --write --dry-run` wrote nothing and ended "run again with --write",
// which was given: the two ask opposite things.
if (values.write && values['dry-run']) {
  console.error('--write appends the proposed entries to the vocabularies and --dry-run writes nothing: give one of them (--vocabularies alone lists the entries without writing). Nothing was written.');
  process.exit(2);
}
if (values.help) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  process.exit(0);
}
// Nothing to fill (`npm run fill`, or `npm run fill -- reports/`) printed the usage on stdout, no
// word of what was missing (bad input round 18; import, follow-ups and redact said it in round 17).
if (!values.set?.length && !values.publish && !values.vocabularies && !values['trigger-from-text'] && !values.public) {
  console.error(`npm run fill needs what to fill in${positionals.length ? ` ${positionals.join(' ')}` : ''}: give --set FIELD=VALUE (e.g. --set severity=SEV-3), --publish YYYY-MM-DD, --public, --trigger-from-text or --vocabularies. npm run fill -- --help lists the options.`);
  process.exit(2);
}

const contentDir = resolveContentDir();
const vocabulary = loadVocabularyOrExit(contentDir);
const today = new Date().toISOString().slice(0, 10);
const shownContent = shownFromWorkingFolder(contentDir);

// actionItems.status is this command's own; the other fields are import's --set, with its checks and messages.
const problems: string[] = [];
const fill: DraftFill = {};
const importFields: string[] = [];
for (const option of values.set ?? []) {
  const match = /^\s*actionItems?\.status\s*=(.*)$/i.exec(option);
  if (!match) {
    importFields.push(option);
    continue;
  }
  const status = parseActionItemStatus(match[1]);
  if (typeof status === 'object') problems.push(`--set ${option}: ${status.problem}`);
  else fill.actionItemStatus = status;
}
try {
  Object.assign(fill, parseBatchFacts(importFields, vocabulary, today, shownContent) satisfies BatchFacts);
} catch (error) {
  if (!(error instanceof BatchFactError)) throw error;
  // import's list of fields does not name the one this command adds.
  problems.push(...error.problems.map((problem) => problem.replace(/--set fills ([^.]*)\.$/, '--set fills $1, actionItems.status.')));
}
if (values.public) fill.makePublic = true;
const publishDay = values.publish;
if (publishDay !== undefined) {
  const problem = !isIsoDay(publishDay) ? `--publish ${publishDay}: not a day; write the publication day as YYYY-MM-DD, e.g. --publish ${today}.${dayOptionAdvice(publishDay, (day) => `--publish ${day}`)}`
    : publishDay > today ? `--publish ${publishDay}: is after today (${today}); the publication day is the day they are published.`
    : dayBeforeEarliestProblem(publishDay, `--publish ${publishDay}`);
  if (problem) problems.push(problem);
}
if (problems.length) {
  console.error(`${problems.join('\n')}\nNothing was written.`);
  process.exit(2);
}

const postmortemsDir = join(contentDir, 'postmortems');
const named = positionals.length ? positionals : [postmortemsDir];
const files: string[] = [];
for (const path of named) {
  if (!existsSync(path)) {
    console.error(`${path}: no such file or folder. Name drafts or the folder holding them (default ${shownFromWorkingFolder(postmortemsDir)}); nothing was written.`);
    process.exit(2);
  }
  const found = statSync(path).isDirectory() ? listPostmortemFiles(path).map((name) => join(path, name)) : [path];
  // A folder named by mistake (the reports, not the drafts) was "0 file(s): 0 would be changed", status 0 (bad input round 17).
  if (!found.length) {
    console.error(`${path}: holds no postmortem (.mdx or .md file). Name drafts or the folder holding them (default ${shownFromWorkingFolder(postmortemsDir)}); nothing was written.`);
    process.exit(2);
  }
  const notPostmortem = found.length === 1 && found[0] === path ? notPostmortemProblem(path, path, shownFromWorkingFolder(postmortemsDir)) : undefined;
  if (notPostmortem) {
    console.error(`${notPostmortem.message} ${notPostmortem.fix.replace(/^./, (c) => c.toUpperCase())} Nothing was written.`);
    process.exit(2);
  }
  for (const file of found) exitOnBlockingFile(file, shownFromWorkingFolder(file), 'Name drafts or the folder holding them; nothing was written.');
  files.push(...found);
}
const knownIds = postmortemIdsOrExit(postmortemsDir);

if (values.vocabularies) {
  const drafts: DraftForProposal[] = files.map((file) => {
    const split = splitFrontmatter(readFileSync(file, 'utf8'));
    let data: Record<string, unknown> = {};
    try {
      data = (parseYaml(split.yaml) as Record<string, unknown>) ?? {};
    } catch {
      // A frontmatter that does not parse: its body is still read; npm run check says the rest.
    }
    const ids = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    return {
      text: `${String(data.title ?? '')}\n${String(data.summary ?? '')}\n${split.body}`, body: split.body, title: typeof data.title === 'string' ? data.title : undefined, hasTrigger: typeof data.trigger === 'string' && data.trigger !== '',
      uses: { services: ids(data.services), tags: ids(data.tags), trigger: typeof data.trigger === 'string' ? data.trigger : undefined },
    };
  });
  const proposal = proposeVocabulary(drafts, vocabulary);
  const total = proposal.services.length + proposal.tags.length + proposal.triggers.length;
  const single = proposal.single.services + proposal.single.tags + proposal.single.triggers;
  console.log(`${files.length} file(s) read: ${total ? `${proposal.services.length} service(s), ${proposal.tags.length} tag(s) and ${proposal.triggers.length} trigger(s) they point at are not in the vocabularies.` : 'nothing they point at (in two drafts or more) is missing from the vocabularies.'}${single ? ` Not listed: ${single} named by one draft only (${proposal.single.services} services, ${proposal.single.tags} tags, ${proposal.single.triggers} triggers).` : ''}`);
  for (const kind of ['triggers', 'tags', 'services'] as const) {
    if (!proposal[kind].length) continue;
    const file = shownFromWorkingFolder(join(contentDir, vocabularyFiles[kind]));
    const write = values.write && kind !== 'services' && !values['dry-run'];
    console.log(`\n${write ? `Appended to ${file}` : `For ${file}`}${kind === 'services' ? ' (each needs its owner team and tier: fill them in, keep the ones that are services of yours)' : ' (keep the ones you mean to use, delete the rest)'}:\n`);
    const yaml = proposedYaml(kind, proposal[kind]);
    console.log(yaml.trimEnd());
    if (write) appendFileSync(join(contentDir, vocabularyFiles[kind]), `${readFileSync(join(contentDir, vocabularyFiles[kind]), 'utf8').endsWith('\n') ? '' : '\n'}${yaml}`);
  }
  if (total) console.log(`\n${values.write && !values['dry-run'] ? 'Review them (git diff), then' : 'Add the entries you want (or run again with --write for tags and triggers), then'} import again or set them with npm run fill -- --set …; npm run check says whether the files read.`);
  if (!values.set?.length && !publishDay && !values['trigger-from-text'] && !values.public) process.exit(0);
}

const counts = new Map<string, number>();
const left: { file: string; errors: string[] }[] = [];
const triggersRead: string[] = [];
/** Files --trigger-from-text left alone, since they had a trigger (the import's suggestion, or one set by hand). */
let triggersAlreadySet = 0;
/** Internal files --public left internal, each with why and the fix. */
const notMadePublic: string[] = [];
const triggersUndecided: { file: string; candidates: string[] }[] = [];
const knownTriggers = new Set(vocabulary.triggers.keys());
let changed = 0;
let published = 0;
let unreadable = 0;
/** Files --public found public already: said, so a run that changed nothing does not read as a failure. */
let alreadyPublic = 0;
for (const file of files.sort()) {
  const shown = shownFromWorkingFolder(file);
  const source = readFileSync(file, 'utf8');
  let fileFill = fill;
  if (values['trigger-from-text']) {
    const split = splitFrontmatter(source);
    let data: Record<string, unknown> = {};
    try {
      data = (parseYaml(split.yaml) as Record<string, unknown>) ?? {};
    } catch {
      // Left to fillDraft, which says the frontmatter is not valid YAML.
    }
    if (typeof data.trigger !== 'string' || data.trigger === '') {
      const described = describedTrigger(`${String(data.title ?? '')}\n${String(data.summary ?? '')}`, split.body, knownTriggers);
      if (!('candidates' in described)) {
        fileFill = { ...fill, trigger: described.trigger };
        triggersRead.push(`  ${shown}: trigger ${described.trigger}, from its ${described.from}: "${described.evidence}"`);
      } else if (!fill.trigger) triggersUndecided.push({ file: shown, candidates: described.candidates });
    } else triggersAlreadySet += 1;
  }
  const result = fillDraft(source, fileFill);
  if (result.skipped) {
    unreadable += 1;
    console.error(`${shown}: left alone: ${result.skipped}.`);
    continue;
  }
  if (result.notMadePublic) notMadePublic.push(`  ${shown}: ${result.notMadePublic}.`);
  // Filling adds no status or historical line: the file's own frontmatter says both.
  const frontmatter = splitFrontmatter(source).yaml;
  if (values.public && frontmatterValueLine('visibility', 'public').test(frontmatter)) alreadyPublic += 1;
  const isDraft = saysDraft(frontmatter);
  let text = result.text;
  for (const fact of result.filled) {
    const key = fact.replace(/\[\d+\]/, '[]');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // A file already set to published without its day (a team that set status by hand) gets the day.
  if (publishDay && !isDraft && frontmatterValueLine('status', 'published').test(frontmatter)) {
    const dated = publishDraft(text, publishDay);
    if (dated !== text) counts.set('published', (counts.get('published') ?? 0) + 1);
    text = dated;
  }
  if (publishDay && isDraft) {
    if (!frontmatterValueLine('historical', 'true').test(frontmatter)) {
      left.push({ file: shown, errors: ['not historical: true, so published only after its own review (set status: in-review, then published, by hand)'] });
    } else {
      const candidate = publishDraft(text, publishDay);
      const check = validatePostmortemSource(shown, postmortemIdFromPath(file), candidate, { vocabulary, knownIds, contentDir });
      const errors = check.findings.filter((f) => f.severity === 'error');
      if (errors.length) left.push({ file: shown, errors: errors.map((f) => f.message) });
      else {
        text = candidate;
        published += 1;
      }
    }
  }
  if (text === source) continue;
  changed += 1;
  if (values['dry-run']) continue;
  try {
    replaceFile(file, text);
  } catch (error) {
    console.error(`${rewriteProblem(shown, error)}${changed > 1 ? `; the ${changed - 1} file(s) before it were changed` : ', and no other was changed'}.`);
    process.exit(1);
  }
}

const factOrder = ['severity', 'visibility', 'public.title', 'public.summary', 'services', 'teams', 'tags', 'trigger', 'drafted', 'actionItems[].status', 'published'];
const filledWords = [...counts].sort((a, b) => factOrder.indexOf(a[0]) - factOrder.indexOf(b[0])).map(([fact, n]) => `${fact} in ${n}`).join(', ');
const verb = values['dry-run'] ? 'would be' : 'were';
console.log(`${files.length} file(s): ${changed} ${verb} changed${filledWords ? ` (filled: ${filledWords})` : ''}${unreadable ? `; ${unreadable} could not be read, left alone` : ''}.`);
if (publishDay) {
  console.log(`${published} historical draft(s) ${verb} published (status: published, published: ${publishDay}); ${left.length} stay drafts${left.length ? ', each with what it still lacks:' : '.'}`);
  // What the drafts left still lack, counted: the facts to decide next, most frequent first.
  const reasons = new Map<string, number>();
  for (const { file, errors } of left) {
    console.log(`  ${file}: ${errors.length} problem(s) keep it a draft: ${withoutPublishedPremise(errors[0])}${errors.length > 1 ? ` (and ${errors.length - 1} more: npm run check -- ${file})` : ''}`);
    for (const error of new Set(errors.map(leftToFillReason))) reasons.set(error, (reasons.get(error) ?? 0) + 1);
  }
  if (reasons.size) {
    console.log('Left to fill, by how many drafts lack it:');
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))) console.log(`  ${n}  ${reason}`);
  }
}
if (values['trigger-from-text']) {
  console.log(triggersReadHeading({ files: files.length - unreadable, read: triggersRead.length, alreadySet: triggersAlreadySet }));
  for (const line of triggersRead) console.log(line);
  if (triggersUndecided.length) {
    const several = triggersUndecided.filter((u) => u.candidates.length > 1);
    console.log(`${triggersUndecided.length} file(s) still without a trigger: ${triggersUndecided.length - several.length} state no failure mode with a trigger of ${shownFromWorkingFolder(join(contentDir, vocabularyFiles.triggers))}${several.length ? `, ${several.length} state several (decide which set it off)` : ''}:`);
    for (const { file, candidates } of triggersUndecided) console.log(`  ${file}${candidates.length ? `: ${candidates.join(' or ')}` : ''}`);
    console.log('Set those by hand, or add --set trigger=<id> for the ones whose text names none.');
  }
}
if (values.public && counts.get('visibility')) console.log(`${counts.get('visibility')} file(s) ${verb} made public, with their own title and summary as the customers' wording: npm run check now reads them with the redaction guard (npm run redact -- FILE… applies its fixes; docs/redaction.md).`);
if (alreadyPublic) console.log(`${alreadyPublic} file(s) ${verb === 'would be' ? 'are' : 'were'} public already: left as written, their own public wording kept.`);
if (notMadePublic.length) {
  console.log(`${notMadePublic.length} file(s) not made public by --public (they stay internal), each with why and the fix:`);
  for (const line of notMadePublic) console.log(line);
}
if (values['dry-run']) console.log('Dry run: nothing was written.');
else if (changed) console.log(`Review the change with git diff -- ${shownFromWorkingFolder(postmortemsDir)}; then npm run check.`);
