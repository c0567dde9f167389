import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { settingsFileLines } from '../../src/lib/import/settings-file.ts';
import { notReportByOpening, notReportReason } from '../../src/lib/import/report-files.ts';
import { appShellNote } from '../../src/lib/import/unreadable-source.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { describeWrittenSeverity, readWrittenSeverity } from '../../src/lib/import/written-severity.ts';
import { withoutTitleMarks } from '../../src/lib/import/publishable-title.ts';

// Import round 51 (docs/import.md): times written "[ 10:55 am PST ]", a binary file under a report's
// name in a folder, a program's settings named without an extension, a SvelteKit page shell, clock
// offsets counted from the detection the report states, a Drupal site's files. Names and texts
// invented; functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round51');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('a time of day in square brackets', () => {
  it.each([
    ['[ 10:55 am PST ] - Proxy cache purged', '10:55', 'PST', ' - Proxy cache purged'],
    ['[ 4: 45 am PST ] - Release pushed', '04:45', 'PST', ' - Release pushed'],
    ['[  9: 49 pm ] - Rolled back', '21:49', undefined, ' - Rolled back'],
    ['[12:13 pm] Cache warmed', '12:13', undefined, ' Cache warmed'],
  ])('%s is read as %s', (row, time, zone, rest) => {
    const written = readWrittenTime(row, { year: 2026 });
    expect(written.time).toBe(time);
    expect(written.zone?.label).toBe(zone);
    expect(row.slice(written.consumed)).toBe(rest);
  });
  // A link's text, words in the brackets, or a space after a colon outside them: no time.
  it.each([['[10:00](https://example.test/log) the log'], ['[ 4: 45 servers ] failed'], ['Step 4: 45 servers failed']])('%s is none', (row) => {
    expect(readWrittenTime(row, { year: 2026 }).consumed).toBe(0);
  });
  test("a course's timeline of such rows is read, every row placed in its zone", () => {
    const result = importReport('bakery-shop-postmortem.md', fixture('bakery-shop-postmortem.md'), { vocabulary, today: '2026-12-06' });
    const timeline = frontmatterOf(result.draft).timeline as { at: string; event: string }[];
    expect(timeline.map((row) => row.at)).toEqual(['2026-03-14T13:10:00Z', '2026-03-14T15:42:00Z', '2026-03-14T16:05:00Z', '2026-03-14T18:55:00Z', '2026-03-14T19:20:00Z']);
    expect(timeline[3].event).toBe("Proxy cache found serving pages from the day before; cache purged.");
    expect(result.unread).toEqual([]);
  });
});

describe('clock offsets counted from the detection the report states', () => {
  test('their T+0 row is the detection stated at 16:05: placed from it, and said', () => {
    const result = importReport('2026-05-20-kiln-queue-drain.md', fixture('2026-05-20-kiln-queue-drain.md'), { vocabulary, today: '2026-12-06' });
    const frontmatter = frontmatterOf(result.draft);
    expect((frontmatter.timeline as { at: string }[]).map((row) => row.at)).toEqual(['2026-05-20T16:05:00Z', '2026-05-20T16:08:00Z', '2026-05-20T16:10:00Z', '2026-05-20T16:13:00Z']);
    expect(frontmatter.times.started).toBe('2026-05-20T16:05:00Z');
    expect(result.notes.join('\n')).toContain('rows with a time after the start counted from 2026-05-20T16:05:00Z, the detection the report states ("Detected"): their T+0 row is that detection ("Queue depth alarm raised for the kiln scheduler")');
  });
  test('a T+0 row that is no detection stays on the day with no time of day, as before', () => {
    const result = importReport('2026-05-21-kiln-config-push.md', fixture('2026-05-21-kiln-config-push.md'), { vocabulary, today: '2026-12-06' });
    const frontmatter = frontmatterOf(result.draft);
    expect((frontmatter.timeline as { at: string }[]).every((row) => row.at === '2026-05-21T00:00:00Z')).toBe(true);
    expect(frontmatter.times.started).toBeUndefined();
    expect(result.notes.join('\n')).toContain('placed on 2026-05-21, the incident day: the report states no start time');
  });
});

describe('a binary file named as a report', () => {
  test('is a page holding no report: passed over in a folder, refused by name with why', async () => {
    const nul = new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02, 0x00, 0x41, 0x00]);
    await expect(readReportContent('notes.md', nul)).rejects.toBeInstanceOf(ListingPageError);
    await expect(readReportContent('notes.md', nul)).rejects.toThrow('is not text but binary data (it holds NUL bytes)');
  });
});

