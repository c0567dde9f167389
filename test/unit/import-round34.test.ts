import { describe, expect, test } from 'vitest';
import { runImportCommand } from '../support/run-import.ts';
import { join, resolve } from 'node:path';
import { isDocumentHeader, namesDocumentKind, titleUnderDocumentHeader } from '../../src/lib/import/document-kind.ts';
import { metadataIncidentDay } from '../../src/lib/import/metadata-incident-day.ts';
import { docusaurusAdmonitionsAsQuotes } from '../../src/lib/import/admonitions.ts';
import { readGatusAnnouncements } from '../../src/lib/import/gatus-announcements.ts';
import { readCachetIncidents } from '../../src/lib/import/cachet-incidents.ts';
import { leadingNormalRows, saysOnlyNormalOperation } from '../../src/lib/import/normal-operation-rows.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';

// Round 34 (docs/import.md): a header line over the report's title, a start in the metadata beats a
// post's `date`, tags naming the document's kind, Docusaurus admonitions, Gatus announcements.
// Fixtures written anew (invented organisations), modelled on the shapes found.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import-round34');
const runImport = (args: string[]) => runImportCommand(args, 'import-round34-');

describe('a header line naming the organisation and the kind of document', () => {
  test('is no title: the heading under it is', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'header-title')]);
    expect(drafts).toEqual(['2026-02-09-relay-fork-after-a-rolling-upgrade-of-the-indexer.mdx']);
    const draft = text(drafts[0]);
    expect(draft).toMatch(/^title: Relay Fork After a Rolling Upgrade of the Indexer$/m);
    // The header's words stay in the body.
    expect(draft).toContain('Saltmarsh Nodes · Technical Incident Report');
    expect(log).toContain('title from the heading under its header line');
    // The first row says only that the relay worked: the incident starts at the next one.
    expect(draft).toMatch(/^ {2}started: 2026-02-09T13:02:00Z$/m);
    expect(draft).toMatch(/- at: 2026-02-09T12:55:00Z/);
    expect(log).toMatch(/1 timeline row\(s\) at the start say only that all was normal/);
    // "accepts a block from the minority fork": a chain's block, no mitigation.
    expect(draft).not.toMatch(/^ {2}mitigated:/m);
  });

  test('the kind comes last, after a few words of a name', () => {
    expect(isDocumentHeader('🛰️ Cumulo . Technical Incident Report')).toBe(true);
    expect(isDocumentHeader('Saltmarsh Nodes · Incident Report')).toBe(true);
    expect(isDocumentHeader('Technical Incident Report')).toBe(true);
    expect(isDocumentHeader('Acme | Post-mortem')).toBe(true);
    expect(isDocumentHeader('Incident report: Queue outage')).toBe(false);
    expect(isDocumentHeader('Queue outage on the billing cluster after a failed deploy - Incident report')).toBe(false);
    expect(isDocumentHeader('Consensus failure during an upgrade')).toBe(false);
  });

  test('a header over a section, or over a heading of fewer than three words, gives no title', () => {
    const heading = (depth: number, text: string) => ({ type: 'heading', depth, text });
    const words = (node: { text: string }) => node.text;
    const notSection = (text: string) => !/^(summary|timeline)$/i.test(text);
    expect(titleUnderDocumentHeader([heading(1, 'Acme . Incident Report'), heading(2, 'Summary')], words, notSection)).toBeUndefined();
    expect(titleUnderDocumentHeader([heading(1, 'Acme . Incident Report'), heading(2, 'Queue down')], words, notSection)).toBeUndefined();
    expect(titleUnderDocumentHeader([heading(1, 'Queue stalled after deploy'), heading(2, 'What happened next here')], words, notSection)).toBeUndefined();
    expect(titleUnderDocumentHeader([heading(1, 'Acme . Incident Report'), heading(2, '1. Queue stalled after a deploy.')], words, notSection)).toEqual({ title: 'Queue stalled after a deploy', header: 'Acme . Incident Report' });
  });
});

