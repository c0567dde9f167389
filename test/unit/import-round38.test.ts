import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { publishableTitle } from '../../src/lib/import/publishable-title.ts';
import { saysOnlyNormalOperation } from '../../src/lib/import/normal-operation-rows.ts';
import { noticeKindOf } from '../../src/lib/import/status-notices.ts';
import { titleLineAsHeading } from '../../src/lib/import/title-line.ts';
import { readmeIncidentHeading } from '../../src/lib/import/readme-report.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';

// Import round 38 (docs/import.md): shapes of COG-UK's DIPI reports, ALX/Holberton student
// postmortems, the Rust blog's posts, packit's status notices and passbolt's Android report.
// Fixtures written anew (invented organisations and systems), modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round38');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['working-group', 'course-readme', 'blog-posts', 'status-notices', 'store-release', 'opening-heading'].map((folder) => join(fixtures, folder)), 'import-round38-');
}, 300_000);
const draftEndingIn = (suffix: string) => imported.draftEndingIn(suffix);
type Row = { at: string; event: string; kind: string };

describe('a summary that announces a list', () => {
  test('the sentence ending in a colon is the summary with the items it announces', () => {
    const summary = imported.frontmatter(draftEndingIn('-the-nightly-manifest-of-14-september-listed-212-samples.mdx')).summary as string;
    expect(summary).toMatch(/^This report covers two linked incidents: 20230914_stale_manifest -- The nightly manifest/);
    expect(summary).toContain('20230914_double_export -- While the manifest was rebuilt');
  });
});

describe('a report written for a course: a plain-text README, emoji headings, the day in its opening span', () => {
  test("a README without heading marks is read as the report, titled and dated by its first line", () => {
    expect(readmeIncidentHeading('postmortem: Ticket Queue Outage on 2024-02-19\n\nWe restarted the worker on 2024-02-19. '.concat('word '.repeat(90)))).toBe('postmortem: Ticket Queue Outage on 2024-02-19');
    const name = draftEndingIn('-ticket-queue-outage-on-2024-02-19.mdx');
    expect(name).toBe('2024-02-19-ticket-queue-outage-on-2024-02-19.mdx');
    expect(imported.frontmatter(name).title).toBe('Ticket Queue Outage on 2024-02-19');
    expect(imported.log).toContain('its first line "postmortem: Ticket Queue Outage on 2024-02-19" read as its title heading');
  });

  test('only a line alone, in a report without any heading, is made the title', () => {
    expect(titleLineAsHeading('Ticket queue outage\n\nThe queue stopped.')?.markdown).toBe('# Ticket queue outage\n\nThe queue stopped.');
    expect(titleLineAsHeading('Ticket queue outage\n\n## Summary\n\nThe queue stopped.')).toBeUndefined();
    expect(titleLineAsHeading('The queue stopped for an hour.\n\nWe restarted it.')).toBeUndefined();
    expect(titleLineAsHeading('Ticket queue outage\nThe queue stopped.')).toBeUndefined();
    expect(titleLineAsHeading('- a list item\n\nText')).toBeUndefined();
  });

  test('rows written with a time alone are placed on the day of the span the opening states, and its end is the resolution', () => {
    const data = imported.frontmatter(draftEndingIn('-photo-upload-outage-postmortem.mdx'));
    expect((data.timeline as Row[]).map((row) => row.at)).toEqual(['2024-03-02T09:10:00Z', '2024-03-02T09:18:00Z', '2024-03-02T09:40:00Z', '2024-03-02T09:52:00Z', '2024-03-02T10:05:00Z']);
    expect((data.times as Record<string, string>).resolved).toBe('2024-03-02T10:05:00Z');
    expect(imported.log).toContain('timeline rows without a date read on 2024-03-02, the first day of the span its opening states');
    expect(imported.log).not.toContain('the report states no incident day');
  });

  test('a pictograph opening the title is taken off, said', () => {
    expect(imported.frontmatter(draftEndingIn('-photo-upload-outage-postmortem.mdx')).title).toBe('Photo Upload Outage Postmortem');
    expect(publishableTitle('⚠️ Login errors', []).title).toBe('Login errors');
    expect(publishableTitle('👩‍💻 🔥 Search down', [])).toMatchObject({ title: 'Search down', changes: [expect.stringContaining('pictograph "👩‍💻 🔥"')] });
    // Marks that are no decoration stay.
    expect(publishableTitle('© 2020 Outage', []).title).toBe('© 2020 Outage');
    expect(publishableTitle('#1 outage', []).title).toBe('#1 outage');
  });
});

