import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { noticeKindOf } from '../../src/lib/import/status-notices.ts';
import { titleFromFirstSentence } from '../../src/lib/import/report-title.ts';
import { readWrittenSeverity } from '../../src/lib/import/written-severity.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';

// Import round 39 (docs/import.md): Mozilla's incident template as Google Docs exports it to
// Markdown, and round 38b's leftovers (COG-UK's DIPI reports, packit's notices). Fixtures written
// anew (invented organisations and systems), modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round39');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['template-export', 'working-group'].map((folder) => join(fixtures, folder)), 'import-round39-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe("a template's labels beside its instructions", () => {
  test('a severity label with a link in it, its dash escaped, is read', () => {
    expect(frontmatterOf('-ledger-api-returning-5xx.mdx').severity).toBe('SEV-2');
    expect(readWrittenSeverity('* **Incident [Severity](https://wiki.example.net/levels)**: S2 \\- High').severity).toBe('SEV-2');
  });

  test('a severity beside an italic instruction in a table is read', () => {
    expect(frontmatterOf('-invoice-queue-stalled-for-the-afternoon-batch.mdx').severity).toBe('SEV-3');
  });

  test('"Time of first Impact", "Time Detected", "Time Mitigated (Repaired)", "Time Resolved" are key times, instructions and format placeholders beside them left out', () => {
    expect(frontmatterOf('-invoice-queue-stalled-for-the-afternoon-batch.mdx').times).toEqual({
      started: '2024-10-02T14:00:00Z', detected: '2024-10-02T14:12:00Z', mitigated: '2024-10-02T14:50:00Z', resolved: '2024-10-02T15:10:00Z',
    });
  });

  test('a key time written before the start is not taken, said', () => {
    expect(frontmatterOf('-ledger-api-returning-5xx.mdx').times).toEqual({ started: '2024-09-10T08:05:00Z', detected: '2024-09-10T08:20:00Z', resolved: '2024-09-10T09:30:00Z' });
    expect(imported.log).toContain('times.mitigated not taken from its "Time Mitigated" line: 2024-09-10T07:40:00Z is before the start, 2024-09-10T08:05:00Z');
  });
});

describe('an opening that only announces a list of incidents', () => {
  test("is titled by the list's first item, without its identifier", () => {
    expect(frontmatterOf('-the-harbor-intake-of-20230921-accepted-88-manifests-with.mdx').title).toBe('The Harbor intake of 20230921 accepted 88 manifests with swapped sample columns');
  });
});

describe('a title cut from a long sentence', () => {
  test('does not end inside a phrase opened a word or two before the cut', () => {
    expect(titleFromFirstSentence('Quarry 20240112 wrongly tagged 512 parcels as returned for customers related to incomplete scans from the eastern depot.')).toBe('Quarry 20240112 wrongly tagged 512 parcels as returned for customers');
    // Nor inside a relative clause cut within its first words.
    expect(titleFromFirstSentence('The nightly manifest of 14 September listed 212 samples that had already been withdrawn by the intake team the week before.')).toBe('The nightly manifest of 14 September listed 212 samples');
    // A phrase that ends on a noun is whole; so is one of more words.
    expect(titleFromFirstSentence('Having a system that requires scheduled manual updates resulted in an error that took the whole thing down for hours.')).toBe('Having a system that requires scheduled manual updates resulted in an error');
    expect(titleFromFirstSentence('A regional DNS outage resulted in the Kestrel production SQS message listener failing to consume the order queue for three hours.')).toBe('A regional DNS outage resulted in the Kestrel production SQS message listener');
  });
});

describe('a notice announcing a change that tells of harm in other words', () => {
  test('is an incident, not planned work', () => {
    expect(noticeKindOf({ severity: 'notice' }, 'New production deployment', 'We have deployed the build service to a new cluster. Since then some builds are red.')).toBeUndefined();
    expect(noticeKindOf({ severity: 'notice' }, 'Runner upgrade', 'We have upgraded the runners; jobs time out after ten minutes.')).toBeUndefined();
    // With no word of harm it is still planned work.
    expect(noticeKindOf({ severity: 'notice' }, 'New production deployment', 'We have deployed the build service to a new cluster. Tell us if anything looks odd.')?.kind).toBe('planned-work');
  });
});

describe('a timeline written "2024 11 05 @ 14:00 UTC"', () => {
  test('places its rows: spaces for dashes, an at sign before the time', () => {
    const rows = frontmatterOf('-search-index-rebuild-stalled.mdx').timeline as { at: string }[];
    expect(rows.map((row) => row.at)).toEqual(['2024-11-05T14:00:00Z', '2024-11-05T14:12:00Z', '2024-11-05T14:50:00Z', '2024-11-05T15:10:00Z']);
    // Numbers with no time after them are no date.
    expect(readWrittenTime('2024 11 05 items', { year: 2024 }).date).toBeUndefined();
  });
});

describe('"Time of first Impact" dates the report', () => {
  test('its day places rows written as times alone', () => {
    expect(imported.log).toContain('incident day 2024-09-10 from its "Time of first Impact" line');
    const rows = frontmatterOf('-ledger-api-returning-5xx.mdx').timeline as { at: string }[];
    expect(rows.map((row) => row.at)).toEqual(['2024-09-10T08:05:00Z', '2024-09-10T08:20:00Z']);
  });
});

describe("a vertical tab, Google Docs' line break inside a paragraph", () => {
  test('is a space, said, so the draft is not refused for an unseen character', () => {
    const text = imported.text(imported.draftEndingIn('-invoice-queue-stalled-for-the-afternoon-batch.mdx'));
    expect(text).not.toContain('\u000B');
    expect(text).toContain('sent fifty minutes late. No invoice was lost.');
    expect(imported.log).toContain('1 vertical tab(s) (U+000B, a line break inside a paragraph or table cell as Google Docs exports it) written as spaces');
  });
});
