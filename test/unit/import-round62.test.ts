import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { importRefusal } from '../support/import-refusal.ts';
import { quotedGuidanceTemplate } from '../../src/lib/import/unfilled-template.ts';
import { pageTellingNoIncident, untoldIncidentFolders } from '../../src/lib/import/untold-incident.ts';
import { folderZoneReader } from '../../scripts/lib/folder-notes.ts';
import { isJsonUnderOtherName } from '../../src/lib/import/report-content.ts';

// Import round 62 (docs/import.md): a page template of level-one sections over quoted guidance, an
// engineering handbook's pages (no day, no time, no report's section, no incident named) passed
// over by their folder, and the folder note a draft names shown the same wherever the import runs.
// Names and texts invented (a ferry company's booking kiosks, a team's handbook); functions only,
// no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round62');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('a page template of level-one sections over quoted guidance', () => {
  test('is refused, its sections named; a wrapped task line is still the task', async () => {
    expect(quotedGuidanceTemplate(fixture('ferry-page-template.md'))?.sections).toEqual(['⛴️ What Happened', '📌 Why It Matters', '🛠️ Recovery Plan', '📓 Postmortem', '🔗 Links']);
    expect(await importRefusal('docs/PAGE_TEMPLATE.md', fixture('ferry-page-template.md'))).toContain('is a page template whose 5 sections hold only quoted guidance or unchecked steps ("⛴️ What Happened"');
  });

  test('one filled in (its own sentences outside the quotes) is read', async () => {
    expect(quotedGuidanceTemplate(fixture('ferry-page-filled.md'))).toBeUndefined();
    expect(await importRefusal('reports/kiosk.md', fixture('ferry-page-filled.md'))).toBeUndefined();
  });

  test('one writing a day, one of three sections, or quotes that neither ask nor instruct is read', () => {
    const template = fixture('ferry-page-template.md');
    expect(quotedGuidanceTemplate(template.replace('> Keep to facts', '> 2026-03-02: keep to facts'))).toBeUndefined();
    expect(quotedGuidanceTemplate(template.split('# 📓 Postmortem')[0].split('# 🛠️ Recovery Plan')[0] + '# Links\n> - [ ] chat thread\n')).toBeUndefined();
    const quotesOnly = ['# Opening', '> The kiosks opened at the north quay.', '# Crossing', '> The ferry left on schedule.', '# Quay', '> Staff were at the counter.', '# Close', '> The office closed.'].join('\n');
    expect(quotedGuidanceTemplate(quotesOnly)).toBeUndefined();
  });
});

