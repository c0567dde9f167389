import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { NotAReportError, readReportContent } from '../../src/lib/import/report-content.ts';
import { readStatusExport } from '../../src/lib/import/status-exports.ts';
import { mayBeReportFile, mayBeStatusExportFile } from '../../src/lib/import/report-files.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/status-exports');

/** Each incident of an export, imported as npm run import does: one draft per incident. */
async function importExport(name: string) {
  const file = join(fixtures, name);
  const content = await readReportContent(file, readFileSync(file));
  return {
    content,
    drafts: (content.parts ?? []).map((part) => {
      const result = importReport(`status-exports/${name}${part.label}`, part.text, { vocabulary, today: '2026-12-01', exportKind: content.exportKind, exportStartField: content.exportStartField });
      const id = result.fileName.replace(/\.mdx$/, '');
      const check = validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
      return { label: part.label, result, data: parseYaml(splitFrontmatter(result.draft).yaml), body: splitFrontmatter(result.draft).body, errors: check.findings.filter((f) => f.severity === 'error') };
    }),
  };
}

/** Every text of the export (not ids, times or flags) must be somewhere in the draft: nothing lost on the way. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// Shapes of the status page exports of the sixth round (Google Cloud's incidents.json and AWS's
// Service Health Dashboard archive, kept by moritalous/cloud-status-history; Atlassian
// Statuspage's API as its documentation and pages built on it show it). Before, a .json file was
// passed over as data: none of their incidents became a draft.
describe('status page exports (JSON): one draft per incident', () => {
  test('a .json file in a folder is looked at, except a package\'s own; it is not a report file otherwise', () => {
    expect(mayBeReportFile('history/incidents.json')).toBe(false);
    expect(mayBeStatusExportFile('history/incidents.json')).toBe(true);
    expect(mayBeStatusExportFile('app/package.json')).toBe(false);
    expect(mayBeStatusExportFile('node_modules/x/data.json')).toBe(false);
    expect(mayBeStatusExportFile('.cache/incidents.json')).toBe(false);
  });

  test('JSON that is not a status export is not a report: refused with what is read', async () => {
    const file = join(fixtures, 'not-an-export.json');
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(NotAReportError);
    await expect(readReportContent(file, readFileSync(file))).rejects.toThrow(/Statuspage incidents\.json, Google Cloud incidents\.json, AWS Service Health Dashboard archive/);
  });

  test('Statuspage incidents.json: title, times, severity suggested from its impact, updates as the timeline, postmortem kept', async () => {
    const { content, drafts } = await importExport('statuspage-incidents.json');
    expect(drafts.map((d) => d.label)).toEqual(['#k9x2mq7rtw1z', '#b7v5nq2pl0aa']);
    expect(content.notesBefore).toContain('1 scheduled maintenance(s) in the export not imported: planned work, not incidents');
    const [card, payouts] = drafts;
    expect(card.errors).toEqual([]);
    expect(card.result.fileName).toBe('2025-03-04-card-payments-declined-in-the-eu-region.mdx');
    expect(card.data.title).toBe('Card payments declined in the EU region');
    // The published postmortem says what happened; its first paragraph is the summary.
    expect(card.data.summary).toBe('A certificate on the card network gateway expired at 08:58 CET. Payments with EU cards were declined until a renewed certificate was installed.');
    expect(card.data.severity).toBe('SEV-2');
    expect(card.result.inferred.join('\n')).toMatch(/severity/);
    // The incident began (08:58 CET) before its first update was posted (09:12 CET).
    expect(card.data.times.started).toBe('2025-03-04T07:58:00Z');
    expect(card.data.times.mitigated).toBe('2025-03-04T09:05:00Z');
    expect(card.data.times.resolved).toBe('2025-03-04T09:40:00Z');
    expect(card.data.timeline.map((row: { at: string; kind: string }) => [row.at, row.kind])).toEqual([
      ['2025-03-04T08:12:00Z', 'detection'],
      ['2025-03-04T09:05:00Z', 'mitigation'],
      ['2025-03-04T09:40:00Z', 'resolution'],
    ]);
    const source = JSON.parse(readFileSync(join(fixtures, 'statuspage-incidents.json'), 'utf8'));
    const kept = collapse(card.result.draft);
    for (const update of source.incidents[0].incident_updates) expect(kept).toContain(collapse(update.body));
    expect(kept).toContain('We now renew gateway certificates thirty days before they expire.');
    expect(card.body).toContain('Card payments: Operational → Partial outage');
    expect(card.body).toContain('Lumen Pay');
    // "none" is Statuspage's impact for an incident that affected nothing: no severity from it.
    expect(payouts.errors).toEqual([]);
    expect(payouts.data.severity).toBeUndefined();
    // Statuspage's impact is a word ("none", "major"): a severity, never the impact's description.
    // The description is the first update's sentence on what customers saw (round 16), when it names one.
    expect(payouts.data.impact).toBeUndefined();
    expect(card.data.impact).toEqual({ description: 'Some card payments from EU customers are being declined.' });
    expect(payouts.data.summary).toBe('Payout reports for yesterday are late because the nightly export job stalled. We have restarted it.');
    expect(payouts.data.times.started).toBe('2025-02-11T16:20:00Z');
  });

  test('Google Cloud incidents.json: begin as the start, a repeated update kept once, a zero-width space out of the title', async () => {
    const { drafts } = await importExport('cloud-status-incidents.json');
    expect(drafts).toHaveLength(1);
    const [upload] = drafts;
    // Before: the repeated update was a timeline row twice (schema/consistency error) and the
    // U+200B in the title stopped npm run check (file/encoding).
    expect(upload.errors).toEqual([]);
    expect(upload.data.title).toBe('Object uploads failing in europe-north2');
    expect(upload.result.notes.join('\n')).toMatch(/1 timeline row\(s\) written twice/);
    expect(upload.result.notes.join('\n')).toMatch(/zero-width/);
    expect(upload.data.timeline).toHaveLength(3);
    expect(upload.data.summary).toBe('Uploads return HTTP 503 for some buckets.');
    // Google's "Diagnosis:" is what customers saw.
    expect(upload.data.impact.description).toBe('Uploads return HTTP 503 for some buckets.');
    expect(upload.data.severity).toBe('SEV-3');
    expect(upload.data.times.started).toBe('2024-10-08T06:41:00Z');
    // "Workaround: None at this time." and "no ETA for mitigation" are not a mitigation; the rollback is.
    expect(upload.data.times.mitigated).toBe('2024-10-08T07:58:00Z');
    expect(upload.data.times.resolved).toBe('2024-10-08T09:02:00Z');
    expect(upload.body).toContain('(Affected locations: Oslo (europe-north2), Stockholm (europe-north3))');
    expect(upload.body).toContain('Object Storage');
    expect(upload.body).toMatch(/The fields of the Google Cloud status incidents export for this incident/);
  });

  test('Google Cloud incidents.json: begin is the start though the mini incident report quotes an "Incident Start" line; the draft says whose field it is', async () => {
    const { drafts } = await importExport('cloud-status-mini-report.json');
    const [queue] = drafts;
    expect(queue.errors).toEqual([]);
    // Before: the report's "**Incident Start:** 14 March 2023 08:05" (Pacific time) line kept
    // Google's begin out, and the start was the first update's minute, 15:48.
    expect(queue.data.times.started).toBe('2023-03-14T15:05:00Z');
    expect(queue.data.timeline[0].at).toBe('2023-03-14T15:48:00Z');
    expect(queue.data.times.resolved).toBe('2023-03-14T17:20:00Z');
    expect(splitFrontmatter(queue.result.draft).yaml).toContain("times:\n  # started: the incident's own start, the Google Cloud status incidents export's `begin` (its first update was posted at 2023-03-14T15:48:00Z)\n  started: 2023-03-14T15:05:00Z");
    expect(queue.body).toContain('**Incident Start:** 14 March 2023 08:05');
  });

  test('AWS Service Health Dashboard archive: updates written "3:11 PM PDT" on the day the event was posted, in Pacific time', async () => {
    const { drafts } = await importExport('health-dashboard-archive.json');
    expect(drafts).toHaveLength(1);
    const [queue] = drafts;
    expect(queue.errors).toEqual([]);
    expect(queue.data.title).toBe('Increased message delivery latency (Queue Service (Oregon))');
    expect(queue.result.fileName.startsWith('2024-06-13-')).toBe(true);
    expect(queue.data.timeline.map((row: { at: string }) => row.at)).toEqual(['2024-06-13T22:11:00Z', '2024-06-14T06:48:00Z']);
    expect(queue.data.times.resolved).toBe('2024-06-14T06:48:00Z');
    expect(collapse(queue.result.draft)).toContain('The issue has been resolved & the service is operating normally.');
    expect(queue.body).toContain('[RESOLVED] Increased message delivery latency');
  });

  test('AWS Service Health Dashboard archive: the status code suggests a severity (1 informational → SEV-4, 2 degradation → SEV-3, 3 disruption → SEV-2); another code is named, not mapped', async () => {
    const { drafts } = await importExport('health-dashboard-status-codes.json');
    expect(drafts.map((draft) => draft.errors)).toEqual([[], [], [], []]);
    const [informational, degradation, disruption, unknown] = drafts;
    expect([informational, degradation, disruption].map((draft) => draft.data.severity)).toEqual(['SEV-4', 'SEV-3', 'SEV-2']);
    // A number (3) as well as a string ("3"), as the dashboard wrote either.
    expect(disruption.result.inferred.join('\n')).toContain('suggested severity SEV-2: the status code 3 of the AWS Service Health Dashboard is a service disruption');
    expect(degradation.result.inferred.join('\n')).toContain('the status code 2 of the AWS Service Health Dashboard is a service degradation');
    expect(degradation.body).toContain('(status code 2)');
    expect(unknown.result.inferred.join('\n')).not.toMatch(/suggested severity/);
    expect([...unknown.result.notes, ...unknown.result.inferred].join('\n')).toContain('"AWS status 7", which has no SEV level');
  });

  test('a title of several lines or over 150 characters is cut to its first line and clause; the body keeps it whole', () => {
    const long = 'Customers in several regions may see elevated error rates when creating new object storage buckets or updating bucket policies, and some requests may time out\nwhile our engineers investigate the cause of the elevated error rates.';
    const result = importReport('status-exports/long-title.json#1', `---\ntitle: ${JSON.stringify(long)}\nstarted_at: 2024-02-01T10:00:00Z\n---\n\nWe are investigating.\n`, { vocabulary, today: '2026-12-01' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml);
    expect(data.title).toBe('Customers in several regions may see elevated error rates');
    expect(result.inferred.join('\n')).toContain(`shortened from ${long.length} characters on several lines`);
    const id = result.fileName.replace(/\.mdx$/, '');
    expect(validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const line of long.split('\n')) expect(result.draft).toContain(line);
  });

  test('a workaround that is none, or no ETA for mitigation, says no mitigation; a workaround given does', () => {
    expect(inferTimelineKind('Diagnosis: uploads fail. Workaround: None at this time.')).not.toBe('mitigation');
    expect(inferTimelineKind('We do not have an ETA for mitigation at this point.')).not.toBe('mitigation');
    expect(inferTimelineKind('There is no known workaround.')).not.toBe('mitigation');
    expect(inferTimelineKind('Workaround: retry the upload with a smaller part size.')).toBe('mitigation');
    expect(inferTimelineKind('Mitigation work is underway.')).toBe('mitigation');
  });
});

// Modelled on DatoCMS's status page (datocms/status-website, data/incidents/*.json, 72 incidents):
// one JSON file per incident, `{ impact, name, updates: [{ date, status, content }] }`. Before,
// each file was passed over as data ("no report found", the import exiting 1): no draft at all.
describe('a status page\'s incident kept as a JSON file of its own', () => {
  test('the name is the title, the updates the timeline with their states, the first update the start, the first resolved one the end', async () => {
    const { content, drafts } = await importExport('status-site-incident.json');
    expect(content.exportKind).toBe('status page incident (JSON)');
    expect(drafts).toHaveLength(1);
    const [{ label, result, data, body, errors }] = drafts;
    // One incident in the file: the file is its name, with no "#id" after it.
    expect(label).toBe('');
    expect(errors).toEqual([]);
    expect(data.title).toBe('Image uploads failing for some projects');
    expect(result.fileName).toBe('2024-10-03-image-uploads-failing-for-some-projects.mdx');
    expect(data.severity).toBe('SEV-3');
    expect(data.summary).toBe('Some uploads of images return an error. We are looking at it.');
    // The follow-up posted a week later is not the end of the incident.
    expect(data.times).toEqual({ started: '2024-10-03T09:14:00Z', mitigated: '2024-10-03T10:02:00Z', resolved: '2024-10-03T10:35:00Z' });
    expect(data.timeline.map((row: { kind: string }) => row.kind)).toEqual(['detection', 'other', 'mitigation', 'resolution', 'other']);
    expect(data.timeline[4].event).toMatch(/^Follow-up - We published a write-up/);
    expect(body).toContain('*Identified* - The cause is the storage bucket\'s new lifecycle rule, which rejects uploads bigger than 10 MB.');
    // Every update's words are in the draft, the second paragraph of the first included.
    expect(collapse(body)).toContain('No published images are affected.');
  });

  test('JSON with updates but no name, or updates without a time or words, is still data', () => {
    expect(readStatusExport(JSON.stringify({ updates: [{ date: '2024-10-03T09:14:22Z', status: 'investigating', content: 'Looking.' }] }))).toBeUndefined();
    expect(readStatusExport(JSON.stringify({ name: 'Outage', updates: [{ status: 'investigating', content: 'Looking.' }] }))).toBeUndefined();
    expect(readStatusExport(JSON.stringify({ name: 'Outage', updates: [{ date: '2024-10-03T09:14:22Z', status: 'investigating' }] }))).toBeUndefined();
    expect(readStatusExport(JSON.stringify({ name: 'Outage', updates: [] }))).toBeUndefined();
  });
});

// Modelled on Google Cloud's incidents.json (moritalous/cloud-status-history): 28 of 157 first
// updates say "Diagnosis: None at this time.", which became the draft's summary and impact.
describe('Google Cloud: a diagnosis of "None at this time." is none', () => {
  test('the summary is the description, and no impact is taken from it', async () => {
    const { drafts } = await importExport('cloud-status-nothing-diagnosed.json');
    const [{ data, body, errors }] = drafts;
    expect(errors).toEqual([]);
    expect(data.summary).toBe('We are experiencing an issue with Cloud Queue in europe-west9: publishing messages fails for some projects.');
    expect(data.impact).toBeUndefined();
    // The body keeps the update's words, labels and all; its one-line row leaves out the labels that say nothing.
    expect(data.timeline[0].event).not.toContain('None at this time');
    expect(data.timeline[0].event).toContain('Description: We are experiencing an issue with Cloud Queue');
    expect(body).toContain('Diagnosis: None at this time.');
  });

  test('a row leaves out "Diagnosis: None at this time." and "Workaround: N/A", keeps a diagnosis that says something', async () => {
    const { drafts } = await importExport('cloud-status-boilerplate-rows.json');
    const [{ data, body, errors }] = drafts;
    expect(errors).toEqual([]);
    expect(data.timeline.map((row: { event: string }) => row.event).slice(0, 2)).toEqual([
      'Summary: Cloud Builder jobs stuck in queue in us-east7 Description: We are investigating builds that stay queued without starting in us-east7. We will provide an update by Tuesday, 2024-02-20 06:30 US/Pacific.',
      'Summary: Cloud Builder jobs stuck in queue in us-east7 Description: A scheduler change was rolled back; queued builds are starting again. Diagnosis: Builds submitted after 05:05 US/Pacific wait in the queue and never start.',
    ]);
    // "Summary: … Description: We are investigating …", the first update, is the detection (round 13).
    expect(data.timeline.map((row: { kind: string }) => row.kind)).toEqual(['detection', 'mitigation', 'resolution']);
    // Every line is still in the body, each on its own.
    expect(body).toMatch(/Diagnosis: None at this time\.\n\s+Workaround: None at this time\./);
    expect(body).toMatch(/Workaround: N\/A/);
  });

  test('words written after the boilerplate, on the same line, are the diagnosis', () => {
    const incident = { id: 'x1', begin: '2023-05-16T07:20:00+00:00', end: '2023-05-16T09:05:00+00:00', external_desc: 'Proxy connections failing', updates: [
      { when: '2023-05-16T07:48:31+00:00', text: 'Summary: Proxy connections failing\nDescription: We are experiencing an issue with Cloud Proxy.\nDiagnosis: None at this time.Clients cannot connect through the proxy.\nWorkaround: None at this time.' },
    ] };
    const [report] = readStatusExport(JSON.stringify([incident]))!.reports;
    expect(report.text).toContain('summary: Clients cannot connect through the proxy.');
    expect(report.text).toContain('customer_impact: Clients cannot connect through the proxy.');
  });
});

// Modelled on GitHub's status history of 2010-2018 (GitHub-Incident-History): its messages open
// "We're investigating …" with no state label, so 31 drafts had no `times.detected` once
// "continuing to monitor" (work under way) stopped counting as one in round 10.
// Since session 31 (import round 31) the first message is the start, and a detection at its own
// minute that names none (an alert, who noticed) is left to fill: the rows keep their kind.
describe('an update that opens "We\'re investigating" is the detection', () => {
  test('the first message is the detection, "continuing to investigate" is not, and the fix is the mitigation', async () => {
    const { drafts } = await importExport('statuspage-unlabelled-messages.json');
    const [{ data, errors }] = drafts;
    expect(errors).toEqual([]);
    expect(data.timeline.map((row: { kind: string }) => row.kind)).toEqual(['detection', 'other', 'mitigation', 'resolution']);
    expect(data.times).toEqual({ started: '2015-06-09T18:21:00Z', mitigated: '2015-06-09T19:12:00Z', resolved: '2015-06-09T20:02:00Z' });
  });

  test('the wording alone: who investigates, a status page\'s "Update" label, and what stays as it was', () => {
    expect(inferTimelineKind('We\'re investigating elevated error rates on the API.')).toBe('detection');
    expect(inferTimelineKind('We’re currently investigating reports of failed logins.')).toBe('detection');
    expect(inferTimelineKind('We are looking into slow builds.')).toBe('detection');
    expect(inferTimelineKind('Our engineering team is investigating delayed notifications.')).toBe('detection');
    expect(inferTimelineKind('Update - We are investigating increased failure rates for pushes.')).toBe('detection');
    expect(inferTimelineKind('We\'re currently experiencing degraded search performance.')).toBe('detection');
    // The apostrophe left out (GitHub's messages of 2013 have "Were currently experiencing …").
    expect(inferTimelineKind('Were currently experiencing delays in webhook delivery.')).toBe('detection');
    expect(inferTimelineKind('Were investigating failed logins on the API.')).toBe('detection');
    expect(inferTimelineKind('We‘re looking into slow clones.')).toBe('detection');
    // Not the first word of it: work going on, or a later update.
    expect(inferTimelineKind('We are continuing to investigate the slow builds.')).toBe('other');
    expect(inferTimelineKind('We are still investigating the slow builds.')).toBe('other');
    // Words later in the update that say what was done or restored keep their kind.
    expect(inferTimelineKind('We are investigating cluster reboots; the affected nodes were restarted.')).toBe('mitigation');
    expect(inferTimelineKind('We are investigating an issue with search. The issue has been resolved.')).toBe('resolution');
    // Investigating in the middle of a sentence is no opening.
    expect(inferTimelineKind('The database team was investigating a slow query.')).toBe('other');
  });
});

describe('an update opening "We\'re investigating" after a mitigation is not the detection', () => {
  test('a second problem looked into a day into the incident does not become its detection, nor move its mitigation', async () => {
    const { drafts } = await importExport('statuspage-second-problem.json');
    const [{ data, errors }] = drafts;
    expect(errors).toEqual([]);
    // The rows keep their kind: the later update is a detection of the second problem.
    expect(data.timeline.map((row: { kind: string }) => row.kind)).toEqual(['other', 'mitigation', 'detection', 'resolution']);
    expect(data.times).toEqual({ started: '2014-03-02T21:47:00Z', mitigated: '2014-03-02T21:53:00Z', resolved: '2014-03-03T16:40:00Z' });
  });
});
