import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { readRelativeTime } from '../../src/lib/import/written-time.ts';
import { clockTimesAreOffsets, statedLengths } from '../../src/lib/import/clock-offset-rows.ts';
import { actionTitleOf, labelledPriority } from '../../src/lib/import/action-item-rows.ts';
import { findFolderIndexPages, mayBeIncidentExportFile, notReportByOpening, notReportReason } from '../../src/lib/import/report-files.ts';
import { loadingPlaceholderWords, viewTemplateEngine } from '../../src/lib/import/view-templates.ts';
import { readPostmortemRecords } from '../../src/lib/import/postmortem-records.ts';
import { incidentPartsWhy, readmeIncidentPartsNote, readmeIncidents } from '../../src/lib/import/readme-report.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';

// Import round 50 (docs/import.md): clock times that are minutes from the start, "T-72h", a Hugo
// site of one page, a web app's view templates and placeholders, a built page of no text, action
// items labelled "Action Item:" with "[Priority: High]", postmortems kept as YAML records, a program's
// test data, one incident written in parts. Names and texts invented; functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round50');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('clock times that are minutes from the start', () => {
  it.each([
    ['Time to Resolution: ~5 minutes', 5],
    ['the hands-on diagnosis time was ~4 minutes', 4],
    ['The outage lasted 2 hours', 120],
    ['**Duration:** 15 min', 15],
  ])('%s states a length', (text, minutes) => {
    expect(statedLengths(text).map((length) => length.minutes)).toEqual([minutes]);
  });
  it.each([
    [['00:00', '00:02', '00:05'], [{ minutes: 5, words: '~5 minutes' }], '', true],
    [['00:00', '00:15'], [], 'Timeline (minutes from detection)', true],
    // Past the stated length, or far short of it, or not opening at 00:00, or going back: clock times.
    [['00:00', '00:20', '00:45'], [{ minutes: 5, words: '~5 minutes' }], '', false],
    [['00:00', '00:01'], [{ minutes: 60, words: '1 hour' }], '', false],
    [['00:05', '00:06'], [{ minutes: 5, words: '~5 minutes' }], '', false],
    [['00:00', '00:04', '00:02'], [{ minutes: 5, words: '~5 minutes' }], '', false],
    [['00:00', '00:20'], [], 'Timeline', false],
  ])('%j under %j, heading %j: offsets %s', (times, lengths, heading, expected) => {
    expect(clockTimesAreOffsets(times, lengths, heading) !== undefined).toBe(expected);
  });
  it.each([
    ['**T-72h** - last backup written', { label: 'T-72h', minutes: -4320 }],
    ['T-30m: deploy started', { label: 'T-30m', minutes: -30 }],
  ])('%s is an offset before the start', (row, expected) => {
    expect(readRelativeTime(row)).toMatchObject(expected);
  });
  it.each([['T-Mobile outage'], ['T-0: nothing before'], ['T-shirt order']])('%s is none', (row) => {
    expect(readRelativeTime(row)).toBeUndefined();
  });
  test('are placed from the start the report states, "T-48h" two days before it, none at midnight', () => {
    const result = importReport('2026-02-14-quill-queue-stuck.md', fixture('2026-02-14-quill-queue-stuck.md'), { vocabulary, today: '2026-12-06' });
    const timeline = frontmatterOf(result.draft).timeline as { at: string; event: string }[];
    expect(timeline.map((row) => row.at)).toEqual(['2026-02-12T09:10:00Z', '2026-02-14T09:10:00Z', '2026-02-14T09:12:00Z', '2026-02-14T09:14:00Z', '2026-02-14T09:16:00Z']);
    expect(result.unread).toEqual([]);
    expect(result.notes.join('\n')).toContain('rows written "00:00" to "00:06" read as minutes from the start (T+0 to T+6m), not as times of day');
  });
  test('without a day or a start, are kept in the body and said as offsets, "T-72h" too', () => {
    const result = importReport('kettle-lab-cron-silent.md', fixture('kettle-lab-cron-silent.md'), { vocabulary, today: '2026-12-06' });
    expect(result.unread.map((row) => row.reason)).toEqual([
      'relative time "T-72h": the report states no start time or day to count from (kept in the body)',
      ...['00:00', '00:01', '00:03', '00:04'].map((label) => `relative time "${label}": the report states no start time or day to count from (kept in the body)`),
    ]);
    expect(result.notes.join('\n')).toContain('within the 4 minute(s) the report states ("hands-on diagnosis time was ~4 minutes")');
  });
  test('a timeline in UTC that opens at midnight keeps its clock times', () => {
    const result = importReport('2026-03-02-anvil-night-batch.md', fixture('2026-03-02-anvil-night-batch.md'), { vocabulary, today: '2026-12-06' });
    expect((frontmatterOf(result.draft).timeline as { at: string }[]).map((row) => row.at)).toEqual(['2026-03-02T00:00:00Z', '2026-03-02T00:20:00Z', '2026-03-02T00:45:00Z']);
  });
});

