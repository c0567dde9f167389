import { expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';
import { repositoryRoot as root, runScript } from '../support/run-script.ts';

// The cases are independent (each refusal reads fixtures, each command that writes gets its own
// temporary folder), so they run concurrently: most of a case's time is Node starting the command.
const run = (script: string, ...args: string[]) => runScript(script, args);

// Each mistake is one line saying what is wrong, with status 2 for the command line's (or 1 for a
// file read that is wrong), never a stack trace or a run on NaN.
test.concurrent.each([
  [['bench.ts', '--count', 'abc'], 2, /^--count must be a whole number from 1 to 100,000; got "abc"\.\n$/],
  [['bench.ts', '--count', '99999999999'], 2, /^--count must be a whole number from 1 to 100,000; got "99999999999"\.\n$/],
  [['bench.ts', '--runs', '0'], 2, /^--runs must be a whole number from 1 to 100; got "0"\.\n$/],
  [['bench.ts', '--format', 'txt'], 2, /^--format must be mdx or md; got "txt"\.\n$/],
  [['generate-json-schema.ts', '--chek'], 2, /^Unknown option '--chek'/],
  [['measure-redaction.ts', '/nonexistent-folder'], 2, /^\/nonexistent-folder: no such folder\./],
  [['follow-ups.ts', 'sync', '/nonexistent-export.json'], 2, /^\/nonexistent-export\.json: no such file\. Give the tracker export/],
  [['import.ts', 'test/fixtures/good-input', '--out', join(root, 'package.json')], 2, /^--out .*package\.json: is a file, not a folder\. Give the folder the drafts go in/],
  [['review.ts', 'test/fixtures/good-input/postmortems/2025-07-08-checkout-config.mdx', '--codeowners', '/nonexistent-codeowners'], 2, /^--codeowners \/nonexistent-codeowners: no such file\. Give the CODEOWNERS file/],
  [['eval-search.ts', '--queries', join(root, 'package.json')], 2, /^--queries .*package\.json: must be a list of \{"query"/],
  [['eval-search.ts', '--queries', join(root, 'README.md')], 2, /^--queries .*README\.md: is not valid JSON: line 1, column 1 \(`# Postmortem knowledge base`\): "#" cannot stand there/],
  [['eval-search.ts', '--tfidf', '--bm25'], 2, /^--tfidf and --bm25 each rank the queries another way; give one of them \(one run per ranking\)\.\n$/],
  [['eval-search-pools.ts', '/nonexistent-pools.json', '--baseline', '--bm25'], 2, /^--baseline and --bm25 each rank the queries another way; give one of them/],
  [['eval-search-pools.ts', '/nonexistent-pools.json'], 2, /^.*nonexistent-pools\.json: cannot read a list of pools \(.*\)\. Give a JSON file holding \[\{"name", "content", "queries"\}\]\.\n$/],
  [['eval-search-pools.ts', join(root, 'package.json')], 2, /^.*package\.json: every entry needs "name" \(text\), "queries" \(a file\) and "content" \(a folder, or null for the site's\)\.\n$/],
  [['eval-search.ts', '--content', '/nonexistent-content'], 1, /^\/nonexistent-content:1:1  corpus\/content-folder  \/nonexistent-content does not exist: .*\n    fix: .*\n\/nonexistent-content has 1 error\(s\); fix them/],
  [['follow-ups.ts', 'export', '--to', 'github', '--out', join(root, 'package.json')], 2, /^--out .*package\.json: is a file, or inside one, not a folder\. Give a folder for the export files/],
  [['evidence.ts', '--from', '2024-01-01', '--to', '2024-02-01', '--out', join(root, 'package.json')], 2, /^--out .*package\.json: is a file, or inside one, not a folder\. Give a folder for the evidence pack\.\n$/],
  [['draft.ts', '--title', 'z'.repeat(250), '--alerts', 'test/fixtures/draft/alertmanager-webhooks.ndjson'], 2, /^--title is 250 characters long; at most 200 are allowed\./],
  // A value of only spaces is refused for every option by the shared parser (bad input round 22).
  [['new.ts', '--title', '   ', '--severity', 'SEV-2', '--service', 'checkout-api'], 2, /--title is given only spaces \(a shell variable that is not set\?\); give the value/],
  [['new.ts', '--title', '', '--severity', 'SEV-2', '--service', 'checkout-api'], 2, /--title is given an empty value/],
  [['follow-ups.ts', 'export', '--to', 'github', '--repo', 'notarepo', '--dry-run'], 2, /^--repo "notarepo" is not a GitHub repository: write OWNER\/NAME/],
  [['follow-ups.ts', 'sync', 'test/fixtures/tracker/linear-export.csv', '--linear-workspace', 'my team', '--dry-run'], 2, /^--linear-workspace "my team" is not a workspace key/],
  [['follow-ups.ts', 'export', '--to', 'jira', '--out', 'content/exports'], 2, /^--out content\/exports: it is inside the content folder \(.*\)\. Give a folder outside it for the export files.*nothing was written\.\n$/],
  [['evidence.ts', '--from', '2024-01-01', '--to', '2024-02-01', '--out', 'content'], 2, /^--out .*\/content: it is the content folder \(.*\)\. Give a folder outside it for the evidence pack/],
  [['draft.ts', '--title', 'x', '--severity', 'SEV-2', '--trigger', 'configuration', '--service', 'checkout-api', '--alerts', 'test/fixtures/draft/alertmanager-webhooks.ndjson', '--out', 'package.json/drafts'], 2, /^--out package\.json\/drafts: is a file, or inside one, not a folder\. Give the folder the draft goes in .*nothing was written\.\n$/],
  [['draft.ts', '--title', 'x', '--alerts', 'test/fixtures/draft'], 2, /^--alerts test\/fixtures\/draft: is a folder\. Give the file inside it that --alerts reads/],
  [['draft.ts', '--title', 'x', '--pager', '/nonexistent-pager.json'], 2, /^--pager \/nonexistent-pager\.json: no such file\. Give the file --pager reads/],
  [['draft.ts', '--title', 'x', '--severity', 'SEV-2', '--trigger', 'configuration', '--service', 'checkout-api', '--alerts', 'test/fixtures/draft/alertmanager-webhooks.ndjson', '--chat-flags', 'README.md'], 1, /^README\.md is not valid JSON: line 1, column 1 \(.*\); expected the chat flags as a JSON object/],
  [['draft.ts', '--title', 'x', '--severity', 'SEV-2', '--trigger', 'configuration', '--service', 'checkout-api', '--alerts', 'test/fixtures/draft/alertmanager-webhooks.ndjson', '--out', 'content'], 2, /^--out content: it is in the content folder \(.*\) but not in its postmortems\/ folder, where postmortems are read from\. Leave --out out/],
  [['import.ts', 'test/fixtures/import/reports/checkout-latency-cet.md', '--out', 'content'], 2, /^--out content: it is in the content folder \(.*\) but not in its postmortems\/ folder/],
  [['new.ts', '--title', 'x', '--severity', 'SEV-2', '--service', 'checkout-api', '--started', '2999-01-01T00:00:00Z'], 2, /^--started "2999-01-01T00:00:00Z" is after today \(\d{4}-\d{2}-\d{2}\): check the year and the day; nothing was written\.\n$/],
  // Round 4: a run without a terminal cannot ask, so it does not invent the title and service.
  [['new.ts'], 2, /^npm run new is not running in a terminal, so it cannot ask for values: give --title "what broke, where" and --service <id from services\.yaml>\. Nothing was written\.\n$/],
  // An option of one value given twice kept the last without a word.
  [['check.ts', '--format', 'json', '--format', 'text'], 2, /^--format is given twice \("json", then "text"\); give it once, with the value you mean\.\n/],
  [['digest.ts', '--since', '2025-01-01', '--since', '2025-02-01'], 2, /^--since is given twice \("2025-01-01", then "2025-02-01"\); give it once/],
  [['new.ts', '--title', 'x', '--service', 'checkout-api', '--title', 'y'], 2, /^--title is given twice \("x", then "y"\)/],
  // An unset shell variable: check "" checked every Markdown file of the project, import --out "" wrote into the working folder.
  [['check.ts', ''], 2, /^argument 1 is empty \(a shell variable that is not set\?\); give a file or folder, or leave it out\.\n/],
  [['import.ts', 'test/fixtures/import/reports/checkout-latency-cet.md', '--out', '', '--dry-run'], 2, /^--out is given an empty value \(a shell variable that is not set\?\); give the value, or leave the option out\.\n/],
  [['new.ts', '--title', 'x', '--service', 'checkout-api', '--slug', '🔥!'], 2, /^--slug "🔥!" has no letter or digit to make a file name of: .*nothing was written\.\n$/],
  // An output folder that cannot be written (/sys is read-only, even for root) printed mkdir's stack trace.
  [['import.ts', 'test/fixtures/import/reports/checkout-latency-cet.md', '--out', '/sys/kb-import-test'], 2, /^--out \/sys\/kb-import-test: cannot be written: [^\n]*\(E[A-Z]+\)[^\n]*\. Give a folder the drafts can be written to; nothing was written\.\n$/],
  [['build.ts', '--out', '/sys/kb-build-test'], 2, /^Not building into \/sys\/kb-build-test: the folder it is in, \/sys, cannot be written \(E[A-Z]+\)\.\nChoose a folder you can write/],
  // Drafts written into the folder being imported were read as reports by the next run.
  [['import.ts', 'test/fixtures/import/reports', '--out', 'test/fixtures/import/reports', '--dry-run'], 2, /^--out test\/fixtures\/import\/reports: is test\/fixtures\/import\/reports, the folder being imported, so the drafts would be mixed with the reports and read as reports by the next import of it\. Give --out another folder \(a folder inside it works: test\/fixtures\/import\/reports\/drafts\), or leave it out; nothing was written\.\n$/],
  [['new.ts', '--title', 'x', '--service', 'checkout-api', '--started', '2025-07-08 09:49 PST'], 2, /^--started "2025-07-08 09:49 PST" is not an ISO-8601 time with its zone, .* Write 2025-07-08T09:49:00-08:00 if .*, or 2025-07-08T09:49:00-07:00 if it is the local time of America\/Los_Angeles, whose clocks were at -07:00 on 2025-07-08 .*\n$/],
  [['build.ts', '--out', join(root, 'package.json', 'site')], 2, /^Not building into .*package\.json\/site: its parent .*package\.json is a file, so the folder cannot be made\./],
] as const)('%j', async (args, status, message) => {
  const result = await run(...(args as unknown as [string, ...string[]]));
  expect(result.status).toBe(status);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test.concurrent('eval:search refuses a queries file expecting an id no published postmortem has, instead of scoring the typo as a miss', async () => {
  const queries = join(mkdtempSync(join(tmpdir(), 'kb-queries-')), 'queries.json');
  writeFileSync(queries, JSON.stringify([{ query: 'users cannot sign in', kind: 'symptom', expect: ['2023-01-24-login-bcrypt-cost-cpux'] }]));
  const result = await run('eval-search.ts', '--queries', queries);
  expect(result.status).toBe(2);
  expect(result.stderr).toBe(`--queries ${queries}: query 1 ("users cannot sign in") expects "2023-01-24-login-bcrypt-cost-cpux", which is no postmortem, so it could never be found. Did you mean "2023-01-24-login-bcrypt-cost-cpu"? Fix the id, or give --content the folder it is in.\n`);
});

test.concurrent('a folder given to follow-ups sync is named as a folder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-sync-'));
  const result = await run('follow-ups.ts', 'sync', folder);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(`${folder}: is a folder.`);
});

// Every script, so a new one cannot ship without it (bench-similarity said "Unknown option
// '--help'. Run the command with --help to see its options.", and screenshot took it for a folder).
const scripts = readdirSync(join(root, 'scripts')).filter((name) => name.endsWith('.ts')).sort();
test.concurrent('every command is asked for its --help below', () => expect(scripts).toEqual(expect.arrayContaining(['build.ts', 'check.ts', 'import.ts', 'bench-similarity.ts'])));
test.concurrent.each(scripts)('--help alone is a request, not a mistake: %s prints its usage on stdout, status 0', async (script) => {
  const result = await run(script, '--help');
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(/^(Usage: )?(npm run|npm start|node scripts\/)/);
});

test.concurrent('npm run new: a title over 200 characters, and a content folder without services.yaml, are one-line errors and nothing is written', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'kb-new-'));
  const overlong = await run('new.ts', '--title', 'y'.repeat(201), '--severity', 'SEV-2', '--service', 'checkout-api');
  expect(overlong.status).toBe(2);
  expect(overlong.stderr).toBe('--title is 201 characters long; at most 200 are allowed. Give what broke and where, in one line; the details go in the summary.\n');
  const noVocabulary = await runScript('new.ts', ['--title', 'x', '--severity', 'SEV-2', '--service', 'checkout-api'], { env: { ...process.env, KB_CONTENT_DIR: empty } });
  expect(noVocabulary.status).toBe(1);
  expect(noVocabulary.stderr).toMatch(/^--service "checkout-api": .*services\.yaml is missing or empty, so no service can be named\. A new content folder starts as a copy of content\//);
  expect(noVocabulary.stderr).not.toMatch(/Known: \./);
  expect(readdirSync(empty)).toEqual([]);
});

test.concurrent('a folder where one postmortem is expected, or a folder holding none, is an error naming it, not a silent success', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'kb empty ü-'));
  const [review, redact, check] = await Promise.all([run('review.ts', join(root, 'test/fixtures/good-input/postmortems')), run('redact.ts', empty), run('check.ts', empty)]);
  expect(review.status).toBe(2);
  expect(review.stderr).toMatch(/^\S+\/good-input\/postmortems: is a folder\. Give the path of one postmortem, e\.g\. .*<id>\.mdx/);
  expect(redact.status).toBe(1);
  expect(redact.stderr).toBe(`${empty}: the folder ${empty} holds no postmortem (.mdx or .md file).\n`);
  expect(check.status).toBe(1);
  expect(check.stdout + check.stderr).toContain('corpus/missing-file  the folder');
});

