import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { NotAReportError, parsedJson, readReportContent } from '../../src/lib/import/report-content.ts';
import { mayBeIncidentExportFile, mayBeReportFile } from '../../src/lib/import/report-files.ts';
import { readCsvTable } from '../../src/lib/import/csv-table.ts';
import { durationMinutes, readIncidentSheet } from '../../src/lib/import/incident-sheets.ts';
import { readIssueExport } from '../../src/lib/import/issue-exports.ts';
import { readSheetTime, sheetDayOrder } from '../../src/lib/import/sheet-dates.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/incident-logs');

/** Each incident of a file, imported as npm run import does: one draft per row or issue. */
async function importIncidents(name: string) {
  const file = join(fixtures, name);
  const content = await readReportContent(file, readFileSync(file));
  return {
    content,
    drafts: (content.parts ?? []).map((part) => {
      const result = importReport(`incident-logs/${name}${part.label}`, part.text, { vocabulary, today: '2026-12-01', exportKind: content.exportKind, startStatedApart: content.startStatedApart });
      const id = result.fileName.replace(/\.mdx$/, '');
      const check = validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
      const { yaml, body } = splitFrontmatter(result.draft);
      return { label: part.label, part: part.text, source: part.source ?? '', result, data: parseYaml(yaml), body, errors: check.findings.filter((f) => f.severity === 'error') };
    }),
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Every given text of the source must be in the draft (its body, or the kept metadata block), word for word. */
function expectKept(draft: string, texts: string[]) {
  const kept = collapse(draft);
  for (const text of texts) expect(kept).toContain(collapse(text));
}

describe('spreadsheets saved as CSV or TSV', () => {
  test('quoted cells hold separators, quotes and line breaks; a BOM, CRLF and `sep=;` are Excel\'s', () => {
    const table = readCsvTable('log.csv', '\uFEFFTitle,Notes\r\n"A, B","said ""no""\r\nthen left"\r\n,\r\nC,plain\r\n');
    expect(table.separator).toBe(',');
    expect(table.header).toEqual(['Title', 'Notes']);
    // The empty row 3 is left out, the numbers stay the sheet's.
    expect(table.rows).toEqual([{ row: 2, cells: ['A, B', 'said "no"\nthen left'] }, { row: 4, cells: ['C', 'plain'] }]);
    expect(readCsvTable('log.csv', 'sep=;\nTitle;Cost\nX;2,5\n')).toMatchObject({ separator: ';', header: ['Title', 'Cost'], rows: [{ row: 2, cells: ['X', '2,5'] }] });
    // European Excel: `;` between cells, commas inside them.
    expect(readCsvTable('log.csv', 'Title;Impact, short\nX;"a; b"\n')).toMatchObject({ separator: ';', rows: [{ cells: ['X', 'a; b'] }] });
    expect(readCsvTable('log.tsv', 'Title\tWhen, roughly\nX\t2024-01-01\n')).toMatchObject({ separator: '\t', header: ['Title', 'When, roughly'] });
  });

  test('dates in the sheet\'s formats; the day order settled by the cells, else by the sheet\'s locale', () => {
    expect(sheetDayOrder(['03/25/2024', '04/01/2024'], ',')).toMatchObject({ order: 'month-first', assumed: false });
    expect(sheetDayOrder(['25/03/2024', '01/04/2024'], ',')).toMatchObject({ order: 'day-first', assumed: false });
    expect(sheetDayOrder(['05.03.2024 08:10'], ';')).toMatchObject({ order: 'day-first', assumed: true });
    expect(sheetDayOrder(['05/03/2024'], ',')).toMatchObject({ order: 'month-first', assumed: true });
    expect(readSheetTime('3/14/2024 9:05 PM', 'month-first')).toEqual({ date: '2024-03-14', time: '21:05' });
    expect(readSheetTime('05/03/2024 14:02', 'day-first')).toEqual({ date: '2024-03-05', time: '14:02' });
    expect(readSheetTime('05/03/2024 14:02', 'month-first')).toEqual({ date: '2024-05-03', time: '14:02' });
    expect(readSheetTime('2024-03-05T14:02:00+01:00', 'month-first')).toEqual({ date: '2024-03-05', time: '13:02', zone: 'UTC' });
    expect(readSheetTime('12/Jan/24 9:14 PM', 'month-first')).toEqual({ date: '2024-01-12', time: '21:14' });
    expect(readSheetTime('Mar 5, 2024 2:02 PM CET', 'day-first')).toEqual({ date: '2024-03-05', time: '14:02', zone: 'CET' });
    expect(readSheetTime('5 March 2024', 'month-first')).toEqual({ date: '2024-03-05' });
    // Excel's day number when a cell was not formatted as a date: 45356.5 is 2024-03-05 at noon.
    expect(readSheetTime('45356.5', 'month-first')).toEqual({ date: '2024-03-05', time: '12:00' });
    expect(readSheetTime('31/02/2024', 'day-first')).toBeUndefined();
    expect(readSheetTime('soon', 'day-first')).toBeUndefined();
  });

  test('a .csv or .tsv in a folder is looked at; one that is no incident log is data, refused by name with the columns it lacks', async () => {
    expect(mayBeReportFile('log/incidents.csv')).toBe(false);
    expect(mayBeIncidentExportFile('log/incidents.csv')).toBe(true);
    expect(mayBeIncidentExportFile('log/incidents.tsv')).toBe(true);
    expect(mayBeIncidentExportFile('.cache/incidents.csv')).toBe(false);
    const file = join(fixtures, 'metrics.csv');
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(NotAReportError);
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(/not an incident log.*its header \(date, requests, errors\) lacks a title .*one more column of an incident/);
  });

  test('what is no incident log in a folder of data: no date column, a police log without titles', async () => {
    const noDates = join(fixtures, 'no-dates.csv');
    await expect(readReportContent(noDates, readFileSync(noDates))).rejects.toThrow(/lacks a date \(Date, Start, Detected, Created or Resolved\)\./);
    const police = join(fixtures, 'police-log.csv');
    await expect(readReportContent(police, readFileSync(police))).rejects.toThrow(/lacks a title .* and one more column of an incident/);
  });

  test('a sheet laid out under a title row (padded by Excel or not) has its header found below it; rows keep the sheet\'s numbers', () => {
    for (const title of ['Incident log 2024,,,,', 'Incident log 2024']) {
      const sheet = readIncidentSheet('log.csv', `${title}\nOne row per incident; times in UTC,,,,\n\nTitle,Date,Severity,Service,Impact\nQueue stalled,2024-02-03,SEV-3,jobs,Exports were two hours late.\n`);
      expect('reports' in sheet && sheet.reports.map((r) => r.label)).toEqual(['#row-5']);
      expect('fileNotes' in sheet && sheet.fileNotes[0]).toMatch(/^columns read \(the header is row 4\): Title \(title\), Date \(date\)/);
      expect('reports' in sheet && sheet.reports[0].text).toMatch(/^title: Queue stalled$/m);
    }
  });

  test('"Incident" heads the title when its cells are descriptions, and the id when they are ids', () => {
    const described = readIncidentSheet('log.csv', 'Incident,Date,Severity\nCheckout 500s after deploy,2024-03-02,SEV2\nSearch slow at peak,2024-03-04,P3\n');
    expect('reports' in described && described.reports[0].text).toMatch(/^title: Checkout 500s after deploy$/m);
    const numbered = readIncidentSheet('log.csv', 'Incident,Title,Date,Severity\nINC-0042,Checkout 500s,2024-03-02,SEV2\n');
    expect('reports' in numbered && numbered.reports.map((r) => r.label)).toEqual(['#INC-0042']);
    // Ids alone, and no other column naming the incident: not an incident log, with the reason.
    const idsOnly = readIncidentSheet('log.csv', 'Incident,Date,Severity\nINC-0042,2024-03-02,SEV2\n');
    expect('why' in idsOnly && idsOnly.why).toMatch(/lacks a title/);
  });

  test('a Date with its time of day is the start, and a duration after it the end, each said with its column', () => {
    const sheet = readIncidentSheet('log.csv', 'Title,Date,Severity,Duration\nCheckout 500s,2024-03-02 14:10,SEV2,45 min\nQueue stuck,2024-05-01 23:30,SEV3,"1h 45m"\nSearch slow,2024-03-04,SEV3,2h\n');
    const texts = 'reports' in sheet ? sheet.reports.map((r) => r.text) : [];
    expect(texts[0]).toContain('- **Started**: 2024-03-02 14:10 (column "Date")\n- **Resolved**: 2024-03-02 14:55 (column "Date" plus the duration "45 min")');
    expect(texts[1]).toContain('- **Resolved**: 2024-05-02 01:15 (column "Date" plus the duration "1h 45m")');
    // A day without a time of day starts nothing, and so ends nothing either.
    expect(texts[2]).not.toMatch(/\*\*(?:Started|Resolved)\*\*/);
    const result = importReport('log.csv#row-2', texts[0], { vocabulary, today: '2026-12-01', exportKind: 'CSV incident log', startStatedApart: true });
    expect(parseYaml(splitFrontmatter(result.draft).yaml).times).toEqual({ started: '2024-03-02T14:10:00Z', resolved: '2024-03-02T14:55:00Z' });
  });

  test.each([
    ['45 min', 45], ['2h', 120], ['2h 30m', 150], ['1.5 hours', 90], ['2,5 hours', 150], ['1 day 2 hours', 1560], ['1:30', 90], ['~3h', 180], ['1 hour and 5 minutes', 65],
    ['45', undefined], ['two hours', undefined], ['2h then 3h later', undefined], ['', undefined],
  ])('the duration "%s" is %s minutes', (cell, minutes) => {
    expect(durationMinutes(cell)).toBe(minutes);
  });

  test('the evidence pack\'s own incidents.csv (npm run evidence) is not read back as an incident log', () => {
    const pack = 'id,title,privileged,started,resolved,severity,classification,personal_data,review_status,drafted,published,days_to_publish,minutes_to_resolve,reviewers,action_items,action_items_done,action_items_open,action_items_overdue,evidence_location,evidence_custodian,url\r\n2025-01-01-x,X,false,2025-01-01T10:00:00Z,,SEV-2,,false,approved,2025-01-02,,,,,0,0,0,0,,,\r\n';
    expect(readIncidentSheet('evidence/incidents.csv', pack)).toEqual({ why: expect.stringMatching(/own evidence pack \(npm run evidence\)/) });
  });

  test('a tool\'s export written as CSV (PagerDuty\'s API): snake_case headers, a record in a cell named by its summary', async () => {
    const { drafts } = await importIncidents('pagerduty-incidents.csv');
    const [orders] = drafts;
    expect(orders.label).toBe('#41');
    expect(orders.errors).toEqual([]);
    expect(orders.data.title).toBe('Orders API latency above SLO');
    expect(orders.data.times.started).toBe('2024-07-08T02:11:00Z');
    // The service cell is a record: its summary names the service; the cell is kept whole, on one line.
    expect(orders.result.draft).toContain('services:\n  - Orders API\n');
    expect(orders.result.draft).toContain(`service: "{'id': 'PX1ORD', 'type': 'service_reference', 'summary': 'Orders API', 'self': 'https://api.pagerduty.com/services/PX1ORD'}"`);
  });

  test('an incident log: one draft per row, named by its id, with the fields its columns give and every cell kept', async () => {
    const { content, drafts } = await importIncidents('incident-log.csv');
    expect(content.notesBefore).toContain('read as a CSV incident log: one draft per row');
    expect(drafts.map((d) => d.label)).toEqual(['#INC-101', '#INC-102', '#INC-103']);
    for (const draft of drafts) expect(draft.errors).toEqual([]);
    const [checkout, search, emails] = drafts;
    expect(checkout.result.fileName).toBe('2024-03-14-checkout-api-returned-502s.mdx');
    expect(checkout.data.title).toBe('Checkout API returned 502s');
    expect(checkout.data.severity).toBe('SEV-2');
    // "Start time (UTC)": the header states the zone; US dates, AM/PM.
    expect(checkout.data.times).toEqual({ started: '2024-03-14T09:05:00Z', detected: '2024-03-14T09:12:00Z', resolved: '2024-03-14T10:41:00Z' });
    expect(checkout.data.impact).toEqual({ description: 'About 1,800 customers could not pay for 96 minutes; card retries doubled the load on the payments queue.', usersAffected: 1800 });
    expect(checkout.data.summary).toBe('A config push removed the upstream pool for the checkout API, so every request through the gateway failed with a 502.');
    expect(checkout.data.actionItems.map((a: { title: string }) => a.title)).toEqual(['Add a canary stage to config pushes (Platform team)', 'Alert on 5xx rate per upstream pool', 'Make the deploy tool independent of the gateway']);
    expect(checkout.data.services).toEqual(['checkout-api', 'payments-api']);
    // The second paragraph of a cell, a quoted word, the link, the owner: all in the draft.
    expectKept(checkout.result.draft, ['The rollback took longer than it should have because the deploy tool was also down.', 'contained a dot ("checkout.v2")', 'https://wiki.example.org/postmortems/inc-101', 'Owner: Platform team', 'Start time (UTC): 3/14/2024 9:05 AM']);
    // A start late in the evening, resolved the next day; P3 is SEV-3.
    expect(search.data.times).toMatchObject({ started: '2024-03-25T23:30:00Z', resolved: '2024-03-26T14:15:00Z' });
    expect(search.data.severity).toBe('SEV-3');
    // An empty start cell: nothing invented, the day from the Date column.
    expect(emails.data.times.started).toBeUndefined();
    expect(emails.result.fileName.startsWith('2024-04-02-')).toBe(true);
    for (const draft of drafts) expect(findLostSentences(draft.source, 'text', draft.result.draft)).toEqual([]);
  });

  test('European Excel: BOM, `;`, dotted dates read day first (and said so), CRLF inside a cell', async () => {
    const { content, drafts } = await importIncidents('incidents-eu.csv');
    expect(content.exportKind).toBe('CSV incident log (separated by ;)');
    expect(content.notesBefore.some((note) => /read day first \(the sheet is separated by ;/.test(note))).toBe(true);
    expect(drafts.map((d) => d.label)).toEqual(['#17', '#18']);
    const [vpn, payroll] = drafts;
    expect(vpn.errors).toEqual([]);
    expect(vpn.data.title).toBe('VPN gateway down in Frankfurt');
    expect(vpn.data.times).toEqual({ started: '2024-03-05T08:10:00Z', resolved: '2024-03-05T09:40:00Z' });
    expect(vpn.data.severity).toBe('SEV-1');
    // No zone in the sheet: the draft says its times were read as UTC.
    expect(vpn.result.draft).toMatch(/# Times without a zone of their own were read as UTC/);
    expectKept(vpn.result.draft, ['about 2,5 hours of remote work were lost across teams.', 'The vendor confirmed the bug; staff used the Amsterdam gateway meanwhile.', 'Firmware 4.2 reset the certificate store']);
    expect(payroll.data.times).toEqual({ started: '2024-03-06T17:00:00Z', resolved: '2024-03-07T10:15:00Z' });
  });

  test('a TSV log with ISO instants and a timeline column', async () => {
    const { drafts } = await importIncidents('incident-log.tsv');
    const [dns] = drafts;
    expect(dns.errors).toEqual([]);
    expect(dns.label).toBe('#7');
    expect(dns.data.times).toMatchObject({ started: '2024-06-01T13:05:00Z', resolved: '2024-06-01T13:50:00Z' });
    expect(dns.result.timelineRows).toBe(1);
  });

  test('Jira\'s CSV export: issue key, repeated Component/s and Labels, dated comments as the timeline, Created as the start', async () => {
    const { content, drafts } = await importIncidents('jira-issues.csv');
    expect(content.exportKind).toBe('Jira issues CSV export');
    const [cache] = drafts;
    expect(cache.label).toBe('#OPS-198');
    expect(cache.errors).toEqual([]);
    expect(cache.data.title).toBe('Cache cluster evicted all sessions');
    // Created 21:14 is before the first comment (21:30): the start.
    expect(cache.data.times).toMatchObject({ started: '2024-01-12T21:14:00Z', resolved: '2024-01-12T23:00:00Z' });
    expect(cache.result.timelineRows).toBe(2);
    expectKept(cache.result.draft, ['About 52,000 sessions were lost.', 'Identified: the new limit evicted every key on restart.', 'Memory limit lowered in the cluster config without a review.', 'Component/s: sessions; cache']);
  });
});

describe('issue trackers\' JSON exports', () => {
  test('GitHub issues as `gh issue list --json` writes them: Upptime\'s issue and a team\'s incident ticket, comments as the timeline', async () => {
    const { content, drafts } = await importIncidents('github-issues.json');
    expect(content.exportKind).toBe('GitHub issues export');
    expect(drafts.map((d) => d.label)).toEqual(['#412', '#415']);
    for (const draft of drafts) expect(draft.errors).toEqual([]);
    const [docs, webhooks] = drafts;
    // Upptime's status mark opening the title is taken off (import round 38: a pictograph names nothing that broke).
    expect(docs.data.title).toBe('Docs site is down');
    // A summary is shown on list pages: the link and the bold of Upptime's body are plain there (the body keeps them).
    expect(docs.data.summary).toBe('In 3f9c2ab, Docs site (https://docs.example.org) was down: HTTP code: 503; Response time: 10012 ms');
    expect(docs.body).toContain('In [`3f9c2ab`](https://github.com/example-org/status/commit/');
    // Opened when the monitor found it down, closed when it was back up.
    expect(docs.data.times).toMatchObject({ started: '2024-05-09T06:41:27Z' });
    expect(docs.data.times.resolved).toBe('2024-05-09T07:18:00Z');
    expectKept(docs.result.draft, ['HTTP code: 503', 'The origin\'s disk is full after a failed log rotation; clearing old logs now.', '(comment by @oncall-docs)', 'labels: status, docs-site']);
    expect(webhooks.data.severity).toBe('SEV-2');
    expect(webhooks.data.impact.usersAffected).toBe(240);
    expect(webhooks.data.times).toMatchObject({ started: '2024-05-20T14:03:00Z', mitigated: '2024-05-20T15:32:00Z', resolved: '2024-05-20T16:05:00Z' });
    expect(webhooks.data.actionItems).toHaveLength(2);
    expectKept(webhooks.result.draft, ['Postmortem to follow in this issue.']);
    for (const draft of drafts) expect(findLostSentences(draft.source, 'text', draft.result.draft)).toEqual([]);
  });

  test('a GitHub label that states a severity or priority is read as one; other labels are not', () => {
    const issue = (labels: string[]) => ({ number: 1, title: 'X', body: 'Y', createdAt: '2024-01-01T10:00:00Z', labels: labels.map((name) => ({ name })) });
    const severityOf = (labels: string[]) => /^severity: (.*)$/m.exec(readIssueExport([issue(labels)])!.reports[0].text)?.[1];
    expect(severityOf(['incident', 'sev-2'])).toBe('sev-2');
    expect(severityOf(['severity: high'])).toBe('high');
    expect(severityOf(['priority/P1'])).toBeUndefined();
    expect(severityOf(['P1'])).toBe('P1');
    expect(severityOf(['several-users', 'status'])).toBeUndefined();
  });

  test('pages written one after another by `gh api --paginate`, and JSON Lines, are one export', async () => {
    const issue = (n: number) => ({ number: n, title: `Outage ${n}`, body: `Body ${n}.`, created_at: `2024-01-0${n}T10:00:00Z` });
    expect(parsedJson(`${JSON.stringify([issue(1), issue(2)])}\n${JSON.stringify([issue(3)])}\n`)).toEqual([issue(1), issue(2), issue(3)]);
    expect(parsedJson(`${JSON.stringify(issue(1))}\n${JSON.stringify(issue(2))}\n`)).toEqual([issue(1), issue(2)]);
    expect(parsedJson('{"a": 1} trailing')).toBeUndefined();
    const bytes = new TextEncoder().encode(`${JSON.stringify([issue(1)])}${JSON.stringify([issue(2)])}`);
    const content = await readReportContent('paged.json', bytes);
    expect(content.parts?.map((p) => p.label)).toEqual(['#1', '#2']);
  });

  test('GitHub\'s REST API: pull requests left out (noted), a comment count says how to export the comments', async () => {
    const { content, drafts } = await importIncidents('github-issues-rest.json');
    expect(drafts.map((d) => d.label)).toEqual(['#88']);
    expect(content.notesBefore).toContain('1 pull request(s) in the export not imported: not incidents');
    expect(drafts[0].data.times).toEqual({ started: '2023-11-02T22:15:40Z', resolved: '2023-11-02T22:31:12Z' });
    expect(drafts[0].body).toMatch(/The issue has 2 comment\(s\), which this export does not hold: export with `gh issue list --state all --json number,/);
  });

  test('Jira\'s REST API: Atlassian documents and wiki markup, custom fields by their names, comments as the timeline', async () => {
    const { content, drafts } = await importIncidents('jira-issues.json');
    expect(content.exportKind).toBe('Jira issues export');
    expect(drafts.map((d) => d.label)).toEqual(['#OPS-231', '#OPS-240']);
    for (const draft of drafts) expect(draft.errors).toEqual([]);
    const [ledger, backup] = drafts;
    expect(ledger.data.severity).toBe('SEV-1');
    // Created 03:17:45 +0100 is 02:17:45 UTC; resolutiondate 05:02:10 +0100.
    expect(ledger.data.times).toMatchObject({ started: '2024-02-11T02:17:45Z', resolved: '2024-02-11T04:02:10Z' });
    expect(ledger.data.impact.description).toBe('Card payments were accepted but not booked; 3,100 payments were booked late.');
    expect(ledger.data.actionItems.map((a: { title: string }) => a.title)).toEqual(['Make the ledger reconnect on failover', 'Page the database team on failover events']);
    expect(ledger.body).toMatch(/## Root cause\n\nThe connection pool cached the old primary's address/);
    expect(ledger.result.timelineRows).toBe(2);
    expect(ledger.body).toContain('https://example.atlassian.net/browse/OPS-231');
    // Wiki markup: h2. headings and {code} blocks in Markdown, the words unchanged.
    expect(backup.body).toMatch(/### Actions\n- Generate the list at run time/);
    expect(backup.body).toContain('```\nbackup --all --exclude none\n```');
    expect(backup.data.actionItems).toHaveLength(2);
    for (const draft of drafts) expect(findLostSentences(draft.source, 'text', draft.result.draft)).toEqual([]);
  });

  test('other JSON is still no report, and the refusal names the exports read', async () => {
    const file = join(root, 'test/fixtures/import/status-exports/not-an-export.json');
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(/GitHub issues \(gh issue list --json or the REST API\), Jira issues \(REST API\)/);
  });
});

// The measure of round 7: no sentence of a row's cells, or of an issue's texts, is missing from its draft.
describe('every text of every incident is in its draft', () => {
  test.each(['incident-log.csv', 'incidents-eu.csv', 'incident-log.tsv', 'jira-issues.csv', 'pagerduty-incidents.csv', 'github-issues.json', 'github-issues-rest.json', 'jira-issues.json'])('%s', async (name) => {
    const { drafts } = await importIncidents(name);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(draft.source.length).toBeGreaterThan(0);
      expect(findLostSentences(draft.source, 'text', draft.result.draft)).toEqual([]);
    }
  });
});