describe('a post\'s metadata', () => {
  test('a start stated as an instant dates the incident, not the day it was posted', () => {
    expect(metadataIncidentDay({ date: '2026-05-04T10:00:00+02:00', started_at: '2026-05-02T14:05:00+02:00' })).toEqual({ value: '2026-05-02T14:05:00+02:00', key: 'started_at' });
    expect(metadataIncidentDay({ date: '2026-05-04' })).toEqual({ value: '2026-05-04', key: 'date' });
    expect(metadataIncidentDay({})).toBeUndefined();
  });

  test('a Hugo post with TOML front matter: rows on the start\'s day, detection and resolution kept', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'hugo-toml')]);
    expect(drafts).toEqual(['2026-05-02-queue-backlog-delayed-notifications.mdx']);
    const draft = text(drafts[0]);
    expect(draft).toMatch(/^ {2}detected: 2026-05-02T12:18:00Z$/m);
    expect(draft).toMatch(/^ {2}resolved: 2026-05-02T12:51:00Z$/m);
    // The day it was posted is in the imported metadata only, not in the draft's fields.
    expect(draft.split('\n---\n')[0]).not.toMatch(/2026-05-04/);
    // The author is a person: in no field, kept in the imported metadata.
    expect(draft).not.toMatch(/^(?:owner|commander|reviewers):.*Ines/m);
    expect(log).not.toMatch(/times\.resolved left out/);
  });

  test('a tag naming the kind of document matches only a tag of that name', () => {
    expect(namesDocumentKind('postmortem')).toBe(true);
    expect(namesDocumentKind('incident-report')).toBe(true);
    expect(namesDocumentKind('incident')).toBe(true);
    expect(namesDocumentKind('ledger')).toBe(false);
    expect(namesDocumentKind('postgres')).toBe(false);
  });
});

describe('a Docusaurus blog post', () => {
  test('admonitions are quotes with their kind and title; the truncate marker is a comment; the authors in no field', () => {
    const { drafts, text } = runImport([join(fixtures, 'docusaurus-blog')]);
    expect(drafts).toEqual(['2026-03-18-ledger-sync-stalled-for-two-hours.mdx']);
    const draft = text(drafts[0]);
    expect(draft).toContain('> **Warning**\n>\n> Balances shown between 09:12 and 11:20 UTC were stale. No entry was lost.');
    expect(draft).toContain('> **Tip: What went well**\n>\n> The rollback was one command.');
    expect(draft).not.toMatch(/^:::/m);
    expect(draft).toContain('{/* truncate */}');
    // "postmortem" is no tag of the vocabulary's: not the closest one (postgres).
    expect(draft).not.toMatch(/^ {2}- postgres$/m);
    expect(draft.split('<Internal>')[0]).not.toMatch(/mira|tobias/i);
  });

  test('only the kinds Docusaurus knows, outside code, nested by their colons', () => {
    const source = ['::::danger[Data at risk]', 'Outer.', '', ':::note', 'Inner.', ':::', '::::', '', '```', ':::warning', '```', '', '::: update Resolved | 2021-05-03T22:51:55Z', ':::'].join('\n');
    const { markdown, count } = docusaurusAdmonitionsAsQuotes(source);
    expect(count).toBe(2);
    expect(markdown).toBe(['> **Danger: Data at risk**', '>', '> Outer.', '>', '> > **Note**', '> >', '> > Inner.', '', '```', ':::warning', '```', '', '::: update Resolved | 2021-05-03T22:51:55Z', ':::'].join('\n'));
  });
});

describe('a Gatus status page\'s configuration', () => {
  test('each outage or warning announcement is an incident, ended by the operational one after it', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'gatus')]);
    expect(drafts).toEqual(['2026-06-12-journey-planner-is-returning-errors-for-most-searches.mdx']);
    const draft = text(drafts[0]);
    expect(draft).toMatch(/^ {2}started: 2026-06-12T07:55:00Z$/m);
    expect(draft).toMatch(/^ {2}resolved: 2026-06-12T08:40:00Z$/m);
    expect(log).toContain('1 `information` or `none` announcement(s) not imported');
  });

  test('a configuration of notices only is refused, saying why', () => {
    const { status, log, drafts } = runImport([join(fixtures, 'gatus-notices/config.yaml')]);
    expect(drafts).toEqual([]);
    expect(status).not.toBe(0);
    expect(log).toMatch(/gatus-notices\/config\.yaml\s+not imported: .*announcements are notices only/);
  });

  test('YAML that is no Gatus configuration is not read as one', () => {
    expect(readGatusAnnouncements('announcements:\n  - text: hello\n')).toBeUndefined();
    expect(readGatusAnnouncements('announcements:\n  - timestamp: 2026-01-01T10:00:00Z\n    type: banner\n    message: hi\n')).toBeUndefined();
    expect(readGatusAnnouncements('title: x\n')).toBeUndefined();
    const two = readGatusAnnouncements(['announcements:', '  - timestamp: 2026-01-02T10:00:00Z', '    type: warning', '    message: Slow searches.', '  - timestamp: 2026-01-01T10:00:00Z', '    type: outage', '    message: Search is down.', '  - timestamp: 2026-01-01T11:00:00Z', '    type: operational', '    message: Search is back.'].join('\n'));
    expect(two?.reports.map((report) => report.label)).toEqual(['#2', '#1']);
    expect(two?.reports[0].text).toContain('- End: 2026-01-01 11:00 UTC');
    expect(two?.reports[1].text).not.toContain('- End:');
  });
});