describe('action items labelled as such, with a priority in words', () => {
  it.each([
    ['Action Item: Expire the spool lock. [Priority: High]', 'Expire the spool lock.'],
    ['Follow-up: rotate the key', 'rotate the key'],
    ['Action item 3 - add an alert', 'add an alert'],
    ['Action: taken by the on-call', 'Action: taken by the on-call'],
  ])('%s is titled %s', (text, title) => {
    expect(actionTitleOf(text)).toBe(title);
  });
  it.each([
    ['[Priority: High]', 'P1'], ['(priority: critical)', 'P0'], ['Priority - Low', 'P3'], ['priority: medium', 'P2'],
  ])('%s is %s', (text, priority) => {
    expect(labelledPriority(text)?.priority).toBe(priority);
  });
  it.each([['[Priority: High/Medium]'], ['priority: later'], ['a high priority fix']])('%s is no priority', (text) => {
    expect(labelledPriority(text)).toBeUndefined();
  });
  test('the draft\'s items keep their words, the priority a field, said', () => {
    const result = importReport('2026-02-14-quill-queue-stuck.md', fixture('2026-02-14-quill-queue-stuck.md'), { vocabulary, today: '2026-12-06' });
    const items = frontmatterOf(result.draft).actionItems as { title: string; priority?: string }[];
    expect(items.map(({ title, priority }) => [title, priority])).toEqual([
      ['Expire the spool lock when its owner is gone.', 'P1'],
      ['Alert when no job has printed for an hour during office hours.', 'P2'],
      ['Document how to clear the lock by hand.', undefined],
    ]);
    expect(result.notes.join('\n')).toContain('AI-1: priority P1, read from "Priority: High"');
    expect(result.draft).toContain('- **Action Item**: Expire the spool lock when its owner is gone. [Priority: High]');
  });
});

