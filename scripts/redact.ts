#!/usr/bin/env node
// npm run redact -- FILE... [--dry-run] [--review] [--rename]
// Applies the redaction guard's suggested fixes to public postmortems, for the author to review.
import './lib/compile-regexps-at-once.ts'; // first: before any other module runs an expression
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { replaceFile, rewriteProblem } from './lib/safe-write.ts';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './lib/command-line.ts';
import { dirname, join, relative, resolve } from 'node:path';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { publicBodyParses, scanPostmortemForPublication } from '../src/lib/publication-scan.ts';
import { PublicVariantError } from '../src/lib/strip-internal.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import type { Postmortem } from '../src/lib/postmortem-schema.ts';
import { applyRedactionFixesThatParse } from '../src/lib/publication/apply-fixes-parsing.ts';
import { redactionOptions } from './lib/redaction-check.ts';
import { guessOrganisationName, namesGuessedOrganisation, withOrganisationProposal } from '../src/lib/organisation-name-guess.ts';
import { exitAfterOutput } from './lib/exit-after-output.ts';
import { homedir, tmpdir } from 'node:os';
import { machineFolderProblem } from '../src/lib/named-folders.ts';
import { findNamesInFileName, proposedFileName } from '../src/lib/publication/file-name.ts';
import { redactionFindingText } from '../src/lib/redaction-guard.ts';
import { escapeRegExp } from '../src/lib/regexp.ts';
import { listPostmortemsFolder } from '../src/lib/content-files.ts';
import { scanViewOf } from '../src/lib/publication/draft-scan-view.ts';
import { postStandInLanguage } from '../src/lib/publication/post-stand-in-language.ts';
import { firstScansWithCarriedFindings } from './lib/redact-carried-hosts.ts';
import { corpusLinkRewriter, hiddenPostLinkFindings } from './lib/hidden-post-links.ts';
import { shownFromWorkingFolder } from '../src/lib/shown-path.ts';
import { headingsForEachSiteNote } from '../src/lib/publication/heading-variants.ts';
import { heldScriptSummary } from '../src/lib/publication/held-script-runs.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, review: { type: 'boolean' }, rename: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
}, { positionals: true });
// Without a file the usage came out with status 2 and no word of what was missing (bad input round 17).
if (!values.help && !positionals.length) {
  console.error('npm run redact needs the public postmortems to fix: give their files, e.g. npm run redact -- content/postmortems/<id>.mdx (npm run redact -- --help lists the options).');
  process.exit(2);
}
if (values.help) {
  console.log(`Usage: npm run redact -- FILE... [--dry-run] [--review] [--rename]

Applies the suggested fixes of the redaction guard (npm run check) to each public postmortem named
(visibility: public; other posts are left as they are, since nothing of them is published):
a person's name becomes a role ("an engineer"; in an .mdx body the name is kept for the internal
site, <Internal>Name</Internal><PublicOnly>an engineer</PublicOnly>), or, in code of an .mdx body,
where no role can stand, the code is wrapped in <Internal>…</Internal>; an internal name in an .mdx body is wrapped
in <Internal>…</Internal> (its whole code span, link or code block); in frontmatter and .md bodies
it becomes a generic phrase ("an internal system"). A service's id or name whose service has a
publicName gets that name for customers (<PublicOnly>Product search</PublicOnly> beside it). A heading of an .mdx
body that names one becomes a heading for each site: <Internal> over the heading as written, then <PublicOnly> over
the heading with the public words, each block on lines of its own. A fix that would leave a body that does not
parse is left for you, and the post's other fixes are still applied. Review the result with git diff: a role may need
rewording, and something meant to be public gets an allow marker instead (docs/redaction.md).

  --dry-run   print the changes without writing the files
  --review    also apply the fixes of findings that only need review (warnings)
  --rename    also rename the files whose names say what the public site must not, as listed
              at the end (a service id becomes its public name, another name is dropped); a file
              another post links to, or whose new name is taken, is left for you; the fixes
              the old name held back are then applied to the renamed post`);
  process.exit(0);
}

