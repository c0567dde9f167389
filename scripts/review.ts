#!/usr/bin/env node
// npm run review -- FILE [--format md|json] [--codeowners PATH]
// The review checklist of one postmortem, filled from its data, and who must approve it.
import { parseArgsOnce } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir, kbConfig } = await loadSiteConfig();
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { loadComplianceConfig } from '../src/lib/compliance-config.ts';
import { resolveAsOfInstant } from '../src/lib/as-of.ts';
import { codeownersLocations, codeownersProblems, parseCodeowners } from '../src/lib/codeowners.ts';
import { buildReviewReport, formatReviewMarkdown } from '../src/lib/review-checklist.ts';
import { redactionOptions, scanSourcesForPublication } from './lib/redaction-check.ts';
import { exitAfterOutput } from './lib/exit-after-output.ts';

function readArguments() {
  try {
    return parseArgsOnce({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'md' },
        codeowners: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }, { options: ['codeowners'], positionals: true });
  } catch (error) {
    console.error(`${(error as Error).message} (npm run review -- --help lists the options)`);
    process.exit(2);
  }
}
const { values, positionals } = readArguments();

// Two files printed the usage alone, and no file the same, neither saying what was wrong.
if (!values.help && positionals.length !== 1) {
  console.error(positionals.length
    ? `npm run review takes one postmortem; ${positionals.length} were given (${positionals.join(', ')}). Review each on its own, or check them all with npm run check -- ${positionals.join(' ')}.`
    : `npm run review needs the postmortem to review: npm run review -- ${join(resolveContentDir(), 'postmortems', '<id>.mdx')}.`);
  console.error('Run it with --help to see its options.');
  process.exit(2);
}
if (values.help) {
  console.log(`Usage: npm run review -- FILE [--format md|json] [--codeowners PATH] [--strict]

The review checklist for one postmortem, filled from its data: what is done, what is missing
before it can be published (and blocks it), what only a reviewer can judge, and which reviewers
must approve: the owning team of each affected service (services.yaml owner -> teams.yaml
handle) and the CODEOWNERS of the file (${codeownersLocations.join(', ')}, or --codeowners).
A reviewer counts as approved once its handle is in the postmortem's reviewers list.

--format md    Markdown, for a terminal or a pull request (default)
--format json  the same as JSON
--strict       exit code 1 unless the postmortem is ready to publish
KB_AS_OF=YYYY-MM-DD fixes "today" for the timing checks.`);
  process.exit(values.help ? 0 : 2);
}
if (values.format !== 'md' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}". Use md or json.`);
  process.exit(2);
}

const file = positionals[0];
if (!existsSync(file)) {
  // The path without its extension (an id pasted after the folder) named no file to give instead (bad input round 17).
  const meant = ['.mdx', '.md'].map((extension) => `${file}${extension}`).find((path) => existsSync(path));
  console.error(meant ? `${file}: no such file, but ${meant} is there: give the file's whole name, npm run review -- ${meant}.` : `${file}: no such file. Give the path of a postmortem, e.g. ${join(resolveContentDir(), 'postmortems', '<id>.mdx')}.`);
  process.exit(2);
}
if (statSync(file).isDirectory()) {
  console.error(`${file}: is a folder. Give the path of one postmortem, e.g. ${join(file, '<id>.mdx')}; npm run check -- ${file} checks a whole folder.`);
  process.exit(2);
}
let repositoryRoot = process.cwd();
try {
  repositoryRoot = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: resolve(file, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  // Not in a git repository: CODEOWNERS paths are taken relative to the working directory.
}
const codeownersFile = values.codeowners ?? codeownersLocations.map((p) => join(repositoryRoot, p)).find((p) => existsSync(p));
if (values.codeowners && (!existsSync(values.codeowners) || statSync(values.codeowners).isDirectory())) {
  console.error(`--codeowners ${values.codeowners}: ${existsSync(values.codeowners) ? 'is a folder' : 'no such file'}. Give the CODEOWNERS file, or leave the option out to use ${codeownersLocations.join(', ')}.`);
  process.exit(2);
}
if (values.codeowners) exitOnBlockingFile(values.codeowners, `--codeowners ${values.codeowners}`, `Give the CODEOWNERS file, or leave the option out to use ${codeownersLocations.join(', ')}.`);
const codeownersText = codeownersFile ? readFileSync(codeownersFile, 'utf8') : '';
// A CODEOWNERS file the review cannot read right would name the wrong approvers (a merge
// conflict's last side, "checkout" and "team" for `checkout team`): said, and no checklist.
const codeownersMistakes = codeownersProblems(codeownersText);
if (codeownersMistakes.length) {
  console.error(`${relative(process.cwd(), codeownersFile!) || codeownersFile}: the approvers it names cannot be read:\n${codeownersMistakes.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(2);
}
const codeowners = parseCodeowners(codeownersText);

// The regimes of compliance.yaml, read as npm run check reads them: a file that does not parse
// stops the review (it printed a checklist and exited 0 while check failed), and the
// notification deadlines are those of the file, not the built-in GDPR one only.
let notificationRegimes;
try {
  notificationRegimes = loadComplianceConfig(resolveContentDir()).regimes;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const result = validateCorpus(resolveContentDir(), { onlyFiles: [relative(process.cwd(), resolve(file))], lint: { config: kbConfig.lint, asOf: kbConfig.asOf, people: kbConfig.redaction.people, asOfInstant: resolveAsOfInstant(), notificationRegimes } });
const postmortem = result.postmortems[0];
if (!postmortem?.data || !result.vocabulary) {
  const errors = result.findings.filter((f) => f.severity === 'error');
  // A draft still being filled in (an import, say) validates, but has no facts to review yet.
  const toFill = errors.length ? [] : result.findings.filter((f) => f.rule === 'draft/fill-before-review');
  console.error(toFill.length
    ? `${file} is a draft with facts still to fill, so its review checklist cannot be filled yet. Fill these first:`
    : `${file} does not validate, so its checklist cannot be filled. Fix these first (npm run check -- ${file}):`);
  for (const f of errors.length ? errors : toFill) console.error(`  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);
  // Never returns; `throw` tells the type checker so, as process.exit's `never` did.
  throw await exitAfterOutput(1);
}
const redaction = scanSourcesForPublication([postmortem], redactionOptions(result.vocabulary), (data) => data.visibility === 'public').findings;
const report = buildReviewReport({
  file: relative(repositoryRoot, resolve(file)).split('\\').join('/'),
  data: postmortem.data,
  tree: postmortem.tree,
  findings: [...result.findings, ...redaction].filter((f) => f.file === postmortem.file),
  vocabulary: result.vocabulary,
  codeowners,
});
if (values.format === 'json') console.log(JSON.stringify(report, null, 2));
else process.stdout.write(formatReviewMarkdown(report));
await exitAfterOutput(values.strict && !report.readyToPublish ? 1 : 0);