describe('timeline rows of a chain\'s operator', () => {
  test('rows saying only that all was normal, at the start, give no start', () => {
    expect(saysOnlyNormalOperation('Validator operating normally and producing blocks as expected.')).toBe(true);
    expect(saysOnlyNormalOperation('All services healthy.')).toBe(true);
    expect(saysOnlyNormalOperation('Validator operating normally until proposals began to fail.')).toBe(false);
    expect(saysOnlyNormalOperation('Consensus stalled.')).toBe(false);
    const rows = [{ event: 'Node running normally.' }, { event: 'Consensus stalled.' }, { event: 'All services healthy.' }];
    expect(leadingNormalRows(rows)).toEqual([rows[0]]);
    // A timeline of nothing but normal rows keeps its start.
    expect(leadingNormalRows([{ event: 'Node running normally.' }])).toEqual([]);
  });

  test('a block is a noun on a chain; blocking something is a mitigation', () => {
    expect(inferTimelineKind('The relay accepts a block from the minority fork.')).toBe('other');
    expect(inferTimelineKind('Validator processes block 1036401 under the new binary.')).toBe('other');
    expect(inferTimelineKind('We blocked the abusive crawler.')).toBe('mitigation');
    expect(inferTimelineKind('Block traffic from the attacker at the edge.')).toBe('mitigation');
    expect(inferTimelineKind('The job is blocking the deployment, the engineer kills the job.')).toBe('mitigation');
    expect(inferTimelineKind('Load across the blockchain network seems nominal.')).toBe('other');
    // What rows read as "block…" were, said in their own words.
    expect(inferTimelineKind('First remediation commit: replaced the expression in run: blocks.')).toBe('mitigation');
    expect(inferTimelineKind('Blocks started and the chain was back up again.')).toBe('resolution');
    expect(inferTimelineKind('The database was back up the next morning.')).toBe('resolution');
    expect(inferTimelineKind('We back up the database before the upgrade.')).not.toBe('resolution');
    // People back at work are no recovery (Persistence's "7:30 GST: Team is back up.").
    expect(inferTimelineKind('Team is back up. The possible solutions are:')).toBe('other');
  });
});

describe('a Cachet status page\'s API export', () => {
  test('each incident is a draft: its message the first row, its updates rows with their state, the last Fixed its end', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'cachet')]);
    expect(drafts).toEqual(['2026-04-02-map-tiles-failing-to-load.mdx']);
    const draft = text(drafts[0]);
    expect(draft).toMatch(/^ {2}started: 2026-04-02T09:14:00Z$/m);
    expect(draft).toMatch(/^ {2}resolved: 2026-04-02T10:31:00Z$/m);
    expect(draft).toContain('event: Identified - An expired certificate on the tile server is the cause.');
    expect(log).toContain('1 scheduled maintenance(s) (status 0) not imported');
  });

  test('a list of operations that is no Cachet response is not read as one', () => {
    // A validator operator's log of operations: an array of { id, date, incident_type, note }.
    expect(readCachetIncidents([{ id: 'x', date: '2026-08-22T00:00:00Z', incident_type: 'configuration', note: 'Key registered.' }])).toBeUndefined();
    expect(readCachetIncidents({ data: [{ name: 'Search down', message: 'Down.' }] })).toBeUndefined();
    const one = readCachetIncidents({ data: [{ id: 1, name: 'Search down', message: 'Search is down.', status: 1, human_status: 'Investigating', created_at: '2026-01-01 10:00:00' }] });
    expect(one?.reports[0].text).toContain('- 2026-01-01 10:00 Search is down.');
    expect(one?.reports[0].text).not.toContain('- End:');
  });
});
