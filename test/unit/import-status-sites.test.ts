import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { statusUpdateBlocks } from '../../src/lib/import/update-blocks.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { readWrittenSeverity } from '../../src/lib/import/written-severity.ts';
import { metadataTimes } from '../../src/lib/import/metadata-times.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 13 (docs/import.md): status pages kept in git whose updates are blocks of their own markup,
// Statusfy's `::: update <State> | <instant>` containers (Stencila's status page) and an MDX
// `<Update date="…">` component (UGRC's Astro status site), and their frontmatter (`affectedsystems`,
// `resolved`, `severity: major-outage`). The fixtures are modelled on their shapes, written anew.
const root = resolve(import.meta.dirname, '../..');
const reportsDir = join(root, 'test/fixtures/import/reports');
const vocabulary = loadVocabulary(join(root, 'content'));
const importFixture = (name: string) => {
  const source = readFileSync(join(reportsDir, name), 'utf8');
  const result = importReport(`reports/${name}`, source, { vocabulary, today: '2026-12-02', keepPlannedWork: true });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { source, result, data: parseYaml(yaml) as Record<string, any>, body };
};
const kinds = (data: Record<string, any>) => (data.timeline ?? []).map((row: { kind: string }) => row.kind);

describe('update blocks of a status page kept in git', () => {
  test('a Statusfy container becomes a labelled paragraph and an update; the closing ::: goes', () => {
    const { markdown, updates } = statusUpdateBlocks('Opening words.\n\n::: update Monitoring | 2022-04-01T10:20:30.000Z\nA fix is out.\n\nWe watch the queue.\n:::\n');
    expect(updates).toEqual([{ at: '2022-04-01T10:20:30.000Z', state: 'Monitoring', text: 'A fix is out.\n\nWe watch the queue.' }]);
    expect(markdown).toBe('Opening words.\n\n**Monitoring, 2022-04-01T10:20:30.000Z:** A fix is out.\n\nWe watch the queue.\n');
  });

  test('an MDX component with a date, over several indented lines, becomes one; its import line a comment', () => {
    const source = "import Update from '@components/Update.astro';\n\nOpening words.\n\n<Update date=\"2022-04-01T10:20:30Z\">\n  Traffic is back\n  on the new node.\n</Update>\n";
    const { markdown, updates } = statusUpdateBlocks(source, { mdx: true });
    expect(updates).toEqual([{ at: '2022-04-01T10:20:30Z', text: 'Traffic is back\non the new node.' }]);
    expect(markdown).toContain("<!-- import Update from '@components/Update.astro'; -->");
    expect(markdown).toContain('**Update, 2022-04-01T10:20:30Z:** Traffic is back\non the new node.');
    expect(markdown).not.toContain('</Update>');
  });

  test('an update at an offset is placed in UTC', () => {
    const source = "---\ntitle: Mail not sent\ndate: 2017-09-07T23:05:25.000Z\nseverity: partial-outage\naffectedSystems:\n  - api\nresolved: true\n---\n\nSign-up mails were not sent.\n\n<Update date=\"2017-09-07T17:25:25-06:00\">The mail relay was restarted.</Update>\n";
    const result = importReport('mail.mdx', source, { vocabulary, today: '2026-12-02' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>;
    expect(data.timeline[0]).toMatchObject({ at: '2017-09-07T23:25:00Z', kind: 'mitigation' });
  });

  test('a report without blocks is left byte for byte; code blocks and a Markdown file\'s import line are its text', () => {
    const plain = 'Title\n\n\n\nThree blank lines stay.\n\nimport x from \'y\';\n';
    expect(statusUpdateBlocks(plain)).toEqual({ markdown: plain, updates: [] });
    const fenced = '```md\n::: update Resolved | 2022-04-01T10:20:30Z\nin a code block\n:::\n```\n';
    expect(statusUpdateBlocks(fenced)).toEqual({ markdown: fenced, updates: [] });
  });
});

describe('a status site\'s MDX incident (<Update date>)', () => {
  test('its updates are the timeline, its date the start, its state a suggested severity; the import line is no summary', () => {
    const { source, result, data, body } = importFixture('map-tiles-missing.mdx');
    expect(data.summary).toBe('Tiles at zoom levels 17 to 19 return blank images for parts of the county. The tile cache is being checked.');
    expect(data.severity).toBe('SEV-2');
    expect(data.times).toEqual({ started: '2024-02-11T15:20:12Z', mitigated: '2024-02-11T18:42:00Z', resolved: '2024-02-12T09:15:00Z' });
    // "to find a resolution … no resolution ETA" is sought, not had; "identified and fixed" was done.
    expect(kinds(data)).toEqual(['other', 'mitigation', 'resolution']);
    expect(body).not.toMatch(/\\?<\/?Update/);
    expect(body).toContain("{/* import Update from '@components/status/Update.astro'; */}");
    // The opening paragraph after the import line is the lead: not repeated.
    expect(body).not.toContain('The tile cache is being checked.');
    expect(result.inferred).toContain('timeline from its 3 status updates, each at the time its update block states (`::: update State | instant`, `<Update date="…">`)');
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });
});

describe('a Statusfy incident (::: update State | instant)', () => {
  test('the state opens each row and gives its kind; major-outage is a major outage (SEV-1), not "major"', () => {
    const { data, body, result } = importFixture('2023-08-14_queue-workers-stalled.md');
    expect(data.severity).toBe('SEV-1');
    expect(data.timeline.map((row: { event: string }) => row.event)).toEqual([
      'Identified - The scheduler lost its connection to the message broker after a certificate rotation.',
      'Resolved - The broker certificate was reissued and the scheduler restarted. Queued jobs were processed within twenty minutes. We will add an expiry check for the broker certificate to our monitoring.',
    ]);
    expect(kinds(data)).toEqual(['other', 'resolution']);
    expect(data.times).toEqual({ started: '2023-08-14T07:02:31Z', resolved: '2023-08-14T09:58:00Z' });
    expect(body).toContain('**Identified, 2023-08-14T07:40:15.201Z:** The scheduler lost its connection');
    expect(body).not.toMatch(/^:::/m);
    expect(result.inferred).toContain('suggested severity SEV-1: the report\'s status page state "major-outage" is a major outage (Statuspage: critical impact) (major outage or down → SEV-1, partial outage, disrupted or degraded availability → SEV-2, degraded performance → SEV-3)');
  });

  test('a maintenance (under-maintenance) suggests no severity and says why', () => {
    const { data, result } = importFixture('2023-09-02_database-resize.md');
    expect(data.severity).toBeUndefined();
    expect(result.notes).toContain('severity is written as "under-maintenance", a status page\'s state that says nothing of the impact (a notice, maintenance, or "outage" without "major" or "partial"): not mapped; choose one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4 if it was an incident');
  });

  test('the states as slugs are read as the states are', () => {
    expect(readWrittenSeverity('x', { severity: 'partial-outage' })).toMatchObject({ severity: 'SEV-2', readAs: 'status' });
    expect(readWrittenSeverity('x', { severity: 'degraded_performance' })).toMatchObject({ severity: 'SEV-3', readAs: 'status' });
    expect(readWrittenSeverity('x', { severity: 'major' })).toMatchObject({ severity: 'SEV-2', readAs: 'word' });
  });

  test('date is the start only beside affectedsystems and a resolved flag (not a blog post\'s date)', () => {
    expect(metadataTimes({ date: '2023-08-14T07:02:31.550Z', affectedsystems: ['x'], resolved: false })).toEqual({ started: { at: '2023-08-14T07:02:31Z', key: 'date' } });
    expect(metadataTimes({ date: '2023-08-14T07:02:31.550Z', affectedsystems: ['x'] })).toEqual({});
    expect(metadataTimes({ date: '2023-08-14T07:02:31.550Z', resolved: true })).toEqual({});
  });
});

describe('a mitigation after the resolution is of a later return, not the incident\'s', () => {
  test('times.resolved stays; times.mitigated is not the follow-up\'s fix', () => {
    const source = '# Usage statistics stale\n\n## Timeline\n\n- 2023-02-08 16:26 UTC We are investigating stale usage statistics.\n- 2023-02-09 14:14 UTC The statistics are up to date again; resolved.\n- 2023-02-14 17:17 UTC We noticed the statistics are stale again.\n- 2023-02-16 12:37 UTC The job has been fixed again.\n';
    const result = importReport('usage.md', source, { vocabulary, today: '2026-12-02' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>;
    expect(kinds(data)).toEqual(['detection', 'resolution', 'detection', 'mitigation']);
    expect(data.times).toEqual({ started: '2023-02-08T16:26:00Z', resolved: '2023-02-09T14:14:00Z' });
    // A "resolution" before anything was noticed (another incident's, opening the timeline) bounds nothing.
    const earlier = importReport('b.md', '# Node stalls\n\n## Timeline\n\n- 2026-05-17 13:30 UTC The previous ticket was resolved.\n- 2026-05-17 14:00 UTC An alert fired for the missing pod.\n- 2026-05-17 15:30 UTC The node was restarted.\n', { vocabulary, today: '2026-12-02' });
    expect((parseYaml(splitFrontmatter(earlier.draft).yaml) as Record<string, any>).times).toMatchObject({ detected: '2026-05-17T14:00:00Z', mitigated: '2026-05-17T15:30:00Z' });
  });
});

describe('what a row says was sought, fixed or reported afterwards', () => {
  test.each([
    ['Ops are working with two vendors to find a resolution. There is still no resolution ETA.', 'other'],
    ['They think they have identified the issue but do not know if a resolution is close.', 'other'],
    ['Updating the web server configuration has fixed the issue.', 'mitigation'],
    ['The issue has been identified and fixed by hosting.', 'mitigation'],
    ['The bug will be fixed in the next release.', 'other'],
    ['We are working with the provider on getting that fixed.', 'other'],
    ['Traffic is capped at a fixed rate per tenant.', 'other'],
    ['Mini Incident Report (All Times US/Pacific) Incident Start: 07 July 2021 14:25 Description: latency rose after an unexpected spike in traffic.', 'other'],
    ['Summary: Cloud Queue publishing fails in one region Description: We are experiencing an issue with Cloud Queue publishing.', 'detection'],
    ['Description: We are investigating elevated errors for Cloud Queue.', 'detection'],
  ])('kind of "%s" is %s', (text, kind) => {
    expect(inferTimelineKind(text)).toBe(kind);
  });
});
