import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { parseWrittenYaml } from '../../src/lib/import/written-yaml.ts';
import { isFrontmatterOnly } from '../../src/lib/import/report-content.ts';
import { openingInstant } from '../../src/lib/import/opening-instant.ts';
import { updateTimesOffset } from '../../src/lib/import/update-times-offset.ts';
import { withoutEmptyHeadings } from '../../src/lib/import/empty-headings.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 21 (docs/import.md): round 20's leftovers and what the collections showed after them.
// Fixtures written anew, modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round21');
const today = '2026-12-03';

function importText(name: string, text: string) {
  const result = importReport(name, text, { vocabulary, today });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { result, data: parseYaml(yaml) as Record<string, any>, body };
}
const importFixture = (name: string) => importText(name, readFileSync(join(fixtures, name), 'utf8'));
const errorsOf = (draft: string) => validatePostmortemSource('/nonexistent/x.mdx', 'x', draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' }).findings.filter((f) => f.severity === 'error');

describe('frontmatter as the site generator reads it', () => {
  test('a key written twice: the last holds', () => {
    expect(() => parseYaml('status: Resolved\nstatus: monitoring\n')).toThrow();
    expect(parseWrittenYaml('status: Resolved\nstatus: monitoring\n')).toEqual({ status: 'monitoring' });
  });
  test('a quoted value continued at its key\'s column is one value; a closed one stays as written', () => {
    const written = "- status: update\n  content: 'First line of the update.\n  Second line of it.'\n  date: 2024-02-11 09:05\n";
    expect(() => parseYaml(written)).toThrow();
    expect(parseWrittenYaml(written)).toEqual([{ status: 'update', content: 'First line of the update. Second line of it.', date: '2024-02-11 09:05' }]);
    expect(parseWrittenYaml('a: \'it\'\'s fine\'\nb: 2\n')).toEqual({ a: 'it\'s fine', b: 2 });
  });
  test('what is still not YAML is refused', () => {
    expect(() => parseWrittenYaml('a: [1, 2\nb: 3\n')).toThrow();
  });
  test('a post of updates in such frontmatter is read as its updates, and passes the check', () => {
    const { result, data, body } = importFixture('2024-02-11-webhook-delays.md');
    // Before: the frontmatter was read as the body, a second frontmatter the check refuses.
    expect(body).not.toMatch(/^---\nlayout: post/m);
    expect(body).toContain('Our engineers are looking for the cause and will post an update within the hour.');
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2024-02-11T08:20:00Z', '2024-02-11T09:05:00Z', '2024-02-11T09:40:00Z']);
    expect(data.times.resolved).toBe('2024-02-11T09:40:00Z');
    expect(errorsOf(result.draft)).toEqual([]);
  });
});

describe('a notice of frontmatter alone, its words in a field', () => {
  test('its sentences are the body and the summary; the frontmatter is kept as metadata', () => {
    const { result, data, body } = importFixture('2024-05-19-planned-maintenance.md');
    expect(body.trimStart().startsWith('We will upgrade the reporting database in our Singapore data center on Sunday.')).toBe(true);
    expect(body).not.toMatch(/^---\nlayout: post/m);
    expect(body).toContain('## Imported metadata');
    expect(data.summary).toMatch(/^We will upgrade the reporting database/);
    expect(errorsOf(result.draft)).toEqual([]);
  });
  test('frontmatter of settings alone is still no report', () => {
    expect(isFrontmatterOnly('---\ntitle: Incidents\nlayout: list\nweight: 3\n---\n')).toBe(true);
    expect(isFrontmatterOnly(readFileSync(join(fixtures, '2024-05-19-planned-maintenance.md'), 'utf8'))).toBe(false);
  });
});

describe('a start the opening sentence states in prose', () => {
  const year = 2024;
  test('a day with an ordinal, "at approximately", "around", "@" and a time before its day', () => {
    expect(openingInstant('On January 9th, 2024 at approximately 21:14 UTC the streaming service timed out for most users.', { year })).toMatchObject({ at: '2024-01-09T21:14:00Z', approximate: true });
    expect(openingInstant('At around 14:05 UTC on 3 March 2024, the API returned errors for most calls.', { year })).toMatchObject({ at: '2024-03-03T14:05:00Z', words: 'At around 14:05 UTC on 3 March 2024' });
    expect(openingInstant('On Oct 2 @ 03:10:44 UTC time, the validator set stopped producing blocks.', { year })).toMatchObject({ at: '2024-10-02T03:10:00Z', approximate: false });
    expect(openingInstant('On Tuesday, March 5, 2024 at about 2:12 PM PST, deploys failed.', { year })?.at).toBe('2024-03-05T22:12:00Z');
  });
  test('a day alone, a time further in, or no words after it is no start', () => {
    expect(openingInstant('On 2024-03-03 the API was down for an hour.', { year })).toBeUndefined();
    expect(openingInstant('The site was down from about 22:26 UTC on January 7th.', { year })).toBeUndefined();
    expect(openingInstant('At 14:05 we were paged.', { year })).toBeUndefined();
    expect(openingInstant('On January 7th, 2024 at 22:26 UTC.', { year })).toBeUndefined();
  });
  test('a report that states its start only so is given it; its day-only metadata is no start', () => {
    const file = join(fixtures, '2024-03-12-relay-queue/index.md');
    const { data } = importText(file, readFileSync(file, 'utf8'));
    expect(data.times.started).toBe('2024-03-12T06:40:00Z');
  });
  test('without a zone of its own or the report\'s, the time is not taken', () => {
    const text = '---\ntitle: Relay queue backlog\n---\n\nOn March 12th, 2024 at around 06:40 our outgoing mail relay stopped draining its queue.\n';
    expect(importText('relay.md', text).data.times?.started).toBeUndefined();
  });
});

describe('a status issue\'s updates written in local time beside an end in UTC', () => {
  test('its rows are read at the offset between its last update and its stated end', () => {
    const { data } = importFixture('2023-08-14-pagamentos-lentos.md');
    // Before: the rows were read as UTC, three hours early, and the end (18:47Z) came before them.
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2023-08-14T18:02:00Z', '2023-08-14T18:20:00Z', '2023-08-14T18:45:00Z']);
    expect(data.times.resolved).toBe('2023-08-14T18:47:10Z');
  });
  test('an end that agrees with the updates, or a gap that is no whole number of hours, moves nothing', () => {
    const issue = (end: string) => `---\nsection: issue\ntitle: Slow checkout\ndate: 2023-08-14T17:58:31Z\nresolved: true\nresolvedWhen: ${end}\n---\n*Resolved* - Payments are confirmed in seconds again. {{< track "2023-08-14 18:45:00" >}}\n`;
    expect(updateTimesOffset(issue('2023-08-14T18:47:10Z'), { section: 'issue', resolved: true, resolvedWhen: '2023-08-14T18:47:10Z' })).toBeUndefined();
    expect(updateTimesOffset(issue('2023-08-14T17:15:00Z'), { section: 'issue', resolved: true, resolvedWhen: '2023-08-14T17:15:00Z' })).toBeUndefined();
    expect(updateTimesOffset(issue('2023-08-14T16:44:00Z'), { section: 'issue', resolved: true, resolvedWhen: '2023-08-14T16:44:00Z' })?.zone).toEqual({ kind: 'offset', minutes: 120, label: 'UTC+02:00' });
  });
  test('a zone given with --timezone is the one used', () => {
    const text = readFileSync(join(fixtures, '2023-08-14-pagamentos-lentos.md'), 'utf8');
    const result = importReport('x.md', text, { vocabulary, today, zone: { kind: 'offset', minutes: 0, label: 'UTC' } });
    expect((parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>).timeline[0].at).toBe('2023-08-14T15:02:00Z');
  });
});

describe('a blank line before the opening `---`', () => {
  test('the fields are the report\'s metadata, not a second frontmatter in the body', () => {
    const { result, data, body } = importFixture('2024-05-09T1800--Wartung_Lernplattform.md');
    expect(data.title).toBe('Lernplattform - Wartung am 9. Mai, 18:00–20:00 Uhr');
    expect(data.times.resolved).toBe('2024-05-09T19:40:00Z');
    expect(body).not.toMatch(/^---\ntitle:/m);
    expect(data.summary).toMatch(/^Am Donnerstag aktualisieren wir/);
    expect(errorsOf(result.draft)).toEqual([]);
  });
});

describe('frontmatter that lost its opening `---`', () => {
  test('fields with a title, closed by `---`, are the report\'s metadata', () => {
    const { result, data, body } = importFixture('2024-06-18-artifact-mirror-outage.md');
    expect(data.title).toBe('Artifact mirror outage');
    expect(data.times).toMatchObject({ started: '2024-06-18T07:30:00Z', resolved: '2024-06-18T08:05:00Z' });
    expect(body.split('<Internal>')[0]).not.toContain('title: "Artifact mirror outage"');
    expect(errorsOf(result.draft)).toEqual([]);
  });
  test('labelled lines of a report over a rule are no frontmatter', () => {
    const { data, body } = importText('notes.md', 'Date: 2024-06-18\nOwner: platform\n---\n\nThe artifact mirror failed for half an hour.\n');
    expect(body).toContain('Owner: platform');
    expect(data.title).not.toBe('Artifact mirror outage');
  });
});

describe('a heading mark with no words', () => {
  test('left out, outside code; the draft passes the check', () => {
    const { result, body } = importFixture('relayer-halt.md');
    expect(body.split('```')[0]).not.toMatch(/^##[ \t]*$/m);
    expect(body).toContain('## Timeline');
    expect(body).toContain('## this line is a comment in a shell script, kept\n##\n```');
    expect(errorsOf(result.draft)).toEqual([]);
  });
  test('only marks alone on a line are left out', () => {
    expect(withoutEmptyHeadings('##\n## Impact\n#\ntext ##\n~~~\n###\n~~~\n').markdown).toBe('\n## Impact\n\ntext ##\n~~~\n###\n~~~\n');
  });
});

describe('a "Date of incident" line that gives a span', () => {
  test('"between 09.10UTC (…) and 09.55UTC" starts and ends the incident', () => {
    const { data } = importFixture('relayer-halt.md');
    // Round 23: the span's start, before the first row (09:12), is the start too.
    expect(data.times.started).toBe('2024-03-14T09:10:00Z');
    expect(data.times.resolved).toBe('2024-03-14T09:55:00Z');
  });
});
