import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importRefusal } from '../support/import-refusal.ts';
import { knowledgeBaseNoteTitle, otherDocumentKind, withoutPublicationName } from '../../src/lib/import/other-document.ts';
import { newsArticleTitle } from '../../src/lib/import/news-article.ts';
import { commandOutputKind } from '../../src/lib/import/command-output.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Import round 61 (docs/import.md): an incident bot's documents (an API reference, a design, the
// flow of its incidents, its database's schema, a setup page), a project's scope in two languages,
// a news site's style guide and articles, a tool's report of its own run, an API note whose
// endpoints restore things: each refused with what to do, the reports beside them read. A report
// that writes no day says so and gets no made-up time. Names and texts invented (a library's
// book-return kiosks); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round61');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const vocabulary = loadVocabulary(join(root, 'content'));

describe("an incident tool's own documents are refused; reports are read", () => {
  test('an API reference is refused, whatever its headings say of incidents', async () => {
    expect(otherDocumentKind(fixture('bot-api-reference.md'))).toMatchObject({ kind: "a reference (an interface's or a program's)", title: '⚙️ API Reference — Pager & Wiki Bridge' });
    expect(await importRefusal('docs/API_REFERENCE.md', fixture('bot-api-reference.md'))).toContain("is a reference (an interface's or a program's)");
  });

  test('a design titled so is refused though a heading names the incidents it handles; with a timeline it is read', async () => {
    expect(otherDocumentKind(fixture('bot-design.md'))?.kind).toBe('a specification or a design');
    expect(await importRefusal('docs/THREAD_CAPTURE.md', fixture('bot-design.md'))).toContain('is a specification or a design ("Thread Capture for Kiosk Alerts - Technical Design")');
    const told = fixture('bot-design.md').replace('## Rollout Plan', '## Timeline\n\n- 2026-03-02 09:10 the thread was lost\n\n## Rollout Plan');
    expect(otherDocumentKind(told)).toBeUndefined();
  });

  test('the flow of incidents through a tool is a process; one that writes a day is read', async () => {
    expect(otherDocumentKind(fixture('bot-incident-flow.md'))?.kind).toBe('a process or policy of handling incidents');
    expect(await importRefusal('docs/INCIDENT_FLOW.md', fixture('bot-incident-flow.md'))).toContain('its title names how incidents are handled, not one incident');
    expect(otherDocumentKind(fixture('bot-incident-flow.md').replace('## Daily Digest', 'On 2026-03-02 the sync stopped for an hour.\n\n## Daily Digest'))).toBeUndefined();
  });

  test("a database's schema (properties and views) is refused; with a report's section it is not", async () => {
    expect(otherDocumentKind(fixture('bot-database-schema.md'))).toMatchObject({ kind: "a database's schema (its properties and views)", title: 'Purpose' });
    expect(await importRefusal('docs/WIKI_TABLE.md', fixture('bot-database-schema.md'))).toContain("its sections describe a database (its properties, each field's type and use, beside its views or fields)");
    expect(otherDocumentKind(fixture('bot-database-schema.md').replace('### Conventions and tips', '### Root cause'))?.kind).not.toBe("a database's schema (its properties and views)");
  });

  test('a setup page is refused; a status notice titled "… setup" that writes its times is read', async () => {
    expect(otherDocumentKind(fixture('bot-scopes-setup.md'))?.kind).toBe('a procedure (how to install, deploy or configure something)');
    expect(await importRefusal('docs/SCOPES_SETUP.md', fixture('bot-scopes-setup.md'))).toContain('is a procedure (how to install, deploy or configure something) ("Chat App Scopes Setup")');
    expect(otherDocumentKind(fixture('status-setup-notice.md'))).toBeUndefined();
    expect(await importRefusal('content/2026-04-24_setup.md', fixture('status-setup-notice.md'))).toBeUndefined();
  });
});

describe("a project's scope, a site's style guide, an API note", () => {
  test("a project's scope, in English and in Chinese, is refused", async () => {
    expect(otherDocumentKind(fixture('project-scope.md'))).toMatchObject({ kind: "a project's scope (what it covers and how it is kept)", title: 'Project Scope' });
    expect(otherDocumentKind(fixture('project-scope-zh.md'))).toMatchObject({ kind: "a project's scope (what it covers and how it is kept)", title: '项目范围' });
    expect(await importRefusal('docs/PROJECT_SCOPE.md', fixture('project-scope.md'))).toContain('If it does tell one, give it a section such as "## Timeline"');
    // A scope's page with a report's section is a report's.
    expect(otherDocumentKind(fixture('project-scope.md').replace('## Maintenance Rule', '## What happened'))).toBeUndefined();
  });

  test('a style guide is refused, also when the site is named "The Postmortem"; a post-mortem is not a name', async () => {
    expect(otherDocumentKind(fixture('style-guide.md'))?.kind).toBe('a style guide or design system');
    expect(otherDocumentKind(fixture('style-guide-postmortem-site.md'))).toMatchObject({ kind: 'a style guide or design system', title: 'THE POSTMORTEM — ARTICLE DESIGN SYSTEM' });
    expect(withoutPublicationName('THE POSTMORTEM — ARTICLE DESIGN SYSTEM')).toBe('ARTICLE DESIGN SYSTEM');
    expect(withoutPublicationName('The Last Chance That Died — The Postmortem')).toBe('The Last Chance That Died');
    expect(withoutPublicationName('Postmortem — design system build outage')).toBe('Postmortem — design system build outage');
    expect(withoutPublicationName('The Postmortem')).toBe('The Postmortem');
  });

  test("an API's note whose endpoints restore a device is refused; an API note with a timeline is read", async () => {
    expect(knowledgeBaseNoteTitle(fixture('api-note-restore-zh.md'))).toBe('还书机管理接口（v2：UUID + 设备身份包）');
    expect(await importRefusal('docs/api/03-kiosks.md', fixture('api-note-restore-zh.md'))).toContain('is a note of a knowledge base ("还书机管理接口');
    expect(knowledgeBaseNoteTitle(fixture('api-note-incident-zh.md'))).toBeUndefined();
  });
});

describe('pages and outputs that are no report', () => {
  test('a news article kept as HTML is refused; blog posts of an incident are read', async () => {
    expect(newsArticleTitle(fixture('news-article.html'))).toBe('The Toll and the Ledger: How Harbourton Sold Its Bridge');
    expect(await importRefusal('design/article.html', fixture('news-article.html'))).toContain('is an article on another subject ("The Toll and the Ledger: How Harbourton Sold Its Bridge"');
    // Its title names what broke, or a heading is a report's section: a report.
    expect(newsArticleTitle(fixture('blog-incident-post.html'))).toBeUndefined();
    expect(newsArticleTitle(fixture('blog-post-with-timeline.html'))).toBeUndefined();
    expect(await importRefusal('posts/night.html', fixture('blog-post-with-timeline.html'))).toBeUndefined();
    // The same page without article markup is judged as any page.
    expect(newsArticleTitle(fixture('news-article.html').replace(/article-/g, 'story-'))).toBeUndefined();
  });

  test("a tool's report of its own run is refused; an incident platform's text export is read", async () => {
    expect(commandOutputKind(fixture('evaluation-output.txt'))).toBe('a program\'s own report of its run (its banner "KIOSK-RCA EVALUATION REPORT" and a "Generated:" stamp over sections named in capitals)');
    expect(await importRefusal('evaluation_report.txt', fixture('evaluation-output.txt'))).toContain("a command's output, not a report");
    expect(commandOutputKind(fixture('platform-export.txt'))).toBeUndefined();
    expect(await importRefusal('incident-export.txt', fixture('platform-export.txt'))).toBeUndefined();
  });
});

describe('a day without its time, or no day at all: said, never made up', () => {
  test('a Chinese post giving its day (日期) and no time: the day is read, the missing time said', () => {
    const result = importReport('001-kiosk-snapshot.md', fixture('day-no-time-zh.md'), { vocabulary, today: '2026-12-07' });
    expect(result.inferred).toContain('incident day 2026-04-03 from its "Date" line (日期)');
    expect(result.notes.join('\n')).toContain("the report states the incident's day, 2026-04-03 (from its \"Date\" line (日期)), but no time of day: times.started is left to fill");
    expect(result.draft).not.toMatch(/^\s*started:/m);
  });

  test('a post writing no day says so, and no time is made up', () => {
    const result = importReport('003-share-error.md', fixture('share-error-no-day.md'), { vocabulary, today: '2026-12-07' });
    expect(result.notes.join('\n')).toContain('the report states no year and no day of its incident: times.started is left to fill, no day or time is made up');
    expect(result.draft).not.toMatch(/^\s*started:/m);
  });
});