test.concurrent('a configuration mistake (here KB_AS_OF) stops every command with the configuration\'s own message and status 2, not Node\'s uncaught-exception report', async () => {
  const readingTheConfiguration = ['digest.ts', 'review.ts', 'build.ts', 'evidence.ts', 'check.ts'];
  const results = await Promise.all(readingTheConfiguration.map((script) => runScript(script, [], { env: { ...process.env, KB_AS_OF: '2024-13-01' } })));
  for (const [index, script] of readingTheConfiguration.entries()) {
    const result = results[index];
    expect(result.status, script).toBe(2);
    expect(result.stderr, script).toBe('site.config.ts is not a valid knowledge-base configuration:\n  - KB_AS_OF is "2024-13-01", which is not a date (2024-13-01 is no day: there is no month 13 (months run from 01 to 12; is the day before the month?)). Set it as YYYY-MM-DD, e.g. KB_AS_OF=2026-01-31, or unset it to use today.\n');
  }
});

test.concurrent('follow-ups export with KB_CONTENT_DIR pointing at a file says so, instead of exporting 0 follow-ups with status 0', async () => {
  const out = mkdtempSync(join(tmpdir(), 'kb-export-'));
  const result = await runScript('follow-ups.ts', ['export', '--to', 'github', '--out', out], { env: { ...process.env, KB_CONTENT_DIR: join(root, 'package.json') } });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/package\.json is not a folder: the content folder .* must hold the vocabularies and a postmortems\/ folder\. Fix: check KB_CONTENT_DIR/);
  expect(readdirSync(out)).toEqual([]);
});

