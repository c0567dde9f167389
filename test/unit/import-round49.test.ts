import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { readRelativeTime, statedDurationMinutes } from '../../src/lib/import/written-time.ts';
import { applyStatedDurations } from '../../src/lib/import/stated-durations.ts';
import { joinedPages, pagedReports } from '../../src/lib/import/report-pages.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { instructionPageReason, pagesBesideReportFolder } from '../../src/lib/import/instruction-pages.ts';
import { readmeIncidentHeading, readmeIncidents, reportPageBelowReadme } from '../../src/lib/import/readme-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { metricsExpositionLines } from '../../src/lib/import/program-log.ts';

// Import round 49 (docs/import.md): "T+N minutes" rows, a timeline table's duration row, one
// report over several pages, chaos experiments and a collection's own pages, READMEs that number
// their incidents or introduce a folder of reports, status updates kept in frontmatter beside a
// body, a site's machinery, an agent's skill, scraped metrics. Names and texts invented; functions
// only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round49');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;

describe('offsets after the start that write no amount', () => {
  it.each([
    ['**T0:** bridge rebooted', { label: 'T0', minutes: 0 }],
    ['**T+N minutes:** shares went stale', { label: 'T+N minutes', unknownAmount: true }],
    ['**T+Minutes:** handles answered', { label: 'T+Minutes', unknownAmount: true }],
    ['T+X min - profile restored', { label: 'T+X min', unknownAmount: true }],
    ['T+?: paged', { label: 'T+?', unknownAmount: true }],
  ])('%s', (row, expected) => {
    expect(readRelativeTime(row)).toMatchObject(expected);
  });
  it.each([['T0:05 deploy'], ['Tuesday: deploy'], ['+N minutes: no T before it']])('%s is none', (row) => {
    expect(readRelativeTime(row)?.unknownAmount).toBeUndefined();
  });
  test('are timeline rows on the incident day, in the order written, not left in the body', () => {
    const result = importReport('2025-06-11-tarn-bridge-flapping.md', fixture('2025-06-11-tarn-bridge-flapping.md'), { vocabulary, today: '2026-12-06' });
    const timeline = frontmatterOf(result.draft).timeline as { at: string; event: string }[];
    expect(timeline.map((row) => row.event.slice(0, 16))).toEqual(['(T0) Firmware 4.', '(T+N minutes) Br', '(T+Minutes) Stor', '(T+~2 hours) Por']);
    expect(timeline.every((row) => row.at.startsWith('2025-06-11'))).toBe(true);
    expect(result.unread).toEqual([]);
    expect(result.notes.join('\n')).toContain('offset of no amount ("T+N minutes") placed on 2025-06-11');
  });
});