const contentDir = resolveContentDir();
// `npm run redact -- /tmp` read every Markdown file below it before saying anything: refused, as in check.
for (const path of positionals) {
  const problem = machineFolderProblem(path, { home: homedir(), tmp: tmpdir() });
  if (problem) {
    console.error(`${problem.replace('to check, or give no file to check every postmortem of the content folder', 'to redact')}\nNothing was changed.`);
    process.exit(2);
  }
}
const result = validateCorpus(contentDir, { onlyFiles: positionals.map((file) => relative(process.cwd(), resolve(file))) });
if (!result.vocabulary) {
  console.error(result.findings.map((f) => `${f.file}: ${f.message}`).join('\n'));
  process.exit(2);
}
const options = redactionOptions(result.vocabulary, result.postmortems, contentDir);
const servicePublicNames = new Map(options.fixGuidance?.servicePublicNames ?? []);
const knownIds = new Set(result.postmortems.map((postmortem) => postmortem.id));
const rewriteLink = corpusLinkRewriter(contentDir, result.postmortems, result.vocabulary);
// A file named that is not there or cannot be read: said, and the run fails.
// A vocabulary or a report named instead of a postmortem too (round 25: left out of the postmortems, it was status 0 and no word).
const unreadable = result.findings.filter((f) => f.severity === 'error' && /^corpus\/(?:missing-file|unreadable-file|content-folder|link-outside|not-postmortem)$/.test(f.rule));
for (const finding of unreadable) console.error(`${finding.file}: ${finding.message}${finding.rule === 'corpus/not-postmortem' && finding.fix ? ` Fix: ${finding.fix}` : ''}`);
let failed = unreadable.length > 0;
let changedAny = false;
/**
 * Posts that are not public, left as they are: nothing of them is published, and the fixes are
 * for the public site. Following the README, an adopter ran `npm run redact -- content/postmortems/*.mdx`
 * on 39 imported internal records: it rewrote 29 names in their frontmatter to "an internal
 * system" ("The an internal system lose the monitoring"), text the internal site then showed.
 */