test.concurrent('eval:similarity on a line that is not JSON, and measure:redaction --names naming no file, are one-line errors at status 2', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-sim-'));
  writeFileSync(join(folder, 'reports.jsonl'), '{"id":"a","title":"t","text":"x","label":"l"}\nid,title,text,label\n');
  const similarity = await run('eval-similarity.ts', folder);
  expect(similarity.status).toBe(2);
  expect(similarity.stderr).toMatch(new RegExp(`^${join(folder, 'reports.jsonl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not a JSON object \\(.*\\); every line must be \\{"id","title","text","label"\\}\\.\\n$`));
  writeFileSync(join(folder, 'report.md'), '# A report\n');
  const names = await run('measure-redaction.ts', folder, '--names', join(folder, 'no-names.txt'));
  expect(names.status).toBe(2);
  expect(names.stderr).toBe(`--names ${join(folder, 'no-names.txt')}: no such file. Give a text file listing the names known to occur in the reports, one a line.\n`);
});

test.concurrent('measure:redaction on a folder without reports is an error, not a clean 0.0% measurement', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-measure-'));
  writeFileSync(join(folder, 'data.csv'), 'a,b\n');
  const result = await run('measure-redaction.ts', folder);
  expect(result.status).toBe(2);
  expect(result.stderr).toBe(`${folder}: holds no report to measure (Markdown or .txt files, or files without an extension). Give the folder of reports to scan.\n`);
  expect(result.stdout).toBe('');
});

