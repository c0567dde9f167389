import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importRefusal } from '../support/import-refusal.ts';
import { otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { handbookPagesPassedOver, handbookTreePagesWhy, pageTellingNoIncident, pageWritingNoDay, untoldPagesWhy } from '../../src/lib/import/untold-incident.ts';
import { dataPassedOverWhy } from '../../src/lib/import/instruction-pages.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';

// Import round 63 (docs/import.md): a handbook's tree whose pages beside one citing a year or titled
// by a word of incidents were still drafts, a team's weekly status reports, an organisation chart,
// product specifications, a status page app's guides, an agent's skill pages, and data passed over
// unsaid. Names and texts invented (a ferry company's kiosks and departures page); functions only,
// no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round63');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe("a handbook's tree", () => {
  test('a page citing a year or titled by a word of incidents writes no day; one writing a weekday does', () => {
    const errors = fixture('handbook-errors.md');
    expect(pageTellingNoIncident(errors, 'standards/text/errors.md')).toBeUndefined();
    expect(pageWritingNoDay(errors)?.headings[0]).toBe('Errors');
    expect(pageWritingNoDay(fixture('handbook-levels.md'))).toBeUndefined();
    expect(pageWritingNoDay(errors.replace('Never blame', 'At 14:05 we saw it. Never blame'))).toBeUndefined();
    expect(pageWritingNoDay(errors.replace('- Name the field.', '## Root cause\n- Name the field.'))).toBeUndefined();
    // A page titled by a report's section word, how the team writes post-mortems, heads no report's section under it.
    const practice = '# Post-mortems\n\n<!--\nAfter a large outage the people involved write one: its impact, its timeline, its actions.\n-->\n';
    expect(pageWritingNoDay(practice)?.headings).toEqual(['Post-mortems']);
    expect(pageTellingNoIncident(practice, 'practices/post-mortems.md')).toBeUndefined();
    expect(pageTellingNoIncident(practice.replace('# Post-mortems', '# Timeline'), 'practices/writing.md')).toBeUndefined();
  });

  // Pages of a tree: `n` telling no incident in `folder`, and others given.
  const tree = (untold: number, others: { folder: string; untold: boolean; dayless: boolean }[]) => [
    ...Array.from({ length: untold }, (_, i) => ({ folders: [`hb/section${i % 4}`, 'hb'], untold: true, dayless: true })),
    ...others.map(({ folder, untold: told, dayless }) => ({ folders: [folder, 'hb'], untold: told, dayless })),
  ];

  test('pages writing no day in a tree of 20 pages or more, 85 % telling no incident, are passed over', () => {
    // 18 pages of advice in four sections, and in the fourth an "Errors" page citing a year and a page writing a weekday.
    const pages = tree(18, [{ folder: 'hb/section3', untold: false, dayless: true }, { folder: 'hb/section3', untold: false, dayless: false }]);
    const passed = handbookPagesPassedOver(pages);
    expect(passed.get(18)).toBe(handbookTreePagesWhy);
    expect(passed.has(19)).toBe(false);
    // Sections 0–2 tell no incident at all: their pages are said as round 62 said them.
    expect(passed.get(0)).toBe(untoldPagesWhy);
    expect(passed.get(3)).toBe(handbookTreePagesWhy);
    expect(passed.size).toBe(19);
  });

  test('a smaller tree, or one where fewer pages tell no incident, is read as before', () => {
    const small = handbookPagesPassedOver(tree(15, [{ folder: 'hb/section3', untold: false, dayless: true }, { folder: 'hb/section3', untold: false, dayless: false }]));
    expect(small.has(15)).toBe(false);
    expect([...small.values()].every((why) => why === untoldPagesWhy)).toBe(true);
    // 17 of 21 (81 %) tell no incident: reports that write no day, beside guides, stay read.
    const reports = Array.from({ length: 4 }, () => ({ folder: 'hb/section3', untold: false, dayless: true }));
    const mixed = handbookPagesPassedOver(tree(17, reports));
    expect([17, 18, 19, 20].some((index) => mixed.has(index))).toBe(false);
  });
});

describe('pages of other kinds', () => {
  test("a team's weekly status report is refused, even with an outage among its blockers", async () => {
    const text = fixture('weekly-status.md');
    expect(otherDocumentKind(text)?.kind).toBe("a periodic status report (a team's week or month: its work, metrics and blockers)");
    expect(await importRefusal('operations/weekly/2026-03-02.md', text)).toContain('a periodic status report');
    // One titled by an incident, or telling one under a timeline, is read.
    expect(otherDocumentKind(text.replace('Weekly Report', 'Weekly Outage Report'))).toBeUndefined();
    expect(otherDocumentKind(text.replace('## Blockers', '## Timeline\n\n- 09:10 broker stopped\n\n## Blockers'))).toBeUndefined();
  });

  test('an organisation chart and product specifications are refused', () => {
    expect(otherDocumentKind(fixture('org-structure.md'))?.kind).toBe('an organisation chart (who is in which team)');
    expect(otherDocumentKind(fixture('product-specs.md'))?.kind).toBe('a specification or a design');
    expect(otherDocumentKind(fixture('product-specs.md').replace('Product Specifications', 'Product Outage'))).toBeUndefined();
  });

  test("a guide whose headings name incidents as what it manages, and a troubleshooting page of steps, are guides", () => {
    const guide = fixture('incident-banner-guide.md');
    expect(otherDocumentKind(guide)?.kind).toBe('documentation or a how-to guide');
    expect(otherDocumentKind(fixture('banner-debugging.md'))?.kind).toBe('documentation or a how-to guide');
    // A day written in its prose (not in its code), or a section only a report of one incident has, keeps it read.
    expect(otherDocumentKind(guide.replace('This guide explains', 'On March 2, 2026 the banner stayed up. This guide explains'))).toBeUndefined();
    expect(otherDocumentKind(guide.replace('## Managing Incidents', '## Timeline'))).toBeUndefined();
    expect(otherDocumentKind(fixture('banner-debugging.md').replace('## Step 4', '## Root cause\n\n## Step 4'))).toBeUndefined();
  });

  test("a page under a folder of an agent's skills is an agent's instructions", () => {
    expect(notReportReason('web/agent-skills/page-style/index.md')).toContain("an AI agent's instructions");
    expect(notReportReason('tools/Agent-skill/kiosk-copy/Index.md')).toContain("an AI agent's instructions");
    expect(notReportReason('docs/skills.md')).toBeUndefined();
    expect(notReportReason('incidents/2026/kiosk-printers/report.md')).toBeUndefined();
  });
});

describe('data passed over is said, one line for each format', () => {
  test("data that is no export of incidents is said by its format; data that may hold one as before", () => {
    expect(dataPassedOverWhy('monitors.json')).toContain('data (JSON) read and found to hold no incident');
    expect(dataPassedOverWhy('web/users.json')).toBe(dataPassedOverWhy('monitors.json'));
    expect(dataPassedOverWhy('exports/seats.csv')).toContain('data (a sheet (CSV or TSV))');
    expect(dataPassedOverWhy('config/site.yaml')).toContain('data (YAML)');
    expect(dataPassedOverWhy('incidents/2026-03-02-kiosks.yaml')).toContain('though its folder or name says it may hold one');
  });
});
