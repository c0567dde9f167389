import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, openingSpan } from '../../src/lib/import/import-report.ts';
import { readIncidentRecord, recordInstant } from '../../src/lib/import/incident-records.ts';
import { NotAReportError, isTemplateListingPage, readReportContent } from '../../src/lib/import/report-content.ts';
import { mayBeIncidentExportFile } from '../../src/lib/import/report-files.ts';
import { plannedWorkOf } from '../../src/lib/import/planned-work.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { firstUpdateAsSummary } from '../../src/lib/import/body-headings.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { parseZone, type Zone } from '../../src/lib/import/time-zones.ts';

// Round 14 (docs/import.md): a status page that keeps each incident as a YAML record (the VSC's
// `incidents/<site>_<day>.yml`: `meta_data` over `content`), planned maintenances beside the
// incidents, a post published days after the timeline it reports, Statusfy's other states, and a
// status page's first update that is also the summary. The fixtures are modelled on these shapes,
// written anew.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const records = join(root, 'test/fixtures/import/status-records');
const today = '2026-12-02';

async function importRecord(name: string, zone?: Zone) {
  const file = join(records, name);
  const content = await readReportContent(file, readFileSync(file));
  const result = importReport(`status-records/${name}`, content.text, { vocabulary, today, exportKind: content.exportKind, keepPlannedWork: true, ...(zone ? { zone } : {}) });
  const { yaml, body } = splitFrontmatter(result.draft);
  const id = result.fileName.replace(/\.mdx$/, '');
  const check = validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
  return { content, result, data: parseYaml(yaml) as Record<string, any>, body, errors: check.findings.filter((f) => f.severity === 'error') };
}