test.concurrent('eval:similarity on *.jsonl files without a line is an error, not a score of 0 reports', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-sim-empty-'));
  writeFileSync(join(folder, 'empty.jsonl'), '\n');
  const result = await run('eval-similarity.ts', folder);
  expect(result.status).toBe(2);
  expect(result.stderr).toBe(`${folder}: its *.jsonl files hold no line. Each line must be {"id","title","text","label"}.\n`);
});

test.concurrent('eval:similarity refuses a report id used twice (across files too) and an empty label, naming both places', async () => {
  const line = (id: string, label: string) => JSON.stringify({ id, title: 'Disk full', text: 'The disk filled up on the database host.', label });
  const repeated = mkdtempSync(join(tmpdir(), 'kb-sim-ids-'));
  writeFileSync(join(repeated, 'a.jsonl'), `${line('r1', 'disk')}\n${line('r2', 'disk')}\n`);
  writeFileSync(join(repeated, 'b.jsonl'), `${line('r3', 'cert')}\n${line('r1', 'cert')}\n`);
  const twice = await run('eval-similarity.ts', repeated);
  expect(twice.status).toBe(2);
  expect(twice.stderr).toBe(`${join(repeated, 'b.jsonl')}:2: the id "r1" is also used at ${join(repeated, 'a.jsonl')}:1; give every report its own id.\n`);
  const unlabelled = mkdtempSync(join(tmpdir(), 'kb-sim-label-'));
  writeFileSync(join(unlabelled, 'a.jsonl'), `${line('r1', 'disk')}\n${line('r2', ' ')}\n`);
  const empty = await run('eval-similarity.ts', unlabelled);
  expect(empty.status).toBe(2);
  expect(empty.stderr).toBe(`${join(unlabelled, 'a.jsonl')}:2: the field "label" is empty; every line needs an id and the label people gave it.\n`);
});