describe("a handbook's pages tell no incident", () => {
  const page = (path: string) => pageTellingNoIncident(fixture(path), path);

  test('a page of advice: no year, day or time outside links and code', () => {
    // A year in a link's address, a time in a code block, "margin 0" (no month's day).
    expect(page('handbook/practices/pairing.md')).toBe('Pairing');
    expect(page('handbook/practices/quiet-hours.md')).toBe('Quiet hours');
    expect(page('handbook/practices/code-owners.md')).toBe('Code owners');
  });

  test('a page writing a year, a day, a time or a report section, or naming an incident, tells one', () => {
    const text = fixture('handbook/practices/pairing.md');
    expect(pageTellingNoIncident(text.replace('half hour', 'half hour (since 2019)'), 'practices/pairing.md')).toBeUndefined();
    expect(pageTellingNoIncident(text.replace('or so,', 'or so; on March 3 we'), 'practices/pairing.md')).toBeUndefined();
    expect(pageTellingNoIncident(text.replace('or so,', 'or so, at 14:05'), 'practices/pairing.md')).toBeUndefined();
    expect(pageTellingNoIncident(text.replace('## When it helps', '## Root cause'), 'practices/pairing.md')).toBeUndefined();
    expect(pageTellingNoIncident(fixture('kiosk-error-no-day.md'), 'kiosk-error-no-day.md')).toBeUndefined();
  });

  test("a path's day or incident word tells one; a number ordering a handbook's pages does not", () => {
    const text = fixture('handbook/principles/small-steps.md');
    expect(pageTellingNoIncident(text, '2026-03-02-small-steps.md')).toBeUndefined();
    expect(pageTellingNoIncident(text, 'incidents/small-steps/README.md')).toBeUndefined();
    expect(pageTellingNoIncident(text, 'reports/2026/small-steps.md')).toBeUndefined();
    expect(pageTellingNoIncident(text, 'standards/2000-comments/small-steps.md')).toBe('Small steps');
  });

  test('a folder of three untold pages or more is passed over; a told page, or fewer pages, keeps it read', () => {
    const pages = (untold: boolean[], folder = 'handbook/principles') => untold.map((flag) => ({ folders: [folder, 'handbook'], untold: flag }));
    expect([...untoldIncidentFolders(pages([true, true, true]))].sort()).toEqual(['handbook', 'handbook/principles']);
    expect(untoldIncidentFolders(pages([true, true, false])).size).toBe(0);
    expect(untoldIncidentFolders(pages([true, true])).size).toBe(0);
    // A told page in a sibling folder keeps the parent folder read, not its untold sibling.
    const mixed = [...pages([true, true, true], 'handbook/practices'), { folders: ['handbook/reports', 'handbook'], untold: false }];
    expect([...untoldIncidentFolders(mixed)]).toEqual(['handbook/practices']);
  });

  test("the fixture handbook's folders, read as the import reads them", () => {
    const files = ['practices/pairing.md', 'practices/quiet-hours.md', 'practices/code-owners.md', 'principles/small-steps.md', 'principles/plain-words.md', 'principles/shared-code.md'];
    const pages = files.map((file) => ({ folders: [dirname(file), '.'], untold: pageTellingNoIncident(fixture(join('handbook', file)), file) !== undefined }));
    expect([...untoldIncidentFolders(pages)].sort()).toEqual(['.', 'practices', 'principles']);
    pages.push({ folders: ['.'], untold: pageTellingNoIncident(fixture('kiosk-error-no-day.md'), 'kiosk-error-no-day.md') !== undefined });
    expect([...untoldIncidentFolders(pages)].sort()).toEqual(['practices', 'principles']);
  });
});

describe('JSON kept under a name of its own', () => {
  const settings = '{\n  "ferry": { "format": 15, "description": "" }\n}\n';
  test('is read as JSON and said as no export of incidents, not drafted as Markdown', async () => {
    expect(isJsonUnderOtherName('resources/ferry.packmeta', settings)).toBe(true);
    expect(await importRefusal('resources/ferry.packmeta', settings)).toContain('is JSON kept under a name of its own (`.packmeta`');
  });

  test("a report's extension, a text that is no JSON, or a bare value keeps it read as before", () => {
    expect(isJsonUnderOtherName('notes/ferry.md', settings)).toBe(false);
    expect(isJsonUnderOtherName('ferry.packmeta', '{ the ferry left late }')).toBe(false);
    expect(isJsonUnderOtherName('ferry.packmeta', '"a string"')).toBe(false);
  });
});

describe('the folder note a draft names', () => {
  const outside = mkdtempSync(join(tmpdir(), 'import-round62-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  test('is shown whole when outside the working folder, as the draft’s source is, not counted back from it', () => {
    mkdirSync(join(outside, 'reports'));
    writeFileSync(join(outside, 'README.md'), '# Reports\n\nAll times are in Europe/Oslo.\n');
    writeFileSync(join(outside, 'reports', 'kiosk.md'), '# Kiosk printer error\n\nAt 09:10 the kiosk stopped.\n');
    const zone = folderZoneReader()(join(outside, 'reports', 'kiosk.md'), outside);
    expect(relative(process.cwd(), outside).startsWith('..')).toBe(true);
    expect(zone?.file).toBe(join(outside, 'README.md'));
  });
});
