import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { importRefusal } from '../support/import-refusal.ts';
import { otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { codeOpening, notReportByOpening } from '../../src/lib/import/report-files.ts';
import { plainSectionHeadings, readmeIncidentHeading } from '../../src/lib/import/readme-report.ts';

// Import round 58 (docs/import.md): a zone written once in an opening is the zone of the rows that
// write none; a "Date and Time" line is the start "T+1hr" rows count from; a program's source and
// Makefile fragments beside the reports known by their opening; a Japanese or Chinese title's last
// noun says what a page is; a page titled only by its language. Names and texts invented (a glaze
// studio's kiln scheduler); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round58');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const imported = (name: string, text = fixture(name)) => importReport(name, text, { vocabulary, today: '2026-12-07' });
const rowTimes = (read: Record<string, any>) => read.timeline.map((row: { at: string }) => row.at);

describe('a zone written once, in the opening', () => {
  test('the opening span\'s zone (WAT) is the rows\' zone, said in the draft', () => {
    const result = imported('kiln-booking-wat.md');
    const read = frontmatterOf(result.draft);
    // 9:40 AM WAT is 08:40 UTC: the rows were read as UTC, an hour after the start the opening gave.
    expect(rowTimes(read)).toEqual(['2026-03-14T08:40:00Z', '2026-03-14T08:52:00Z', '2026-03-14T09:30:00Z', '2026-03-14T10:10:00Z']);
    expect(read.times).toMatchObject({ started: '2026-03-14T08:40:00Z', resolved: '2026-03-14T10:10:00Z' });
    expect(result.inferred.join('\n')).toContain('time zone WAT of its opening');
    expect(result.draft).toContain('# Times without a zone of their own were read in WAT, the zone its opening writes');
  });

  test('a row writing its own zone keeps it; a report stating its zone for all times is read in that one', () => {
    const read = frontmatterOf(imported('kiln-glaze-overnight-eat.md').draft);
    expect(rowTimes(read)).toEqual(['2026-03-20T19:05:00Z', '2026-03-20T19:20:00Z', '2026-03-20T20:35:00Z']);
    const stated = fixture('kiln-booking-wat.md').replace('# Timeline', '# Timeline\nAll times are UTC.');
    expect(rowTimes(frontmatterOf(imported('kiln-booking-wat.md', stated).draft))[0]).toBe('2026-03-14T09:40:00Z');
  });

  test('an opening without a zone gives none: the rows are read as UTC, said as before', () => {
    const result = imported('kiln-booking-wat.md', fixture('kiln-booking-wat.md').replace(' WAT ', ' '));
    expect(rowTimes(frontmatterOf(result.draft))[0]).toBe('2026-03-14T09:40:00Z');
    expect(result.draft).toContain('read as UTC: the report states no time zone');
  });
});

describe('"T+1hr" rows under a "Date and Time" line', () => {
  test('the Date and Time line is the start the rows count from; the row of no offset stays in the body', () => {
    const result = imported('kilnctl-publish-tplus.md');
    const read = frontmatterOf(result.draft);
    expect(read.times.started).toBe('2026-03-12T14:20:00Z');
    expect(read.timeline.map((row: { at: string; event: string }) => [row.at, row.event])).toEqual([
      ['2026-03-12T14:20:00Z', '(T+0) Unintended release of kilnctl 4.2.0 to the stable channel.'],
      ['2026-03-12T15:20:00Z', '(T+1hr) Incident identification.'],
      ['2026-03-12T16:50:00Z', '(T+2.5hrs) The release was withdrawn and the stable channel pointed back to 4.1.9.'],
    ]);
    expect(result.draft).toContain('**Post-2.5hrs**: Mirrors had already copied the withdrawn version');
  });
});

describe('files and pages that are no report, said for what they are', () => {
  const opening = (name: string) => () => fixture(name);
  test('a program\'s source and Makefile fragments with an extension no document has, known by their opening', () => {
    expect(notReportByOpening('PR/kiln/4/Resolution/error/main.dats', opening('main.dats'))).toContain('preprocessor lines such as "#include"');
    expect(notReportByOpening('mk/kiln-error.mk', opening('kiln-error.mk'))).toContain("a Makefile's rules");
    expect(notReportByOpening('mk/subdir.mk', opening('subdir.mk'))).toContain("a Makefile's variables");
    // A report's own formats are never judged so, whatever they quote; prose under an unknown extension is read.
    expect(notReportByOpening('reports/kiln-error.md', opening('kiln-error.mk'))).toBeUndefined();
    expect(notReportByOpening('reports/kiln-4.note', () => '# Kiln 4 stopped\n\nThe relay failed at 10:12.\n')).toBeUndefined();
    expect(codeOpening('# include the kiln\n\nKiln 4 stopped.\n')).toBeUndefined();
    expect(notReportByOpening('docs/api/kiln-api.sha256', () => '3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed\n')).toContain('a checksum');
  });

  test('a Japanese or Chinese title ending with a kind of document is one, whatever its headings hold', async () => {
    const dictionary = otherDocumentKind(fixture('kiln-failure-modes-zh.md'));
    expect(dictionary?.kind).toBe('a dictionary or a glossary');
    expect(await importRefusal('kiln-failure-modes-zh.md', fixture('kiln-failure-modes-zh.md'))).toContain('its title ends with the kind of document it is');
    expect(otherDocumentKind(fixture('kiln-release-strategy-zh.md'))?.kind).toBe('a strategy');
    expect(otherDocumentKind(fixture('kiln-build-howto-ja.md'))?.kind).toBe('documentation or a how-to guide');
    // A title ending otherwise is judged as before: a report of an outage ("…で発生した障害について").
    expect(otherDocumentKind('# v4.2 リリースで発生した障害について\n\n## タイムライン\n\n- 10:12 窯4が停止\n')).toBeUndefined();
    // A record of one outage under such a title writes its day in a heading: kept (import round 57).
    expect(otherDocumentKind('# 窯スケジューラ 障害対応チェックリスト\n\n## 2026-03-09 の障害で行ったこと\n\n- [x] 窯4の電源を切った\n')).toBeUndefined();
  });

  test('a course\'s "Curiosity Report" is an essay on a subject, not an incident', () => {
    expect(otherDocumentKind('# Curiosity Report: Kiln Telemetry with OpenTelemetry\n\n## What I learned\n\nTracing the kiln scheduler.\n')?.kind).toBe('a research or study report (an essay on a subject, not an incident)');
    expect(otherDocumentKind('# Incident report: kiln telemetry lost\n\n## Timeline\n\n- 10:12 traces stop\n')).toBeUndefined();
  });

  test('a page titled only by its language is one language\'s text, refused with what to do', async () => {
    expect(otherDocumentKind(fixture('kiln-store-listing-en.md'))?.why).toBe('its title is only the name of its language');
    expect(await importRefusal('kiln-store-listing-zh_CN.md', fixture('kiln-store-listing-zh_CN.md'))).toContain('If it is a report, give it a title that says what happened');
    expect(otherDocumentKind('# English classes outage\n\nThe booking page for English classes failed.\n')).toBeUndefined();
  });
});

describe('a report opening with "## Incident: <its day>"', () => {
  test('its summary names it, not the next heading after the summary ("Detection") nor the heading that gives only its day', () => {
    const read = frontmatterOf(imported('incident-2026-04-07-1.md').draft);
    // adoption round 58 reads "Incident: <day> <time>" as naming its day only and "Detection" as a section's name.
    expect(read.title).toBe('Kiln booking service stopped taking orders: every booking returned a 500 error');
    // A label opening a report ("## Date: …") is still no title.
    expect(frontmatterOf(imported('incident-2026-04-07-1.md', fixture('incident-2026-04-07-1.md').replace('## Incident:', '## Date:')).draft).title).not.toMatch(/^Date:/);
  });
});

describe('a student\'s README that is the report', () => {
  test('plain text under the writer\'s name, its sections centred and named with what they are of, dated "4th March, 2026"', () => {
    const text = fixture('plain-readme/README.md');
    expect(readmeIncidentHeading(text)).toBe('Summary of outage');
    expect(plainSectionHeadings(text)?.headings).toEqual(['Summary of outage', 'Timeline of events (4th March 2026)', 'Root cause and resolution', 'Corrective and preventative measures']);
    // A README that only links to a post elsewhere stays the repository's own.
    expect(readmeIncidentHeading('incident report\nlink to blog post: https://blog.example/kiln-outage\n')).toBeUndefined();
  });

  test('a first line "###Posmortem", the word as some write it', () => {
    expect(readmeIncidentHeading(fixture('hash-readme/README.md'))).toBe('###Posmortem');
    // A README of no incident's words stays the repository's own.
    expect(readmeIncidentHeading(fixture('hash-readme/README.md').replace('###Posmortem', '###Kiln booking server').replace(/outage|errors/gi, 'event'))).toBeUndefined();
  });
});
