import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { compactFileNameDay } from '../../src/lib/import/compact-file-name-day.ts';
import { noticeKindOf } from '../../src/lib/import/status-notices.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';

// Import round 38b (docs/import.md): round 38's leftovers, seen in COG-UK's DIPI reports, the
// ALX/Holberton course postmortems and packit's status notices. Fixtures written anew (invented
// organisations and systems), modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round38b');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['working-group', 'course-report', 'status-notices'].map((folder) => join(fixtures, folder)), 'import-round38b-');
}, 300_000);
const draftEndingIn = (suffix: string) => imported.draftEndingIn(suffix);
type Row = { at: string; event: string; kind: string };

describe('a file name the report writes as code is its identifier, not its title', () => {
  test('the opening sentence is the title, said', () => {
    const name = draftEndingIn('-the-ledger-sync-of-20231107-skipped-212-payment-rows.mdx');
    expect(imported.frontmatter(name).title).toBe('The ledger sync of 20231107 skipped 212 payment rows');
    expect(imported.log).toContain('title from its first sentence: the file name "20231107_ledger_gap" is the identifier the report writes as code');
  });

  test('a file name the report does not write as code still titles it', () => {
    expect(imported.frontmatter(draftEndingIn('-20230611-vault.mdx')).title).toBe('20230611 vault');
  });
});

describe('a day written without dashes opening a file name', () => {
  test('dates the draft when it is a real day, said', () => {
    expect(imported.drafts).toContain('2023-06-11-20230611-vault.mdx');
    expect(imported.log).toContain('incident day 2023-06-11 from its file name (written without dashes)');
    expect(compactFileNameDay('20210803_asklepian')).toBe('2021-08-03');
    // No such day, or digits that run on: no day.
    expect(compactFileNameDay('20211345_release')).toBeUndefined();
    expect(compactFileNameDay('20210230_notes')).toBeUndefined();
    expect(compactFileNameDay('202108031_build')).toBeUndefined();
  });
});

describe('"System restored" ends the outage', () => {
  test('the row is a resolution, not a mitigation', () => {
    const rows = imported.frontmatter(draftEndingIn('-cache-cluster-outage-postmortem.mdx')).timeline as Row[];
    expect(rows.find((row) => row.event.startsWith('System restored'))?.kind).toBe('resolution');
    expect(inferTimelineKind('Website restored for every visitor.')).toBe('resolution');
    // Restoring from a backup is the act, a mitigation.
    expect(inferTimelineKind('System restored from the nightly backup.')).toBe('mitigation');
  });
});

describe('pictographs opening the items of a summary read from a labelled list', () => {
  test('are left out of the summary, kept in the body', () => {
    const name = draftEndingIn('-cache-cluster-outage-postmortem.mdx');
    const summary = imported.frontmatter(name).summary as string;
    expect(summary).toMatch(/^Duration: The outage lasted from 2024-05-04 08:00 UTC/);
    expect(summary).toContain(' Impact: The shop');
    expect(summary).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(imported.text(name)).toContain('- **🕒 Duration:**');
  });
});

describe('a notice announcing a change made, with no word of an outage or its harm', () => {
  test('is planned work, not imported, said; one that tells of harm is an incident', () => {
    expect(imported.drafts.some((name) => name.includes('new-runner-cluster'))).toBe(false);
    expect(imported.log).toContain('announces a change made ("We\'ve moved") with no word of an outage or its harm');
    expect(imported.drafts).toContain('2024-09-20-new-release-of-the-runner-agent.mdx');
    expect(noticeKindOf({ severity: 'notice' }, 'New production deployment', 'We have deployed the service to a new cluster. Tell us if anything looks odd.')?.kind).toBe('planned-work');
    expect(noticeKindOf({ severity: 'down' }, 'New production deployment', 'We have deployed the service to a new cluster.')).toBeUndefined();
  });
});
