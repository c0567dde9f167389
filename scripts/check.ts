#!/usr/bin/env node
// npm run check [--format text|json|github] [files...]
// Fast validation of postmortems without building the site. Exit 1 when any error is found.
import './lib/compile-regexps-at-once.ts'; // first: before any other module runs an expression
import { parseCommandLine } from './lib/command-line.ts';
import { lintRules } from '../src/lib/lint/index.ts';
import { formatFindingsText, formatGithubAnnotation, sortFindings } from '../src/lib/findings.ts';
import { batchGuidanceBoth, screenLines } from '../src/lib/batch-guidance.ts';
import { warningsByRule } from '../src/lib/warnings-by-rule.ts';
import { describedTrigger } from '../src/lib/described-trigger.ts';
import { splitFrontmatter } from '../src/lib/frontmatter-split.ts';
import { isMarkedPublic } from '../src/lib/predicates.ts';
import { formatSectionsLeftOut, templateSectionsLeftOut } from '../src/lib/template-sections-left-out.ts';
import { publicTextPieces } from '../src/lib/publication-scan.ts';
import { collectReviewTerms, formatReviewTerms } from '../src/lib/publication/review-report.ts';
import { exitAfterOutput } from './lib/exit-after-output.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machineFolderProblem } from '../src/lib/named-folders.ts';
import { checkOptionsProblem } from '../src/lib/check-options.ts';
import { isInsideFolder, listPostmortemsFolder } from '../src/lib/content-files.ts';

/** How many files below a folder outside the postmortems folder are said before they are checked. */
const manyFilesOutside = 200;
/** From how many files a check says how far it is, and every how many files. */
const progressFrom = 1000;
const progressEvery = 500;

// The configuration is validated when site.config.ts loads; a mistake there is a usage error (2).
const { kbConfig } = await loadSiteConfig();
const { redactionOptions } = await import('./lib/redaction-check.ts');
const { checkFindings, checkLintOptions } = await import('./lib/check-findings.ts');
const { scanPublicText } = await import('../src/lib/redaction-guard.ts');
const { publicSiteSettingFindings } = await import('../src/lib/public-site-settings.ts');

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
    rules: { type: 'boolean' },
    'no-lint': { type: 'boolean' },
    'public-report': { type: 'boolean' },
  },
}, { positionals: true });

const optionsProblem = checkOptionsProblem({ format: values.format ?? 'text', rules: values.rules, publicReport: values['public-report'] }, positionals);
if (optionsProblem) {
  console.error(optionsProblem);
  process.exit(2);
}

if (values.rules) {
  // --format json was passed over here: a tool asking for the rules as JSON got text.
  if (values.format === 'json') console.log(JSON.stringify(lintRules.map(({ id, level, description }) => ({ id, level, description })), null, 2));
  else if (values.format !== 'text') {
    console.error(`--rules lists the rules as text or json; --format "${values.format}" does not apply to it.`);
    process.exit(2);
  } else for (const rule of lintRules) console.log(`${rule.id}  (default: ${rule.level})\n    ${rule.description}`);
  process.exit(0);
}

if (values.help) {
  console.log(`Usage: npm run check -- [--format text|json|github] [--rules] [--no-lint] [--public-report] [file ...]

Validates every postmortem under ${kbConfig.contentDir}/postmortems (or only the files named),
printing file:line:column, severity, rule id and message for each problem.
Lint rules (blameless language, action items, completeness, timing, consistency) run on
valid files; set each to error, warning or off in lint.rules of site.config.ts. --rules lists them
(alone: it checks no file, so with files or --public-report it is refused).
Posts with visibility: public also get the redaction guard of the public build (redact/* rules).
Names of people to flag go in redaction.people of site.config.ts.
--public-report lists, per public post, every proper noun, identifier and code span customers will
read that is not known to be public (publicName in services.yaml, publicNames in site.config.ts),
for the reviewer of a public post (docs/redaction.md).
--no-lint checks the schema, vocabularies and MDX only. KB_AS_OF=YYYY-MM-DD fixes "today".
Exit code 1 when there is at least one error.`);
  process.exit(0);
}

