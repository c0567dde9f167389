// Bad input, round 17: what only a command shows (docs/rules.md, "Bad input round 17").
import { expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipArchive } from '../support/word-document.ts';
import { runScript } from '../support/run-script.ts';

// Independent cases (each writes only in a temporary folder of its own): they run concurrently.
const run = (script: string, ...args: string[]) => runScript(script, args);

test.concurrent('npm run import of five broken sources in one run: each is named with what it is, none becomes a draft, status 1', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-import-r17-'));
  const files = {
    'title-only.html': '<html><head><title>DB outage</title></head><body></body></html>',
    'notes.docx': zipArchive({ 'notes.txt': 'Outage notes' }),
    'incidents.json': '{"incidents": [{"name": "DB outage", "incident_updates": [',
    'page.xml': '<root><thing/></root>',
    'log.csv': 'Title,Date,Severity,Summary\nDB outage,2024-03-05,SEV-2,The database was down, then up\n',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  const result = await run('import.ts', ...Object.keys(files).map((name) => join(folder, name)), '--dry-run');
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/title-only\.html\n {2}not imported: holds no text but its title \("DB outage"\)/);
  expect(result.stdout).toMatch(/notes\.docx\n {2}not imported: is a zip archive, not a Word document: it holds no word\/document\.xml \(it holds notes\.txt\)/);
  expect(result.stdout).toMatch(/incidents\.json\n {2}not imported: is not valid JSON: it ends at line 1 inside an unclosed list, as a file cut short does/);
  expect(result.stdout).toMatch(/page\.xml\n {2}not imported: is XML but neither a Confluence page/);
  expect(result.stdout).toMatch(/log\.csv\n {2}not imported: is a spreadsheet whose rows cannot all be read: row 2 has 5 cells where the table has 4 columns: "then up" past the last column would be lost/);
  expect(result.stdout).toContain('5 files: 0 imported (dry run: nothing written), 5 not imported');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test.concurrent('commands given nothing to work on, or a value the option does not take, say what is missing on stderr, not the usage', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'kb-fill-r17-'));
  mkdirSync(join(empty, 'reports'));
  const cases = [
    [['import.ts', '--dry-run'], 2, 'npm run import needs the reports to import: give a file or a folder of them, e.g. npm run import -- old-reports/ (npm run import -- --help lists the options).\n'],
    [['follow-ups.ts'], 2, 'npm run follow-ups needs a command: export (tickets for the open follow-ups: npm run follow-ups -- export --to github) or sync FILE (a tracker export read back into the postmortems). npm run follow-ups -- --help lists the options.\n'],
    [['fill-drafts.ts', join(empty, 'reports'), '--set', 'severity=SEV-2', '--dry-run'], 2, `${join(empty, 'reports')}: holds no postmortem (.mdx or .md file). Name drafts or the folder holding them (default content/postmortems); nothing was written.\n`],
    [['review.ts', 'test/fixtures/good-input/postmortems/2025-07-08-checkout-config'], 2, 'test/fixtures/good-input/postmortems/2025-07-08-checkout-config: no such file, but test/fixtures/good-input/postmortems/2025-07-08-checkout-config.mdx is there: give the file\'s whole name, npm run review -- test/fixtures/good-input/postmortems/2025-07-08-checkout-config.mdx.\n'],
    [['check.ts', '--no-lint=false'], 2, '--no-lint takes no value: it is on when given and off when left out. Write --no-lint alone, or leave it out.\nRun the command with --help to see its options.\n'],
  ] as const;
  const results = await Promise.all(cases.map(([args]) => run(...(args as unknown as [string, ...string[]]))));
  for (const [index, [args, status, message]] of cases.entries()) {
    const result = results[index];
    expect(result.status, args[0]).toBe(status);
    expect(result.stderr, args[0]).toBe(message);
    expect(result.stdout, args[0]).toBe('');
  }
});