describe('a timeline table\'s row that is a length of time', () => {
  it.each([['**40s**', 40 / 60], ['45 minutes', 45], ['1h 20m', 80]])('%s is a duration', (cell, minutes) => {
    expect(statedDurationMinutes(cell)).toBeCloseTo(minutes);
  });
  it.each([['10:15'], ['2026-03-04'], ['40'], ['n/a']])('%s is none', (cell) => {
    expect(statedDurationMinutes(cell)).toBeUndefined();
  });
  test('fills the end it names from the start, is no unread row', () => {
    const result = importReport('kiln-agent-retry-stall.md', fixture('kiln-agent-retry-stall.md'), { vocabulary, today: '2026-12-06' });
    expect(frontmatterOf(result.draft).times).toMatchObject({ started: '2026-03-04T10:15:00Z', resolved: '2026-03-04T10:15:40Z' });
    expect(result.unread).toEqual([]);
    expect(result.inferred.join('\n')).toMatch(/times\.resolved 2026-03-04T10:15:40Z from the timeline's row "Time to recovery \| [*]*40s[*]*", counted from the start 2026-03-04T10:15:00Z/);
  });
  test('agrees silently, disagrees aloud, says what it cannot count', () => {
    const start = '2026-03-04T10:15:00Z';
    expect(applyStatedDurations([{ row: 'Time to recovery | 40s', label: 'Time to recovery', minutes: 40 / 60 }], { started: start, resolved: '2026-03-04T10:15:41Z' }).notes).toEqual([]);
    expect(applyStatedDurations([{ row: 'Total downtime | 2 hours', label: 'Total downtime', minutes: 120 }], { started: start, resolved: '2026-03-04T11:00:00Z' }).notes[0]).toMatch(/does not agree with times.resolved/);
    expect(applyStatedDurations([{ row: 'Time to detect | 4 min', label: 'Time to detect', minutes: 4 }], {}).notes[0]).toMatch(/no start to count it from: times.detected is left to fill/);
    expect(applyStatedDurations([{ row: 'Queue depth | 5m', label: 'Queue depth', minutes: 5 }], { started: start }).filled).toEqual({});
  });
});

describe('one report written over several pages', () => {
  test('parts of one name, and a page "continued"', () => {
    expect(pagedReports(['reports/kiln-outage-part-2.md', 'reports/kiln-outage-part-1.md', 'reports/other.md'])).toEqual([expect.objectContaining({ pages: ['reports/kiln-outage-part-1.md', 'reports/kiln-outage-part-2.md'] })]);
    expect(pagedReports(['ledger-freeze.md', 'ledger-freeze-continued.md'])[0].pages).toEqual(['ledger-freeze.md', 'ledger-freeze-continued.md']);
  });
  test('a folder of a report\'s sections, in a report\'s order', () => {
    expect(pagedReports(['kiln/timeline.md', 'kiln/root-cause.md', 'kiln/overview.md'])[0].pages).toEqual(['kiln/overview.md', 'kiln/timeline.md', 'kiln/root-cause.md']);
  });
  test('numbered chapters, one of them a report\'s sections', () => {
    const [group] = pagedReports(['record/02-refunds/ledger.md', 'record/01-incident/timeline.md', 'record/01-incident/overview.md', 'record/01-incident/drain-mechanics.md']);
    expect(group.pages).toEqual(['record/01-incident/overview.md', 'record/01-incident/timeline.md', 'record/01-incident/drain-mechanics.md', 'record/02-refunds/ledger.md']);
    expect(group.folder).toBe('record');
  });
  it.each([
    ['reports of their own', ['2024-01-02-db.md', '2024-02-03-dns.md']],
    ['one section page among reports', ['kiln/timeline.md', 'kiln/2024-01-02-db.md', 'kiln/2024-02-03-dns.md']],
    ['a page "continued" alone', ['notes-continued.md']],
    ['folders not numbered', ['a/overview.md', 'b/timeline.md']],
  ])('%s are not joined', (_name, names) => {
    expect(pagedReports(names)).toEqual([]);
  });
  test('joined under one title, each page\'s headings one level down, code left as written', () => {
    expect(joinedPages('Kiln record', ['# Overview\n\nText.', '# Timeline\n\n```sh\n# not a heading\n```\n\n## 10:00'])).toBe('# Kiln record\n\n## Overview\n\nText.\n\n## Timeline\n\n```sh\n# not a heading\n```\n\n### 10:00\n');
  });
});

describe('pages that are no reports', () => {
  it.each([
    ['a skill of an AI agent', 'agent-skill/SKILL.md', /AI agent's instructions/],
    ['a coding agent\'s guide', 'CLAUDE.md', /AI agent's instructions/],
    ['a Jekyll layout', 'blog/_layouts/post.html', /layout, include or theme/],
    ['a Jekyll include', '_includes/footer.html', /layout, include or theme/],
    ['a copied library', 'deck/static/reveal-js/plugin/markdown/example.md', /library a site copies in/],
    ['licences in the plural', 'LICENSES', /licence/],
    ['a gem\'s specification', 'theme.gemspec', /a project's or a package's build file/],
    ['a patch', 'patches/@scope__widgets@3.1.0.patch', /a patch \(a change to code\)/],
    ['a chaos experiment', 'Module-Chaos-Queue/exp.md', /chaos experiment/],
    ['an experiment\'s output', 'lab/exp-output.md', /chaos experiment/],
    ['its prerequisites', 'lab/prereq.md', /chaos experiment/],
    ['a site\'s about page', 'about.md', /about the site/],
  ])('%s', (_name, path, why) => {
    expect(notReportReason(path)).toMatch(why);
  });
  it.each([
    ['a report of a chaos test gone wrong, by its day', 'chaos/2025-04-02-chaos-test-took-down-billing.md'],
    ['a report naming an experiment in its words', 'incidents/experimental-flag-outage.md'],
    ['a report of the layouts service', 'layouts-service-outage.md'],
  ])('%s is read', (_name, path) => {
    expect(instructionPageReason(path)).toBeUndefined();
    expect(notReportReason(path)).toBeUndefined();
  });
  test('pages named in capitals beside a folder of reports', () => {
    expect(pagesBesideReportFolder(['SCHEMA.md', 'TAXONOMY.md', 'kiln-outage.md'], ['SCHEMA.md', 'TAXONOMY.md', 'kiln-outage.md', 'incidents/2025-kiln.yaml']).map(({ file }) => file)).toEqual(['SCHEMA.md', 'TAXONOMY.md']);
    expect(pagesBesideReportFolder(['SCHEMA.md'])).toEqual([]);
  });
  test('a program\'s metrics as scraped', () => {
    const metrics = ['# HELP queue_depth messages waiting', '# TYPE queue_depth gauge', 'queue_depth{queue="kiln"} 12', 'queue_depth{queue="glaze"} 0 1717000000000', 'latency_bucket{le="0.5"} 3 # {trace_id="ab12"} 0.41 1717000000.1'].join('\n');
    expect(metricsExpositionLines(metrics)).toBe(5);
    expect(metricsExpositionLines(`${metrics}\nThe queue grew after the deploy.`)).toBe(0);
  });
});

describe('READMEs', () => {
  const readme = (folder: string) => fixture(`${folder}/README.md`);
  test('whose sections number their incidents: one draft each, what is about them all in every draft', async () => {
    const found = readmeIncidents(readme('numbered-readme'))!;
    expect(found.incidents.map((incident) => incident.title)).toEqual(['Incident 1 — Valves stuck open after a package upgrade', 'Incident 2 — Controller hangs at boot after a power cut']);
    const content = await readReportContent(join(fixtures, 'numbered-readme/README.md'), Buffer.from(readme('numbered-readme')));
    expect(content.parts).toHaveLength(2);
    for (const part of content.parts!) {
      expect(part.text).toContain('## From the README, about all 2 incidents');
      expect(part.text).toContain('**Scope:** two unrelated failures');
      expect(part.text).toContain('### Cross-Incident Lessons Learned');
    }
    expect(content.firstPartNotes?.join('\n')).toMatch(/kept in each draft/);
  });
  test('numbered in Portuguese, a later part with the incident before it', () => {
    const found = readmeIncidents(readme('portuguese-readme'))!;
    expect(found.incidents.map((incident) => incident.title)).toEqual(['Incidente Parte 1: O disco do broker encheu', 'Incidente Parte 2: A réplica simulada caiu']);
    expect(found.incidents[1].text).toContain('Subimos a réplica de novo');
    expect(found.opening).toContain('dois incidentes');
  });
  test('above a folder of report pages, a README introduces them', () => {
    expect(reportPageBelowReadme('README.md', ['README.md', 'cases/shrinking-snapshots.md'])).toBe('cases/shrinking-snapshots.md');
    expect(reportPageBelowReadme('README.md', ['README.md', 'logs/incident_1/node_1_dump.txt'])).toBeUndefined();
    expect(reportPageBelowReadme('lab/README.md', ['lab/README.md', 'other/2024-01-02-db.md'])).toBeUndefined();
    expect(readmeIncidents(readme('collection'))).toBeUndefined();
  });
  test('of a program whose sections name action item types is no report', () => {
    // Over the 80 words of prose a report needs, so only its sections decide.
    expect(readmeIncidentHeading('# postmortem-writer\n\nA skill that writes a postmortem of an incident from a chat log, dated 2025-01-02 in its example, with a timeline, a root cause and action items for each finding it is given by the user in the session.\n\n## Usage\n\nRun it in a session after the incident is over and paste the log. It asks for the people who responded, the systems that were touched and the customers who noticed, then writes the draft in four phases and checks each claim against the log before it keeps it.\n\n## Action item types\n\nFix, detect, prevent.\n\n## Installation\n\nClone it into the skills folder.\n')).toBeUndefined();
  });
});

describe('a start the summary states before the first row, the alert', () => {
  it.each([
    ['an opening instant', '2026-05-02-ledger-500s.md', { started: '2026-05-02T09:30:00Z', detected: '2026-05-02T09:35:00Z', resolved: '2026-05-02T10:15:00Z' }],
    ['a span of two times that holds every row', '2026-06-09-glaze-gateway-latency.md', { started: '2026-06-09T14:00:00Z', detected: '2026-06-09T14:05:00Z', resolved: '2026-06-09T15:15:00Z' }],
  ])('%s', (_name, file, expected) => {
    const result = importReport(file, fixture(file), { vocabulary, today: '2026-12-06' });
    expect(frontmatterOf(result.draft).times).toMatchObject(expected);
  });
});

describe('status updates kept in frontmatter beside a body', () => {
  test('each update in the body and the timeline once, the end from resolvedDate', async () => {
    const content = await readReportContent(join(fixtures, '2024-09-02-ward-chat-degraded.md'), Buffer.from(fixture('2024-09-02-ward-chat-degraded.md')));
    const result = importReport('2024-09-02-ward-chat-degraded.md', content.text, { vocabulary, today: '2026-12-06' });
    const { body } = splitFrontmatter(result.draft);
    const draft = frontmatterOf(result.draft);
    expect(`${draft.summary}\n${body}`).toContain('Ward chat sessions drop after a few seconds.');
    // Once in the page; the imported metadata (internal) keeps the frontmatter as written.
    expect(body.split('<Internal>')[0].split('Chat sessions stay connected again.').length).toBe(2);
    expect(draft.times).toMatchObject({ started: '2024-09-02T07:10:00Z', resolved: '2024-09-02T08:05:00Z' });
  });
});
