import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { rowsLongBeforeDay } from '../../src/lib/import/background-rows.ts';
import { unfilledTemplate } from '../../src/lib/import/unfilled-template.ts';
import { writesMdxComponents } from '../../src/lib/import/update-blocks.ts';

// Round 33 (docs/import.md): a history row is no start, Apache's day and a numbered incident under
// a collection's heading, German templates' lower-case placeholders, a foreign MDX site's import
// lines in a `.md` file. Fixtures written anew, modelled on the shapes found.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import-round33');
const runImport = (args: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'import-round33-'));
  const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args, '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, KB_AS_OF: '2026-12-04' } });
  const log = `${run.stdout}${run.stderr}`;
  const drafts = readdirSync(out).filter((name) => name.endsWith('.mdx')).sort();
  return { run: { ...run, stderr: log }, drafts, text: (name: string) => readFileSync(join(out, name), 'utf8') };
};

describe('a timeline row dated years before the report\'s day', () => {
  test('is history: kept in the timeline, no start, said', () => {
    const { run, drafts, text } = runImport([join(fixtures, 'old-row')]);
    const draft = text(drafts[0]);
    expect(draft).toMatch(/^ {2}started: 2019-06-11T09:12:00Z$/m);
    expect(draft).toMatch(/- at: 2014-03-02T10:00:00Z/);
    expect(run.stderr).toMatch(/1 timeline row\(s\) dated more than 45 days before the incident day 2019-06-11/);
  });

  test('only rows set apart by a gap of more than 45 days, before rows near the stated day, are history', () => {
    const rows = [{ at: '2019-01-02T10:00:00Z' }, { at: '2019-01-02T11:00:00Z' }];
    // A late post: every row far back, no gap.
    expect(rowsLongBeforeDay(rows, '2019-06-11')).toEqual([]);
    // A disclosure's weeks-long timeline published two months on: no gap of 45 days, no history.
    const weekly = ['2022-06-14', '2022-06-20', '2022-06-29', '2022-07-25', '2022-08-19'].map((day) => ({ at: `${day}T18:00:00Z` }));
    expect(rowsLongBeforeDay(weekly, '2022-08-19')).toEqual([]);
    const history = [{ at: '2014-03-02T10:00:00Z' }, { at: '2016-05-01T10:00:00Z' }, { at: '2019-06-11T09:00:00Z' }];
    expect(rowsLongBeforeDay(history, '2019-06-11')).toEqual(history.slice(0, 2));
  });
});

describe('Apache\'s day and an incident numbered under a collection\'s heading', () => {
  test('22/Mar/2022 and 22/Mar/2022:10:15:32 +0000 are read', () => {
    expect(readWrittenTime('22/Mar/2022', { year: 2000 })).toMatchObject({ date: '2022-03-22', consumed: 11 });
    expect(readWrittenTime('22/Mar/2022:10:15:32 +0000 GET /', { year: 2000 })).toMatchObject({ date: '2022-03-22', time: '10:15', zone: { minutes: 0 } });
    expect(readWrittenTime('31/Feb/2022', { year: 2000 }).date).toBeUndefined();
  });

  test('the README is titled by "### 1. Incident on …" under its day heading and dated by it', () => {
    const { run, drafts, text } = runImport([join(fixtures, 'readme-day/README.md')]);
    expect(drafts).toEqual(['2023-10-09-incident-on-relay-east-and-relay-west-nodes-resulting-in.mdx']);
    expect(text(drafts[0])).toMatch(/^title: Incident on relay-east and relay-west nodes resulting in three missed blocks and two restarts$/m);
    expect(run.stderr).toMatch(/title from the heading under its day heading \("09\/Oct\/2023"\)/);
  });
});

describe('a German template with lower-case placeholders', () => {
  test('<jahr>, <datum>, <name> are placeholders; <br> and <div> are HTML', () => {
    const template = readFileSync(join(fixtures, 'vorlage/vorlage-stoerung.txt'), 'utf8');
    expect(unfilledTemplate(template)?.placeholders).toEqual(expect.arrayContaining(['<jahr>', '<Kurztitel>', '<name>', '<datum>', '<Ausführliche Beschreibung / auch für Nachträge>']));
    expect(unfilledTemplate('# Outage <br>\n\n<div>...</div>\n<p>\n')).toBeUndefined();
  });

  test('is passed over in its folder; the filled notice beside it is imported', () => {
    const { run, drafts } = runImport([join(fixtures, 'vorlage')]);
    expect(run.stderr).toMatch(/vorlage-stoerung\.txt: not imported, it is a report template never filled in/);
    expect(drafts).toEqual(['2024-02-05-portal-langsam.mdx']);
  });
});

describe('a foreign MDX site\'s notice saved as .md', () => {
  test('its import line is told from a report\'s own "import x from" line', () => {
    expect(writesMdxComponents(readFileSync(join(fixtures, 'notices/2021-05-04-tile-service-down.md'), 'utf8'))).toBe(true);
    expect(writesMdxComponents(readFileSync(join(fixtures, 'notices/2021-06-01-import-guide.md'), 'utf8'))).toBe(false);
  });

  test('the import line reaches the draft as a comment, never escaped text, with a notice', () => {
    const { run, drafts, text } = runImport([join(fixtures, 'notices')]);
    const notice = text(drafts.find((name) => name.includes('tile-service'))!);
    expect(notice).not.toMatch(/&#105;mport|^import /m);
    expect(notice).toContain("{/* import Notice from '@components/status/Notice.astro'; */}");
    expect(notice).toMatch(/event: A new certificate was installed/);
    expect(run.stderr).toMatch(/1 MDX import or export line\(s\) of the source's own site/);
    // A Markdown report's own line stays its text.
    expect(text(drafts.find((name) => name.includes('catalogue') || name.includes('import-guide'))!)).toContain("mport catalogue from 'example-catalogue'");
  });
});