describe('an incident kept as a YAML record', () => {
  test('its title, day, start and end, level and text make a valid draft; HTML made Markdown, no word lost', async () => {
    const { content, result, data, body, errors } = await importRecord('gpu_20240312.yml');
    expect(errors).toEqual([]);
    expect(content.exportKind).toBe('status page incident (YAML)');
    expect(result.fileName).toBe('2024-03-12-gpu-nodes-unreachable-after-a-switch-reboot.mdx');
    expect(data.title).toBe('GPU nodes unreachable after a switch reboot');
    // "2024-3-12 9:05:00" is a day and a time, padded; no zone is stated, so it is read as UTC and the draft says so.
    expect(String(data.times.started.toISOString?.() ?? data.times.started)).toMatch(/^2024-03-12T09:05:00(?:\.000)?Z$/);
    expect(String(data.times.resolved.toISOString?.() ?? data.times.resolved)).toMatch(/^2024-03-13T07:40:00(?:\.000)?Z$/);
    expect(result.draft).toMatch(/# Times without a zone of their own were read as UTC/);
    // "medium" is the record's level: a severity word.
    expect(data.severity).toBe('SEV-3');
    expect(data.summary).toBe('Jobs on the GPU partition cannot start: the nodes lost their uplink when a top-of-rack switch rebooted.');
    expect(body).toContain('[partition overview](https://status.example.org/gpu)');
    expect(body).toContain('**update 13/03/2024** all GPU nodes are back and accept jobs again.');
    expect(body).toContain('affected: compute_east, storage_east');
    expect(body).not.toMatch(/<\/?(?:p|li|ul|b)>/);
    expect(result.plannedWork).toBeUndefined();
    const html = readFileSync(join(records, 'gpu_20240312.yml'), 'utf8').split('content: >')[1];
    expect(findLostSentences(html, 'html', result.draft)).toEqual([]);
  });

  test('--timezone places its local times (Europe/Brussels: 09:05 is 08:05 UTC in March)', async () => {
    const { data } = await importRecord('gpu_20240312.yml', parseZone('Europe/Brussels'));
    expect(String(data.times.started.toISOString?.() ?? data.times.started)).toMatch(/^2024-03-12T08:05:00(?:\.000)?Z$/);
  });

  test('a record marked planned is a maintenance: no severity from its level, a note, and listed', async () => {
    const { result, data, body, errors } = await importRecord('scratch_20240402.yml');
    expect(errors).toEqual([]);
    expect(data.severity).toBeUndefined();
    expect(result.plannedWork).toBe('planned: yes');
    expect(result.notes.join('\n')).toMatch(/planned maintenance, not an incident \(its metadata says `planned: yes`\)/);
    expect(body.trim()).toMatch(/^Planned maintenance of a status page kept as a YAML file; level: high; affected: storage_east\./);
  });

  test('YAML that is no record (a site\'s configuration) holds no report; a lockfile or CI file is never read', async () => {
    expect(readIncidentRecord(readFileSync(join(records, 'site.yml'), 'utf8'))).toBeUndefined();
    await expect(readReportContent(join(records, 'site.yml'), readFileSync(join(records, 'site.yml')))).rejects.toBeInstanceOf(NotAReportError);
    expect(readIncidentRecord('title: [unclosed')).toBeUndefined();
    expect(mayBeIncidentExportFile('incidents/kul_20250711.yml')).toBe(true);
    expect(mayBeIncidentExportFile('pnpm-lock.yaml')).toBe(false);
    expect(mayBeIncidentExportFile('.github/workflows/build.yml')).toBe(false);
    expect(mayBeIncidentExportFile('appveyor.yml')).toBe(false);
  });

  test('the summary is what happened: not the title over the text, not an update written on top, the original message when labelled', () => {
    // A folded scalar's blank line is a single line break in the value: the paragraphs stay apart.
    const titled = readIncidentRecord('meta_data:\n  title: Login node reboot\n  start_date: 2024-06-01 10:00:00\ncontent: >\n\n  Login node reboot\n\n  The login nodes restart at ten; running jobs are not affected.\n')!;
    expect(titled.text).toMatch(/^summary: The login nodes restart at ten; running jobs are not affected\.$/m);
    expect(titled.text).toContain('\n\nLogin node reboot\n\nThe login nodes restart at ten');
    const updated = readIncidentRecord('meta_data:\n  title: Storage down\n  start_date: 2024-06-01 10:00:00\ncontent: >\n  <p><b>Update 02/06/2024 - 09:00</b><br/>Storage is back.</p>\n  <p>Thanks for your patience!</p>\n  <p><b>Original message:</b><br/>The storage cluster lost power.</p>\n')!;
    expect(updated.text).toMatch(/^summary: The storage cluster lost power\.$/m);
    const unlabelled = readIncidentRecord('meta_data:\n  title: Portal errors\n  start_date: 2024-06-01 10:00:00\ncontent: >\n  <p>UPDATE: the errors are gone.</p>\n  <p>The portal returns errors for some users.</p>\n')!;
    expect(unlabelled.text).toMatch(/^summary: The portal returns errors for some users\.$/m);
  });

  test('record instants: padded, a zone kept, a non-date refused', () => {
    expect(recordInstant('2022-12-2 17:00:00')).toEqual({ day: '2022-12-02', time: '17:00' });
    expect(recordInstant('2023-03-17 2:45:00')).toEqual({ day: '2023-03-17', time: '02:45' });
    expect(recordInstant('2023-03-17T02:45:00Z')).toEqual({ day: '2023-03-17', time: '02:45', zone: 'UTC' });
    expect(recordInstant('2023-03-17')).toEqual({ day: '2023-03-17' });
    expect(recordInstant('Unknown')).toBeUndefined();
    expect(recordInstant('2023-13-45 10:00')).toBeUndefined();
  });

  test('a folder of records with --maintenances: one draft each, the configuration passed over, the maintenances listed at the end', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-records-')), 'postmortems');
    const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), records, '--out', out, '--maintenances'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 files: 2 imported, 0 not imported; 2 valid drafts/);
    expect(readdirSync(out).sort()).toEqual(['2024-03-12-gpu-nodes-unreachable-after-a-switch-reboot.mdx', '2024-04-02-scratch-filesystem-firmware-upgrade.mdx']);
    expect(run.stdout).toMatch(/1 draft\(s\) are planned maintenances, not incidents .*\n {2}\S*2024-04-02-scratch-filesystem-firmware-upgrade\.mdx$/m);
    expect(run.stdout).not.toMatch(/2024-03-12-gpu-nodes[^\n]*\n*$/);
  }, 60_000);
});

describe('planned work by its metadata', () => {
  test('a maintenance state, planned: yes, maintenance: true; an incident is none', () => {
    expect(plannedWorkOf({ severity: 'under-maintenance' })).toBe('severity: under-maintenance');
    expect(plannedWorkOf({ planned: 'yes' })).toBe('planned: yes');
    expect(plannedWorkOf({ maintenance: true })).toBe('maintenance: true');
    expect(plannedWorkOf({ planned: 'no', severity: 'major-outage' })).toBeUndefined();
    expect(plannedWorkOf({ status: 'resolved' })).toBeUndefined();
    expect(plannedWorkOf(undefined)).toBeUndefined();
  });
});

