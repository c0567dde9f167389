import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importRefusal } from '../support/import-refusal.ts';
import { isReportSectionHeading, knowledgeBaseNoteTitle, otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { chapterPages } from '../../src/lib/import/chapter-pages.ts';
import { notReportReason, passedOverIsSaid } from '../../src/lib/import/report-files.ts';
import { isWeekdayName, weekdayBeforeDayPattern } from '../../src/lib/import/weekday-before-day.ts';
import { openingSentenceDay } from '../../src/lib/import/opening-sentence-day.ts';
import { openingInstant } from '../../src/lib/import/opening-instant.ts';

// Import round 59 (docs/import.md): pages that are no report refused with why and what to do (a
// knowledge base's notes, a list of people, a project's description, a work session's notes,
// Japanese development pages, a long text's numbered chapters), files passed over by their
// extension said, and one definition of the weekday before a day. Names and texts invented (a ferry
// operator's desk); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round59');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('pages that are no report, refused with what to do', () => {
  test('a knowledge base\'s note naming no incident is refused; its note of an outage is read', async () => {
    expect(knowledgeBaseNoteTitle(fixture('crew-notes-auth.md'))).toBe('认证接口（v2：渡轮用户）');
    const refusal = await importRefusal('crew-notes-auth.md', fixture('crew-notes-auth.md'));
    expect(refusal).toContain('is a note of a knowledge base ("认证接口（v2：渡轮用户）"');
    expect(refusal).toContain('give it a title that says what happened or a section such as "## Timeline"');
    expect(knowledgeBaseNoteTitle(fixture('crew-notes-outage.md'))).toBeUndefined();
    expect(await importRefusal('crew-notes-outage.md', fixture('crew-notes-outage.md'))).toBeUndefined();
    // Without the note-taking tool's frontmatter the page is judged as before (not as a note).
    expect(knowledgeBaseNoteTitle(fixture('crew-notes-auth.md').replace('type: note\n', ''))).toBeUndefined();
  });

  test('a title that is only a word for people is a list of them', async () => {
    expect(otherDocumentKind(fixture('advisers.md'))?.kind).toBe('a list of people (advisers, contributors, maintainers, credits)');
    expect(await importRefusal('advisers.md', fixture('advisers.md'))).toContain('is a list of people');
    // A title naming the people's incident is a report's.
    expect(otherDocumentKind(fixture('advisers.md').replace('# Advisers', '# Advisers locked out of the tide model'))).toBeUndefined();
  });

  test('a title that is only a list of tasks is a to-do list', () => {
    expect(otherDocumentKind('# List of todos\n\n- [ ] publish the ferry timetable generator\n')?.kind).toBe("a project's list of tasks (a to-do list)");
    expect(otherDocumentKind('# Todos after the pier 3 gate outage\n\n- [ ] replace the reader\n')).toBeUndefined();
  });

  test('a project\'s description by its sections, a work session\'s notes by its title, whatever their titles name', async () => {
    expect(otherDocumentKind(fixture('repo-overview.md'))).toMatchObject({ kind: "a project's description or review", title: 'FerryDesk: AI-Powered Root Cause Analysis for Sailings' });
    expect(otherDocumentKind(fixture('session-summary.md'))?.kind).toBe("a work session's notes");
    expect(await importRefusal('session-summary.md', fixture('session-summary.md'))).toContain('give it a title that says what happened and a section such as "## Timeline"');
    // A report with the same sections beside its timeline is read.
    expect(otherDocumentKind(fixture('overview-with-timeline.md'))).toBeUndefined();
    expect(await importRefusal('overview-with-timeline.md', fixture('overview-with-timeline.md'))).toBeUndefined();
  });

  test('Japanese development pages: a layout (構成) and licences (ライセンス)', () => {
    expect(otherDocumentKind(fixture('branch-layout-ja.md'))?.kind).toBe('a specification or a design');
    expect(otherDocumentKind(fixture('licences-ja.md'))?.kind).toBe('a licence or how licences are handled');
    // A title naming an outage caused by a configuration is a report's.
    expect(otherDocumentKind('# 構成変更による障害\n\n## 経緯\n\n設定を誤った。\n')).toBeUndefined();
  });
});

