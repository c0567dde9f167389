import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { importRefusal } from '../support/import-refusal.ts';
import { commandOutputKind } from '../../src/lib/import/command-output.ts';
import { formFragmentControls, viewTemplateEngine } from '../../src/lib/import/view-templates.ts';
import { otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { biographyLeadName } from '../../src/lib/import/biography-lead.ts';
import { pagesBesideReportFolder } from '../../src/lib/import/instruction-pages.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';

// Import round 55 (docs/import.md): dates as git and date(1) print them, a command's output saved
// as text, a Go app's templates and form partials, a meeting's minutes, a process of handling
// incidents, and an encyclopedia's article on a person. Names and texts invented (a glassworks
// and its kilns); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round55');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const refusal = (name: string) => importRefusal(name, fixture(name));

describe("dates as git and date(1) print them: the time between the day and the year", () => {
  test("git's default date is read whole, its offset too", () => {
    expect(readWrittenTime('Tue Mar 3 09:14:52 2026 +0100', { year: 2048 })).toMatchObject({ date: '2026-03-03', time: '09:14', zone: { kind: 'offset', minutes: 60 }, consumed: 29 });
    expect(readWrittenTime('Thu Apr  9 15:30:21 2026', { year: 2048 })).toMatchObject({ date: '2026-04-09', time: '15:30', consumed: 24 });
  });
  test("date(1)'s, the zone before the year", () => {
    expect(readWrittenTime('Thu Mar 5 14:02:11 UTC 2026: the kiln stops', { year: 2048 })).toMatchObject({ date: '2026-03-05', time: '14:02', zone: { kind: 'offset', minutes: 0 }, consumed: 27 });
  });
  test('a day and a time without a year still take the report\'s year, as before', () => {
    expect(readWrittenTime('Sep 11 02:02 the kiln stops', { year: 2026 })).toMatchObject({ date: '2026-09-11', time: '02:02', consumed: 12 });
    // Only a time with its seconds, as git and date(1) print it, takes the number after it as its year.
    expect(readWrittenTime('Mar 3 14:02 2000 firings failed', { year: 2026 })).toMatchObject({ date: '2026-03-03', time: '14:02', consumed: 11 });
  });
  test("a bug's postmortem headed by git's dates: its rows on their own days, not the year of \"4096 bytes\"", () => {
    const result = importReport('GLZ-3141-postmortem.md', fixture('GLZ-3141-postmortem.md'), { vocabulary, today: '2026-12-07' });
    const frontmatter = frontmatterOf(result.draft);
    const timeline = frontmatter.timeline as { at: string; event: string }[];
    expect(timeline.map((row) => row.at)).toEqual(['2026-03-03T08:14:00Z', '2026-04-16T17:40:00Z']);
    expect(timeline.map((row) => row.event)).toEqual(['https://git.example.org/kiln/driver/commit/4f1c2a9', 'https://git.example.org/kiln/driver/commit/9b7e310']);
    expect(frontmatter.times.started).toBe('2026-03-03T08:14:00Z');
  });
});

describe("a command's output saved as text", () => {
  test("`kubectl get events`' table, a row's message going on under it", async () => {
    expect(commandOutputKind(fixture('kiln-events.txt'))).toBe("a command's table (columns LAST SEEN, TYPE, REASON, OBJECT)");
    expect(await refusal('kiln-events.txt')).toContain("is a command's table (columns LAST SEEN, TYPE, REASON, OBJECT): a command's output, not a report: the evidence a report quotes.");
  });
  test("`kubectl describe`'s record", async () => {
    expect(await refusal('kiln-describe.txt')).toContain('is `kubectl describe`\'s record (labels such as "Name:", "Namespace:", "Status:" over its "Events:")');
  });
  test('a report of plain text with a title in capitals and a small table of its own is read', async () => {
    expect(commandOutputKind(fixture('kiln-rollback-notes.txt'))).toBeUndefined();
    expect(await refusal('kiln-rollback-notes.txt')).toBeUndefined();
  });
});

describe("a Go web app's templates and the pieces of its forms", () => {
  test("a template of Go's actions and fields, with no sentence", async () => {
    expect(viewTemplateEngine(fixture('firing-show.html'))).toBe('Go templates');
    expect(await refusal('firing-show.html')).toContain("is a web app's view template (Go templates tags");
  });
  test("a partial of labelled inputs and no template tag: a piece of the app's page", async () => {
    expect(formFragmentControls(fixture('_glaze-fields.html'))).toEqual(['input', 'select']);
    expect(await refusal('_glaze-fields.html')).toContain("is a piece of a web app's page holding a form (<input>, <select>) and no sentence of its own");
  });
  test('a fragment telling an outage beside a form to follow it is read', async () => {
    expect(formFragmentControls(fixture('outage-fragment.html'))).toBeUndefined();
    expect(await refusal('outage-fragment.html')).toBeUndefined();
  });
});

describe("a meeting's minutes", () => {
  test('an agenda and its attendees, titled for a post-mortem working group: refused', async () => {
    expect(otherDocumentKind(fixture('furnace-wg-minutes.md'))).toMatchObject({ kind: "a meeting's agenda or minutes", title: 'Furnace post-mortem tooling working group meeting' });
    // Said for what it is: its title names a post-mortem, so the reason is its headings, not its title.
    expect(await refusal('furnace-wg-minutes.md')).toContain("is a meeting's agenda or minutes (\"Furnace post-mortem tooling working group meeting\"), not a report of an incident: its headings are a meeting's (an agenda beside who came or what was said)");
  });
  test("a review meeting's notes holding the incident's timeline and root cause are read", () => {
    expect(otherDocumentKind(fixture('review-meeting-notes.md'))).toBeUndefined();
    // Kept by its title naming what broke, or by a section of an incident's review, without a timeline.
    const withoutTimeline = fixture('review-meeting-notes.md').replace(/## Timeline[\s\S]*$/, '## Action items\n\n- Ship the migration with the schema.\n');
    expect(otherDocumentKind(withoutTimeline)).toBeUndefined();
    expect(otherDocumentKind(withoutTimeline.replace('# Review meeting: kiln scheduler outage', '# Kiln team meeting'))?.kind).toBe("a meeting's agenda or minutes");
    expect(otherDocumentKind(withoutTimeline.replace('# Review meeting: kiln scheduler outage', '# Kiln team meeting').replace('## Action items', '## Impact'))).toBeUndefined();
  });
});

describe('a process of handling incidents', () => {
  test("a team's process, in English and in French, naming its blameless postmortem: refused", async () => {
    expect(otherDocumentKind(fixture('incident-process.md'))).toMatchObject({ kind: 'a process or policy of handling incidents', title: 'Incident Response Process at the Glassworks' });
    expect(otherDocumentKind(fixture('processus-incidents.md'))?.kind).toBe('a process or policy of handling incidents');
    expect(await refusal('incident-process.md')).toContain('is a process or policy of handling incidents ("Incident Response Process at the Glassworks"), not a report of an incident: its title names how incidents are handled, not one incident, and it writes no day');
  });
  test('a report of the process failing, which writes its day and a timeline, is read', () => {
    expect(otherDocumentKind(fixture('process-stalled-report.md'))).toBeUndefined();
    // Either is enough to keep it: without the day, its timeline; without the timeline, its day.
    expect(otherDocumentKind(fixture('process-stalled-report.md').replace('On 2026-05-02 the', 'The'))).toBeUndefined();
    expect(otherDocumentKind(fixture('process-stalled-report.md').replace('## Timeline', '## Steps'))).toBeUndefined();
  });
  test("a guide named for incidents, undated under docs/ beside a folder of reports: passed over there, and refused alone", () => {
    const names = ['incidents/2026-05-02-kiln-scheduler.md', 'docs/incident-response-process.md'];
    expect(pagesBesideReportFolder(names).map((page) => page.file)).toEqual(['docs/incident-response-process.md']);
    expect(otherDocumentKind(fixture('incident-process.md'))?.kind).toBe('a process or policy of handling incidents');
  });
});

describe("an encyclopedia's article on a person", () => {
  test('its lead gives a birth in brackets and says what the person is: refused', async () => {
    expect(biographyLeadName(fixture('glassblower-article.html'))).toBe('Dana Quill');
    expect(await refusal('glassblower-article.html')).toContain('opens as an encyclopedia\'s article on a person ("Dana Quill (… born …) is …"): a biography, not a report of an incident');
  });
  test("a wiki's report opening the same way with the incident's day is read", async () => {
    expect(biographyLeadName(fixture('kiln-wiki-report.html'))).toBeUndefined();
    expect(biographyLeadName('Dana Quill (born 1951) reported the kiln outage on 2 May 2026 at 14:10.')).toBeUndefined();
    // A report introducing its system as an article would, then telling what broke, is read.
    expect(biographyLeadName('The Kiln Scheduler (born in 2019 as a side project) is a service that books firings; on 2 May 2026 it stopped taking them for forty minutes.')).toBeUndefined();
  });
});

describe("a project's list of its technical debt", () => {
  test('`TECHDEBT.md` is passed over by its name; a script named so, and a report naming debt, are not', () => {
    expect(notReportReason('TECHDEBT.md')).toBe("a project's list of its technical debt, not a report");
    expect(notReportReason('docs/tech-debt.md')).toBe("a project's list of its technical debt, not a report");
    expect(notReportReason('script/techdebt')).not.toBe("a project's list of its technical debt, not a report");
    expect(notReportReason('2026-05-02-tech-debt-outage.md')).toBeUndefined();
  });
});