describe('a post published after the timeline it reports', () => {
  test('the incident day is the timeline\'s first day, not the post\'s', () => {
    const source = readFileSync(join(root, 'test/fixtures/import/posts/credential-phishing-wave.md'), 'utf8');
    const result = importReport('posts/credential-phishing-wave.md', source, { vocabulary, today });
    expect(result.fileName).toBe('2024-05-16-phishing-wave-against-package-maintainers-incident-report.mdx');
    expect(result.inferred).toContain('incident day 2024-05-16 from its timeline\'s first row, not the day the post was published (the metadata\'s date, 2024-05-20)');
    expect(result.notes.join('\n')).not.toMatch(/is not the day its timeline starts/);
  });

  test('a timeline that starts more than 45 days before the post (a year\'s background) keeps the post\'s day, and says so', () => {
    const source = '---\ntitle: Token leak report\ndate: 2024-05-20\n---\n\nA token leaked.\n\n## Timeline\n\n- 2023-01-10 10:00 The token was created.\n- 2024-05-18 09:00 The token was found in a public log.\n';
    const result = importReport('posts/token-leak.md', source, { vocabulary, today });
    expect(result.fileName).toMatch(/^2024-05-20-/);
    expect(result.notes.join('\n')).toMatch(/is not the day its timeline starts, 2023-01-10/);
  });

  test('a status page issue\'s date is its start and stays', () => {
    const source = '---\ntitle: API errors\ndate: 2024-05-20T10:00:00Z\nresolvedWhen: 2024-05-20T12:00:00Z\nresolved: true\n---\n\nErrors on the API.\n\n## Timeline\n\n- 2024-05-18 09:00 An earlier deploy shipped the faulty client.\n';
    expect(importReport('issues/api.md', source, { vocabulary, today }).fileName).toMatch(/^2024-05-20-/);
  });
});

describe('status page states other than Investigating, Monitoring and Resolved', () => {
  test('Completed ends the work, Fix and Verifying are mitigations, Scheduled an announcement', () => {
    expect(inferTimelineKind('*Completed* - The maintenance is over.')).toBe('resolution');
    expect(inferTimelineKind('*Complete* - Deployment to the new cluster is done.')).toBe('resolution');
    expect(inferTimelineKind('*Fix* - We changed the DNS record back.')).toBe('mitigation');
    expect(inferTimelineKind('*Verifying* - We check the nodes one by one.')).toBe('mitigation');
    expect(inferTimelineKind('*Scheduled* - The database will be upgraded on Sunday.')).toBe('communication');
  });

  test('Identified, Update and In progress say no kind: the words do', () => {
    expect(inferTimelineKind('*Identified* - The cause is a full disk.')).toBe('other');
    expect(inferTimelineKind('*Update* - Traffic was failed over to the second region.')).toBe('mitigation');
    // "complete" inside a row is no label.
    expect(inferTimelineKind('The complete list of nodes was checked.')).not.toBe('resolution');
  });
});

describe('a status page\'s first update, which is the summary', () => {
  test('its row in the body keeps its time and state and points to the summary; the timeline keeps its words', async () => {
    const file = join(root, 'test/fixtures/import/status-exports/status-site-first-update.json');
    const content = await readReportContent(file, readFileSync(file));
    const part = content.parts![0];
    const result = importReport(`status-exports/status-site-first-update.json${part.label}`, part.text, { vocabulary, today, exportKind: content.exportKind, exportStartField: content.exportStartField });
    const { yaml, body } = splitFrontmatter(result.draft);
    const data = parseYaml(yaml) as Record<string, any>;
    expect(data.summary).toBe('Webhooks are delivered up to twenty minutes late. We are investigating.');
    expect(data.timeline[0].event).toBe('Investigating - Webhooks are delivered up to twenty minutes late. We are investigating.');
    expect(data.timeline[0].kind).toBe('detection');
    expect(body).toContain('- 2024-11-05 16:02 UTC *Investigating* - (its words are the summary, above)');
    expect(body).toContain('- 2024-11-05 16:31 UTC *Identified* - A queue consumer stopped after a deploy; we are restarting it.');
    expect(body.split('<Internal>')[0].match(/Webhooks are delivered up to twenty minutes late/g)).toBeNull();
    expect(result.notes.join('\n')).toMatch(/the first update is the summary/);
  });

  test('only the paragraph that is the summary: a second paragraph of the update stays; other words keep the row whole', () => {
    const body = 'Intro.\n\n## Timeline\n\n- 2024-11-05 16:02 UTC *Investigating* - Webhooks are late.\n\n  No webhook is lost.\n- 2024-11-05 17:05 UTC *Resolved* - Fixed.\n';
    expect(firstUpdateAsSummary(body, 'Webhooks are late.').markdown).toContain('*Investigating* - (its words are the summary, above)\n\n  No webhook is lost.\n');
    expect(firstUpdateAsSummary(body, 'Webhooks are late for some.')).toEqual({ markdown: body, replaced: false });
    expect(firstUpdateAsSummary('Intro.\n\nWebhooks are late.\n', 'Webhooks are late.').replaced).toBe(false);
    // A link would lose its address in the plain-text lead: the row stays as written.
    const linked = 'Intro.\n\n## Timeline\n\n- 2024-11-05 16:02 UTC *Investigating* - See the [status page](https://status.example.org).\n';
    expect(firstUpdateAsSummary(linked, 'See the [status page](https://status.example.org).').replaced).toBe(false);
    const same = 'Intro.\n\n## Timeline\n\n- 2024-11-05 16:02 UTC *Investigating* - Webhooks are\n  late.\n- 2024-11-05 17:05 UTC *Resolved* - Fixed.\n';
    expect(firstUpdateAsSummary(same, 'Webhooks are late.').markdown).toBe('Intro.\n\n## Timeline\n\n- 2024-11-05 16:02 UTC *Investigating* - (its words are the summary, above)\n- 2024-11-05 17:05 UTC *Resolved* - Fixed.\n');
  });
});

