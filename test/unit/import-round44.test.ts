import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures, runImportCommand } from '../support/run-import.ts';
import { unsettledDashedDate } from '../../src/lib/import/slash-dates.ts';
import { batchZoneSetting } from '../../src/lib/import/batch-facts.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';

// Import round 44 (docs/import.md): a sheet's row of no words but its title, the batch's zone given
// with --set, dashed dates whose order nothing settles, GitHub issues exported without their number
// (an uptime monitor's issues). Fixtures written anew (invented organisations and systems).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round44');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['outage-sheet', 'clock-log', 'dashed-undecided', 'monitor-issues'].map((folder) => join(fixtures, folder)), 'import-round44-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe("a status page's sheet whose rows hold no words but their title", () => {
  test("each summary is a sentence of the row's service, title and times, not the import's line of its times", () => {
    expect(frontmatterOf('2026-03-13-readings-late-while-the-relay-restarted.mdx').summary)
      .toBe('Tide gauge feed: Readings late while the relay restarted, 2026-03-13 19:05 UTC to 2026-03-13 20:20 UTC.');
    expect(imported.log).toContain("its rows state no words but their title: the summary is made of the row's service, title and times; write what happened");
  });
});

describe("the batch's zone given with --set", () => {
  test('--set timezone=ZONE reads stamped lines in that zone, as --timezone does, and they are no longer asked about', () => {
    const run = runImportCommand([join(fixtures, 'clock-log'), '--set', 'timezone=Australia/Brisbane'], 'import-round44-zone-');
    expect(run.status).toBe(0);
    expect(run.text('2026-05-06-forms-not-saving.mdx')).toContain('started: 2026-05-05T22:15:00Z');
    expect(run.log).not.toContain('Times read as UTC');
  });
  test('without it the stamped lines are read as UTC and asked about', () => {
    expect(frontmatterOf('2026-05-06-forms-not-saving.mdx').times).toEqual({ started: '2026-05-06T08:15:00Z' });
    expect(imported.log).toMatch(/Times read as UTC in 4 draft\(s\)[^\n]*\n(?: +\S+\n)*? +\S*2026-05-06-forms-not-saving\.mdx/);
  });
  test('is set apart from the facts, and two zones are refused', () => {
    expect(batchZoneSetting(['severity=SEV-3', 'tz=UTC+10'])).toEqual({ zone: 'UTC+10', given: '--set tz=UTC+10', facts: ['severity=SEV-3'] });
    const run = runImportCommand([join(fixtures, 'clock-log'), '--set', 'timezone=UTC+10', '--timezone', 'UTC'], 'import-round44-zones-');
    expect(run.status).toBe(2);
    expect(run.log).toContain('--timezone UTC and --set timezone=UTC+10 give two zones for the batch: give one.');
  });
});

describe('dates written with dashes that nothing in the report settles', () => {
  test('are read day first and asked about, in the draft and once for the batch', () => {
    expect((frontmatterOf('2025-06-05-kiln-controller-stuck-in-a-reboot-loop.mdx').timeline as { at: string }[])[0].at).toBe('2025-06-05T07:20:00Z');
    expect(imported.log).toContain('dates written with dashes read day first (dd-mm-yyyy), as Europe writes them: nothing in the report settles the order ("05-06-2025" is 5 June 2025; month first it would be 6 May 2025): check them');
    expect(imported.log).toMatch(/Dates written with dashes read day first \(dd-mm-yyyy\) in 1 draft\(s\)[^\n]*\n +\S*2025-06-05-kiln-controller-stuck-in-a-reboot-loop\.mdx \("05-06-2025"\)/);
  });
  test('are not asked about when a date or the report\'s day settles the order', () => {
    expect(unsettledDashedDate('05-06-2025 and 24-06-2025', undefined, 45)).toBeUndefined();
    expect(unsettledDashedDate('02-09-2025', '2025-09-04', 45)).toBeUndefined();
    expect(unsettledDashedDate('05-06-2025', '2025-05-28', 45)).toBe('05-06-2025');
    expect(unsettledDashedDate('05-05-2025', undefined, 45)).toBeUndefined();
  });
});

describe("an uptime monitor's GitHub issues exported without their number", () => {
  test('give a draft an issue, each with its start, end and the recovery as a resolution', () => {
    const down = frontmatterOf('2026-02-17-parcel-tracker-is-down.mdx');
    expect(down.times).toEqual({ started: '2026-02-17T04:31:12Z', resolved: '2026-02-17T04:58:00Z' });
    expect(down.summary).toBe('In 51c0aa7, Parcel Tracker ($TRACKER_URL) was down: HTTP code: 502; Response time: 944 ms');
    const slow = frontmatterOf('2026-03-09-route-planner-has-degraded-performance.mdx');
    expect((slow.timeline as { kind: string }[]).map((row) => row.kind)).toEqual(['resolution']);
    expect(imported.log).toContain('2 issue(s) of the export state neither a number nor an address');
    expect(imported.text(imported.draftEndingIn('2026-02-17-parcel-tracker-is-down.mdx'))).toContain('GitHub issue without a number (issue 1 of the export)');
  });
  test('"performance has improved" ends a degradation', () => {
    expect(inferTimelineKind('🟩 Route Planner performance has improved in c4a81e2 after 164 minutes.')).toBe('resolution');
  });
});

describe("a team's blog posts of the Leadup template (metadata, then a # Title heading)", () => {
  let posts: ReturnType<typeof importFixtures>;
  beforeAll(() => {
    posts = importFixtures([join(fixtures, 'team-blog'), join(fixtures, 'lab-readme')], 'import-round44-posts-');
  }, 300_000);
  test('the opening sentence under the title heading gives the start: a day without its year, or a time alone on the post\'s day', () => {
    expect(posts.frontmatter(posts.draftEndingIn('2025-03-07-queue-worker-memory-exhaustion.mdx')).times).toEqual({ started: '2025-03-07T21:40:00Z' });
    expect(posts.frontmatter(posts.draftEndingIn('2025-08-22-search-index-stall.mdx')).times).toEqual({ started: '2025-08-22T06:15:00Z' });
    expect(posts.log).toContain('times.started 2025-08-22T06:15:00Z from its opening sentence ("At 06:15 UTC") on the incident day 2025-08-22');
  });
  test('a list of times under "Leadup" is the timeline, on the post\'s day, and gives the key times', () => {
    const draft = posts.frontmatter(posts.draftEndingIn('2025-05-18-cache-node-eviction-and-lost-sessions.mdx'));
    expect((draft.timeline as { at: string }[]).map((row) => row.at)).toEqual(['2025-05-18T02:10:00Z', '2025-05-18T02:14:00Z', '2025-05-18T02:31:00Z', '2025-05-18T02:45:00Z']);
    expect((draft.times as Record<string, string>).started).toBe('2025-05-18T02:10:00Z');
  });
  test('a README titled as a postmortem is the report though it writes no day', () => {
    expect(posts.frontmatter(posts.draftEndingIn('post-mortem-runbook-falha-de-disco-no-laboratorio-de-filas.mdx')).title).toBe('Post-Mortem & Runbook: Falha de disco no laboratório de filas');
  });
});

describe('sentences kept, measured', () => {
  test('a heading written with a shortcode (":warning: Leadup") is kept as its emoji, not counted lost', () => {
    const draft = '---\ntitle: Cache node eviction\n---\n\n## ⚠️ Leadup\n\nThe host drain started.\n';
    expect(findLostSentences('# Cache node eviction\n\n## :warning: Leadup\n\nThe host drain started.\n', 'markdown', draft)).toEqual([]);
  });
});
