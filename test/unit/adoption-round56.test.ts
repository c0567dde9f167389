import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importReport, type ImportResult } from '../../src/lib/import/import-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { plainSectionHeadings, readmeIncidentHeading } from '../../src/lib/import/readme-report.ts';
import { publishableTitle } from '../../src/lib/import/publishable-title.ts';
import { titleFromFirstSentence } from '../../src/lib/import/report-title.ts';
import { importOutputText, manyReportsFrom } from '../../src/lib/import/import-output.ts';
import { summarise, type ImportedFile } from '../../src/lib/import/import-summary.ts';
import { batchGuidance, batchGuidanceLead } from '../../src/lib/batch-guidance.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import type { Finding } from '../../src/lib/findings.ts';

/**
 * Round 56's adoption walk (docs/adopting.md, "Walkthrough round 56"): students' postmortems kept
 * as `0x19-postmortem/README.md`, and a team importing 242 reports at once. Reports, services and
 * hosts invented here, modelled on what the walk met.
 */

const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = async (name: string, report: string) => {
  const content = await readReportContent(name, Buffer.from(report));
  const result = importReport(name, content.text, { vocabulary, today: '2026-12-07' });
  const front = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, unknown>;
  return { result, front, body: splitFrontmatter(result.draft).body };
};

/** A postmortem of plain text: its sections are lines of their names alone, no heading marks. */
const plainTextReport = `Issue Summary
On March 3, 2025, from 08:10 AM to 09:40 AM UTC, our booking site returned errors to about 30% of visitors. The cause was a full disk on the primary database host, which stopped accepting writes and left every new booking to fail with a server error.

Timeline
08:05 AM - Disk usage alerts fired on the database host.
08:10 AM - Visitors began to see errors when booking.
08:25 AM - The on-call engineer found the disk full of old binary logs.
09:00 AM - Old binary logs were purged and writes resumed.
09:40 AM - Error rates were back to normal.

Root Cause and Resolution
Root Cause:
Binary logs were kept forever, as no expiry had been set on the database server, and they filled the disk over several months.

Resolution:
The old logs were purged and an expiry of seven days was set.

Corrective and Preventative Measures
Set an expiry on binary logs on every database host.
Alert at 80% disk use rather than at 95%.
`;

/** A postmortem with report sections and the times of its outage, but no day written. */
const undatedReport = `# Mail Relay Meltdown

## What Happened?

I was moving the mail relay to a new host, expecting a quiet switch. Instead, no message left the relay for an hour, from 14:00 to 15:00 UTC, and every signup mail stayed queued. People kept asking where their confirmation mail was, and the queue kept growing.

## Why Did It Happen?

The new host's firewall blocked outbound port 587, and the relay kept retrying without a word in its logs, since its log level was set to errors only.

## Lessons Learned

- Test outbound mail from a new host before switching traffic to it.
- Keep the relay's log level at warnings.
`;

const guide = `# How to write a postmortem

## What happened

Say what happened, e.g. "at 10:00 UTC the queue stopped". Keep it short, and write it for the whole company so that everyone can follow what went on, even those who were not there.

## Lessons learned

List what the team learned, one item a line. A good postmortem is blameless, specific and has an owner for each follow-up, with a due date that the team agrees on.
`;

describe('a README that is the postmortem (students\' 0x19-postmortem/README.md)', () => {
  it('a README of plain text whose sections are their names alone on a line tells an incident', () => {
    expect(readmeIncidentHeading(plainTextReport)).toBe('Timeline');
  });

  it('its section lines become headings, so the summary is the summary section\'s', async () => {
    expect(plainSectionHeadings(plainTextReport)?.headings).toEqual(['Issue Summary', 'Timeline', 'Root Cause and Resolution', 'Root Cause', 'Resolution', 'Corrective and Preventative Measures']);
    const { front, result } = await imported('0x19-postmortem/README.md', plainTextReport);
    expect(String(front.summary)).toMatch(/^On March 3, 2025, from 08:10 AM to 09:40 AM UTC, our booking site returned errors/);
    expect(String(front.summary)).not.toMatch(/Issue Summary/);
    expect(result.timelineRows).toBeGreaterThanOrEqual(5);
  });

  it('a README with headings names none of its lines a heading', () => {
    expect(plainSectionHeadings(undatedReport)).toBeUndefined();
  });

  it('two report sections and the times of its outage tell an incident without its day', () => {
    expect(readmeIncidentHeading(undatedReport)).toBe('What Happened?');
  });

  it('a guide on writing them, with an example time, is still no report', () => {
    expect(readmeIncidentHeading(guide)).toBeUndefined();
  });
});

