import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { readIssueExport } from '../../src/lib/import/issue-exports.ts';
import { ListingPageError, NotAReportError, readReportContent } from '../../src/lib/import/report-content.ts';
import { postmortemRecordsOf, readPostmortemRecords } from '../../src/lib/import/postmortem-records.ts';
import { guidePageReason, mkdocsNavTitles } from '../../src/lib/import/site-nav-titles.ts';
import { otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { assignmentBriefPhrases } from '../../src/lib/import/assignment-brief.ts';
import { siteGuidePageReader, siteNavTitleReader } from '../../scripts/lib/site-nav.ts';

// Import round 53 (docs/import.md): incident platforms' records (JSON Lines and JSON), a Jira
// sub-task that is a postmortem, a guide's pages, a lone page's site looked for upward, diagrams
// and readiness checklists, assignment briefs, app and spec files. Names and texts invented (a
// kiln shop); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round53');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const bytes = (text: string) => new TextEncoder().encode(text);

describe("incident platforms' records", () => {
  test('a JSON Lines export is one draft a record, with the note said once', async () => {
    const content = await readReportContent('incidents.jsonl', bytes(fixture('kiln-exports/incidents.jsonl')));
    expect(content.parts?.map((part) => part.label)).toEqual([' (record 1 of 2)', ' (record 2 of 2)']);
    expect(content.exportKind).toBe('postmortem record (JSON Lines)');
    expect(content.firstPartNotes?.join('\n')).toContain('a JSON Lines file of 2 postmortem record(s), one a line');
  });
  test("incident.io's shape: the short summary is the title, created_at the day, timeline events rows", async () => {
    const content = await readReportContent('incidents.jsonl', bytes(fixture('kiln-exports/incidents.jsonl')));
    const first = content.parts![0].text;
    expect(first).toContain('# Kiln scheduler dropped firing jobs');
    expect(first).toContain('Date: 2026-05-11 21:40 UTC');
    expect(first).toContain('## Timeline\n\n- 2026-05-11 21:40 UTC: Queue depth alarm raised by the scheduler monitor\n- 2026-05-12 05:50 UTC: Controller rolled back to the previous release');
    // An id is one word, not a section of prose.
    expect(first).not.toContain('## Id');
    const result = importReport('incidents.jsonl (record 1 of 2)', first, { vocabulary, today: '2026-12-06', exportKind: content.exportKind });
    expect(result.title).toBe('Kiln scheduler dropped firing jobs');
    expect(frontmatterOf(result.draft).times?.started).toBe('2026-05-11T21:40:00Z');
    expect(result.draft).toContain('Controller rolled back to the previous release');
  });
  test("FireHydrant's shape: its name is the title, its retrospective's sections counted one level down", async () => {
    const content = await readReportContent('incidents.jsonl', bytes(fixture('kiln-exports/incidents.jsonl')));
    const second = content.parts![1].text;
    expect(second).toContain('# Glaze mixer sensor flood');
    expect(second).toContain("The sensor's firmware retried every reading without a pause");
    expect(second).toContain('Rate-limit sensor readings at the gateway');
  });
  test('a JSON record of its own fields (BigPanda-like: created_time, root_cause) is a report', async () => {
    const content = await readReportContent('record.json', bytes(fixture('kiln-exports/record.json')));
    expect(content.exportKind).toBe('postmortem record (JSON)');
    expect(content.parts).toHaveLength(1);
    expect(content.parts![0].text).toContain('Date: 2026-07-19 13:10 UTC');
    expect(content.parts![0].text).toContain('## Root cause\n\nA power supply of the fan controller failed');
  });
  test('JSON Lines of other data, or a line that is not JSON, holds no report, and says why', async () => {
    const runs = '{"name": "nightly build", "status": "completed", "created_at": "2026-05-11T21:40:00Z"}\n{"name": "lint", "status": "completed", "created_at": "2026-05-11T21:45:00Z"}\n';
    await expect(readReportContent('runs.jsonl', bytes(runs))).rejects.toThrow(NotAReportError);
    await expect(readReportContent('runs.jsonl', bytes(runs))).rejects.toThrow('none an incident\'s record');
    await expect(readReportContent('broken.ndjson', bytes('{"title": "x"}\nnot json\n'))).rejects.toThrow('line 2 is not JSON');
  });
  test('a YAML catalogue record keeps its reading (round 50), and a record needs two sections of prose', () => {
    const yaml = 'title: Kiln door latch stuck\ndate: 2026-02-01\nsummary: The door latch of kiln four stuck shut after firing and the load waited.\nroot_cause: A bent latch pin that the last service did not replace.\n';
    expect(readPostmortemRecords(yaml)?.notes.join('\n')).toContain('a postmortem kept as a YAML record');
    expect(postmortemRecordsOf({ title: 'Only a title', created_at: '2026-02-01T10:00:00Z', description: 'One field of prose is not a report.' }, 'JSON')).toBeUndefined();
  });
});

describe('a Jira sub-task that is a postmortem', () => {
  test('titled as one, or written in its sections, it is read; a follow-up is passed over and said', () => {
    const exported = readIssueExport(JSON.parse(fixture('kiln-issues.json')))!;
    expect(exported.reports.map((report) => report.label)).toEqual(['#KILN-10', '#KILN-12', '#KILN-13']);
    expect(exported.passedOver?.join('\n')).toContain('1 issue(s) of the export not imported (#KILN-14)');
  });
});

describe("a documentation site's pages", () => {
  const site = mkdocsNavTitles(fixture('kiln-handbook/mkdocs.yml'), 'mkdocs.yml')!;
  test('a site that names itself a guide: its pages are no reports, but one named for an incident, or kept in incidents/, is', () => {
    expect(site.guide).toBe('Kiln Shop Handbook');
    expect(guidePageReason(site, 'docs/culture/blameless.md')).toContain('a page of a documentation site that names itself a guide');
    expect(guidePageReason(site, 'docs/incidents/row-b.md')).toBeUndefined();
    expect(guidePageReason(site, 'docs/glaze-line-outage.md')).toBeUndefined();
    expect(guidePageReason(site, 'docs/2026-08-03-glaze-line.md')).toBeUndefined();
    // The nav's title names an incident: read.
    expect(guidePageReason({ ...site, titles: new Map([['row-b-notes.md', 'Kiln Row B Outage']]) }, 'docs/row-b-notes.md')).toBeUndefined();
  });
  test('a site that does not name itself a guide passes over nothing', () => {
    const reports = mkdocsNavTitles("site_name: Kiln Shop Reviews\nnav:\n  - Row B: 'culture/blameless.md'\n", 'mkdocs.yml')!;
    expect(guidePageReason(reports, 'docs/culture/blameless.md')).toBeUndefined();
  });
  test('the reader finds the site from a page in its folder', () => {
    const guidePage = siteGuidePageReader();
    expect(guidePage(join(fixtures, 'kiln-handbook/docs/culture/blameless.md'), join(fixtures, 'kiln-handbook'))).toContain('kiln-handbook/mkdocs.yml');
    expect(guidePage(join(fixtures, 'kiln-handbook/docs/incidents/row-b.md'), join(fixtures, 'kiln-handbook'))).toBeUndefined();
  });
  test("a page given alone takes its title from the nav of the site's mkdocs.yml above its folder", () => {
    const page = join(fixtures, 'kiln-handbook/docs/pages/firing-log.md');
    expect(siteNavTitleReader()(page, undefined)?.title).toBe('Firing Log Pages');
    // Given with its own folder as the root (as a lone page was, before), the search stops there.
    expect(siteNavTitleReader()(page, dirname(page))).toBeUndefined();
  });
});

describe('pages that are no report by what they are', () => {
  test('a diagram\'s description and a readiness checklist', () => {
    expect(otherDocumentKind('# Lucid Diagram: Kiln Controller Architecture\n\n- **Link:** https://diagrams.example.test/kiln\n- **Owner:** Controls Guild\n')?.kind).toBe('a diagram or an architecture description');
    expect(otherDocumentKind('# Event Prep: Spring Open Studio Readiness\n\n## Objective\nFire twice the usual load.\n\n## Checklist\n- [ ] Pre-heat row A\n')?.kind).toBe('a readiness plan or checklist');
    // Named for an incident, or holding a report's section: a report.
    expect(otherDocumentKind('# Architecture of the kiln outage\n\nThe controller failed.\n')).toBeUndefined();
    expect(otherDocumentKind('# Readiness review\n\n## Timeline\n- 10:00 row A pre-heated\n')).toBeUndefined();
  });
  test("an assignment's brief or an outline of a postmortem's sections, with no day or time, is none", async () => {
    const brief = 'Postmortem\nUsing an outage of your own web stack, write a postmortem. Get creative and invent your own.\nIssue summary must contain: the duration of the outage and the root cause.\n';
    expect(assignmentBriefPhrases(brief)).toEqual(['write a postmortem', 'get creative', 'invent your own', 'must contain']);
    const outline = 'Postmortem\nA brief overview of the incident, including when it occurred and its impact.\nTimeline:\nA chronological account of the incident from detection to resolution. This section outlines the key events.\n';
    expect(assignmentBriefPhrases(outline)?.length).toBeGreaterThanOrEqual(2);
    await expect(readReportContent('README.md', bytes(outline))).rejects.toThrow(ListingPageError);
    // A report writes when it happened: read.
    expect(assignmentBriefPhrases(`${outline}\n- 14:05 kiln row A alarm raised\n`)).toBeUndefined();
    expect(assignmentBriefPhrases('On 2026-03-01 the kiln failed. This section outlines what we must include in the next review and should include a chronological account of the day.')).toBeUndefined();
  });
  test('app, API client, import specs and Spec Kit files, by their names', () => {
    expect(notReportReason('bruno/incidents/create.bru')).toBe("a tool's request or field specification (an API client's request, an import tool's fields)");
    expect(notReportReason('contrib/Firing-Log.ix')).toBe("a tool's request or field specification (an API client's request, an import tool's fields)");
    expect(notReportReason('Containerfile')).toBe('a dependency list or build file');
    expect(notReportReason('requeriments.txt')).toBe('a dependency list or build file');
    expect(notReportReason('GETTING_STARTED.md')).toContain("a project's own document");
    expect(notReportReason('pages/index.njk')).toContain("a web app's view");
    expect(notReportReason('views/status.hbs')).toContain("a web app's view");
    expect(notReportReason('specs/001-kiln-monitor/research.md')).toContain('Spec Kit');
    expect(notReportReason('specs/001-kiln-monitor/data-model.md')).toContain('Spec Kit');
    expect(notReportReason('templates/posmortem_template.md')).toBe('a report template');
    expect(notReportReason('plantilla.md')).toBe('a report template');
    // Reports keep being read.
    expect(notReportReason('specs/kiln-outage.md')).toBeUndefined();
    expect(notReportReason('postmortems/2026-05-11-kiln-scheduler.md')).toBeUndefined();
    expect(notReportReason('incidents/kiln-row-b.md')).toBeUndefined();
  });
});
