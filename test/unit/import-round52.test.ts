import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { settingsFileLines } from '../../src/lib/import/settings-file.ts';
import { notReportByOpening, notReportReason, openingLength } from '../../src/lib/import/report-files.ts';
import { readIssueExport } from '../../src/lib/import/issue-exports.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { mkdocsNavTitles, navTitleOf } from '../../src/lib/import/site-nav-titles.ts';
import { siteNavTitleReader } from '../../scripts/lib/site-nav.ts';

// Import round 52 (docs/import.md): a table of alert conditions under a report's prevention, Jira
// sub-tasks and an empty template among a tracker's issues, a web app's files, a project's own
// documents, a course's answer files, a firewall's rules, settings under a long licence, titles
// from a documentation site's navigation. Names and texts invented; functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round52');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;

describe('a table of alert conditions is no list of tasks', () => {
  test('"Condition | Severity" under "Recurrence prevention" gives no action item; the follow-ups table beside it still does', () => {
    const result = importReport('2026-04-02-seed-sorter-cron.md', fixture('2026-04-02-seed-sorter-cron.md'), { vocabulary, today: '2026-12-06' });
    const items = (frontmatterOf(result.draft).actionItems ?? []) as { title: string; due?: string }[];
    expect(items.map((item) => item.title)).toEqual(["Add a dead-man's-switch ping to the export job"]);
    expect(items[0].due).toBe('2026-04-20');
    expect(result.notes.join('\n')).toContain('a table of alert conditions ("Condition | Severity", 2 row(s)) is not read as action items');
    // The body keeps the table as written.
    expect(result.draft).toContain('Export file not updated within schedule + 20 min');
  });
});

describe("a Jira export's sub-tasks and empty templates", () => {
  test('only the incident is a report; the sub-task and the empty template are said with their keys', () => {
    const exported = readIssueExport(JSON.parse(fixture('seed-issues.json')))!;
    expect(exported.reports.map((report) => report.label)).toEqual(['#SEED-41']);
    const notes = (exported.passedOver ?? []).join('\n');
    expect(notes).toContain('1 issue(s) of the export not imported (#SEED-44): Jira sub-tasks');
    expect(notes).toContain('1 issue(s) of the export not imported (#SEED-47): an empty template');
  });
  test('said once, with the first draft, not on every draft of the export', async () => {
    const content = await readReportContent('seed-issues.json', new TextEncoder().encode(fixture('seed-issues.json')));
    expect(content.firstPartNotes?.join('\n')).toContain('(#SEED-44): Jira sub-tasks');
    expect(content.notesBefore.join('\n')).not.toContain('SEED-44');
  });
  test('an export of sub-tasks alone is read as it is', () => {
    const data = JSON.parse(fixture('seed-issues.json'));
    data.issues = data.issues.filter((issue: { key: string }) => issue.key === 'SEED-44');
    expect(readIssueExport(data)!.reports.map((report) => report.label)).toEqual(['#SEED-44']);
  });
  test('an issue titled as a template that tells what happened is a report', () => {
    const data = JSON.parse(fixture('seed-issues.json'));
    data.issues[2].fields.description = 'The monitoring template was applied to the wrong cluster, so the reindex alerts paged nobody for a day.';
    expect(readIssueExport(data)!.reports.map((report) => report.label)).toEqual(['#SEED-41', '#SEED-47']);
  });
});

describe("a web app's files, a project's own documents and a course's answers are no reports", () => {
  it.each([
    ['app/views/tickets/_form.html.haml'],
    ['app/views/mailer/new_ticket.text.erb'],
    ['app/assets/javascripts/tickets/filter.coffee'],
    ['lib/tasks/reminders.rake'],
    ['Capfile'],
    ['app/components/hero/component.html.erb'],
    ['app/views/boards/show.html.erb'],
    ['workers/monitor/wrangler.jsonc'],
    ['Rakefile'],
    ['infra/main.bicep'],
    ['infra/terraform/terraform.tfvars.example'],
    ['config/database.yml.sample'],
    ['config/credentials/production.yml.enc'],
    ['public/404.html'],
    ['public/422.html'],
    ['docs/pipeline-diagram.excalidraw'],
    ['APPLICATION_OVERVIEW.md'],
    ['BUILD_INSTRUCTIONS.md'],
    ['CLIENT_EXPLANATION.md'],
    ['DEPLOY.md'],
    ['PLAN.md'],
    ['VISION.md'],
    ['CONTEXT.md'],
    ['RAG-assigment.md'],
    ['0x13-firewall/100-port_forwarding'],
    ['0x09-web_infrastructure_design/0-simple_web_stack'],
    ['0x0E-web_stack_debugging_1/1'],
  ])('%s', (name) => {
    expect(notReportReason(name)).toBeDefined();
  });
  it.each([
    ['postmortems/database-outage-overview.md'],
    ['postmortems/2024-03-01-plan.md'],
    ['incident-report.md'],
    ['DB_OUTAGE.md'],
    ['source/index.html.md.erb'],
    ['0x19-postmortem/README.md'.replace('README', 'postmortem')],
    ['outages/404-spike.md'],
    ['notes/0-outage'],
    ['bin/setup'],
  ])('%s may be a report', (name) => {
    expect(notReportReason(name)).toBeUndefined();
  });
});

