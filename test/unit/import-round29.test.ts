import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, type ImportOptions } from '../../src/lib/import/import-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { readAppleSystemStatus } from '../../src/lib/import/apple-system-status.ts';
import { mayBeStatusExportFile } from '../../src/lib/import/report-files.ts';
import { mdxExportedMetadata } from '../../src/lib/import/mdx-exported-metadata.ts';
import { wordCount } from '../../src/lib/import/word-count.ts';
import { bodyShowsTimeline } from '../../src/lib/body-timeline.ts';
import { findStatedZone } from '../../src/lib/import/timeline-rows.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 29 (docs/import.md): Apple's System Status file, an MDX page's exported metadata, words of
// scripts written without spaces, follow-ups written as headings, a date-only row in the zone the
// report's timed rows write, rows dated days before the stated incident day, a list's items as
// sentences, the page's timeline found under every heading the import reads. Fixtures written anew.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import-round29');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const imported = async (name: string, options: Partial<ImportOptions> = {}) => {
  const file = join(fixtures, name);
  const content = await readReportContent(file, readFileSync(file));
  const result = importReport(name, content.text, { vocabulary, today: '2026-12-03', ...options });
  return { ...result, frontmatter: frontmatterOf(result.draft) };
};
/** The drafts of a file read as several reports (an export), as npm run import writes them. */
const importedParts = async (name: string) => {
  const file = join(fixtures, name);
  const content = await readReportContent(file, readFileSync(file));
  return {
    content,
    drafts: (content.parts ?? []).map((part) => {
      const result = importReport(`${name}${part.label}`, part.text, { vocabulary, today: '2026-12-03', exportKind: content.exportKind, exportStartField: part.startField ?? content.exportStartField });
      return { ...result, frontmatter: frontmatterOf(result.draft) };
    }),
  };
};

describe("Apple's System Status file", () => {
  test('one draft per event, listed under every service it touched; the planned one not imported, said', async () => {
    const { content, drafts } = await importedParts('apple/system_status_ja_JP.json');
    expect(drafts.map((draft) => draft.frontmatter.title)).toEqual(['写真, Cloud Drive: Outage', 'Maps, Maps Routing: Issue']);
    expect(content.notesBefore.join('\n')).toMatch(/1 planned maintenance\(s\) in the file not imported/);
  });

  test("times are the epoch fields' instants, given in the page's own zone (the offset read from its written time), and said", async () => {
    const { drafts } = await importedParts('apple/system_status_ja_JP.json');
    const [outage, ongoing] = drafts;
    expect(outage.frontmatter.times).toEqual({ started: '2024-03-04T11:35:00Z', resolved: '2024-03-04T14:10:00Z' });
    expect(outage.draft).toMatch(/started_at: 2024-03-04T20:35:00\+09:00/);
    expect(outage.draft).toMatch(/writes its times in its own zone \(JST, UTC\+09:00\)/);
    // An event still ongoing has no end.
    expect(ongoing.frontmatter.times.started).toBe('2024-03-07T23:50:00Z');
    expect(ongoing.frontmatter.times.resolved).toBeUndefined();
  });

  test('its message is the summary, and with the users affected (Japanese, no spaces) the impact', async () => {
    const { drafts } = await importedParts('apple/system_status_ja_JP.json');
    expect(drafts[0].frontmatter.summary).toBe('写真の同期が遅くなる、または利用できない状態が続いていました。');
    expect(drafts[0].frontmatter.impact.description).toBe('写真の同期が遅くなる、または利用できない状態が続いていました。 少数の利用者に影響がありました');
  });

  test('the file as Apple serves it, `system_status_en_US.js` wrapped in jsonCallback(…), is read; other .js is code', async () => {
    const { drafts } = await importedParts('apple/system_status_en_US.js');
    expect(drafts.map((draft) => draft.frontmatter.title)).toEqual(['Developer Portal: Issue']);
    expect(drafts[0].frontmatter.times).toEqual({ started: '2024-04-02T16:00:00Z', resolved: '2024-04-02T17:30:00Z' });
    expect(drafts[0].draft).toMatch(/started_at: 2024-04-02T09:00:00-07:00/);
    expect(mayBeStatusExportFile('status/system_status_en_US.js')).toBe(true);
    expect(mayBeStatusExportFile('site/app.js')).toBe(false);
  });

  test('a file of no event is refused as holding none; other JSON is not read as it', async () => {
    const file = join(fixtures, 'apple/quiet-day.json');
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(/System Status file of Apple holding no incident/);
    expect(readAppleSystemStatus({ incidents: [] })).toBeUndefined();
    expect(readAppleSystemStatus({ services: [{ name: 'x' }] })).toBeUndefined();
  });
});

