import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { metadataTimes } from '../../src/lib/import/metadata-times.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const importOne = (source: string) => importReport('reports/a1b2c3d4-0000-4000-8000-000000000000.md', source, { vocabulary, today: '2026-11-30' });
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, unknown>;

describe('key times stated in another tool\'s frontmatter', () => {
  test('instants under the usual keys; midnight UTC and values without a zone say no instant', () => {
    expect(metadataTimes({ start_time: '2016-08-18T19:00:00Z', end_time: new Date('2016-08-18T23:30:00Z'), detected_at: '2016-08-18 19:20+02:00' })).toEqual({
      started: { at: '2016-08-18T19:00:00Z', key: 'start_time' },
      detected: { at: '2016-08-18T17:20:00Z', key: 'detected_at' },
      resolved: { at: '2016-08-18T23:30:00Z', key: 'end_time' },
    });
    expect(metadataTimes({ start_time: '2012-07-01T00:00:00Z', end_time: '2012-07-02T10:00:00', started_at: 'last Tuesday' })).toEqual({});
  });

  test('an imported report gets them as times, listed as inferred, and stays a valid draft', () => {
    const result = importOne('---\ntitle: Object store outage\nstart_time: 2019-03-04T09:12:00Z\nend_time: 2019-03-04T11:40:00Z\n---\n\nUploads failed for two hours after a metadata node filled its disk.\n');
    expect(frontmatterOf(result.draft).times).toEqual({ started: '2019-03-04T09:12:00Z', resolved: '2019-03-04T11:40:00Z' });
    expect(result.inferred).toContain("times.started 2019-03-04T09:12:00Z from the report's metadata (start_time)");
    expect(result.fileName).toMatch(/^2019-03-04-/);
    const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a year the schema refuses is left out with a note, and the draft stays valid', () => {
    const result = importOne('---\ntitle: The ship that sank on its first voyage\nstart_time: 1628-08-10T12:00:00Z\n---\n\nThe ship heeled over in a light wind and sank.\n');
    expect(frontmatterOf(result.draft).times).toBeUndefined();
    expect(result.notes).toContain("times.started left out: the report's metadata says start_time 1628-08-10T12:00:00Z, and the year 1628 is outside 1900-2999, which the schema accepts");
    const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a status page issue kept in git (cState: date and resolvedWhen)', () => {
  test('its date is the start and resolvedWhen the end; the draft stays valid', () => {
    const result = importOne('---\ntitle: Mirror redirects failing for package downloads\ndate: 2024-03-07T13:00:00-00:00\nresolved: true\nresolvedWhen: 2024-03-08T07:40:00-00:00\nseverity: disrupted\naffected:\n  - downloads\nsection: issue\n---\n\nSome users were sent to a mirror that no longer held the files.\n');
    expect(frontmatterOf(result.draft).times).toEqual({ started: '2024-03-07T13:00:00Z', resolved: '2024-03-08T07:40:00Z' });
    expect(result.inferred).toContain("times.started 2024-03-07T13:00:00Z from the report's metadata (date)");
    expect(result.inferred).toContain("times.resolved 2024-03-08T07:40:00Z from the report's metadata (resolvedWhen)");
    const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an issue still open (resolved: false) gets its start only', () => {
    expect(metadataTimes({ title: 'x', date: '2025-01-10T09:30:00+01:00', resolved: false, section: 'issue' })).toEqual({ started: { at: '2025-01-10T08:30:00Z', key: 'date' } });
  });

  test('a blog post\'s date is when it was published, not a start', () => {
    expect(metadataTimes({ title: 'Our outage last week', date: '2025-01-10T09:30:00+01:00', layout: 'post' })).toEqual({});
    const result = importOne('---\ntitle: What we learned from last week\'s outage\ndate: 2025-01-10T09:30:00+01:00\n---\n\nThe queue stalled for an hour.\n');
    expect(frontmatterOf(result.draft).times).toBeUndefined();
  });
});