describe('a title of a course project code and "Postmortem"', () => {
  it.each(['0x19. Postmortem', '0x19-postmortem', '0x1A postmortem', '3) Incident report'])('%s names nothing: the summary titles the draft', (title) => {
    const made = publishableTitle(title, [{ text: 'Checkout requests failed after a config push', from: 'its summary\'s first sentence' }]);
    expect(made.title).toBe('Checkout requests failed after a config push');
  });

  it('a code before words of its own stays', () => {
    expect(publishableTitle('0x19. Checkout errors after a config push', []).title).toBe('0x19. Checkout errors after a config push');
  });

  it('a summary opening with its day and span of times titles the draft by what failed', () => {
    expect(titleFromFirstSentence('03/11/2024 From 06:20 PM to 01:10 AM CET mail relay of the staging host rejected all senders')).toBe('Mail relay of the staging host rejected all senders');
  });

  it('the students\' draft is titled by what broke, and named so', async () => {
    const { front, result } = await imported('0x19-postmortem/README.md', `# 0x19. Postmortem\n\n# Issue Summary\n\n04/05/2024 From 02:00 PM to 03:30 PM WAT the image resizer of our shop returned broken thumbnails to every visitor, after a library upgrade changed its default format.\n\n# Timeline\n\n- 02:00 PM: deploy of the upgrade\n- 03:30 PM: rollback\n`);
    expect(front.title).toBe('The image resizer of our shop returned broken thumbnails to every visitor');
    expect(result.fileName).not.toMatch(/0x19/);
  });
});

describe('a public post named as a second post of a hidden one\'s title', () => {
  const inFileName = (file: string, hidden: string) => hiddenPostIdFindings([{ file, publicLines: [], sourceLines: ['---', '---'], findings: [] }], [hidden])[0].length;

  it('<hidden id>-<n> is not held for the hidden post\'s id: its words are its own', () => {
    expect(inFileName('content/postmortems/0x19-postmortem-2.mdx', '0x19-postmortem')).toBe(0);
    expect(inFileName('content/postmortems/2024-03-02-db-outage-12.mdx', '2024-03-02-db-outage')).toBe(0);
  });

  it('any other word joined to the hidden id still holds it', () => {
    expect(inFileName('content/postmortems/0x19-postmortem-follow-up.mdx', '0x19-postmortem')).toBe(1);
    expect(inFileName('content/postmortems/0x19-postmortem-2b.mdx', '0x19-postmortem')).toBe(1);
    expect(inFileName('content/postmortems/x-0x19-postmortem-2.mdx', '0x19-postmortem')).toBe(1);
  });
});

/** An imported file as the import reports it, lacking the facts named. */
const importedFile = (n: number, toFill: string[]): ImportedFile => ({
  source: `../old-reports/report-${n}.md`,
  output: `content/postmortems/report-${n}.mdx`,
  result: {
    format: 'markdown', timelineRows: 0, dateOnlyRows: 0, relativeRows: 0, actionItems: 0, unread: [], notes: [],
    inferred: [`title from its first heading (${n})`], toFill, setFromBatch: [], teamsSet: [], draft: '---\ntitle: x\n---\n',
  } as unknown as ImportResult,
  checkErrors: 0,
  checkWarnings: toFill.length,
});
const severity = 'severity is not filled in yet: set one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4.';
const drafted = 'drafted is not filled in yet: add the day the first draft was written, YYYY-MM-DD.';
const services = 'services is not filled in yet: list the affected service ids from services.yaml.';
const started = 'times.started is not filled in yet: add when it began, e.g. 2025-03-14T09:12:00Z.';

