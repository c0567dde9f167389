import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { findStatedZone } from '../../src/lib/import/timeline-rows.ts';
import { folderZoneOf, isFolderNoteFile } from '../../src/lib/import/folder-zone.ts';
import { parseZone } from '../../src/lib/import/time-zones.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/folder-zone');
const report = readFileSync(join(fixtures, '2024-07-02-registry-push-failures.md'), 'utf8');
const index = readFileSync(join(fixtures, 'index.md'), 'utf8');
const frontmatterOf = (draft: string) => splitFrontmatter(draft).yaml;

// Modelled on the Ministry of Justice's incident log: the zone is stated once, in the log's
// template note ("… for the London timezone"), and not in the reports.
describe('a zone named by its city, and a zone the folder states for its reports', () => {
  test('a city of the IANA database named as a zone is that zone; a word before "time" is not', () => {
    expect(findStatedZone('Datestamps: please use `YYYY-MM-DD HH:MM`, for the London timezone')).toMatchObject({ kind: 'iana', name: 'Europe/London' });
    expect(findStatedZone('All times are Singapore time.')).toMatchObject({ kind: 'iana', name: 'Asia/Singapore' });
    expect(findStatedZone('Times below in New York time')).toMatchObject({ kind: 'iana', name: 'America/New_York' });
    expect(findStatedZone('at 10:00 UK local time')).toMatchObject({ kind: 'iana', name: 'Europe/London' });
    expect(findStatedZone('We shipped it around Easter time.')).toBeUndefined();
    expect(findStatedZone('Response time zone graphs were flat.')).toBeUndefined();
  });

  test('GST is Gulf Standard Time (UTC+4), as reports that use it define it', () => {
    expect(parseZone('GST')).toEqual({ kind: 'offset', minutes: 240, label: 'GST' });
    const draft = importReport('halt.md', '# Chain halt\n\n## Timeline\n\n- 2023-09-20 14:32 GST: the chain halted\n', { vocabulary, today: '2026-11-30' }).draft;
    expect(parseYaml(frontmatterOf(draft)).timeline[0].at).toBe('2023-09-20T10:32:00Z');
  });

  test('the folder\'s index states the zone; a code block in it does not', () => {
    expect(isFolderNoteFile('source/incidents/index.html.md.erb')).toBe(true);
    expect(isFolderNoteFile('README.md')).toBe(true);
    expect(isFolderNoteFile('incident-template.md')).toBe(true);
    expect(isFolderNoteFile('template-engine-outage.md')).toBe(false);
    expect(isFolderNoteFile('2024-07-02-registry-push-failures.md')).toBe(false);
    expect(folderZoneOf([{ file: 'index.md', text: index }])).toEqual({ zone: { kind: 'iana', name: 'Europe/Lisbon', label: 'Europe/Lisbon' }, file: 'index.md', statement: 'Write key events as `YYYY-MM-DD HH:MM` in the Lisbon timezone.' });
    expect(folderZoneOf([{ file: 'README.md', text: '# Reports\n\n```\nTZ=UTC\nAll times are UTC\n```\n' }])).toBeUndefined();
    // Nearest first: the report's own folder before the repository's README.
    expect(folderZoneOf([{ file: 'a/README.md', text: 'All times are PST.\n' }, { file: 'README.md', text: 'All times are UTC.\n' }])?.zone.label).toBe('PST');
  });

  test('the folder\'s zone places the key events, and the draft says where it came from', () => {
    const folderZone = folderZoneOf([{ file: 'incidents/index.md', text: index }]);
    const result = importReport('incidents/2024-07-02-registry-push-failures.md', report, { vocabulary, today: '2026-11-30', folderZone });
    const data = parseYaml(frontmatterOf(result.draft));
    // Lisbon is UTC+1 in July.
    expect(data.times).toEqual({ started: '2024-07-02T08:12:00Z', detected: '2024-07-02T08:12:00Z', mitigated: '2024-07-02T09:05:00Z', resolved: '2024-07-02T09:40:00Z' });
    expect(result.inferred).toContain('time zone Europe/Lisbon from incidents/index.md ("Write key events as `YYYY-MM-DD HH:MM` in the Lisbon timezone."): the report states none');
    expect(frontmatterOf(result.draft)).toContain('# Times without a zone of their own were read in Europe/Lisbon, as incidents/index.md states for the reports of its folder ("Write key events as `YYYY-MM-DD HH:MM` in the Lisbon timezone."): the report itself states no time zone.\ntimes:');
    expect(result.notes.join('\n')).not.toContain('the report states no time zone: times read as UTC');
  });

  test('without any zone the draft says its times were read as UTC; --timezone is said too; a stated zone needs no word', () => {
    const utc = importReport('r.md', report, { vocabulary, today: '2026-11-30' });
    expect(parseYaml(frontmatterOf(utc.draft)).times.started).toBe('2024-07-02T09:12:00Z');
    expect(frontmatterOf(utc.draft)).toMatch(/^# Times without a zone of their own were read as UTC: the report states no time zone \(if they were local, import again with --timezone ZONE, or correct them\)\.\ntimes:/m);
    const option = importReport('r.md', report, { vocabulary, today: '2026-11-30', zone: parseZone('Europe/London'), folderZone: folderZoneOf([{ file: 'index.md', text: index }]) });
    expect(parseYaml(frontmatterOf(option.draft)).times.started).toBe('2024-07-02T08:12:00Z');
    expect(frontmatterOf(option.draft)).toContain('# Times without a zone of their own were read in Europe/London from --timezone: the report states no time zone.');
    const stated = importReport('r.md', `${report}\nAll times are UTC.\n`, { vocabulary, today: '2026-11-30' });
    expect(frontmatterOf(stated.draft)).not.toContain('# Times');
    // Every row with its own zone: nothing was assumed.
    const ownZones = importReport('r.md', '# Cache flush\n\n## Timeline\n\n- 2024-07-02 09:12 UTC: alert fired\n- 2024-07-02 09:40 UTC: resolved\n', { vocabulary, today: '2026-11-30' });
    expect(frontmatterOf(ownZones.draft)).not.toContain('# Times');
  });
});

describe('the draft\'s word on the zone is about times read in an assumed one only', () => {
  test('milestone lines that carry their own zone need no word; without one they do', () => {
    const own = importReport('r.md', '# Disk full\n\nStarted at: 2024-03-12 08:58 UTC\nResolved at: 2024-03-12 09:40 UTC\n\nThe disk filled up.\n', { vocabulary, today: '2026-11-30' });
    expect(parseYaml(frontmatterOf(own.draft)).times).toEqual({ started: '2024-03-12T08:58:00Z', resolved: '2024-03-12T09:40:00Z' });
    expect(frontmatterOf(own.draft)).not.toContain('# Times');
    const assumed = importReport('r.md', '# Disk full\n\nStarted at: 2024-03-12 08:58\nResolved at: 2024-03-12 09:40\n\nThe disk filled up.\n', { vocabulary, today: '2026-11-30', zone: parseZone('CET') });
    expect(parseYaml(frontmatterOf(assumed.draft)).times.started).toBe('2024-03-12T07:58:00Z');
    expect(frontmatterOf(assumed.draft)).toContain('# Times without a zone of their own were read in CET from --timezone: the report states no time zone.\ntimes:');
  });
});

describe('a zone written on some rows or lines and not on others', () => {
  // mybinder's 2017-11-30 report: "### 16:59 PST" … then "### 17:07" with no zone.
  test('a time without a zone after rows that wrote one is in theirs, unless the report states a zone for all its times', () => {
    const report = '# Proxy out of memory\n\n## Timeline\n\n### 2017-11-30 16:22 PST\n\nProxy pods restarted.\n\n### 16:59 PST\n\nAlert fired.\n\n### 17:07\n\nNode drained.\n';
    const carried = importReport('r.md', report, { vocabulary, today: '2026-11-30' });
    expect(parseYaml(frontmatterOf(carried.draft)).timeline.map((row: { at: string }) => row.at)).toEqual(['2017-12-01T00:22:00Z', '2017-12-01T00:59:00Z', '2017-12-01T01:07:00Z']);
    expect(carried.notes).toContain('1 row(s) without a zone read in PST, the zone the rows before them write');
    expect(frontmatterOf(carried.draft)).not.toContain('# Times');
    const stated = importReport('r.md', report.replace('## Timeline\n', '## Timeline\n\nAll times are UTC unless marked.\n'), { vocabulary, today: '2026-11-30' });
    expect(parseYaml(frontmatterOf(stated.draft)).timeline.map((row: { at: string }) => row.at)).toContain('2017-11-30T17:07:00Z');
  });

  // MoJ's 2020-04-15 report: "Resolved at 2020-04-15 15:09 UTC" on its status line, key events
  // without a zone read in the London time its folder's note states.
  test('an instant written with its own zone, other than the one assumed for the rest, is noted', () => {
    const folderZone = folderZoneOf([{ file: 'incidents/index.md', text: index }]);
    const withUtcLine = report.replace('- **Impact**:', '- **Status**: Resolved at 2024-07-02 10:40 UTC\n\n- **Impact**:');
    const result = importReport('r.md', withUtcLine, { vocabulary, today: '2026-11-30', folderZone });
    expect(result.notes).toContain('the report writes "2024-07-02 10:40 UTC" with its zone, but its times without one were read in Europe/Lisbon: check which zone the report uses (--timezone ZONE reads them in another)');
    // The same line in the zone assumed says nothing new.
    expect(importReport('r.md', withUtcLine, { vocabulary, today: '2026-11-30' }).notes.join('\n')).not.toContain('with its zone');
  });
});
