import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { feedTwinFiles } from '../../src/lib/import/report-files.ts';

// Import round 41 (docs/import.md): status pages that keep their incidents as a JSON list (a title,
// or only the component checked; its start and end stated; updates newest first or under `at` and
// `state`), a status page's history of state changes as JSON, Nikola's metadata comment, a Date
// line whose two ends each write their day and time, work that "was blocked", a dashboard's
// controls. Fixtures written anew (invented organisations and systems).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round41');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['json-list', 'check-list', 'state-history', 'nikola-post', 'date-span', 'dashboard', 'queue-blocked'].map((folder) => join(fixtures, folder)), 'import-round41-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe("a status page's JSON list of incidents", () => {
  test('a titled incident: its stated start and end, its severity word, its description as summary, its updates oldest first', () => {
    const draft = frontmatterOf('-object-storage-uploads-failing.mdx');
    expect(draft.summary).toBe('Uploads to object storage in the Lisbon region return errors for some customers. Downloads are not affected.');
    expect(draft.severity).toBe('SEV-2');
    expect(draft.times).toMatchObject({ started: '2026-03-03T08:10:00Z', resolved: '2026-03-03T09:25:00Z' });
    expect((draft.timeline as { at: string }[]).map((row) => row.at)).toEqual(['2026-03-03T08:20:00Z', '2026-03-03T08:40:00Z', '2026-03-03T09:25:00Z']);
    // The region is kept in the body; the list's other data file is passed over.
    expect(imported.text(imported.draftEndingIn('-object-storage-uploads-failing.mdx'))).toContain('Other fields of the incident: region: Lisbon; status: resolved.');
    expect(imported.drafts.some((name) => name.includes('lis1') || name.includes('oslo'))).toBe(false);
  });

  test('an incident named by its component only (`label`), under `incidents`, its updates under `at`, `state` and `text`', () => {
    const draft = frontmatterOf('-catalogue-search-was-slower-than-usual.mdx');
    expect(draft.title).toBe('Catalogue search was slower than usual');
    expect(draft.times).toMatchObject({ started: '2026-04-01T10:05:00Z', resolved: '2026-04-01T10:47:00Z' });
    expect((draft.timeline as { event: string }[]).map((row) => row.event)).toEqual([
      'Identified - Catalogue search was slower than usual (checks failing, latency peaked at 3120 ms).',
      'Resolved - Catalogue search recovered on its own after 42 min.',
    ]);
  });
});

describe("a status page's history of state changes as JSON", () => {
  test('beside its feed of the same name, it is passed over and said: each incident is imported once', () => {
    expect(imported.drafts.filter((name) => name.includes('billing-api'))).toHaveLength(1);
    expect(imported.log).toMatch(/1 file\(s\) not read as reports, the same history as the feed of its name beside it .*state-history\/history\.json/);
    expect(feedTwinFiles(['a/history.json', 'a/history.atom', 'b/history.json', 'c/status.rss', 'c/status.json']).map((twin) => twin.file)).toEqual(['a/history.json', 'c/status.json']);
  });

  test('named alone, it is read as its feed is: an episode per change away from operational and back', () => {
    const run = importFixtures([join(fixtures, 'state-history/history.json')], 'import-round41-json-');
    expect(run.drafts).toEqual(['2026-04-02-billing-api-partial-outage.mdx']);
    const draft = run.frontmatter(run.drafts[0]);
    expect(draft.times).toEqual({ started: '2026-04-02T09:00:00Z', resolved: '2026-04-02T10:00:00Z' });
    expect(run.log).toContain('1 change(s) from a state the feed had not measured not imported');
  });
});

describe("Nikola's metadata comment", () => {
  test('is the post\'s frontmatter: its title and day read, its lines kept in "Imported metadata", not as a comment of the body', () => {
    const name = imported.draftEndingIn('-package-mirror-outage.mdx');
    const draft = imported.frontmatter(name);
    expect(draft.title).toBe('Package Mirror Outage');
    expect(name.startsWith('2026-02-14-')).toBe(true);
    const text = imported.text(name);
    const body = text.slice(text.indexOf('\n---\n', 4));
    const internal = body.slice(body.indexOf('<Internal>'));
    // The author's name stands only inside <Internal>, which no public page shows.
    expect(body.indexOf('Quillon Marsh')).toBeGreaterThan(body.indexOf('<Internal>'));
    expect(internal).toContain('# .. author: Quillon Marsh');
    expect(body.slice(0, body.indexOf('<Internal>'))).not.toContain('.. title:');
  });
});

describe('a Date line whose two ends each write their day and time', () => {
  test('gives the start and the end, the approximate end read as written', () => {
    const draft = frontmatterOf('-ledger-v3-upgrade-rca-staging.mdx');
    expect(draft.times).toMatchObject({ started: '2026-04-08T10:00:00Z', resolved: '2026-04-09T12:15:00Z' });
  });
});

describe('a page of a dashboard', () => {
  test('its controls\' words and footer are no prose: not imported, and said', () => {
    expect(imported.log).toContain('dashboard/index.html: not imported, it is a page whose figures its scripts draw');
    expect(imported.drafts.some((name) => name.includes('shed-monitor'))).toBe(false);
  });
});

describe('work that "was blocked"', () => {
  test('is a state, not a mitigation: the mitigation is the lock released', () => {
    const draft = frontmatterOf('-export-queue-stalled-behind-a-stuck-job.mdx');
    expect(draft.times).toMatchObject({ started: '2026-05-06T12:10:00Z', detected: '2026-05-06T14:35:00Z', mitigated: '2026-05-06T15:05:00Z' });
    expect(inferTimelineKind('Deployments were blocked until the check passed')).toBe('other');
    // Blocking done to an address or traffic is still a mitigation.
    expect(inferTimelineKind('The attacker\'s IP was blocked at the edge')).toBe('mitigation');
    expect(inferTimelineKind('Traffic was blocked from the scraper\'s network')).toBe('mitigation');
  });
});
