import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { titleFromFirstSentence } from '../../src/lib/import/report-title.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';

// Import round 40 (docs/import.md): a status page's feed of state changes (Orvay's history.atom),
// root cause analyses kept for GitBook (cheqd's upgrade RCAs), and round 39's leftover title cut
// before a participle. Fixtures written anew (invented organisations and systems).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round40');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['state-feed', 'upgrade-rca', 'day-only'].map((folder) => join(fixtures, folder)), 'import-round40-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe('a feed of state changes', () => {
  test('is read as its incidents: a change away from operational to the change back, not a draft per entry', () => {
    expect(imported.drafts.filter((name) => !name.includes('upgrade-rca') && !name.includes('token-disclosure'))).toHaveLength(2);
    const desk = frontmatterOf('-ticket-desk-degraded.mdx');
    expect(desk.times).toEqual({ started: '2025-03-11T14:00:00Z', resolved: '2025-03-11T15:45:00Z' });
    expect((desk.timeline as unknown[]).length).toBe(3);
    // The worst state it went through suggests the severity (a partial outage).
    expect(desk.severity).toBe('SEV-2');
  });

  test('a change from a state never measured closes nothing and is said, not imported', () => {
    expect(imported.drafts.some((name) => name.includes('mail-relay'))).toBe(false);
    expect(imported.log).toContain('1 change(s) from a state the feed had not measured not imported (monitoring began or resumed: no incident): Mail relay from not measured to operational');
  });

  test("a change the feed corrects as its own checking's fault keeps the correction as summary and suggests no severity", () => {
    const docs = frontmatterOf('-public-docs-our-probe-was-at-fault-not-the-site.mdx');
    expect(docs.summary).toBe('The probe still asked for a page we had renamed the day before, and counted the missing page as an outage. The docs answered every reader throughout. A false alarm, then.');
    expect(docs.severity).toBeUndefined();
    expect(docs.times).toMatchObject({ started: '2025-03-10T13:00:00Z', resolved: '2025-03-10T13:30:00Z' });
  });
});

describe("a root cause analysis's timeline", () => {
  test('"resolution" as a lookup ("DNS/name resolution") is no resolution, and a problem "confirmed" is its detection', () => {
    const rca = frontmatterOf('-v2-upgrade-rca.mdx');
    expect(rca.times).toEqual({ started: '2025-04-08T10:00:00Z', detected: '2025-04-08T11:00:00Z', mitigated: '2025-04-08T13:00:00Z' });
    const kinds = Object.fromEntries((rca.timeline as { at: string; kind: string }[]).map((row) => [row.at, row.kind]));
    expect(kinds['2025-04-08T14:00:00Z']).not.toBe('resolution');
    expect(inferTimelineKind('DNS resolution failures began in two regions')).not.toBe('resolution');
    expect(inferTimelineKind('Identity resolution issues detected')).toBe('detection');
    expect(inferTimelineKind('Outage confirmed by the on-call engineer')).toBe('detection');
    expect(inferTimelineKind('Wait 30s; zero "database is locked" errors confirmed')).not.toBe('detection');
    // A resolution is still one.
    expect(inferTimelineKind('The incident was resolved')).toBe('resolution');
  });
});

describe('a title cut from a long sentence', () => {
  test('does not end on a participle that waits for its noun, nor on the "led to" before it', () => {
    expect(titleFromFirstSentence('A stale routing table on the edge proxies of the west region led to cascading timeouts in checkout and search for most of the afternoon.')).toBe('A stale routing table on the edge proxies of the west region');
    expect(titleFromFirstSentence('A stale routing table on the edge proxy fleet of the western region led to cascading timeouts in checkout and search for most of the afternoon.')).toBe('A stale routing table on the edge proxy fleet of the western region');
    // A gerund that is a noun ("caching") ends a whole phrase.
    expect(titleFromFirstSentence('The nightly vacuum of the orders database was slowed by caching, which nobody expected at all that night or the next one either.')).toBe('The nightly vacuum of the orders database was slowed by caching');
  });
});

describe('a report that states its day and no time of day', () => {
  test('says so in the draft and the notes, the start left to fill', () => {
    const name = imported.draftEndingIn('2024-05-02-token-disclosure.mdx');
    expect(imported.frontmatter(name).times).toBeUndefined();
    expect(imported.text(name)).toContain("# The report states the incident's day, 2024-05-02 (from its opening sentence");
    expect(imported.log).toContain('but no time of day: times.started is left to fill');
  });
});
