import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { runImportCommand } from '../support/run-import.ts';
import { parse as parseYaml } from 'yaml';
import { asciidocToMarkdown } from '../../src/lib/import/asciidoc-markup.ts';
import { namingFileName } from '../../src/lib/import/file-name-title.ts';
import { readmeMayBeReport } from '../../src/lib/import/readme-report.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { mdxExportedMetadata } from '../../src/lib/import/mdx-exported-metadata.ts';
import { wordsOf } from '../../src/lib/import/kept-text.ts';

// Round 36 (docs/import.md): real AsciiDoc, Docusaurus and Next.js blog posts of other
// organisations. Fixtures written anew (invented organisations), modelled on their shapes.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round36');
// The fixtures are imported once, in one command (each import starts Node and reads the
// vocabularies: under load, one a test ran past the test timeout); each test asks of its own drafts.
let imported: ReturnType<typeof runImportCommand> & { frontmatter: (name: string) => Record<string, unknown> };
beforeAll(() => {
  const run = runImportCommand(['adoc-blog', 'adoc-header', 'docusaurus-blog', 'nextjs-blog', 'report-folder'].map((folder) => join(fixtures, folder)), 'import-round36-');
  imported = { ...run, frontmatter: (name: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(run.text(name))![1]) as Record<string, unknown> };
}, 300_000);
/** Of the drafts written, those named so (an empty list when the import named a draft otherwise). */
const draftsOf = (...names: string[]) => imported.drafts.filter((draft) => names.includes(draft));

describe('AsciiDoc marks made Markdown', () => {
  test('front matter keys written as attributes (`:title:`) are front matter keys', () => {
    const markdown = asciidocToMarkdown('---\n:layout: post\n:title: "Key exposed"\ntags:\n- security\n---\n\nText.\n');
    expect(markdown.startsWith('---\nlayout: post\ntitle: "Key exposed"\ntags:\n- security\n---\n')).toBe(true);
  });

  test("a document header's attributes are front matter: revdate as date, page-tags as tags", () => {
    const markdown = asciidocToMarkdown('= Replica lag\n:revdate: 2024-05-02\n:page-tags: database, replication\n\nText.\n');
    const yaml = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]);
    expect(yaml).toEqual({ date: '2024-05-02', tags: ['database', 'replication'] });
    // The lines as written stay, as comments of the YAML ("Imported metadata" keeps them).
    expect(markdown).toContain('# :revdate: 2024-05-02\n# :page-tags: database, replication\n');
    expect(markdown).toContain('# Replica lag\n\nText.');
  });

  test('links, cross references and strong text', () => {
    const markdown = asciidocToMarkdown('See link:https://example.org/a[the issue] and https://example.org/b[the log], <<causes,the causes>>, xref:runbook.adoc[the runbook] and *the old key*.\n\nKeep `link:x[y]` in code.');
    expect(markdown).toContain('See [the issue](https://example.org/a) and [the log](https://example.org/b), the causes, the runbook and **the old key**.');
    expect(markdown).toContain('Keep `link:x[y]` in code.');
  });

  test('an admonition block and an admonition paragraph are quotes opening with their kind; a block is no setext heading', () => {
    const markdown = asciidocToMarkdown('[NOTE]\n====\nThe password is *temporary*.\nIt expires.\n====\n\nWARNING: Replace the key.\nBefore April.\n\nAfter.');
    expect(markdown).toBe('> **Note**\n>\n> The password is **temporary**.\n> It expires.\n\n> **Warning**\n>\n> Replace the key.\n> Before April.\n\nAfter.');
  });

  test('a titled table is a heading over a Markdown table; a source block keeps its language', () => {
    const markdown = asciidocToMarkdown('== Incident\n\n.Timeline\n[cols="1,3",options="header"]\n|===\n|Time |Event\n|09:00 |Alert\n|09:10\n|Rollback\n|===\n\n[source,shell]\n----\nkubectl rollout undo\n----');
    expect(markdown).toContain('### Timeline\n\n| Time | Event |\n| --- | --- |\n| 09:00 | Alert |\n| 09:10 | Rollback |');
    expect(markdown).toContain('```shell\nkubectl rollout undo\n```');
  });
});