describe('the import of a large batch leads with what to do first', () => {
  const files = Array.from({ length: manyReportsFrom + 5 }, (_, i) => importedFile(i, i % 2 ? [services, drafted, started] : [services, drafted]));
  files[0] = importedFile(0, [severity, services, drafted]);
  const text = importOutputText(files, summarise(files), { dryRun: false, next: 'Next: npm run fill -- --vocabularies …' });
  const lines = text.split('\n');

  it('its first lines are the counts, the next step and the one npm run fill command, the most missed fact first', () => {
    expect(lines[0]).toMatch(/^25 files: 25 imported/);
    const guidance = lines.indexOf('The same fact is missing in many files; npm run fill fills it in every file that lacks it, never replacing a value written (docs/adopting.md):');
    expect(guidance).toBeGreaterThan(0);
    expect(guidance).toBeLessThan(lines.findIndex((line) => line.startsWith('../old-reports/')));
    // Ties keep the guidance's own order (severity, drafted, services, …).
    expect(lines.slice(guidance + 1, guidance + 3)).toEqual(['  drafted: 25 files  --set drafted=YYYY-MM-DD', '  services: 25 files  --set services=<id>']);
  });

  it('under each file, the facts said for the whole batch are one line; the others stay whole', () => {
    const first = text.slice(text.indexOf('../old-reports/report-1.md'), text.indexOf('../old-reports/report-2.md'));
    expect(first).toContain('  left to fill, said for the whole batch at the top: drafted, services\n');
    expect(first).toContain(`    - ${started}`);
    expect(first).not.toContain(services);
    // A fact fewer than three files lack is said in full under its file.
    expect(text).toContain(`    - ${severity}`);
  });

  it('every file is listed, and the last line points back to the top', () => {
    expect(files.every((file) => text.includes(`${file.source} -> ${file.output}`))).toBe(true);
    expect(lines.at(-1)).toMatch(/^25 files: 25 imported.* What to do first is at the top of this output\.$/);
  });

  it('a small batch reads in file order, as before', () => {
    const small = files.slice(0, 3);
    const smallText = importOutputText(small, summarise(small), { dryRun: false });
    expect(smallText.startsWith('../old-reports/report-0.md -> content/postmortems/report-0.mdx')).toBe(true);
    expect(smallText).not.toContain('said for the whole batch');
  });
});

describe('the check of a large batch opens with the findings one command clears', () => {
  const finding = (file: string, message: string): Finding => ({ file, line: 2, column: 1, rule: 'draft/fill-before-review', severity: 'warning', message: `fill before review: ${message}` });
  const findings = [
    ...['a', 'b', 'c'].map((file) => finding(`${file}.mdx`, severity)),
    ...['a', 'b', 'c', 'd', 'e'].map((file) => finding(`${file}.mdx`, services)),
    { file: 'a.mdx', line: 3, column: 1, rule: 'schema/plain-text', severity: 'warning' as const, message: 'summary holds Markdown' },
  ];

  it('says how many findings the command clears, the most missed fact first, and the command', () => {
    expect(batchGuidanceLead(findings)).toBe('First: 8 of the 9 findings are 2 facts missing in many files (services 5, severity 3), filled in every file by one command (how, at the end): npm run fill -- --set services=<id> --set severity=SEV-3 --dry-run');
  });

  it('the guidance at the end lists the most missed fact first too', () => {
    expect(batchGuidance(findings).slice(1, 3)).toEqual(['  services: 5 files  --set services=<id>', '  severity: 3 files  --set severity=SEV-3']);
  });

  it('says nothing when no fact is missing in many files', () => {
    expect(batchGuidanceLead(findings.slice(-1))).toBeUndefined();
  });
});