describe('sections named as a summary that are none', () => {
  test('a Background section after the report\'s own sections is passed over for the opening', () => {
    expect(imported.frontmatter(draftEndingIn('-incident-on-the-package-registry.mdx')).summary).toBe('On Wednesday, June 1, starting at about 14:00 UTC, the package registry could not publish new versions for three hours.');
  });

  test("a template's part described (\"a summary that gives …\") is no summary", () => {
    expect(imported.frontmatter(draftEndingIn('-postmortem-analysis-in-the-build-tool.mdx')).summary).toMatch(/^At 07:40 UTC, 2023-02-27, a change was merged/);
  });
});

describe("a status page's notice that bounds the outage its work will cost", () => {
  test('is planned work, not imported; a notice of an outage still is', () => {
    expect(imported.log).toContain('2024-05-18-cluster-move.md: not imported, it is a planned maintenance ("Runner move")');
    expect(imported.drafts).toContain('2024-06-02-runner-outage.mdx');
    expect(noticeKindOf({ severity: 'notice' }, 'Runner move', 'Our runners are being moved, you may experience outage for at most an hour.')?.kind).toBe('planned-work');
    expect(noticeKindOf({ severity: 'notice' }, 'Runner outage', 'Runners stopped; you may experience outages until the certificate is renewed.')).toBeUndefined();
  });
});

describe('a release list that opens with "No issues" and ends back on the store', () => {
  test('a row saying there were no issues is no incident day; the draft is dated by the first row after it', () => {
    expect(saysOnlyNormalOperation('4.2.0 released - No issues (date only: no time of day given)')).toBe(true);
    expect(saysOnlyNormalOperation('No issues until the disk filled')).toBe(false);
    expect(draftEndingIn('-desktop-app-delisted-from-the-vendor-store.mdx')).toBe('2023-10-09-desktop-app-delisted-from-the-vendor-store.mdx');
  });

  test('"the app is back on the store" is the resolution', () => {
    expect(inferTimelineKind('The store accepts 4.2.1 and the app is back on the store.')).toBe('resolution');
    const data = imported.frontmatter(draftEndingIn('-desktop-app-delisted-from-the-vendor-store.mdx'));
    expect((data.times as Record<string, string>).resolved).toBe('2023-10-18T07:15:00Z');
  });
});

describe("a Chinese status page's update states", () => {
  test('已解决 (resolved), 恢复中 (recovering) and 调查中 (investigating) give the row its kind, as their English names do', () => {
    expect(inferTimelineKind('*已解决* - 集群网络已经恢复正常。')).toBe('resolution');
    expect(inferTimelineKind('*恢复中* - 我们正在密切关注集群网络的恢复情况。')).toBe('mitigation');
    expect(inferTimelineKind('*调查中* - 我们正在调查该问题。')).toBe('detection');
    // Words in a row's text, not its state label, are read as before.
    expect(inferTimelineKind('集群网络已经恢复正常。')).toBe('other');
  });
});

describe('a title read from the `##` heading a report opens with', () => {
  test('is shown once: the heading leaves the body, its words kept in a comment', () => {
    const name = draftEndingIn('-missed-staking-reward-epoch.mdx');
    expect(imported.frontmatter(name).title).toBe('Missed staking reward epoch');
    const body = imported.text(name).split(/\n---\n/)[1];
    expect(body).not.toMatch(/^#+ Incident Report for Missed staking reward epoch/m);
    expect(body).toContain('The report\'s title heading was "Incident Report for Missed staking reward epoch"');
  });
});