describe('importing the AsciiDoc posts', () => {
  test("a blog post's front matter, links, admonitions and table timeline", () => {
    const { status, frontmatter, text } = imported;
    expect(status).toBe(0);
    const drafts = draftsOf('2024-03-11-mirror-signing-key-exposed-on-a-build-agent.mdx');
    expect(drafts).toHaveLength(1);
    const fm = frontmatter(drafts[0]);
    expect(fm.title).toBe('Mirror signing key exposed on a build agent');
    expect(fm.tags).toEqual(['security']);
    expect((fm.timeline as unknown[]).length).toBe(3);
    expect((fm.times as Record<string, string>).started).toBe('2024-03-11T08:40:00Z');
    const items = fm.actionItems as { title: string; link?: string }[];
    expect(items[0].title).toBe('Build agent images are rebuilt from a clean template every week, see the image pipeline.');
    expect(items.every((item) => !item.link || !item.link.includes('['))).toBe(true);
    const body = text(drafts[0]);
    expect(body).toContain('> **Warning**');
    expect(body).not.toContain('====');
    expect(body).not.toContain('link:');
    expect(body).not.toContain(':title:');
  });

  test("a document header's title and revdate", () => {
    const { frontmatter } = imported;
    const drafts = draftsOf('2024-05-02-replica-lag-on-the-orders-database.mdx');
    expect(drafts).toHaveLength(1);
    expect(frontmatter(drafts[0]).title).toBe('Replica lag on the orders database');
  });
});

describe("a blog post's file-name day is the day it was published", () => {
  test('a day its opening names is the incident day, said', () => {
    const { log } = imported;
    expect(draftsOf('2024-06-14-build-cache-token-exposed-in-pull-requests.mdx')).toHaveLength(1);
    expect(log).toContain('incident day 2024-06-14 from its opening ("On June 14, 2024"), not the day the post was published (its file name, 2024-06-20)');
  });

  test("its timeline's first row, a day before, is the incident day", () => {
    const { log } = imported;
    expect(draftsOf('2024-07-08-package-uploads-paused.mdx')).toHaveLength(1);
    expect(log).toContain('not the day the post was published (its file name, in a folder of posts, 2024-07-09)');
  });

  test("a report folder's file name keeps naming the incident day", () => {
    expect(draftsOf('2024-02-03-dns-outage.mdx')).toHaveLength(1);
  });
});

describe("a Next.js post's readme.mdx in its post folder (the real one sits beside the page.tsx that shows it)", () => {
  test.each([
    ['readme.mdx', true], ['README.md', true], ['readme.txt', true], ['README.rst', false], ['readme.tsx', false],
  ])('%s may be the report: %s', (name, expected) => {
    expect(readmeMayBeReport(name)).toBe(expected);
  });

  test.each([
    ['app/blog/2024-08-02-queue-stall/readme.mdx', '2024-08-02-queue-stall'],
    ['content/posts/db-failover/index.md', 'db-failover'],
    ['incidents/2024-02-03-dns-outage.md', '2024-02-03-dns-outage'],
    ['readme.md', 'readme'],
  ])('%s is named by %s', (path, expected) => {
    expect(namingFileName(path)).toBe(expected);
  });

  test('is imported, titled and dated by its folder', () => {
    const { log, frontmatter } = imported;
    expect(log).toContain('readme.mdx: read as the report');
    const drafts = draftsOf('2024-08-02-queue-stall-post-mortem.mdx');
    expect(drafts).toHaveLength(1);
    expect((frontmatter(drafts[0]).timeline as unknown[]).length).toBe(3);
  });
});

describe('being told of the problem is its detection', () => {
  test.each([
    ['The auditors notified the release team of the leaked token.', 'detection'],
    ['We were notified by a maintainer that uploads failed.', 'detection'],
    ['We notified customers of the outage.', 'communication'],
    ['The on-call was notified.', 'escalation'],
  ])('%s: %s', (row, kind) => {
    expect(inferTimelineKind(row)).toBe(kind);
  });
});

describe("an MDX page's exported metadata is kept once", () => {
  test('under "Imported metadata" only: the body no longer repeats it (with its author) in a comment', () => {
    const read = mdxExportedMetadata("export const post = {\n  author: 'Rin Okafor',\n  date: '2024-11-19',\n  title: 'Relay outage',\n}\n\nText.\n");
    expect(read?.statement).toContain("author: 'Rin Okafor'");
    expect(read?.markdown).toBe('<!-- export const post: the page\'s metadata, kept under "Imported metadata" -->\n\nText.\n');
  });
});

describe('sentences kept, counted through AsciiDoc marks', () => {
  test('a link counts as its words and a block attribute line as none, as in the draft', () => {
    expect(wordsOf('filed an issue in link:https://issues.example.org[the tracker], see xref:runbook.adoc[the runbook] and <<causes,the causes>>')).toBe('filed an issue in the tracker see the runbook and the causes');
    expect(wordsOf('[cols="1,3",options="header"]')).toBe('');
    expect(wordsOf('[WARNING]')).toBe('warning');
  });
});

test('the fixtures give exactly these drafts', () => {
  expect(imported.drafts).toEqual([
    '2024-02-03-dns-outage.mdx', '2024-03-11-mirror-signing-key-exposed-on-a-build-agent.mdx', '2024-05-02-replica-lag-on-the-orders-database.mdx',
    '2024-06-14-build-cache-token-exposed-in-pull-requests.mdx', '2024-07-08-package-uploads-paused.mdx', '2024-08-02-queue-stall-post-mortem.mdx',
  ]);
});
