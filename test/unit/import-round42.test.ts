import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { withoutSiteClasses } from '../../src/lib/import/site-classes.ts';

// Import round 42 (docs/import.md): a Nikola reStructuredText post's metadata lines, a site class
// on a tag a hard-wrapped line split, a status page's JSON list filed by state and a monitor's
// incidents of no words, `.log` files beside them, a table of checks under a remediation, an
// attempt that failed, a Date line's end before its start. Fixtures written anew (invented
// organisations and systems).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round42');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['nikola-rst', 'wrapped-class', 'monitor-list', 'verified-fix', 'noon-end'].map((folder) => join(fixtures, folder)), 'import-round42-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe("a Nikola reStructuredText post's metadata lines", () => {
  test('give its title and day, and are kept under "Imported metadata", not as comments of the body', () => {
    const name = imported.draftEndingIn('2025-03-14-message-queue-backlog-on-the-harbour-cluster.mdx');
    expect(imported.frontmatter(name).title).toBe('Message queue backlog on the Harbour cluster');
    const text = imported.text(name);
    // The author's name only inside <Internal>, where no public page shows it.
    const internal = text.slice(text.indexOf('<Internal>'));
    expect(text.split('Quill Marrow').length - 1).toBe(internal.split('Quill Marrow').length - 1);
    expect(internal).toContain('# .. author: Quill Marrow');
    expect(text).not.toContain('{/* title: Message queue backlog');
  });
});

describe('a site class on a tag whose attributes a hard-wrapped line carried over', () => {
  test('is taken off, the tag whole on the line above', () => {
    const text = imported.text(imported.draftEndingIn('scratch-storage-slow-on-the-login-nodes.mdx'));
    expect(text).not.toContain('stamp-line');
    expect(text).toContain('replaced.  <br /><span>\nApril 9, 2026, 10:15 PT</span>');
    expect(imported.log).toContain('the source site\'s HTML classes "stamp-line" taken off');
  });

  test('a class this site shows stays, and the attributes before it too', () => {
    expect(withoutSiteClasses('a <span\n  id="n1" class="note">x</span>').markdown).toBe('a <span\n  id="n1" class="note">x</span>');
    expect(withoutSiteClasses('a <span\n  id="n1" class="stamp-line">x</span>').markdown).toBe('a <span\n  id="n1">x</span>');
  });
});

describe("a status page's JSON list filed by state, and a monitor's incidents of no words", () => {
  test('`{ active, resolved }`: each incident with its stated start and end, its description the summary', () => {
    const draft = frontmatterOf('2026-05-02-tidepool-extended-outage.mdx');
    expect(draft.title).toBe('Tidepool Extended Outage');
    expect(draft.summary).toBe('Tidepool (https://tidepool.example.org) could not be reached for about 2 hours from 2026-05-02 06:10 UTC.');
    expect(draft.times).toEqual({ started: '2026-05-02T06:10:00Z', resolved: '2026-05-02T07:55:00Z' });
  });

  test('an incident of no words: titled and summarised by what the monitor recorded, not by the import\'s own line', () => {
    const draft = frontmatterOf('2026-05-06-ledger-api-down.mdx');
    expect(draft.title).toBe('ledger-api down');
    expect(draft.summary).toBe('ledger-api was down from 2026-05-06 22:14 to 22:31 UTC (HTTP 503 from the health endpoint).');
    expect(draft.times).toEqual({ started: '2026-05-06T22:14:00Z', resolved: '2026-05-06T22:31:00Z' });
  });

  test('the health checks\' `.log` files beside them are data, not reports', () => {
    expect(imported.drafts.some((name) => /tidepool-report|success/.test(name))).toBe(false);
    expect(imported.drafts.filter((name) => name.includes('tidepool'))).toHaveLength(1);
  });
});

describe('a remediation\'s table of checks and a failed attempt', () => {
  test('the checks are not action items; the follow-ups are', () => {
    const draft = frontmatterOf('2026-07-21-photo-library-served-from-a-stale-configuration.mdx');
    expect((draft.actionItems as { title: string }[]).map((item) => item.title)).toEqual([
      "Add a check that compares each running container's configuration with the repository",
      'Pin the photo library image by digest',
    ]);
    expect(imported.log).toContain('a table of checks and their results ("Check | Result", 3 row(s)) is not read as action items');
  });

  test('a rollback attempted that crashed is no mitigation: the key time is the restore', () => {
    const draft = frontmatterOf('2026-07-21-photo-library-served-from-a-stale-configuration.mdx');
    expect(draft.times).toMatchObject({ started: '2026-07-21T09:12:00Z', resolved: '2026-07-21T09:24:00Z' });
    expect((draft.times as Record<string, string>).mitigated).not.toBe('2026-07-21T09:15:00Z');
    expect(inferTimelineKind('Restart attempted, it failed')).toBe('other');
    expect(inferTimelineKind('Attempted a restart, which failed; restored from the snapshot')).toBe('mitigation');
    expect(inferTimelineKind('Rolled back the deploy')).toBe('mitigation');
  });
});

describe("a Date line's end before its start", () => {
  // Since import round 43 "12:30 AM" on the start's own written day is read as noon, and said
  // (test/unit/import-round43.test.ts); an end before the start on another day is still left out.
  test('"12:30 AM" on the start\'s own day is read as noon, and the import says so', () => {
    const draft = frontmatterOf('2026-03-04-indexer-stalled-during-the-schema-upgrade.mdx');
    expect(draft.times).toEqual({ started: '2026-03-04T09:30:00Z', resolved: '2026-03-04T12:30:00Z' });
    expect(imported.log).toContain('times.resolved 2026-03-04T12:30:00Z from its "date" line ("12:30 AM" read as 12:30');
  });
});