test.concurrent('import: an empty report file is not imported (it became a draft titled after its file name, holding nothing)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-import-empty-'));
  writeFileSync(join(folder, 'outage.md'), '  \n\n');
  const result = await run('import.ts', join(folder, 'outage.md'), '--dry-run');
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('not imported: the file is empty (no text to import); give the report itself, or leave this file out.');
  expect(result.stdout).toMatch(/1 files: 0 imported/);
});

test.concurrent('import: an empty file found in a folder is passed over and said, the others imported (it failed the whole import: round 50)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-import-empty-in-folder-'));
  writeFileSync(join(folder, 'blank.md'), '  \n');
  writeFileSync(join(folder, '2026-01-05-kiln-outage.md'), '# Kiln outage\n\nOn 2026-01-05 the kiln controller lost power for twenty minutes and every firing stopped.\n');
  const result = await run('import.ts', folder, '--dry-run');
  expect(result.status).toBe(0);
  expect(result.stderr).toMatch(/1 file\(s\) not read as reports, no text in it once read \(an empty file, or a page of markup, styles or scripts only\): \S*blank\.md\./);
  expect(result.stdout).toMatch(/1 files: 1 imported/);
});

test.concurrent('import: a binary file under a report\'s name and a settings file without an extension, found in a folder, are passed over and said (round 51)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-import-binary-in-folder-'));
  writeFileSync(join(folder, 'notes.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x00, 0x61]));
  writeFileSync(join(folder, '2-ssh_config'), 'Host *\n    IdentityFile ~/.ssh/deploy\n    PasswordAuthentication no\n');
  writeFileSync(join(folder, '2026-01-05-kiln-outage.md'), '# Kiln outage\n\nOn 2026-01-05 the kiln controller lost power for twenty minutes and every firing stopped.\n');
  const result = await run('import.ts', folder, '--dry-run');
  expect(result.status).toBe(0);
  expect(result.stderr).toMatch(/\S*notes\.md: not imported, it is not text but binary data \(it holds NUL bytes\)/);
  expect(result.stderr).toMatch(/1 file\(s\) not read as reports, a program's settings \(3 lines of a setting's name and its values/);
  expect(result.stdout).toMatch(/1 files: 1 imported/);
});

test.concurrent('follow-ups sync: a CSV with a quote never closed names the file and the line it opened on', async () => {
  const export_ = join(mkdtempSync(join(tmpdir(), 'kb-sync-csv-')), 'jira.csv');
  writeFileSync(export_, 'Summary,Issue key\nfine,OPS-1\n"unterminated,OPS-2\n');
  const result = await run('follow-ups.ts', 'sync', export_, '--dry-run');
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(`${export_}: line 3: a quoted field opened there is not closed before the end of the file (a " inside a field is written ""); export the file again from the tracker.\n`);
});

