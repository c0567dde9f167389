import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { toString } from 'mdast-util-to-string';
import { importReport, openingSpan, unparsedDraftError } from '../../src/lib/import/import-report.ts';
import { detectFormat } from '../../src/lib/import/source-text.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { findFolderIndexPages, notReportReason } from '../../src/lib/import/report-files.ts';
import { fenceUnparsedParagraphs, makeMdxSafe, runOnAddressesAsLinks } from '../../src/lib/import/mdx-safe.ts';
import { readmeIncidentHeading, readmeIncidents } from '../../src/lib/import/readme-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { parseBodyText } from '../../src/lib/body-tree.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Import round 47 (docs/import.md): addresses run on into a placeholder or a tag, a draft that must
// parse, a plain-label opening's impact line, a README keeping several undated incidents. Fixtures
// written anew (invented organisations and systems), read through the functions: no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round47');
const vocabulary = loadVocabulary(join(root, 'content'));
type Frontmatter = Record<string, unknown> & { title?: string; summary?: string; impact?: { description?: string }; times?: Record<string, string> };
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Frontmatter;
const shownText = (mdx: string) => toString(parseBodyText(mdx, true));

describe('a bare address run on into a placeholder, a tag or code keeps its text and parses', () => {
  it.each([
    ['a placeholder in a template address', 'Clone https://git.example.org/<team>/<repo> to start.', 'https://git.example.org/<team>/<repo>'],
    ['a placeholder after the port', 'Open http://8080-<workspace-host>/status , then reload.', 'http://8080-<workspace-host>/status'],
    ['a closing tag right after the address', '<p>Open <b>https://ide.example.dev/#</b>https://git.example.org/x and <i>go</p>', 'https://ide.example.dev/#'],
    ['an address in bold before its code', '> **https://ide.example.dev/#prebuild/**`https://git.example.org/<user>/<repo>`', 'https://ide.example.dev/#prebuild/https://git.example.org/<user>/<repo>'],
    ['braces in an address', 'See https://api.example.net/items/{id} for one item.', 'https://api.example.net/items/{id}'],
  ])('%s', (_name, markdown, shown) => {
    const safe = makeMdxSafe(markdown);
    expect(() => parseBodyText(safe.mdx, true)).not.toThrow();
    expect(shownText(safe.mdx)).toContain(shown);
    // Read as text, not kept as code by the last resort.
    expect(safe.paragraphsKeptAsCode).toBeUndefined();
  });
  test('the address ends where its reader sees it end: a link of its own before the escape', () => {
    expect(runOnAddressesAsLinks(String.raw`see https://ide.example.dev/#\</b> now`)).toBe(String.raw`see [https://ide.example.dev/#](https://ide.example.dev/#)\</b> now`);
  });
  it.each([
    ['an address followed by a space', 'see https://example.org/a and \\<b>'],
    ['a link\'s destination', '[docs](https://example.org/\\{x\\})'],
    ['an address in a word', 'xhttps://example.org/\\<a>'],
  ])('%s is left as written', (_name, text) => {
    expect(runOnAddressesAsLinks(text)).toBe(text);
  });
});

