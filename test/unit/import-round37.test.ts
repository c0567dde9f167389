import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runImportCommand } from '../support/run-import.ts';
import { liquidTagLinesAsComments } from '../../src/lib/import/liquid-tags.ts';
import { slashDatesDayFirst } from '../../src/lib/import/slash-dates.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { updateHeadingRows } from '../../src/lib/import/update-headings.ts';
import { proseKeyTimes } from '../../src/lib/import/prose-key-times.ts';
import { publishableTitle } from '../../src/lib/import/publishable-title.ts';
import { withoutSiteClasses } from '../../src/lib/import/site-classes.ts';

// Round 37 (docs/import.md): a Jekyll collection of incident pages, Zola posts whose times are in
// prose, a cState status page, a status post whose updates are stamped headings. Fixtures written
// anew (invented organisations), modelled on their shapes.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round37');
let imported: ReturnType<typeof runImportCommand> & { frontmatter: (name: string) => Record<string, unknown> };
beforeAll(() => {
  const run = runImportCommand(['jekyll-incidents', 'slipped-month', 'update-headings', 'prose-times'].map((folder) => join(fixtures, folder)), 'import-round37-');
  imported = { ...run, frontmatter: (name: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(run.text(name))![1]) as Record<string, unknown> };
}, 300_000);
const draftNamed = (prefix: string) => {
  const name = imported.drafts.find((draft) => draft.startsWith(prefix));
  expect(name, `a draft named ${prefix}… among ${imported.drafts.join(', ')}`).toBeDefined();
  return name!;
};
type Row = { at: string; event: string };