const contentDir = kbConfig.contentDir;
// `npm run check -- /tmp` read every Markdown file below it; `/` did not end. Refused before anything is read.
for (const path of positionals) {
  const problem = machineFolderProblem(path, { home: homedir(), tmp: tmpdir() });
  if (problem) {
    console.error(`${problem}\nNothing was checked.`);
    process.exit(2);
  }
}
// A large folder outside the postmortems folder is read file by file, as named: said first, since
// it takes a while and the files may not be the ones meant.
for (const path of positionals) {
  if (!existsSync(path) || !statSync(path).isDirectory() || isInsideFolder(resolve(path), resolve(contentDir, 'postmortems'))) continue;
  const count = listPostmortemsFolder(path).postmortems.length;
  if (count >= manyFilesOutside) console.error(`Checking ${count.toLocaleString('en-US')} .md and .mdx files below ${path}, outside ${join(contentDir, 'postmortems')}: each is read as a postmortem; this takes a while.`);
}
let lint;
try {
  lint = values['no-lint'] ? undefined : checkLintOptions(kbConfig, contentDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// A large folder (the corpora's 4,946 files took three minutes) printed nothing until the end:
// a line on stderr every 500 files says how far it is and how long the rest may take, so a
// folder named by mistake is seen and stopped early. stdout, and so --format json, is unchanged.
const started = Date.now();
const onProgress = (done: number, total: number) => {
  if (total < progressFrom || done % progressEvery !== 0 || done === total) return;
  const seconds = (Date.now() - started) / 1000;
  console.error(`Checked ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files in ${Math.round(seconds)} s; about ${Math.round((seconds / done) * (total - done))} s to go (Ctrl-C stops).`);
};
const { validation: result, guardOptions, redaction, findings: fileFindings } = checkFindings(contentDir, { onlyFiles: positionals.length ? positionals : undefined, lint, onProgress });
// The public site's title and address are on every public page: a name the guard stops on there
// stopped the public build on every page, said at the setting once (whole-folder checks only).
const siteSettings = guardOptions && !positionals.length
  ? publicSiteSettingFindings(kbConfig.sites.public, (text) => scanPublicText('site.config.ts', text, guardOptions).findings, existsSync('site.config.ts') ? readFileSync('site.config.ts', 'utf8') : '')
  : [];
const findings = sortFindings([...fileFindings, ...siteSettings]);

if (values['public-report'] && result.vocabulary) {
  const options = redactionOptions(result.vocabulary, result.postmortems, contentDir);
  // One-word vocabulary names the guard leaves alone (they read as English): listed for review.
  const internalWords = [...new Set((options.internalNames ?? []).filter((name) => /^\p{L}+$/u.test(name)).map((name) => name.toLowerCase()))]
    .filter((word) => !(options.publicNames ?? []).some((p) => p.toLowerCase() === word));
  const reports: string[] = [];
  for (const pm of result.postmortems) {
    if (!pm.data || pm.data.visibility !== 'public') continue;
    let pieces;
    try {
      pieces = publicTextPieces(pm.file, pm.source, pm.data);
    } catch {
      continue; // an unsafe source is already an error above
    }
    const own = redaction.filter((f) => f.file === pm.file);
    const counts = { errors: own.filter((f) => f.severity === 'error').length, warnings: own.filter((f) => f.severity === 'warning').length };
    reports.push(formatReviewTerms(pm.file, collectReviewTerms(pieces, options.publicNames ?? [], internalWords), counts));
  }
  console.log(`${reports.join('\n\n')}\n`);
}
const fileCount = result.postmortems.length;
const errors = findings.filter((f) => f.severity === 'error').length;
// Sections of a public post the public page leaves out by their template title ("Owner:",
// "Notes to the owner"): a note, not a finding, since the cut is meant; said so the author knows.
const leftOut = result.postmortems.filter((pm) => pm.data && isMarkedPublic(pm.data)).flatMap((pm) => templateSectionsLeftOut(pm.file, pm.source));

if (values.format === 'json') {
  console.log(JSON.stringify({ files: fileCount, errors, warnings: findings.length - errors, findings, notes: leftOut }, null, 2));
} else if (values.format === 'github') {
  for (const f of findings) console.log(formatGithubAnnotation(f));
  console.log(`${fileCount} files checked: ${errors} errors, ${findings.length - errors} warnings`);
} else if (values.format === 'text') {
  // Many files lacking the same fact: the one command that fills it everywhere, after the summary.
  // A file lacking its trigger that states one in its own words: --trigger-from-text sets it.
  const sources = new Map(result.postmortems.map((pm) => [pm.file, pm]));
  const knownTriggers = new Set(result.vocabulary?.triggers.keys() ?? []);
  const statesTrigger = (file: string) => {
    const pm = sources.get(file);
    const data = (pm?.data ?? pm?.entryData) as { title?: string; summary?: string } | undefined;
    if (!pm) return false;
    return !('candidates' in describedTrigger(`${data?.title ?? ''}\n${data?.summary ?? ''}`, splitFrontmatter(pm.source).body, knownTriggers));
  };
  const text = formatFindingsText(findings, fileCount);
  // A list longer than a screen opens with what clears most of it (the facts many files lack),
  // said again in full at the end: the team importing 242 reports read 18 files' own warnings first.
  const guidance = batchGuidanceBoth(findings, statesTrigger);
  const lead = text.split('\n').length > screenLines ? guidance.lead : undefined;
  if (lead) console.log(`${lead}\n`);
  console.log(text);
  for (const line of warningsByRule(findings)) console.log(line);
  for (const line of formatSectionsLeftOut(leftOut)) console.log(line);
  for (const line of guidance.lines) console.log(line);
} else {
  console.error(`Unknown --format "${values.format}". Use text, json or github.`);
  process.exit(2);
}
await exitAfterOutput(errors ? 1 : 0);
