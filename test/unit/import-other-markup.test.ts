import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { restructuredTextToMarkdown } from '../../src/lib/import/light-markup.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
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
// Directives other than ABlog's post were all kept as written in a fenced block: a `.. topic::`
// holding the summary, a `.. list-table::` holding the timeline and a `.. csv-table::` holding the
// action items showed as code, and none of them was read. No collection of /work/corpora writes
// them (Read the Docs' posts use only `post`); the fixture is ours, in Sphinx's usual shapes.
describe('reStructuredText directives that hold the report', () => {
  test('a topic is its text, a list-table the timeline, a csv-table the action items; machinery is a comment, raw HTML stays fenced', () => {
    const { data, body, errors } = importFixture('scheduler-stall-directives.rst');
    expect(errors).toEqual([]);
    expect(data.summary).toBe('The job scheduler stopped picking up new jobs for 52 minutes after a configuration reload. Running jobs were not affected. See the scheduler dashboard.');
    expect(data.timeline.map((row: { at: string; kind: string }) => [row.at, row.kind])).toEqual([
      ['2024-09-18T14:05:00Z', 'other'],
      ['2024-09-18T14:11:00Z', 'detection'],
      ['2024-09-18T14:40:00Z', 'mitigation'],
      ['2024-09-18T14:57:00Z', 'resolution'],
    ]);
    // A cell written on two lines is one event.
    expect(data.timeline[2].event).toBe('Scheduler restarted with the previous configuration');
    expect(data.actionItems.map((item: { title: string }) => item.title)).toEqual([
      'Validate scheduler configuration before a reload',
      'Alert on a scheduler that takes no job for 5 minutes',
    ]);
    expect(body).toContain('**Summary**');
    expect(body).toContain('[scheduler dashboard](https://status.example.org/scheduler)');
    expect(body).toContain('| Action | Owner |');
    expect(body).toContain('| Validate scheduler configuration before a reload | Build team |');
    expect(body).toMatch(/> \*\*Todo\*\*\n>\n> Link the reload runbook once it is written\./);
    // An HTML comment in the report is an MDX comment in the draft: kept, not shown.
    expect(body).toMatch(/\{\/\* \.\. contents::\n {3}:local: \*\/\}/);
    expect(body).toMatch(/```rst\n\.\. raw:: html/);
    expect(body).not.toMatch(/```rst\n\.\. (?:topic|list-table|csv-table|rubric|todo)::/);
  });

  test('every sentence of the directives is in the draft', () => {
    const source = readFileSync(join(fixtures, 'scheduler-stall-directives.rst'), 'utf8');
    const { result } = importFixture('scheduler-stall-directives.rst');
    expect(findLostSentences(restructuredTextToMarkdown(source), 'markdown', result.draft)).toEqual([]);
  });

  test('a note\'s argument is the first line of its text; an admonition\'s is its title', () => {
    expect(restructuredTextToMarkdown('.. note:: Builds resume at noon.\n\n   Pages stay online.\n'.trim())).toBe('> **Note**\n>\n> Builds resume at noon.\n> Pages stay online.');
    expect(restructuredTextToMarkdown('.. admonition:: Lessons\n\n   Alert earlier.\n'.trim())).toBe('> **Lessons**\n>\n> Alert earlier.');
    expect(restructuredTextToMarkdown('.. versionadded:: 2.1\n\n   The retry flag.\n'.trim())).toBe('> **Versionadded 2.1**\n>\n> The retry flag.');
  });
});

// Modelled on the PyPI blog (pypi/warehouse docs/blog/posts, MkDocs Material posts) and Read the
// Docs' downtime posts (ABlog): a post's `date` is when it was published, and its opening names the
// incident's day ("On June 28, 2024, …", "On 2024-11-21, PyPI was notified", "starting on March
// 31st, 2024") or the announced downtime's ("on Saturday August 18 at 10:00am PDT", posted nine
// days before). Before, the draft was dated (and named) by the day of publication.
describe('a post dated by its publication names the incident\'s day in its opening', () => {
  const postsDir = join(root, 'test/fixtures/import/posts');
  const importPost = (name: string) => {
    const result = importReport(`posts/${name}`, readFileSync(join(postsDir, name), 'utf8'), { vocabulary, today: '2026-12-01' });
    return { result, data: parseYaml(splitFrontmatter(result.draft).yaml) };
  };

  test('an announcement of downtime: the day it announces', () => {
    const { result } = importPost('maintenance-window-announcement.md');
    expect(result.fileName).toBe('2024-03-09-database-upgrade-maintenance-window.mdx');
    expect(result.inferred).toContain('incident day 2024-03-09 from its opening ("on Saturday, March 9th at 14:00 UTC"), not the day the post was published (the metadata\'s date, 2024-02-27)');
  });

  test('an incident report posted days later: the day its first sentence names', () => {
    const { result } = importPost('leaked-deploy-key-report.md');
    expect(result.fileName).toBe('2024-05-02-a-deploy-key-left-in-a-public-log.mdx');
    expect(result.inferred).toContain('incident day 2024-05-02 from its opening ("On 2024-05-02"), not the day the post was published (the metadata\'s date, 2024-05-10)');
  });

  test('a "Date:" label over the timeline dates the post and its rows; a time restated in UTC and a comma after the time are no words of the event', () => {
    const { result, data } = importPost('account-takeover-timeline.md');
    expect(result.fileName).toBe('2024-02-14-maintainer-account-taken-over.mdx');
    expect(result.inferred).toContain('incident day 2024-02-14 from its "Date" line, not the day the post was published (the metadata\'s date, 2024-02-26)');
    expect(data.timeline.map((row: { at: string; event: string; kind: string }) => [row.at, row.kind, row.event])).toEqual([
      ['2024-02-14T09:12:00Z', 'other', 'an upload of tidy-cache 2.4.1 from a new address'],
      ['2024-02-14T18:14:00Z', 'other', 'the maintainer emails security@ about a release they did not make'],
      ['2024-02-14T18:40:00Z', 'other', 'the on-call admin reads the email and confirms the upload'],
      // Quarantining a package and revoking what leaked mitigate a security incident.
      ['2024-02-14T18:52:00Z', 'mitigation', 'The admin quarantines the package during the investigation'],
      ['2024-02-14T19:05:00Z', 'mitigation', 'The maintainer\'s API tokens were revoked and their password reset'],
      ['2024-02-14T19:30:00Z', 'other', 'The maintainer confirms the account is theirs again'],
    ]);
    expect(data.times).toEqual({ started: '2024-02-14T09:12:00Z', mitigated: '2024-02-14T18:52:00Z' });
    // An act on what leaked, not a state a cause left it in.
    expect(inferTimelineKind('We invalidated all affected tokens and notified the maintainers.')).toBe('mitigation');
    expect(inferTimelineKind('The node\'s token was bound to a deleted pod. Token is invalidated.')).toBe('other');
  });

  test('a day far from the post (a deadline weeks later) is no incident day: the post keeps its date', () => {
    const { result } = importPost('release-notes-post.md');
    expect(result.fileName).toBe('2024-06-12-faster-search-in-the-dashboard.mdx');
    expect(result.inferred).toContain('incident day 2024-06-12 from the report\'s metadata');
  });
});

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