test.concurrent('npm run new, import and draft on a vocabulary that cannot be read list its problems at their lines, not a stack trace', async () => {
  const content = mkdtempSync(join(tmpdir(), 'kb-bad-vocabulary-'));
  cpSync(join(root, 'test/fixtures/vocabulary'), content, { recursive: true });
  mkdirSync(join(content, 'postmortems'));
  writeFileSync(join(content, 'tags.yaml'), 'config:\n  description: a\nconfig:\n  description: b\n');
  const env = { ...process.env, KB_CONTENT_DIR: content };
  const commands = [
    ['new.ts', '--title', 'x', '--service', 'checkout-api'],
    ['import.ts', 'test/fixtures/import/reports/checkout-latency-cet.md', '--dry-run'],
    ['draft.ts', '--title', 'x', '--alerts', 'test/fixtures/draft/alertmanager-webhooks.ndjson', '--dry-run'],
  ];
  const results = await Promise.all(commands.map(([script, ...args]) => runScript(script, args, { env })));
  for (const [index, args] of commands.entries()) {
    const result = results[index];
    expect(result.status, args[0]).toBe(1);
    expect(result.stderr, args[0]).toBe(`${join(content, 'tags.yaml')}:3:1  vocabulary/file  not valid YAML: the key "config" appears twice in the same block (the second one is here).\n    fix: keep one "config:" and delete the other.\nFix the vocabulary files first (npm run check lists the same problems); nothing was written.\n`);
  }
  expect(readdirSync(join(content, 'postmortems'))).toEqual([]);
});

test.concurrent('import: drafts under --out inside the folder being imported are not read as reports by the next run', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-import-again-'));
  cpSync(join(root, 'test/fixtures/import/reports/checkout-latency-cet.md'), join(folder, 'checkout-latency-cet.md'));
  const out = join(folder, 'drafts');
  expect((await run('import.ts', folder, '--out', out)).status).toBe(0);
  const again = await run('import.ts', folder, '--out', out, '--dry-run');
  expect(again.status).toBe(0);
  expect(again.stderr).toContain(`1 file(s) under ${shownFromWorkingFolder(out, root)}, where the drafts go, were not read as reports.`);
  expect(again.stdout).toMatch(/^1 files: 1 imported/m);
});

test.concurrent('check --rules --format json prints the rules as JSON (the format was passed over: text came out)', async () => {
  const result = await run('check.ts', '--rules', '--format', 'json');
  expect(result.status).toBe(0);
  const rules = JSON.parse(result.stdout) as { id: string; level: string; description: string }[];
  expect(rules.find((rule) => rule.id === 'blameless/person-blame')).toMatchObject({ level: 'error' });
  expect((await run('check.ts', '--rules', '--format', 'github')).stderr).toBe('--rules lists the rules as text or json; --format "github" does not apply to it.\n');
});

test.concurrent('eval-search-pools names the pool that could not be measured and passes on what eval:search said', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pools-'));
  const pools = join(dir, 'pools.json');
  writeFileSync(pools, JSON.stringify([{ name: 'missing folder', content: '/nonexistent-content', queries: join(root, 'test/fixtures/search-queries/queries.json') }]));
  const result = await run('eval-search-pools.ts', pools);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/pools\.json: the pool "missing folder" could not be measured:\n\/nonexistent-content:1:1  corpus\/content-folder/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test.concurrent('eval:similarity --link-by takes only what site.config.ts similarity.linkBy takes, and says which', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-sim-link-by-'));
  const line = (id: string, title: string, label: string) => JSON.stringify({ id, title, text: `${title}. The host was restarted.`, label });
  writeFileSync(join(folder, 'a.jsonl'), `${line('r1', 'Disk full on db-1', 'disk')}\n${line('r2', 'Disk full on db-2', 'disk')}\n${line('r3', 'Certificate expired on web-1', 'cert')}\n`);
  const wrong = await run('eval-similarity.ts', folder, '--link-by', 'component');
  expect(wrong.status).toBe(2);
  expect(wrong.stderr).toBe('--link-by must be cause or blend or system; got "component".\n');
  const system = await run('eval-similarity.ts', folder, '--link-by', 'system');
  expect(system.status).toBe(0);
  expect(system.stdout).toMatch(/links by system\)/);
});