describe("a firewall's rules and settings under a long licence, named without an extension", () => {
  const rules = ['#', '# rules.before', '#', '*nat', ':PREROUTING ACCEPT [0:0]', '-A PREROUTING -p tcp --dport 8080 -j REDIRECT --to-port 80', 'COMMIT', '*filter', ':ufw-before-input - [0:0]', '-A ufw-before-input -i lo -j ACCEPT', 'COMMIT', ''].join('\n');
  test('ufw\'s rules are settings', () => {
    expect(settingsFileLines(rules)).toBe(8);
    expect(notReportByOpening('ufw_rules_before', () => rules)).toContain("a program's settings");
    // ufw's own names: `before.rules`, `after6.rules`.
    expect(notReportReason('etc/ufw/before.rules')).toBeDefined();
  });
  test('a short note of two lines is not', () => {
    expect(settingsFileLines('Firewall rules reset at 10:02\nCOMMIT was missing from the file')).toBeUndefined();
  });
  test('a licence comment of 5 KiB over MySQL settings: the settings under it are read', () => {
    const licence = Array.from({ length: 80 }, (_, i) => `# This program is free software; line ${i} of the notice that comes with the server's sample options.`).join('\n');
    const file = `${licence}\n[mysqld]\nbind-address = 0.0.0.0\nserver-id = 1\nlog_bin = /var/log/mysql/mysql-bin.log\n`;
    expect(licence.length).toBeGreaterThan(4096);
    expect(openingLength).toBeGreaterThanOrEqual(file.length);
    expect(notReportByOpening('mysql_primary_options', () => file.slice(0, openingLength))).toContain("a program's settings");
  });
});

describe("titles from a documentation site's navigation", () => {
  const config = fixture('greenhouse-docs/mkdocs.yml');
  test("MkDocs' nav names its pages by their paths under docs_dir; Python tags are no obstacle", () => {
    const site = mkdocsNavTitles(config, 'mkdocs.yml')!;
    expect(site.docsDir).toBe('docs');
    expect(navTitleOf(site, 'docs/guides/pump-outage.md')).toBe('Watering Pump Outage Review');
    expect(navTitleOf(site, 'docs/index.md')).toBe('Home');
    // A path alone carries no title; a link to another site is no page.
    expect(navTitleOf(site, 'docs/index-only.md')).toBeUndefined();
    expect([...site.titles.values()]).not.toContain('Source');
  });
  test('a page with no heading of its own is titled by the nav, not by its file name, and the draft says where from', () => {
    const page = join(fixtures, 'greenhouse-docs/docs/guides/pump-outage.md');
    const navTitle = siteNavTitleReader()(page, join(fixtures, 'greenhouse-docs'));
    expect(navTitle?.title).toBe('Watering Pump Outage Review');
    const result = importReport('pump-outage.md', readFileSync(page, 'utf8'), { vocabulary, today: '2026-12-06', siteNavTitle: navTitle });
    expect(result.title).toBe('Watering Pump Outage Review');
    expect(result.inferred.join('\n')).toContain("title from the site's navigation");
    const withoutNav = importReport('pump-outage.md', readFileSync(page, 'utf8'), { vocabulary, today: '2026-12-06' });
    expect(withoutNav.title).not.toBe('Watering Pump Outage Review');
  });
  test('the search for a site stops at the folder given to the import', () => {
    const page = join(fixtures, 'greenhouse-docs/docs/guides/pump-outage.md');
    expect(siteNavTitleReader()(page, join(fixtures, 'greenhouse-docs/docs'))).toBeUndefined();
  });
});