const notPublic: string[] = [];
/** Public drafts redacted before their review facts were filled in. */
const lackingFacts: string[] = [];
/** Public posts whose file names say a name the public site must not, with the names. */
const toRename: { file: string; id: string; names: string[] }[] = [];
/** Public posts whose text fixes waited for the rename (the file name said the same name). */
const heldBack = new Set<string>();
/** The new paths of renamed posts whose text fixes waited for the rename. */
const renamedHeldBack: string[] = [];
// Every public post scanned first, together: a host one post shows with a sign (`off3:/var/log#`)
// is found in the others too, as npm run check finds it (redact-carried-hosts.ts).
const firstScans = firstScansWithCarriedFindings(result.postmortems.flatMap((pm) => {
  const data = scanViewOf(pm);
  return data?.visibility === 'public' ? [{ file: pm.file, source: pm.source, data }] : [];
}), options);
// The organisation's own name as the posts write it, when the settings do not name it: proposed,
// never replaced by a role (organisation-name-guess.ts; redact round 37).
const sourceOf = new Map(result.postmortems.map((pm) => [pm.file, pm.source]));
const organisationGuess = guessOrganisationName([...firstScans].map(([file, scan]) => ({ text: sourceOf.get(file) ?? '', findings: scan.findings })), options.fixGuidance?.organisation ?? '', options.people);
for (const pm of result.postmortems) {
  // A draft still lacking review facts is valid (check: warnings only) but has no complete data:
  // it was "not a valid postmortem; fix the errors npm run check shows first" with 0 errors to fix
  // (27 of an adoption's 39 imported records, and exit status 1).
  const facts = pm.data ?? pm.entryData;
  if (!facts) {
    // Its errors are said here: "fix the errors npm run check shows first" named none (README.md
    // given by mistake is no postmortem at all, bad input round 17).
    const errors = result.findings.filter((f) => f.file === pm.file && f.severity === 'error');
    console.error(`${pm.file}: not a valid postmortem, so nothing of it is redacted; fix ${errors.length === 1 ? 'this error' : `these ${errors.length} errors`} first (npm run check -- ${pm.file} shows the same):\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}${f.fix ? `\n    fix: ${f.fix}` : ''}`).join('\n')}`);
    failed = true;
    continue;
  }
  if (facts.visibility !== 'public') {
    notPublic.push(pm.file);
    continue;
  }
  // A public draft still lacking review facts is redacted as it reads: names are in its words, not
  // in the facts it lacks (it was refused, so the facts had to come first, against the documented order).
  if (!pm.data) lackingFacts.push(pm.file);
  // A fix can reveal what it hid (a name found only beside another name that is now a role), so
  // the post is scanned again after each round until nothing is left to change.
  let source = pm.source;
  let data: Postmortem | undefined = scanViewOf(pm);
  const applied: ReturnType<typeof applyRedactionFixesThatParse>['applied'] = [];
  let skipped: ReturnType<typeof applyRedactionFixesThatParse>['skipped'] = [];
  const isMdx = pm.file.endsWith('.mdx');
  // The phrases in the post's language where its lines do not tell theirs (generic-phrase-languages.ts).
  // The guard's reading first: report-language.ts knows no Portuguese or Italian (round 38).
  // Else the page's own words (adoption round 60, post-stand-in-language.ts).
  const language = postStandInLanguage(facts, pm.source);
  const parses = (text: string) => publicBodyParses(pm.file, text);
  // Why a finding was left the first time: a later round may report it at another column (an
  // <Internal> wrapped before it on its line is cut from the text it is found in), which hides the reason.
  const firstReasons = new Map<string, string>();
  const key = (f: { line: number; rule: string; message: string }) => `${f.line}\u0000${f.rule}\u0000${f.message}`;
  let broken = false;
  for (let round = 0; round < 5 && data; round++) {
    let findings;
    const first = round === 0 ? firstScans.get(pm.file) : undefined;
    try {
      ({ findings } = first ? { findings: [...first.findings, ...first.carried] } : scanPostmortemForPublication(pm.file, source, data, options));
    } catch (error) {
      if (!(error instanceof PublicVariantError)) throw error;
      // The body does not parse: as written (said as npm run check says it), or after a round of
      // fixes, which are then not written: a file the build cannot read is worse than a finding.
      if (round === 0) console.error(error.message);
      else console.error(`${pm.file}: the fixes would leave a body that does not parse (${error.message.replace(/^.*?: /, '')}); nothing was changed. Fix the findings npm run check shows by hand.`);
      broken = true;
      break;
    }
    const wanted = findings.filter((f) => (f.severity === 'error' || values.review) && !namesGuessedOrganisation(f, organisationGuess));
    const fixed = applyRedactionFixesThatParse(source, wanted, { isMdx, parses, servicePublicNames, language });
    for (const finding of findings) {
      if (!namesGuessedOrganisation(finding, organisationGuess)) continue;
      const proposal = withOrganisationProposal(finding, organisationGuess, options.fixGuidance?.organisation);
      fixed.skipped.push({ finding, reason: `the organisation's own name, as the posts write it: ${proposal.fix}` });
    }
    applied.push(...fixed.applied);
    for (const { finding, reason } of fixed.skipped) if (!firstReasons.has(key(finding))) firstReasons.set(key(finding), reason);
    skipped = fixed.skipped.map(({ finding, reason }) => ({ finding, reason: firstReasons.get(key(finding)) ?? reason }));
    if (!fixed.applied.length) break;
    source = fixed.source;
    const again = validatePostmortemSource(pm.file, pm.id, source, { vocabulary: result.vocabulary!, knownIds, contentDir, frontmatterOnly: true });
    data = scanViewOf(again);
  }
  if (broken) {
    failed = true;
    continue;
  }
  const fixed = { applied, skipped, source };
  const inFileName = [...new Set(skipped.filter(({ finding }) => finding.field === '(file name)').map(({ finding }) => redactionFindingText(finding).toLowerCase()))];
  if (inFileName.length) toRename.push({ file: pm.file, id: pm.id, names: inFileName });
  if (fixed.skipped.some(({ reason }) => reason.includes('rename the file first'))) heldBack.add(pm.file);
  for (const fix of fixed.applied) console.log(`${pm.file}:${fix.line}:${fix.column}  ${fix.rule}  ${JSON.stringify(fix.before)} -> ${JSON.stringify(fix.after)}`);
  for (const { finding, reason } of fixed.skipped) console.log(`${pm.file}:${finding.line}:${finding.column}  ${finding.rule}  not changed: ${reason}`);
  // A link the public build refuses (to a post customers do not see, written where the build does
  // not rewrite it) is no finding of the scan: "0 change(s), 0 left for you", then the build refused.
  // Every such link, each with its line and fix: only the first was said per run (redact round 36).
  const refusedLinks = hiddenPostLinkFindings(pm.file, fixed.source, rewriteLink);
  for (const refusedLink of refusedLinks) {
    console.log(`${pm.file}:${refusedLink.line}:${refusedLink.column}  ${refusedLink.rule}  not changed: ${refusedLink.message}; the public build refuses the post. ${refusedLink.fix ? `Fix: ${refusedLink.fix}` : ''}`.trimEnd());
    failed = true;
  }
  if (!values['dry-run'] && fixed.applied.length) {
    try {
      replaceFile(pm.file, fixed.source);
    } catch (error) {
      console.error(`${rewriteProblem(pm.file, error)}${changedAny ? '; the files before it were changed (git diff shows them)' : ''}.`);
      process.exit(1);
    }
    changedAny = true;
  }
  // A heading written for each site is said once, in words (adoption round 63): the change lines show it as escaped markup.
  const headings = headingsForEachSiteNote(pm.file, fixed.applied.map((fix) => fix.after));
  if (headings) console.log(headings);
  const heldScripts = heldScriptSummary(pm.file, fixed.skipped.map(({ reason }) => reason));
  if (heldScripts) console.log(heldScripts);
  console.log(`${pm.file}: ${fixed.applied.length} change(s)${values['dry-run'] ? ' (dry run, not written)' : ''}, ${fixed.skipped.length + refusedLinks.length} left for you.`);
}
if (notPublic.length) {
  const shown = notPublic.slice(0, 3).join(', ') + (notPublic.length > 3 ? ` and ${notPublic.length - 3} more` : '');
  console.log(`${notPublic.length} post(s) not public, left as they are (${shown}): nothing of them is published, and the internal site keeps their names. To publish one, set visibility: public with public.title and public.summary, then run npm run redact on it.`);
}
if (lackingFacts.length) {
  const shown = lackingFacts.slice(0, 3).join(', ') + (lackingFacts.length > 3 ? ` and ${lackingFacts.length - 3} more` : '');
  console.log(`${lackingFacts.length} public draft(s) still lack review facts (${shown}): redacted as they read, as npm run check reads them; it scans them again once the facts are filled in (what you write then is read by the guard too).`);
}
if (toRename.length) {
  // The file name is the post's public address: its fix is a rename, which the text fixes above
  // cannot make. Listed together, so that a batch of posts is one step, not one `git mv` at a time.
  const publicNameOf = new Map([...result.vocabulary.services.values()].flatMap((service) => (service.publicName ? [[service.id.toLowerCase(), service.publicName] as const] : [])));
  const postmortemsDir = join(contentDir, 'postmortems');
  // Every post of the folder and its text, read once before any rename.
  const everyPost = new Map(listPostmortemsFolder(postmortemsDir).postmortems.map((path) => join(postmortemsDir, path)).map((path) => [resolve(path), readFileSync(path, 'utf8')] as const));
  const taken = new Set([...knownIds, ...[...everyPost.keys()].map((path) => path.split(/[\\/]/).pop()!.replace(/\.mdx?$/, ''))]);
  console.log(`\n${toRename.length} public post(s) whose file name says what the public site must not (the name is the post's address on the public site):`);
  for (const { file, id, names } of toRename) {
    const proposal = proposedFileName(id, names, publicNameOf);
    const stillSaid = proposal && !taken.has(proposal) ? findNamesInFileName(proposal, options) : [];
    // Fail closed: a proposal the guard still finds a name in, or one already taken, is no proposal.
    const refused = !proposal ? 'nothing but the day would be left: name the file yourself'
      : taken.has(proposal) ? `"${proposal}" is taken: name the file yourself`
        : stillSaid.length ? `"${proposal}" still says ${stillSaid.map((f) => `"${f.text}"`).join(', ')}: name the file yourself`
          : undefined;
    if (refused) {
      console.log(`  ${file}: says ${names.map((n) => `"${n}"`).join(', ')}; ${refused}.`);
      continue;
    }
    const target = join(dirname(file), `${proposal}${file.slice(file.lastIndexOf('.'))}`);
    taken.add(proposal!);
    // Every post of the folder, not only those named: `related:` and links name posts by id.
    const mentions = new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`);
    const linkedFrom = [...everyPost].filter(([other, text]) => other !== resolve(file) && mentions.test(text)).map(([other]) => shownFromWorkingFolder(other));
    if (values.rename && !values['dry-run'] && !linkedFrom.length && !existsSync(target)) {
      renameSync(file, target);
      console.log(`  renamed ${file} -> ${target} (it said ${names.map((n) => `"${n}"`).join(', ')})`);
      changedAny = true;
      if (heldBack.has(file)) renamedHeldBack.push(target);
      continue;
    }
    const why = linkedFrom.length ? `  # ${linkedFrom.length} post(s) link to "${id}" (${linkedFrom.slice(0, 3).join(', ')}${linkedFrom.length > 3 ? ', …' : ''}): rename, then change those links` : `  # says ${names.map((n) => `"${n}"`).join(', ')}`;
    console.log(`  git mv ${file} ${target}${why}`);
  }
  if (!values.rename) console.log('Run the git mv lines above, or npm run redact -- --rename with the same files, to rename them all at once; the internal address of each post changes too.');
}
if (renamedHeldBack.length) {
  // The fixes held back until the rename ("rename the file first, then run npm run redact
  // again"): an adopter ran --rename and then had to find the new names to run it a second time.
  console.log(`\nThe fixes held back until the rename, applied to the renamed post(s) now:`);
  const again = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...(values.review ? ['--review'] : []), ...renamedHeldBack], { stdio: 'inherit' });
  if (again.status !== 0) failed = true;
}
if (changedAny) console.log('Review the changes with git diff before committing.');
await exitAfterOutput(failed ? 1 : 0);