describe('postmortems kept as YAML records', () => {
  test('one a file: its sections of prose and nested fields in the body, the record whole in the metadata', async () => {
    const content = await readReportContent('2025-loom-agent-deleted-branch.yaml', bytes(fixture('yaml-records/2025-loom-agent-deleted-branch.yaml')));
    expect(content.parts).toHaveLength(1);
    const result = importReport('2025-loom-agent-deleted-branch.yaml', content.parts![0].text, { vocabulary, today: '2026-12-06' });
    const data = frontmatterOf(result.draft);
    expect(data.title).toBe('Loom coding agent force-pushed over a shared release branch');
    expect(result.notes.join('\n')).toContain("the report states the incident's day, 2025-09-03");
    for (const words of ['## Root cause', 'nothing checked the', '- The release branch was not protected', '- Repositories: 1', 'One shared release branch lost eleven commits', '- Url: https://example.invalid/loom/agent-push', 'schema_version']) expect(result.draft).toContain(words);
  });
  test('a list of them: each with a title, a day and two sections a report, the rest said', () => {
    const read = readPostmortemRecords(fixture('yaml-records/incidents-2024.yml'))!;
    expect(read.reports.map((report) => /^# (.+)$/m.exec(report.text)?.[1])).toEqual(['Thimble cache served stale prices', 'Bobbin uploads rejected for an afternoon']);
    expect(read.reports[1].text).toContain('## Action items\n\n- Split the proxy limits by environment');
    expect(read.notes[0]).toContain('a list of 3 postmortem records under `incidents`');
    expect(read.notes[0]).toContain('1 record(s) without a title, a day and two sections of prose not imported');
  });
  it.each([
    ['a site configuration', 'title: Docs\nbaseURL: https://example.invalid/\n'],
    ['a record with one section', 'title: Short\ndate: 2024-01-02\nsummary: Something broke for a while and then it worked again.\n'],
    ['no YAML', 'title: [unclosed\n'],
  ])('%s is none', (_, yaml) => {
    expect(readPostmortemRecords(yaml)).toBeUndefined();
  });
  it.each([
    ['tests/fixtures/2099-invalid-slug.md', true], ['spec/fixtures/incident.md', true], ['pkg/testdata/x.md', false],
    ['incidents/2025-loom.md', false], ['test-plans/outage.md', false],
  ])('%s is a program\'s test data: %s', (name, expected) => {
    expect(notReportReason(name) === 'a program\'s test data (under tests/fixtures/, spec/fixtures/, testdata/)').toBe(expected);
  });
  it.each([['tests/fixtures/2099-invalid-slug.yaml', false], ['spec/fixtures/incidents.yml', false], ['incidents/2025-loom.yaml', true]])('%s may hold incidents: %s', (name, expected) => {
    expect(mayBeIncidentExportFile(name)).toBe(expected);
  });
});

describe('pages of a site or an app that hold no report', () => {
  it.each([
    ['Qute', '{#include base}\n{#title}{stats.name}{/title}\n<div class="menu"><a href="/bugs/">Bugs</a></div>\n{#for entry in stats.entries}<tr><td>{entry.name}</td></tr>{/for}'],
    ['EJS or Underscore', '<div id="svc">\n<h3><%= obj.name %></h3>\n<ul><% _.each(obj.items, function(item) { %><li><%= item.label %></li><% }); %></ul>\n</div>'],
    ['Handlebars or Mustache', '<ul>{{#each incidents}}<li>{{title}}</li>{{/each}}</ul>'],
  ])('a %s view template', (engine, text) => {
    expect(viewTemplateEngine(text)).toBe(engine);
  });
  test('a report with template tags and sentences of its own is none', () => {
    expect(viewTemplateEngine('<% if (x) { %><p>The billing database ran out of connections at noon and every checkout failed for twelve minutes.</p><% } %>')).toBeUndefined();
  });
  it.each([
    ['<div id="timelineWidget">Timeline loading...</div>', 'Timeline loading...'],
    ['<div>Loading…</div>', 'Loading…'],
    ['<p>Disk full on the loading dock scanner</p>', undefined],
  ])('%s is a placeholder: %s', (text, words) => {
    expect(loadingPlaceholderWords(text)).toBe(words);
  });
  it('a view template read is refused as a page of no report (passed over in a folder)', async () => {
    await expect(readReportContent('widget.htm', bytes('<div><% _.each(a, function(b) { %><p><%= b %></p><% }); %></div>'))).rejects.toBeInstanceOf(ListingPageError);
  });
  it('a built page of styles only is a page of no report (passed over in a folder, not a failure)', async () => {
    await expect(readReportContent('split.html', bytes('<html><head><style>.left { flex: 1; }</style></head><body><div class="left"></div></body></html>'))).rejects.toBeInstanceOf(ListingPageError);
  });
  test('Hugo\'s home page with no other page in content/ is the site\'s one page; a section\'s is a contents page', () => {
    expect([...findFolderIndexPages(['deck/content/_index.md', 'deck/README.md'])]).toEqual([]);
    expect([...findFolderIndexPages(['site/content/_index.md', 'site/content/posts/2024-outage.md'])]).toEqual(['site/content/_index.md']);
    expect([...findFolderIndexPages(['site/content/posts/_index.md'])]).toEqual(['site/content/posts/_index.md']);
  });
});

describe('a README of one incident written in parts', () => {
  test('is one report, said why', () => {
    const text = fixture('spanish-readme/README.md');
    expect(readmeIncidents(text)).toBeUndefined();
    expect(readmeIncidentPartsNote(text)).toBe('its sections "Incidente Parte 1: El disco del broker se llenó", "Incidente Parte 2: El consumidor simulado se cayó" are numbered as parts, and its opening speaks of one incident ("un incidente"): one draft of the whole README, not one per part');
  });
  it.each([
    [['Incidente Parte 1: a', 'Incidente Parte 2: b'], 'documenta dois incidentes num laboratório, um incidente por parte', false],
    [['Incident 1 — disk', 'Incident 2 — queue'], 'This lab had one incident after another.', false],
    [['Incident Part 1: disk', 'Incident Part 2: queue'], 'This repository records an incident in two parts.', true],
    [['Incident Part 1: disk', 'Incident Part 2: queue'], 'Notes from the lab.', false],
  ])('%j under %j: one incident %s', (headings, opening, expected) => {
    expect(incidentPartsWhy(headings, opening) !== undefined).toBe(expected);
  });
});

describe('a program\'s files beside its postmortem', () => {
  it.each([
    ['mysql/conf.d/mysqld.cnf'], ['nginx/nginx.conf'], ['manifests/0-create_a_file.pp'], ['lib/Kiln/Web.pm'], ['app.psgi'], ['config.ru'],
    ['phpstan.neon.dist'], ['Kiln.Web/Kiln.Web.csproj'], ['Kiln.sln'], ['NuGet.Config'], ['keys/deploy.pub'], ['certs/site.pem'], ['units/gunicorn.service'], ['cpanfile'], ['templates/incident/tweet/create.tmpl'], ['Caddyfile'], ['flake.nix'], ['src/app/pm-header/pm-header.component.html'],
  ])('%s is no report', (name) => {
    expect(notReportReason(name)).toBeDefined();
  });
  it.each([['2024-05-06-kiln-outage.md'], ['notes/outage.txt'], ['conference-outage.md']])('%s may be one', (name) => {
    expect(notReportReason(name)).toBeUndefined();
  });
  it.each([
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA', true], ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA kiln@lab', true],
    ['-----BEGIN CERTIFICATE-----\nMIID', true], ['Kiln outage: the key expired\n', false], ['2\n', true], ['42 - 7\n', true], ['\u007fELF\u0002\u0001\u0001\u0000', true], ['data\u0000\u0001\u0002', true], ['MZ is the name of our build host\nand it went down', false],
  ])('a file without extension opening %j is passed over: %s', (opening, expected) => {
    expect(notReportByOpening('0x0B-ssh/school', () => opening) !== undefined).toBe(expected);
  });
  it('a key under a report\'s extension is refused, its text in no draft', async () => {
    await expect(readReportContent('deploy-key.txt', bytes('-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n'))).rejects.toBeInstanceOf(ListingPageError);
  });
});
