import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { unfilledTemplate } from '../../src/lib/import/unfilled-template.ts';
import { readmeIncidentHeading } from '../../src/lib/import/readme-report.ts';

// Round 32 (docs/import.md): an unfilled template skipped with a notice, a README that is the
// report read as one (and an index README still passed over), the import day fixed by KB_AS_OF.
// Fixtures written anew, modelled on the shapes found.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import-round32');
const runImport = (args: string[], env: Record<string, string> = {}) => {
  const out = mkdtempSync(join(tmpdir(), 'import-round32-'));
  const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args, '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const drafts = readdirSync(out).filter((name) => name.endsWith('.mdx'));
  return { run, out, drafts, text: (name: string) => readFileSync(join(out, name), 'utf8') };
};

describe('a report template committed and never filled in', () => {
  const template = readFileSync(join(fixtures, 'unfilled/billing/postmortem-2023-05-01.md'), 'utf8');
  const filled = readFileSync(join(fixtures, 'unfilled/billing/postmortem-2023-06-12.md'), 'utf8');

  test('is told by its placeholders; a report whose title keeps a placeholder but tells the incident is not', () => {
    expect(unfilledTemplate(template)).toEqual({ title: '`<Summary>` - POSTMORTEM - `<DATE>`', placeholders: ['<Summary>', '<DATE>', '<ticket id>', '...'] });
    expect(unfilledTemplate(filled)).toBeUndefined();
    expect(unfilledTemplate('# Meeting YYYY-MM-DD\n\nNext: DD MMM YYYY\n')).toBeDefined();
    expect(unfilledTemplate('# Outage on <DATE>\n\nOn 2024-03-02 the API failed for an hour: `<DATE>` left unfilled.\n')).toBeUndefined();
    // An HTML tag is no placeholder.
    expect(unfilledTemplate('# Outage <br>\n\n<div class="x">...</div>\n')).toBeUndefined();
  });

  test('is not imported from a folder and the notice names it; the filled report beside it is', () => {
    const { run, drafts } = runImport([join(fixtures, 'unfilled')], { KB_AS_OF: '2026-12-04' });
    expect(run.stderr).toMatch(/postmortem-2023-05-01\.md: not imported, it is a report template never filled in \(titled "`<Summary>` - POSTMORTEM - `<DATE>`"/);
    expect(drafts).toHaveLength(1);
  });

  test('named alone, it is refused with the same reason', async () => {
    const file = join(fixtures, 'unfilled/billing/postmortem-2023-05-01.md');
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(ListingPageError);
  });
});

describe('a README that is itself the report', () => {
  test('a README telling an incident, alone in its folder, is read as the report and said', () => {
    expect(readmeIncidentHeading(readFileSync(join(fixtures, 'readme-report/README.md'), 'utf8'))).toBe('1. Incident on relay-north: two missed epochs after a client upgrade');
    const { run, drafts, text } = runImport([join(fixtures, 'readme-report')], { KB_AS_OF: '2026-12-04' });
    expect(run.stderr).toMatch(/readme-report\/README\.md: read as the report: no other report is in its folder/);
    // The log beside it (in a folder below) is imported as before; the README is the report.
    expect(drafts).toContain('postmortems.mdx');
    expect(text('postmortems.mdx')).toContain('_Lessons learned_');
  });

  test('a README listing the reports stays passed over, and the reports are imported', () => {
    expect(readmeIncidentHeading(readFileSync(join(fixtures, 'readme-index/README.md'), 'utf8'))).toBeUndefined();
    const { run, drafts } = runImport([join(fixtures, 'readme-index')], { KB_AS_OF: '2026-12-04' });
    expect(run.stderr).not.toMatch(/read as the report/);
    expect(drafts).toEqual(['2024-03-02-queue-backlog.mdx']);
  });
});

describe('the import day', () => {
  test('KB_AS_OF fixes `imported.on` (measure:adoption --day sets it)', () => {
    const { drafts, text } = runImport([join(fixtures, 'readme-index/2024')], { KB_AS_OF: '2025-01-02' });
    expect(text(drafts[0])).toMatch(/^ {2}on: 2025-01-02$/m);
  });

  test('a KB_AS_OF that is no day is refused and nothing written', () => {
    const { run, drafts } = runImport([join(fixtures, 'readme-index/2024')], { KB_AS_OF: '2025-13-40' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/KB_AS_OF/);
    expect(drafts).toHaveLength(0);
  });
});

test('HTML or XML markup is no template: its tags are no placeholders', () => {
  expect(unfilledTemplate('<h1>DB outage</h1><p>The database was down.</p>\n<p>...</p>\n')).toBeUndefined();
});