describe('a site generator\'s pages (a working group\'s Jekyll site)', () => {
  const site = join(root, 'test/fixtures/import/site-pages');
  const importPage = (name: string) => importReport(`site-pages/${name}`, readFileSync(join(site, name), 'utf8'), { vocabulary, today });

  test('the span its opening states is the start, not the rows that led to it; its end fills an end left open', () => {
    const result = importPage('2024/09/20/post-mortem.md');
    const data = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>;
    expect(result.fileName).toBe('2024-09-12-search-index-stale-12-september-2024.mdx');
    expect(String(data.times.started.toISOString?.() ?? data.times.started)).toMatch(/^2024-09-12T06:40:00(?:\.000)?Z$/);
    expect(String(data.times.detected.toISOString?.() ?? data.times.detected)).toMatch(/^2024-09-12T06:52:00(?:\.000)?Z$/);
    expect(result.inferred.join('\n')).toMatch(/times\.started 2024-09-12T06:40:00Z from the span its opening states \("from 2024-09-12 06:40 \(UTC\) until the 2024-09-12 11:05 \(UTC\)[^"]*"\), not its first timeline row \(2024-09-05T10:00:00Z\)/);
    // The row of a week before stays in the timeline.
    expect(data.timeline[0].event).toMatch(/^Indexer upgraded/);
  });

  test('openingSpan reads "from <time> UTC on <day> until …", and nothing from a "from … to …" without times', () => {
    expect(openingSpan('From 21:33 UTC on 25 June 2025 until 13:22 UTC on 26 June 2025 (about 16 hours), diffs stopped.', { year: 2025 }))
      .toMatchObject({ started: '2025-06-25T21:33:00Z', resolved: '2025-06-26T13:22:00Z' });
    expect(openingSpan('We moved from CentOS 7 to Rocky 8 over the weekend.', { year: 2025 })).toBeUndefined();
    expect(openingSpan('Degraded from 2022-07-18T10:00:00Z to 2022-07-18T07:30:00Z.', { year: 2022 })).toBeUndefined();
  });

  test('a page under its day\'s folders is dated by them, or by a day its opening names', () => {
    expect(importPage('2024/09/20/maintenance-notice.md').fileName).toBe('2024-09-18-notice-indexer-maintenance.mdx');
    const undated = importReport('site-pages/notes/maintenance-notice.md', readFileSync(join(site, '2024/09/20/maintenance-notice.md'), 'utf8').replace('On 18 September 2024, the', 'The'), { vocabulary, today });
    expect(undated.fileName).toBe('notice-indexer-maintenance.mdx');
    const byFolders = importReport('site-pages/2024/09/20/maintenance-notice.md', readFileSync(join(site, '2024/09/20/maintenance-notice.md'), 'utf8').replace('On 18 September 2024, the', 'The'), { vocabulary, today });
    expect(byFolders.fileName).toBe('2024-09-20-notice-indexer-maintenance.mdx');
  });

  test('a page of template code only (a Liquid listing of the post-mortems) holds no report', async () => {
    expect(isTemplateListingPage(readFileSync(join(site, 'post-mortems.md'), 'utf8'))).toBe(true);
    await expect(readReportContent(join(site, 'post-mortems.md'), readFileSync(join(site, 'post-mortems.md')))).rejects.toBeInstanceOf(NotAReportError);
    // A sentence of its own makes it a report, template tags or not.
    expect(isTemplateListingPage('# Outage\n\n{% include banner.html %}\n\nThe API was down for an hour.\n')).toBe(false);
    expect(isTemplateListingPage('# Outage\n\nThe API was down for an hour.\n')).toBe(false);
    // One tag that stands for a post published elsewhere (GitBook's embed) is no listing: it says where the report is.
    expect(isTemplateListingPage('# Key leak\n\n{% embed url="https://blog.example.org/key-leak" %}\n')).toBe(false);
  });
});