describe("a program's settings named without an extension", () => {
  const sshConfig = '# let the deploy user in without a password\nHost *\n    IdentityFile ~/.ssh/deploy\n    PasswordAuthentication no\n';
  const proxyConfig = 'global\n        log /dev/log    local0\n        stats socket /run/proxy/admin.sock mode 660 level admin expose-fd listeners\n\ndefaults\n        mode    http\n        timeout connect 5000\n';
  const inventory = '[bakery_web]\n10.20.0.11 ansible_user=deploy\n10.20.0.12 ansible_user=deploy\n';
  const webServer = 'server {\n        listen 80 default_server;  # for IPv4, the default server\n        root /var/www/bakery;\n        location /menu/ {\n                proxy_pass http://127.0.0.1:5000;\n        }\n}\n';
  const database = '# the bakery database, primary\n[mysqld]\nserver-id       = 1\nlog_bin         = /var/log/mysql/mysql-bin.log\nbinlog_do_db    = bakery_orders\n!includedir /etc/mysql/conf.d/\n';
  it.each([[sshConfig, 3], [proxyConfig, 6], [inventory, 3], [webServer, 7], [database, 5]])('%j is settings (%i lines)', (text, lines) => {
    expect(settingsFileLines(text)).toBe(lines);
    expect(notReportByOpening('0x0B-ssh/2-ssh_config', () => text)).toMatch(/^a program's settings/);
  });
  // Short notes, a Markdown list, a report of prose: may be reports.
  it.each([
    ['Outage\nDB down\nRestarted it'],
    ['Postmortem\n\nThe database went down at 10:00 because the disk filled up.'],
    ['# Summary\n- db down\n- fixed'],
    ['Disk full on /var\nLogs rotated by hand'],
    ['Web shop outage\nThe proxy cache served pages from the day before.\nPurged at 10:55.'],
  ])('%j is none', (text) => {
    expect(settingsFileLines(text)).toBeUndefined();
  });
  test('a file with an extension is never judged by its opening', () => {
    expect(notReportByOpening('notes/ssh.md', () => sshConfig)).toBeUndefined();
  });
});

describe("an app's page shell and a Drupal site's files", () => {
  test("SvelteKit's app.html, its slots and no words, is a page shell", () => {
    const shell = '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    %sveltekit.head%\n  </head>\n  <body data-sveltekit-preload-data="hover">\n    <div style="display: contents">%sveltekit.body%</div>\n  </body>\n</html>\n';
    expect(appShellNote(shell)).toBe('');
    expect(appShellNote(shell.replace('%sveltekit.body%', '<p>The kiln queue drained at 16:05 and jobs waited eight minutes.</p>'))).toBeUndefined();
  });
  it.each([
    ['web/modules/custom/bakery_schema/bakery_schema.install'],
    ['web/modules/custom/bakery_schema/bakery_schema.module'],
    ['web/example.gitignore'],
    ['web/INSTALL.txt'],
  ])('%s is no report', (name) => {
    expect(notReportReason(name)).toBeDefined();
  });
  it.each([['postmortems/install-outage.md'], ['postmortems/2026-05-20-module-loader-crash.md']])('%s may be a report', (name) => {
    expect(notReportReason(name)).toBeUndefined();
  });
});

describe("a YAML record's severity band, read on this knowledge base's scale", () => {
  // Decided in round 51 (docs/import.md): a record whose schema's bands are critical / high /
  // moderate / low / informational maps them in order onto SEV-1 .. SEV-4, as a word is read in any
  // report: a suggestion listed to check, never SEV-0 (the review's judgement); "informational"
  // states no impact and is not mapped.
  it.each([['critical', 'SEV-1'], ['high', 'SEV-2'], ['moderate', 'SEV-3'], ['low', 'SEV-4']])('%s suggests %s', (band, level) => {
    const read = readWrittenSeverity('', { severity: band });
    expect(read).toMatchObject({ severity: level, readAs: 'word' });
    expect(describeWrittenSeverity(read)).toMatch(/^suggested severity SEV-\d: the report calls it "\w+", a word, not a level/);
  });
  test('"informational" is not mapped, and said', () => {
    const read = readWrittenSeverity('', { severity: 'informational' });
    expect(read.severity).toBeUndefined();
    expect(read.note).toContain('severity is written as "informational"');
  });
});

describe('a severity word after a coloured mark', () => {
  it.each([
    ['- **Severity:** 🟡 Medium\n', 'SEV-3'],
    ['- **Severity:** 🔴 Critical\n', 'SEV-1'],
    ['**Severity:** ⚠️ High\n', 'SEV-2'],
  ])('%j suggests %s, the mark kept in what is quoted', (markdown, level) => {
    const read = readWrittenSeverity(markdown);
    expect(read).toMatchObject({ severity: level, readAs: 'word' });
    expect(describeWrittenSeverity(read)).toContain(`the report calls it "${markdown.replace(/^[-* ]*\*\*Severity:\*\* /, '').trim()}"`);
  });
});

describe('a Jira issue whose description is a template of labels', () => {
  test('its summary is the "Executive Summary" label\'s text, not the zero-width character opening it; its stated severity beats the ticket\'s priority', async () => {
    const content = await readReportContent('kiln-issues.json', bytes(fixture('kiln-issues.json')));
    const part = content.parts![0];
    const result = importReport('kiln-issues.json', part.text, { vocabulary, today: '2026-12-06', exportKind: content.exportKind });
    const frontmatter = frontmatterOf(result.draft);
    expect(frontmatter.summary).toBe('On May 2, 2026, the kiln agent was found to hold a token that could read every tenant’s job logs. The token was replaced the same day.');
    expect(frontmatter.severity).toBe('SEV-1');
    expect(frontmatter.title).toBe('Kiln agent over-privileged token');
  });
  test('a priority in the metadata is still read when nothing states a severity', () => {
    expect(readWrittenSeverity('No severity here.', { priority: 'P2' })).toMatchObject({ severity: 'SEV-2', readAs: 'priority' });
    expect(readWrittenSeverity('**Severity:** S1 - Critical Security', { priority: 'Medium' })).toMatchObject({ severity: 'SEV-1', readAs: 'level' });
  });
});

describe('a title labelled "Post mortem |"', () => {
  it.each([
    ['Post mortem | Kiln agent over-privileged token', 'Kiln agent over-privileged token'],
    ['Post-mortem: Kiln queue drained', 'Kiln queue drained'],
    ['Post mortem', 'Post mortem'],
  ])('%s is titled %s', (title, expected) => {
    expect(withoutTitleMarks(title).title).toBe(expected);
  });
});
