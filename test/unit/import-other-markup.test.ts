import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { restructuredTextToMarkdown } from '../../src/lib/import/light-markup.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/other-markup');

function importFixture(name: string) {
  const result = importReport(`other-markup/${name}`, readFileSync(join(fixtures, name), 'utf8'), { vocabulary, today: '2026-12-01' });
  const id = result.fileName.replace(/\.mdx$/, '');
  const check = validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { result, data: parseYaml(yaml), body, errors: check.findings.filter((f) => f.severity === 'error') };
}

// Modelled on the Read the Docs blog (readthedocs/blog, ABlog posts in reStructuredText). Before,
// a .rst report was read as Markdown: the `.. post:: Jan 25, 2021` directive and its fields were a
// paragraph of the page, the post had no day, links were shown as `words <https://…>`__, a
// `::` literal block and a table were paragraphs, and headings underlined with ~ were text.
describe('reStructuredText reports', () => {
  test('the post directive is metadata: the day, the tags and the author are read, not shown', () => {
    const { result, data, body, errors } = importFixture('build-queue-outage.rst');
    expect(errors).toEqual([]);
    expect(data.title).toBe('Build queue outage on March 12');
    expect(result.fileName).toBe('2024-03-12-build-queue-outage-on-march-12.mdx');
    expect(result.inferred).toContain('incident day 2024-03-12 from its title, not the day the post was published (the metadata\'s date, 2024-03-14)');
    expect(result.inferred).toContain('read as reStructuredText: its headings, lists and code blocks written as Markdown, the text unchanged');
    expect(body).not.toMatch(/^\.\. post::/m);
    // The fields are kept, as a source's metadata is: inside <Internal>, under "Imported metadata".
    expect(body).toMatch(/<Internal>[\s\S]*author: Platform team[\s\S]*<\/Internal>/);
  });

  test('sections, the timeline table, a literal block, a note, links and the action list', () => {
    const { data, body } = importFixture('build-queue-outage.rst');
    expect(data.summary).toMatch(/^For two hours on March 12, no documentation builds started/);
    expect(data.impact.description).toMatch(/^About 1,800 projects had builds that waited up to two hours/);
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2024-03-12T09:12:00Z', '2024-03-12T09:20:00Z', '2024-03-12T10:05:00Z', '2024-03-12T11:14:00Z']);
    expect(data.times).toMatchObject({ started: '2024-03-12T09:12:00Z', mitigated: '2024-03-12T10:05:00Z' });
    expect(data.actionItems.map((item: { title: string }) => item.title)).toEqual([
      'Pin the broker\'s protocol version in the deploy configuration.',
      'Alert on queue depth over 200 for more than five minutes.',
    ]);
    expect(body).toContain('[broker release notes](https://broker.example.test/notes)');
    expect(body).toContain('[status page](https://status.example.test/incidents/q1)');
    expect(body).toMatch(/The broker logged this at 09:13:\n\n```\nERROR connection refused: protocol version 5 not supported\n```/);
    expect(body).toMatch(/> \*\*Note\*\*\n>\n> Documentation that was already built stayed online the whole time\./);
    expect(body).toContain('This report was reviewed by the platform team.');
  });

  test('every sentence of the report is in the draft, the post directive\'s words included', () => {
    const source = readFileSync(join(fixtures, 'build-queue-outage.rst'), 'utf8');
    const { result } = importFixture('build-queue-outage.rst');
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
    expect(result.draft).toContain('# .. post:: Mar 14, 2024');
  });

  test('section levels follow the order the underline styles first appear, an overlined title included', () => {
    const markdown = restructuredTextToMarkdown('=======\n Title\n=======\n\nFirst\n-----\n\ntext\n\nDeeper\n^^^^^^\n\nmore\n\nSecond\n------\n');
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Title', '## First', '### Deeper', '## Second']);
  });

  test('a grid table is a Markdown table, its cells\' lines joined', () => {
    const markdown = restructuredTextToMarkdown('+-------+----------------+\n| Time  | Event          |\n+=======+================+\n| 09:12 | Alert fired on |\n|       | queue depth.   |\n+-------+----------------+\n');
    expect(markdown.trim().split('\n')).toEqual(['| Time | Event |', '| --- | --- |', '| 09:12 | Alert fired on queue depth. |']);
  });
});

// Modelled on Wire's security responses (wireapp/wire-docs): timeline lines ending in `<br />` or
// a backslash (hard breaks), and one written "2023-01-04/11:34".
describe('timeline lines that end in a hard break', () => {
  test('the break is not part of the event, and a date and time joined by a slash is a time', () => {
    const { data, errors } = importFixture('website-outage-hard-breaks.md');
    expect(errors).toEqual([]);
    expect(data.timeline.map((row: { at: string; event: string }) => [row.at, row.event])).toEqual([
      ['2023-02-07T08:10:00Z', 'The uptime monitor raised an alert for the marketing website.'],
      ['2023-02-07T08:18:00Z', 'The hosting provider confirmed a failed load balancer.'],
      ['2023-02-07T08:55:00Z', 'The hosting provider moved the site to a standby load balancer.'],
      ['2023-02-07T09:12:00Z', 'The website is reliably available again.'],
    ]);
    // "available again" ends it.
    expect(data.times.resolved).toBe('2023-02-07T09:12:00Z');
  });
});
