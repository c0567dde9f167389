import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, mkdtempSync, mkdirSync, existsSync, writeFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';
import { tmpdir } from 'node:os';
import { outputOf, runScript } from '../support/run-script.ts';
import { replicaLagPostmortem, wordDocument } from '../support/word-document.ts';

const root = resolve(import.meta.dirname, '../..');
const reportsDir = join(root, 'test/fixtures/import/reports');

describe('npm run import (the command)', () => {
  const run = (...args: string[]) => outputOf('import.ts', args);

  test.concurrent('--dry-run reports per file and in a summary, and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'postmortems');
    const output = await run(reportsDir, '--out', out, '--timezone', 'Europe/Berlin', '--dry-run', '--maintenances');
    expect(output).toMatch(/23 files: 23 imported \(dry run: nothing written\), 0 not imported; 23 valid drafts/);
    expect(output).toMatch(/91 timeline rows \(10 with a date only\) and 37 action items extracted; 8 timeline rows could not be placed in time/);
    expect(output).toMatch(/Relative times \("T\+15m", "Day 2"\): 8 row\(s\) placed from the start or day the report states\./);
    expect(output).toMatch(/"14:\?\? \| Follow-up meeting scheduled\.": time "14:\?\?" is a placeholder/);
    expect(output).toMatch(/Left to fill before review \(drafts missing each\): .*drafted 23/);
    expect(existsSync(out)).toBe(false);
  });

  test.concurrent('writes one .mdx per report, named from the day and title, and never overwrites', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'postmortems');
    const first = await run(join(reportsDir, 'Payments outage notes'), '--out', out);
    await run(join(reportsDir, 'Payments outage notes'), '--out', out);
    expect(readdirSync(out).sort()).toEqual(['2020-01-16-payments-outage-january-2.mdx', '2020-01-16-payments-outage-january.mdx']);
    // The batch steps after an import are said (adopters edited every draft by hand).
    expect(first).toMatch(/^Next: npm run fill -- --vocabularies lists .*; npm run fill -- --set field=value… fills a fact of the whole batch where a draft has none, --publish YYYY-MM-DD publishes those then complete;/m);
    // A folder outside the working folder is named whole, not by ../../../tmp/… (adoption round 50).
    expect(first).toContain(`then npm run check -- ${out}/<file>.mdx`);
    expect(first).toContain(`-> ${out}/2020-01-16-payments-outage-january.mdx`);
  });

  test.concurrent('npm run new -- --help prints its usage without the first import line of the script', async () => {
    const help = await outputOf('new.ts', ['--help']);
    expect(help).toMatch(/^npm run new -- --title/);
    expect(help).not.toMatch(/import \{/);
  });

  test.concurrent('a report that cannot be read is listed as not imported; the others are imported, one MDX cannot parse with its paragraph kept as code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-odd-'));
    writeFileSync(join(dir, 'good.md'), '# Checkout outage\n\nOn 2024-01-02 checkout failed for 10 minutes.\n');
    // Backticks, carriage returns and braces that the converter once turned into a draft that does not parse.
    writeFileSync(join(dir, 'odd.md'), Buffer.from('600d0d7b600a607d', 'hex'));
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    // Saved as UTF-16 with its byte-order mark, as Windows tools do: read as text, not as NULs.
    writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Search outage\n\nSearch failed for 5 minutes.\n', 'utf16le')]));
    // Saved by an old Windows editor: Latin-1 / Windows-1252 bytes, not UTF-8.
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' terminals offline\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' card terminals were offline for 20 minutes.\n')]));
    const out = join(dir, 'postmortems');
    const result = await runScript('import.ts', [dir, '--out', out]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(/dangling\.md[\s\S]*cannot be read: ENOENT \(a link whose target does not exist\?\)\./);
    expect(result.stdout).toMatch(/4 imported, 1 not imported/);
    // The day its opening sentence states names the file (adoption walkthrough, round 34).
    expect(readdirSync(out).sort()).toEqual(['2024-01-02-checkout-outage.mdx', 'cafe-terminals-offline.mdx', 'odd.mdx', 'search-outage.mdx']);
    // Since import round 47 a paragraph MDX cannot parse is kept word for word in a code block, and said.
    expect(readFileSync(join(out, 'odd.mdx'), 'utf8')).toMatch(/```text\n\{`\n`\}\n```/);
    expect(result.stdout).toMatch(/odd\.md[\s\S]*kept as written in a code block/);
    expect(readFileSync(join(out, 'cafe-terminals-offline.mdx'), 'utf8')).toContain('The café card terminals were offline for 20 minutes.');
    expect(result.stdout).toMatch(/latin1\.txt[\s\S]*read as Windows-1252: the file is not UTF-8 \(line 1 is the first/);
    expect(result.status).toBe(1);
  });

  test.concurrent('a folder\'s index page is named and not imported; imported by name, it is a draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-index-'));
    writeFileSync(join(dir, 'index.md'), '# Incident reports\n\nHow we write them, and the list:\n\n- [Disk full](2018-03-26-disk-full.md)\n');
    writeFileSync(join(dir, '2018-03-26-disk-full.md'), '# Disk full\n\nOn 2018-03-26 builds failed for 20 minutes: a node ran out of disk.\n');
    const out = join(dir, 'postmortems');
    const result = await runScript('import.ts', [dir, '--out', out]);
    // Named as the command names files: relative to where it runs when inside it, else whole (shown-path.ts).
    expect(result.stderr).toContain(`${shownFromWorkingFolder(join(dir, 'index.md'), root)}: not imported: the index page of its folder`);
    expect(result.stdout).toMatch(/1 files?: 1 imported/);
    expect(readdirSync(out)).toEqual(['2018-03-26-disk-full.mdx']);
    const named = await runScript('import.ts', [join(dir, 'index.md'), '--out', out]);
    expect(named.stdout).toMatch(/1 files?: 1 imported/);
    expect(readdirSync(out).sort()).toEqual(['2018-03-26-disk-full.mdx', 'incident-reports.mdx']);
  });

  test.concurrent('a status page export in a folder gives one draft per incident; other JSON there is passed over, and refused when named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-json-'));
    const exports = join(root, 'test/fixtures/import/status-exports');
    writeFileSync(join(dir, 'incidents.json'), readFileSync(join(exports, 'statuspage-incidents.json')));
    writeFileSync(join(dir, 'settings.json'), readFileSync(join(exports, 'not-an-export.json')));
    const out = join(dir, 'postmortems');
    const result = await runScript('import.ts', [dir, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 files: 2 imported, 0 not imported; 2 valid drafts/);
    expect(result.stdout).toMatch(/incidents\.json#k9x2mq7rtw1z -> /);
    expect(result.stdout).toMatch(/read as a Statuspage incidents export: one draft per incident/);
    expect(readdirSync(out).sort()).toEqual(['2025-02-11-delayed-payout-reports.mdx', '2025-03-04-card-payments-declined-in-the-eu-region.mdx']);
    const named = await runScript('import.ts', [join(dir, 'settings.json'), '--out', out, '--dry-run']);
    expect(named.status).toBe(1);
    expect(named.stdout).toMatch(/settings\.json[\s\S]*is JSON but not an export of incidents \(Statuspage incidents\.json/);
  });

  test.concurrent('an incident log (CSV) and GitHub issues (JSON) in a folder give one draft per row and per issue; a CSV of data there is passed over, and refused when named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-csv-'));
    const logs = join(root, 'test/fixtures/import/incident-logs');
    for (const name of ['incident-log.csv', 'github-issues.json', 'metrics.csv']) writeFileSync(join(dir, name), readFileSync(join(logs, name)));
    const out = join(dir, 'postmortems');
    const result = await runScript('import.ts', [dir, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/5 files: 5 imported, 0 not imported; 5 valid drafts/);
    expect(result.stdout).toMatch(/incident-log\.csv#INC-101 -> [\s\S]*read as a CSV incident log: one draft per row/);
    expect(result.stdout).toMatch(/github-issues\.json#415 -> [\s\S]*read as a GitHub issues export: one draft per incident/);
    expect(result.stdout).not.toMatch(/metrics\.csv/);
    // The sheet's columns are named once, with its first row, not with each of its 3 rows.
    expect(result.stdout.match(/columns read: Incident ID \(id\), Title \(title\)/g)).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(5);
    const named = await runScript('import.ts', [join(dir, 'metrics.csv'), '--out', out, '--dry-run']);
    expect(named.status).toBe(1);
    expect(named.stdout).toMatch(/metrics\.csv[\s\S]*is a spreadsheet but not an incident log \(one incident a row\)[\s\S]*lacks a title/);
  });

  test.concurrent('--set fills a fact of the batch where a report gives none; a value not in the vocabularies stops before anything is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-set-'));
    writeFileSync(join(dir, 'quiet.md'), '# Nightly job did not run\n\nThe nightly job did not run for a night.\n');
    writeFileSync(join(dir, 'stated.md'), '# Proxy down\n\nSeverity: SEV-1\n\nThe proxy was down for an hour.\n');
    const out = join(dir, 'postmortems');
    const output = await run(dir, '--out', out, '--set', 'severity=SEV-3', '--set', 'drafted=2026-01-15');
    expect(output).toMatch(/quiet\.md -> [\s\S]*- severity from --set severity=SEV-3 \(the report gives none\)/);
    expect(output).toContain('Set for the batch (drafts whose report gave none; each is listed above): --set severity=SEV-3 1 of 2, --set drafted=2026-01-15 2 of 2.');
    expect(readFileSync(join(out, 'nightly-job-did-not-run.mdx'), 'utf8')).toMatch(/^severity: SEV-3$[\s\S]*^drafted: 2026-01-15$/m);
    expect(readFileSync(join(out, 'proxy-down.mdx'), 'utf8')).toMatch(/^severity: SEV-1$/m);

    const refused = await runScript('import.ts', [dir, '--out', join(dir, 'other'), '--set', 'services=paymnts-api']);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe('--set services=paymnts-api: "paymnts-api" is not a service id in content/services.yaml (closest: payments-api).');
    expect(existsSync(join(dir, 'other'))).toBe(false);
  });

  test.concurrent('a Word document (.docx) becomes a valid draft with its images beside it; a .doc or damaged .docx is not imported, with what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-docx-'));
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    writeFileSync(join(dir, 'Replica lag postmortem.docx'), wordDocument([...replicaLagPostmortem, { image: { bytes: png, alt: 'Replica lag over the incident' } }, { commented: 'Reviewed on 2025-04-10.', comment: 'Add the graph of the primary too' }]));
    writeFileSync(join(dir, 'old-format.doc'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    writeFileSync(join(dir, 'renamed.docx'), 'not a zip\n');
    const out = join(dir, 'postmortems');
    const result = await runScript('import.ts', [dir, '--out', out]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(/Replica lag postmortem\.docx -> \S+2025-04-08-orders-replica-lag-stalls-checkout-confirmations\.mdx {2}\(html; 4 timeline rows, 2 action items; check: 0 errors/);
    expect(result.stdout).toContain('the document holds 1 comment(s) in its margin, not imported');
    expect(result.stdout).toMatch(/old-format\.doc[\s\S]*is a Word 97-2003 document \(\.doc\), which is not read: open it in Word or LibreOffice and save it as \.docx/);
    expect(result.stdout).toMatch(/renamed\.docx[\s\S]*is not a Word document but text, named \.docx: rename it after what it is/);
    expect(result.stdout).toMatch(/3 files: 1 imported, 2 not imported; 1 valid drafts/);
    const id = '2025-04-08-orders-replica-lag-stalls-checkout-confirmations';
    const draft = readFileSync(join(out, `${id}.mdx`), 'utf8');
    expect(draft).toContain(`![Replica lag over the incident](./media/${id}/image-1.png)`);
    expect(readFileSync(join(out, 'media', id, 'image-1.png')).equals(png)).toBe(true);
    expect(result.status).toBe(1);
  });

  test.concurrent('a folder with no report in it is an error saying what is not read, not "0 files: 0 imported"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-none-'));
    writeFileSync(join(dir, 'README.md'), '# Our incident reports\n');
    writeFileSync(join(dir, 'graph.png'), 'not read');
    const result = await runScript('import.ts', [dir, '--dry-run']);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n').map((line) => line.trim());
    // The README is named with how to import it, should it be a report; the picture is not listed.
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1 file\(s\) not read as reports, the repository's own file \(README, CONTRIBUTING, a template\): \S*README\.md\. If one is a report, import it by name: npm run import -- \S*README\.md$/);
    expect(lines[1]).toBe(`${dir}: no report found; hidden files, pictures, data, code, READMEs, licences and templates are not read. Name the folder that holds the reports, or a report file.`);
  });

  test.concurrent('a zone the folder\'s index states places the times of its reports that state none; --timezone comes first', async () => {
    const folder = join(root, 'test/fixtures/import/folder-zone');
    const drafted = async (args: string[]) => {
      const out = JSON.parse(await run(folder, '--dry-run', '--json', ...args)) as { files: { source: string; inferred: string[] }[] };
      return out.files.find((file) => file.source.endsWith('registry-push-failures.md'))!;
    };
    expect((await drafted([])).inferred).toContain('time zone Europe/Lisbon from test/fixtures/import/folder-zone/index.md ("Write key events as `YYYY-MM-DD HH:MM` in the Lisbon timezone."): the report states none');
    expect((await drafted(['--timezone', 'UTC+2'])).inferred).toContain('time zone UTC+2 from --timezone (the report states none)');
  });

  test.concurrent('--help prints the usage only', async () => {
    const help = await run('--help');
    expect(help).toMatch(/^npm run import -- <file\|folder>/);
    expect(help).not.toMatch(/^import /m);
  });

  test.concurrent("a folder's JSON Lines export is a draft a record, and a guide site's pages are passed over and said (import round 53)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-round53-'));
    const guide = join(dir, 'handbook');
    mkdirSync(join(guide, 'docs', 'culture'), { recursive: true });
    writeFileSync(join(guide, 'mkdocs.yml'), "site_name: Kiln Shop Handbook\nnav:\n  - Blameless Reviews: 'culture/blameless.md'\n");
    writeFileSync(join(guide, 'docs', 'culture', 'blameless.md'), 'A blameless review looks at how the shop works, not at who pressed which button.\n');
    writeFileSync(join(guide, 'docs', 'kiln-outage.md'), '# Kiln row B outage\n\nOn 2026-07-19 at 13:10 UTC the fan controller of row B stopped answering for ninety minutes.\n');
    const record = (title: string, day: string) => JSON.stringify({ id: `inc_${day}`, title, created_at: `${day}T09:05:00Z`, description: 'A failing sensor flooded the telemetry queue and the dashboards of the floor went blank.', root_cause: 'The sensor firmware retried every reading without a pause.' });
    writeFileSync(join(dir, 'incidents.jsonl'), `${record('Glaze mixer sensor flood', '2026-06-02')}\n${record('Kiln scheduler dropped jobs', '2026-05-11')}\n`);
    const result = await runScript('import.ts', [dir, '--out', join(dir, 'postmortems'), '--dry-run']);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain(`1 file(s) not read as reports, a page of a documentation site that names itself a guide (${shownFromWorkingFolder(join(guide, 'mkdocs.yml'))}: "Kiln Shop Handbook")`);
    expect(output).toContain(`${shownFromWorkingFolder(join(dir, 'incidents.jsonl'))} (record 2 of 2) -> `);
    expect(output).toMatch(/3 files: 3 imported \(dry run: nothing written\), 0 not imported; 3 valid drafts/);
  });
});