describe("a Jekyll site's Liquid tags", () => {
  test('lines of tags alone become comments; a tag inside a sentence and code stay as written', () => {
    const { markdown, count } = liquidTagLinesAsComments('{% include layout/row_start.html %}\n\nWe wrote {% raw %}{{ x }}{% endraw %} here.\n\n```\n{% include code.html %}\n```\n  {% include a.html %} {% include b.html %}\n');
    expect(count).toBe(2);
    expect(markdown).toBe('<!-- {% include layout/row_start.html %} -->\n\nWe wrote {% raw %}{{ x }}{% endraw %} here.\n\n```\n{% include code.html %}\n```\n<!-- {% include a.html %} {% include b.html %} -->\n');
  });

  test('the draft shows none of them, keeps them as MDX comments and says so', () => {
    const text = imported.text(draftNamed('2024-09-05-'));
    const body = text.slice(text.indexOf('\n---\n', 4));
    expect(body).toContain('{/* {% include layout/row_start.html %} */}');
    expect(body).not.toMatch(/^\\\{%/m);
    expect(body).toContain('The template writes');
    expect(imported.log).toContain("7 line(s) of the source site's Liquid tags");
  });

  test("the site's HTML classes are taken off its elements, the words kept; classes this site shows stay; code is left", () => {
    expect(withoutSiteClasses('<div class="tldr message note">\n<h4>Status</h4>\n</div>\n\n`<b class="x">` and <table class=\'table-parameters\'>\n\n```html\n<p class="y">\n```\n')).toEqual({
      markdown: '<div class="note">\n<h4>Status</h4>\n</div>\n\n`<b class="x">` and <table>\n\n```html\n<p class="y">\n```\n',
      classes: ['tldr', 'message', 'table-parameters'],
    });
    const text = imported.text(draftNamed('2024-09-05-'));
    expect(text).toContain('<div>\n    <h4>Current status:</h4>');
    expect(text).not.toContain('status-box');
    expect(imported.log).toContain(`the source site's HTML classes "status-box", "notice" taken off its elements`);
  });
});

describe('days written dd/mm/yy and day labels', () => {
  test("a slash date is day first when the report's own dates show it", () => {
    expect(readWrittenTime('01/07/2023', { year: 2023 }).date).toBe('2023-01-07');
    expect(readWrittenTime('01/07/2023', { year: 2023, dayFirst: true }).date).toBe('2023-07-01');
    // A date that can only be month first stays so.
    expect(readWrittenTime('07/25/2023', { year: 2023, dayFirst: true }).date).toBe('2023-07-25');
  });

  test.each([
    ['- 27/03/2023 - mail\n- 04/03/2023 - call', undefined, true],
    ['- 03/27/2023 - mail\n- 04/03/2023 - call', undefined, false],
    ['- 27/03/2023 - mail\n- 03/27/2023 - call', undefined, false],
    ['- 01/07/2023 - 10:50 - start', '2023-07-03', true],
    ['- 01/07/2023 - 10:50 - start', '2023-01-09', false],
    ['- 02/03/2025 - start', '2025-03-04', false],
    ['- 01/07/2023 - start', undefined, false],
  ])('%j, stated day %s: day first %s', (markdown, stated, dayFirst) => {
    expect(!!slashDatesDayFirst(markdown, stated, 45)).toBe(dayFirst);
  });

  test('"On the 05/09/24 (in CEST):" and "On the 06/09/24:" place the rows under them on their day, in the zone named', () => {
    const name = draftNamed('2024-09-05-');
    const data = imported.frontmatter(name);
    const rows = data.timeline as Row[];
    expect(rows.map((row) => row.at)).toEqual(['2024-09-05T19:40:00Z', '2024-09-05T19:55:00Z', '2024-09-05T20:30:00Z', '2024-09-06T05:10:00Z', '2024-09-06T05:25:00Z']);
    expect(data.times).toMatchObject({ started: '2024-09-05T19:40:00Z', mitigated: '2024-09-06T05:10:00Z', resolved: '2024-09-06T05:25:00Z' });
    expect(imported.log).toContain('dates written with slashes read day first (dd/mm/yyyy): its date "05/09/24" read day first is within 45 days of the incident day 2024-09-07');
  });

  test('rows whose month slipped, written after the month\'s last row with its month, are read a month on (round 37b)', () => {
    const data = imported.frontmatter(draftNamed('2024-08-'));
    const rows = data.timeline as Row[];
    // "04/08/2024" is read day first as the list's "20/08/2024" shows, not as 8 April, and after
    // "31/08/2024" as the 4th of September (src/lib/import/month-slip.ts).
    expect(rows.find((row) => row.event.startsWith('A new build'))?.at).toBe('2024-09-04T14:30:00Z');
    expect(data.times).toEqual({ started: '2024-08-29T12:00:00Z' });
    expect(imported.log).toContain('3 timeline row(s) dated 2024-08-03 to 2024-08-05, written after a row of 2024-08-31');
  });
});

describe("a status post's updates under stamped headings", () => {
  test('headings "Update <day> <time>" are rows, oldest first; a stamp without a day or time is none', () => {
    const rows = updateHeadingRows('## Update 14.05.2024 11:45\n\nFixed.\n\n### Update 14.05.2024 09:30 Uhr:\n\nTesting.\n\n## Update zur Lage\n\nText.\n\n# Update vom 13.05.2024\n\nCause found.\n', 2024);
    expect(rows).toEqual(['- 13.05.2024 Cause found.', '- 14.05.2024 09:30 Testing.', '- 14.05.2024 11:45 Fixed.']);
    expect(updateHeadingRows('## Update 10:00 Uhr\n\nSecond.\n\n## Update 08:30 Uhr\n\nFirst.\n', 2024)).toEqual(['- 08:30 First.', '- 10:00 Second.']);
    expect(updateHeadingRows('## Update 14.05.2024 11:45\n\nOnly one.\n', 2024)).toEqual([]);
  });

  test('the draft has them as its timeline, and its title no trailing colon', () => {
    const data = imported.frontmatter(draftNamed('2024-05-13-'));
    expect((data.timeline as Row[]).map((row) => row.at)).toEqual(['2024-05-13T00:00:00Z', '2024-05-13T08:00:00Z', '2024-05-14T09:30:00Z', '2024-05-14T11:45:00Z']);
    expect(data.title).toBe('Verzögerte Anmeldung im Lernportal wegen eines Problems beim Verzeichnisdienst');
    expect(imported.log).toContain('each at the time its heading states');
  });

  test('a colon that ends a title is taken off, said; a title of a colon and no words is left to the placeholder rule', () => {
    expect(publishableTitle('Slow logins in the portal:', [])).toEqual({ title: 'Slow logins in the portal', changes: ['title without its trailing colon (it introduced the text under the title)'] });
    expect(publishableTitle('Ratio 3:', []).title).toBe('Ratio 3');
    expect(publishableTitle('Note::', []).title).toBe('Note::');
  });
});

describe('key times written in prose', () => {
  test('the clause of each time gives its kind; a time before the last one read, or of another kind, gives none', () => {
    const paragraph = 'On 2024-02-11 at 08:02 UTC we deployed a release. At 08:20 UTC we received a report that downloads failed. At 08:10 UTC we noticed errors. We rolled back the release, and by 08:51 UTC downloads had returned to normal levels.';
    expect(proseKeyTimes(paragraph, { startedAt: '2024-02-11T08:02:00Z' })).toEqual([
      { field: 'detected', at: '2024-02-11T08:20:00Z', words: 'we received a report that downloads failed' },
      { field: 'resolved', at: '2024-02-11T08:51:00Z', words: 'downloads had returned to normal levels' },
    ]);
    // Nothing after the time: the words before it, back to the clause's start.
    expect(proseKeyTimes('On 2024-02-11 at 08:02 UTC it began. The fix was deployed and service recovered by 09:00 UTC.', { startedAt: '2024-02-11T08:02:00Z' })).toEqual([
      { field: 'resolved', at: '2024-02-11T09:00:00Z', words: 'The fix was deployed and service recovered' },
    ]);
    // A time without a zone, in a report that states none, is not read.
    expect(proseKeyTimes('On 2024-02-11 at 08:02 UTC it began. At 08:20 we received a report.', { startedAt: '2024-02-11T08:02:00Z' })).toEqual([]);
  });

  test("a post without a timeline has its detection and resolution from its opening paragraph", () => {
    const data = imported.frontmatter(draftNamed('2024-02-11-'));
    expect(data.times).toEqual({ started: '2024-02-11T08:02:00Z', detected: '2024-02-11T08:20:00Z', resolved: '2024-02-11T08:51:00Z' });
    expect(imported.log).toContain('times.detected 2024-02-11T08:20:00Z from its opening paragraph ("we received a report that downloads of older packages failed with an error"), which has no timeline');
  });
});
