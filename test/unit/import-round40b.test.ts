import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';

// Import round 40b (docs/import.md): round 40's leftovers. A title opening with the report's day
// (felvin's), a status page's incident page (Orvay's), a job "blocked" read as a mitigation
// (jenkins-status's), offsets counted from a Date line above their table's own first instant
// (cheqd's retrial). Fixtures written anew (invented organisations and systems).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round40b');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['dated-title', 'status-page', 'offset-rca', 'job-blocked'].map((folder) => join(fixtures, folder)), 'import-round40b-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe('a title opening with the draft\'s day', () => {
  test('loses the day and its dash: the draft states the day in its own field', () => {
    const draft = frontmatterOf('-blank-page-after-a-widget-cache-format-change.mdx');
    expect(draft.title).toBe('Blank page after a widget cache format change');
    expect(imported.log).toContain('title without the day opening it ("2024-02-19 -"): the draft states the incident\'s day, 2024-02-19, in its own field');
  });
});

describe("a status page's incident page", () => {
  test('its navigation is no summary, and its "Started …" and "Recovered after …, at …" sentences are key times', () => {
    const draft = frontmatterOf('-message-relay-was-down.mdx');
    expect(draft.summary).not.toContain('History');
    expect(draft.times).toEqual({ started: '2025-06-03T09:10:00Z', resolved: '2025-06-03T09:52:00Z' });
  });
});

describe('offsets under a row that states its instant', () => {
  test('count from that row, not from the start the "Date" line states', () => {
    const draft = frontmatterOf('-relay-upgrade-retry-rca-staging.mdx');
    const rows = (draft.timeline as { at: string; event: string }[]).map((row) => row.at);
    expect(rows).toEqual(['2025-03-04T10:00:00Z', '2025-03-04T10:15:00Z', '2025-03-04T10:40:00Z', '2025-03-04T11:00:00Z', '2025-03-04T11:30:00Z']);
    expect((draft.times as { mitigated: string }).mitigated).toBe('2025-03-04T11:00:00Z');
  });
});

describe('a job "blocked"', () => {
  test('is a state seen, not a mitigation: the first notice is the detection, the configuration changed the mitigation', () => {
    const draft = frontmatterOf('-search-index-job-on-the-build-server-is-blocked.mdx');
    expect(draft.times).toEqual({ started: '2024-09-01T06:20:00Z', detected: '2024-09-01T18:05:00Z', mitigated: '2024-09-01T22:40:00Z', resolved: '2024-09-02T03:00:00Z' });
    expect(inferTimelineKind('Search index job reports blocked waiting for worker-3')).toBe('other');
    // Blocking done is still a mitigation, and a report of errors still a detection.
    expect(inferTimelineKind('Blocked the crawler\'s addresses at the edge')).toBe('mitigation');
    expect(inferTimelineKind('We blocked traffic from the scraper')).toBe('mitigation');
    expect(inferTimelineKind('A customer reports errors on checkout')).toBe('detection');
  });
});