describe('a paragraph MDX cannot parse even as text is kept as code, and a draft that would not parse is refused', () => {
  test('the paragraph where MDX stops is fenced as written, its escapes taken out, and its line said', () => {
    const fenced = fenceUnparsedParagraphs('Intro.\n\nsee https://ide.example.dev/#\\</b> and\nmore\n\nEnd.');
    expect(() => parseBodyText(fenced.mdx, true)).not.toThrow();
    expect(fenced.lines).toEqual([3]);
    expect(fenced.mdx).toContain('```text\nsee https://ide.example.dev/#</b> and\nmore\n```');
  });
  test('a body that does not parse names the report and the line', () => {
    expect(unparsedDraftError('notes/outage.md', { line: 3, column: 8, reason: 'Expected a closing tag for `<b>`' }).message).toMatch(/does not parse as MDX \(line 3 of its body: Expected a closing tag.*notes\/outage\.md as a bug of the import/);
  });
});

test('an opening of plain labels leaves its Impact line to the impact description', () => {
  const path = 'labelled-lines/postmortem.md';
  const result = importReport(path, readFileSync(join(fixtures, path), 'utf8'), { vocabulary, today: '2026-12-06' });
  const frontmatter = frontmatterOf(result.draft);
  expect(frontmatter.impact?.description).toBe('Travellers could not book or change crossings for 35 minutes.');
  expect(frontmatter.summary).toBe('Root Cause: A schema migration locked the bookings table during the morning rush.');
  expect(result.notes.join('\n')).toContain('leaves out its opening\'s "Impact:" line');
  // The body keeps the line the summary leaves out.
  expect(splitFrontmatter(result.draft).body).toContain('Impact: Travellers could not book');
});

describe('a README keeping several incidents, a section each', () => {
  const readme = (folder: string) => readFileSync(join(fixtures, folder, 'README.md'), 'utf8');
  test('is one report per incident, the day said missing where the section writes none', async () => {
    const content = await readReportContent(join(fixtures, 'wiki-farm-notes/README.md'), Buffer.from(readme('wiki-farm-notes')));
    expect(content.parts?.map((part) => part.label)).toEqual(['#1', '#2', '#3']);
    const drafts = content.parts!.map((part) => importReport(`README.md${part.label}`, part.text, { vocabulary, today: '2026-12-06' }));
    expect(drafts.map((draft) => frontmatterOf(draft.draft).title)).toEqual(['Search index wiped by a reindex job', 'Image uploads failing', 'Login loop after the certificate renewal']);
    expect(drafts.map((draft) => draft.fileName)).toEqual(['search-index-wiped-by-a-reindex-job.mdx', 'image-uploads-failing.mdx', '2024-03-14-login-loop-after-the-certificate-renewal.mdx']);
    expect(content.parts!.map((part) => part.notes!.some((note) => note.startsWith('the README writes no day')))).toEqual([true, true, false]);
    // Every sentence of a section is in its draft; the README's opening is said, not silently dropped.
    expect(splitFrontmatter(drafts[1].draft).body).toContain('Added an upload of a 5 MB picture to the smoke tests.');
    expect(content.firstPartNotes?.[0]).toMatch(/^the README's opening under its title \(23 words/);
  });
  test('a README of plain text whose sections are lines in capitals is the report', () => {
    expect(readmeIncidentHeading(readme('caps-readme'))).toBe('TIMELINE');
  });
  test('a README on how to write postmortems is no report', () => {
    expect(readmeIncidentHeading(readme('guide-readme'))).toBeUndefined();
  });
  it.each([
    ['one incident under report sections ("## Summary", "## Timeline")', 'one-incident-readme'],
    ['a list of side projects, each heading a link', 'side-projects'],
  ])('%s is not split', (_name, folder) => {
    expect(readmeIncidents(readme(folder))).toBeUndefined();
  });
});

describe('what the new collections showed', () => {
  test('a post dated the day after the evening its opening names is that evening\'s, its rows placed on it', () => {
    const path = 'course-hub/2023-03-11-proxy-restart.qmd';
    const result = importReport(path, readFileSync(join(fixtures, path), 'utf8'), { vocabulary, today: '2026-12-06' });
    const frontmatter = frontmatterOf(result.draft) as Frontmatter & { timeline?: { at: string }[] };
    expect(result.inferred).toContain('incident day 2023-03-10 from its opening ("On the evening of Mar 10"), not the day the post was published (the metadata\'s date, 2023-03-11)');
    expect(result.fileName).toBe('2023-03-10-proxy-restart-leaves-notebooks-unreachable.mdx');
    // 21:05 PST on 10 March is 05:05 UTC on the 11th (it was placed a day late, on the post's day).
    expect(frontmatter.timeline?.[0].at).toBe('2023-03-11T05:05:00Z');
    expect(frontmatter.timeline?.at(-1)?.at).toBe('2023-03-11T05:55:00Z');
  });
  test('"between the hours of 1400 and 1630 UTC" is a span of two times', () => {
    const span = openingSpan('On May 2, 2024 between the hours of 1400 and 1630 UTC, the ledger service answered slowly and dropped writes.', { year: 2024 });
    expect(span && [span.started, span.resolved]).toEqual(['2024-05-02T14:00:00Z', '2024-05-02T16:30:00Z']);
  });
  it.each([
    ['2026-04-02 1625: the on-call engineer reads the report', '2026-04-02', '16:25'],
    ['2026-04-03 0457 - the mirror upgrades', '2026-04-03', '04:57'],
    ['March 2 2019: the year after a day', '2019-03-02', undefined],
  ])('a row "%s" is at %s %s', (row, date, time) => {
    const written = readWrittenTime(row, { year: 2026 });
    expect([written.date, written.time]).toEqual([date, time]);
  });
  test('Quarto pages are Markdown, and their folder\'s index.qmd is its index page', () => {
    expect(detectFormat('incidents/2023-03-11-proxy-restart.qmd', 'Plain words without any marks')).toBe('markdown');
    expect([...findFolderIndexPages(['incidents/index.qmd', 'incidents/a.qmd', 'incidents/b.qmd'])]).toEqual(['incidents/index.qmd']);
  });
  it.each(['change-management-template.md', 'runbook-template.md', 'retro-template.md'])('%s is a template by its name', (name) => {
    expect(notReportReason(name)).toBe('a report template');
  });
});