describe('the numbered chapters of one long text', () => {
  const story = new Map([
    ['site/en/01-summary.md', '## Three months of ferry tickets\n\nA program sold tickets on its own.\n'],
    ['site/en/02-birth.md', '## Birth, and the first pivot\n\nThe first commit came on a Monday.\n'],
    ['site/en/03-money.md', '## Real money, then the crash\n\nThe price fell.\n'],
    ['site/en/04-verdict.md', '## The verdict\n\nIt made one euro.\n'],
    ['site/en/README.md', '# The site\n'],
  ]);
  const textOf = (texts: Map<string, string>) => (name: string) => texts.get(name) ?? '';

  test('pages numbered 01 to 04 with no report\'s section are chapters, said with why', () => {
    const found = chapterPages([...story.keys()], textOf(story), isReportSectionHeading);
    expect([...found.keys()]).toEqual(['site/en/01-summary.md', 'site/en/02-birth.md', 'site/en/03-money.md', 'site/en/04-verdict.md']);
    expect(found.get('site/en/03-money.md')).toContain('a chapter of a longer text (4 pages numbered 01 to 04 in site/en');
  });

  test('numbered reports, each with a report\'s section, are read; so is a folder with a gap or an unnumbered page', () => {
    const reports = new Map([...story].map(([name, text]) => [name, `${text}\n## Timeline\n\n- 07:10 boards stop\n`]));
    expect(chapterPages([...reports.keys()], textOf(reports), isReportSectionHeading).size).toBe(0);
    const oneReport = new Map(story);
    oneReport.set('site/en/03-money.md', '## Root cause\n\nThe price feed.\n');
    expect(chapterPages([...oneReport.keys()], textOf(oneReport), isReportSectionHeading).size).toBe(0);
    const gap = [...story.keys()].filter((name) => !name.includes('02-'));
    expect(chapterPages(gap, textOf(story), isReportSectionHeading).size).toBe(0);
    expect(chapterPages([...story.keys(), 'site/en/ferry-gate-outage.md'], textOf(story), isReportSectionHeading).size).toBe(0);
  });
});

describe('files passed over by their extension are said', () => {
  test('code, logs, data and PDFs are said; pictures and hidden files are not', () => {
    for (const name of ['contracts/2024-04/Exploit.sol', 'docs/maintenance.log', 'incidents/report.pdf', 'app/main.py']) {
      const why = notReportReason(name);
      expect(why).toBeDefined();
      expect(passedOverIsSaid(name, why!)).toBe(true);
    }
    for (const name of ['media/timeline.png', 'media/board.jpeg', '.github/workflows/lint.yml']) expect(passedOverIsSaid(name, notReportReason(name)!)).toBe(false);
  });
});

describe('one definition of the weekday before a day', () => {
  test('a weekday, with or without "the", between the lead and the day', () => {
    const lead = new RegExp(`^on ${weekdayBeforeDayPattern}(\\d)`, 'i');
    expect(lead.exec('On Friday, the 8th of May')?.[1]).toBe('8');
    expect(lead.exec('on 8 May')?.[1]).toBe('8');
    expect(isWeekdayName('Wednesday')).toBe(true);
    expect(isWeekdayName('Wed')).toBe(false);
  });

  test('the openings that write a weekday are read as before', () => {
    expect(openingSentenceDay('The outage occurred on Friday, May 8, 2026, when the boards at pier 3 stopped updating.')?.date).toBe('2026-05-08');
    expect(openingSentenceDay('In the early morning of Saturday, 9 May 2026, the ticket gates at pier 3 rejected every ticket.')?.date).toBe('2026-05-09');
    expect(openingInstant('On Friday, May 8, 2026 at 07:10 UTC, the boards at pier 3 stopped updating.', { year: 2026 })?.at).toBe('2026-05-08T07:10:00Z');
  });
});