describe("an MDX page's exported metadata", () => {
  test('the exported object is its frontmatter: title, summary, day; no field shows as text', async () => {
    const draft = await imported('nextjs-blog/cache-outage/page.mdx');
    expect(draft.frontmatter.title).toBe('Edge cache outage: a post-mortem');
    expect(draft.frontmatter.summary).toBe('Why the edge cache stopped serving images for six hours');
    expect(draft.frontmatter.timeline).toHaveLength(3);
    const body = splitFrontmatter(draft.draft).body;
    // The metadata's statement is kept whole under "Imported metadata" only (round 36: a copy in a
    // comment of the body held a public post back for its author's name); the body says where.
    expect(body).toContain('{/* export const post: the page\'s metadata, kept under "Imported metadata" */}');
    expect(body.split('## Imported metadata')[0]).not.toContain('draft: false');
    expect(body).not.toMatch(/\\\}/);
    expect(body).toMatch(/The metadata the original page exports, kept as written:\n\n```js\nexport const post = \{/);
  });

  test('fields written as code are not read; a page without multi-line exports is left to the MDX reading', () => {
    const read = mdxExportedMetadata("export const meta = {\n  title: 'Disk full',\n  date: `2024-01-02`,\n  tags: ['disk', 'db'],\n  slug: makeSlug('x'),\n}\n\nText.\n");
    expect(read?.data).toEqual({ title: 'Disk full', date: '2024-01-02', tags: ['disk', 'db'] });
    expect(mdxExportedMetadata("import X from 'y'\n\nexport const a = 1\n\nText.\n")).toBeUndefined();
    // A statement that is no metadata is still kept whole as a comment.
    const code = mdxExportedMetadata('export default function Layout({ children }) {\n  return children\n}\n\nText.\n');
    expect(code?.data).toEqual({});
    expect(code?.markdown).toMatch(/^<!-- export default function Layout\(\{ children \}\) \{\n {2}return children\n\} -->\n\nText\.\n$/);
  });
});

describe('words of scripts written without spaces', () => {
  test('Japanese is counted in words, text with spaces as before', () => {
    expect(wordCount('少数の利用者に影響がありました')).toBeGreaterThanOrEqual(4);
    expect(wordCount('impact: major')).toBe(2);
    expect(wordCount('front-end errors for all users')).toBe(5);
  });
});

describe('follow-ups written as headings', () => {
  test('each heading under "Action items" is an item, without its number, handle and category', async () => {
    const draft = await imported('2024-02-05-queue-stall/index.md');
    expect(draft.frontmatter.actionItems.map((item: { title: string }) => item.title)).toEqual(['Alert on queue length', "Raise the relay's file limit", 'Document the drain procedure']);
    // A handle names a person most often: no owner is guessed from it.
    expect(draft.frontmatter.actionItems.every((item: { owner?: string }) => item.owner === undefined)).toBe(true);
    expect(draft.notes.join('\n')).toMatch(/3 action item\(s\) read from the headings under "Action items"/);
  });

  test('headings that are times ("### 8:16 PM" under a follow-up timeline) or groups ("### Short term") are no items', async () => {
    const draft = await imported('2024-03-10-follow-up-timeline.md');
    expect(draft.frontmatter.actionItems.map((item: { title: string }) => item.title)).toEqual(['Add a confirmation prompt to the delete command', 'Write a recovery runbook']);
    expect(draft.frontmatter.timeline).toHaveLength(2);
  });
});

describe('a row with a date only', () => {
  test("starts its day in the zone every timed row of the report writes (Eastern, daylight or not), said; no UTC comment", async () => {
    const draft = await imported('2024-05-20-leaked-key.md');
    const at = draft.frontmatter.timeline.map((row: { at: string }) => row.at);
    expect(at).toEqual(['2024-01-15T05:00:00Z', '2024-05-19T04:00:00Z', '2024-05-20T13:12:00Z', '2024-05-20T13:31:00Z']);
    expect(draft.notes.join('\n')).toMatch(/placed at the start of 2024-01-15 \(EASTERN, the zone the report's timed rows write\)/);
    expect(draft.draft).not.toMatch(/read as UTC/);
  });
});

describe('rows dated days before the stated incident day', () => {
  test('written after rows of that day, they give no key time, and the draft says so', async () => {
    const draft = await imported('2021-08-30-id-migration.md');
    expect(draft.frontmatter.timeline).toHaveLength(4);
    expect(draft.frontmatter.times.started).toBe('2021-08-30T16:59:00Z');
    expect(draft.frontmatter.times.mitigated).toBeUndefined();
    expect(draft.notes.join('\n')).toMatch(/2 timeline row\(s\) dated 2021-08-12 \(UTC\), days before the incident day the report states \(2021-08-30, from its title\)/);
  });
});

describe("a list's items as sentences", () => {
  test('the impact list is joined with semicolons where an item has no full stop', async () => {
    const draft = await imported('2025-01-15-embeddings-stall.md');
    expect(draft.frontmatter.impact.description).toBe('9 hours without new search results; ~2,000 documents waiting to be indexed; No document was lost.');
  });
});

describe("the page's timeline found in the body", () => {
  test('under a "Follow-up timeline" heading, in day sections after "Timeline", and without footnote marks', () => {
    expect(bodyShowsTimeline('<h2>Follow-up timeline (times in UTC)</h2><h3>8:16 PM</h3><p>Servers are back.</p>', ['Servers are back.'])).toBe(true);
    const days = '<h2>Timeline</h2><p><em>All times in EEST</em></p><h2>May 12</h2><h3>20:15</h3><p>A ticket is opened.</p><h2>May 13</h2><p>The pool is resized.</p><h2>Lessons</h2><p>Alerts were late.</p>';
    expect(bodyShowsTimeline(days, ['A ticket is opened.', 'The pool is resized.'])).toBe(true);
    // A section after the day sections that is no day is not the timeline's.
    expect(bodyShowsTimeline(days, ['Alerts were late.'])).toBe(false);
    const footnote = '<h2>Timeline</h2><ul><li>2024-05-19: The image was deleted for another reason<sup><a href="#user-content-fn-4" id="user-content-fnref-4" data-footnote-ref="" aria-describedby="footnote-label">4</a></sup>.</li></ul>';
    expect(bodyShowsTimeline(footnote, ['The image was deleted for another reason.'])).toBe(true);
  });
});

describe('a zone stated of the events', () => {
  test('"All events are documented in UTC time" states the zone; a place after "events in" is none', async () => {
    expect(findStatedZone('All events are documented in UTC time.')?.label).toBe('UTC');
    expect(findStatedZone('Timestamps below are in CET.')?.label).toBe('CET');
    expect(findStatedZone('Several events in Berlin went wrong.')).toBeUndefined();
    const draft = await imported('2024-06-02-worker-pool.md');
    expect(draft.inferred.join('\n')).toMatch(/time zone PDT as the report states it/);
    expect(draft.frontmatter.times.started).toBe('2024-06-02T17:05:00Z');
    expect(draft.draft).not.toMatch(/states no time zone/);
  });
});
