import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { isFrontmatterOnly, ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { customerFacingSentence } from '../../src/lib/import/customer-impact.ts';
import { readStampedUpdates } from '../../src/lib/import/stamped-updates.ts';
import { readReportOwner } from '../../src/lib/import/report-owner.ts';
import { metadataTimes } from '../../src/lib/import/metadata-times.ts';
import { proposeVocabulary, servicesNamedByTitle } from '../../src/lib/vocabulary-proposal.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 16 (docs/import.md): round 15's leftovers (the first update's impact in Statuspage exports
// and feeds, VSC's bracketed update times, a report's owner or author, services named by the
// title) and two collections: xREL's status site (another Hugo status theme) and a status log page.
// Fixtures written anew, modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import');
const today = '2026-12-02';

async function importParts(relative: string) {
  const path = join(fixtures, relative);
  const content = await readReportContent(path, readFileSync(path));
  const parts = content.parts ?? [{ label: '', text: content.text }];
  return parts.map((part) => {
    const result = importReport(`${relative}${part.label}`, part.text, { vocabulary, today, exportKind: content.exportKind, recordTimes: content.recordTimes, exportStartField: content.exportStartField, keepPlannedWork: true });
    const { yaml, body } = splitFrontmatter(result.draft);
    return { result, data: parseYaml(yaml) as Record<string, any>, body };
  });
}

describe('a status page\'s first update says what customers saw: the impact', () => {
  test('Statuspage export: the earliest update\'s sentence naming a symptom; none for "We are currently investigating this issue."', async () => {
    const [errors, looking] = await importParts('first-update-impact/statuspage-two-incidents.json');
    expect(errors.data.impact).toEqual({ description: 'Some customers see payment errors when they place an order.' });
    expect(errors.data.summary).toBe('Some customers see payment errors when they place an order. We are looking into it.');
    expect(looking.data.impact).toBeUndefined();
    expect(looking.result.toFill.join('\n')).toMatch(/impact\.description is not filled in yet/);
  });

  test('Atom feed: the oldest update\'s sentence, not the resolution written on top', async () => {
    const [delayed] = await importParts('first-update-impact/history.atom');
    expect(delayed.data.impact).toEqual({ description: 'Users receive e-mail notifications up to an hour late.' });
  });

  test('Statuspage\'s default first update names no symptom; "this problem" and "this incident" are the team\'s words too', () => {
    expect(customerFacingSentence('We are currently investigating this issue.')).toBeUndefined();
    expect(customerFacingSentence('We are looking into this problem.')).toBeUndefined();
    expect(customerFacingSentence('We are investigating this incident.')).toBeUndefined();
    // "the problem" a report names as what happened stays a symptom: only "this issue/problem/incident" is the team's word.
    expect(customerFacingSentence('Replicas were overloaded, which made the problem worse for customers.')).toBe('Replicas were overloaded, which made the problem worse for customers.');
    expect(customerFacingSentence('We are investigating reports of degraded performance for Pages.')).toBe('We are investigating reports of degraded performance for Pages.');
  });
});

describe('services named by the title', () => {
  test('a service of services.yaml the title names is suggested, before those the text names, with why', async () => {
    const [errors] = await importParts('first-update-impact/statuspage-two-incidents.json');
    expect(errors.data.services).toEqual(['checkout-api']);
    expect(errors.result.inferred).toContain('suggested service checkout-api: named in the title');
  });

  test('fill --vocabularies proposes the service a status title names at its end, when two drafts name it', () => {
    expect(servicesNamedByTitle('Elevated errors on Actions')).toEqual(['Actions']);
    expect(servicesNamedByTitle('Incident with Git Operations, API Requests and Pages')).toEqual(['Git Operations', 'API Requests', 'Pages']);
    expect(servicesNamedByTitle('Disruption with some GitHub services')).toEqual([]);
    expect(servicesNamedByTitle('We are investigating reports of degraded performance.')).toEqual([]);
    const draft = (title: string) => ({ text: title, body: '', title, hasTrigger: true });
    const proposal = proposeVocabulary([draft('Elevated errors on Actions'), draft('Incident with Actions'), draft('Degraded performance for Codespaces'), draft('Slow pages'), draft('Login fails')], vocabulary);
    expect(proposal.services.map((s) => [s.id, s.name, s.drafts])).toEqual([['actions', 'Actions', 2]]);
    expect(proposal.services[0].from).toContain('titles');
    expect(proposal.single.services).toBe(1);
  });
});

describe('updates a status record stamps with their time in brackets', () => {
  test('bold stamps in HTML, newest on top: rows oldest first, a paragraph kept under its update, the record\'s own start and end', async () => {
    const [{ data, body, result }] = await importParts('stamped-records/hpc_20250312.yml');
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2025-03-12T13:20:00Z', '2025-03-12T15:40:00Z']);
    expect(data.times.started).toBe('2025-03-12T12:50:00Z');
    expect(data.times.resolved).toBe('2025-03-12T16:00:00Z');
    expect(data.summary).toBe('Home directories on the east cluster are read-only: jobs writing to $HOME fail with I/O errors.');
    expect(body).toMatch(/- 2025-03-12 15:40 The storage controller was replaced[^\n]*\n\n {2}Jobs that failed while writing/);
    expect(result.inferred.join('\n')).toMatch(/times\.started 2025-03-12T12:50:00Z from its "Start" line \(the record's own start\), not its first timeline row \(2025-03-12T13:20:00Z\)/);
  });

  test('a stamp\'s zone is the record\'s: its start and end are placed in it too', async () => {
    const [{ data }] = await importParts('stamped-records/scratch_20250401.yml');
    expect(data.times.started).toBe('2025-04-01T06:30:00Z');
    expect(data.times.resolved).toBe('2025-04-01T09:30:00Z');
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2025-04-01T07:40:00Z', '2025-04-01T09:15:00Z']);
    expect(data.summary).toBe('Listing and opening files on the scratch file system takes minutes instead of seconds.');
  });

  test('a time alone is on the record\'s day; an update dated by its day only stays text', async () => {
    const [{ data, body }] = await importParts('stamped-records/login_20250415.yml');
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2025-04-15T07:30:00Z', '2025-04-15T08:45:00Z']);
    expect(body).toContain('**Update 15/04/2025:** written without a time, this note stays text.');
    const plain = readStampedUpdates('Nothing stamped here.\n\n**update 14/07/2025** the day only.', '2025-07-14');
    expect(plain.updates).toEqual([]);
    expect(plain.markdown).toBe('Nothing stamped here.\n\n**update 14/07/2025** the day only.');
  });
});

describe('a report\'s own owner or author', () => {
  test('a team of teams.yaml is the draft\'s team', async () => {
    const [{ data, result }] = await importParts('owners/team-owned.md');
    expect(data.teams).toEqual(['payments']);
    expect(result.inferred).toContain('suggested team payments: the report\'s `owner:` names it');
  });

  test('a person is copied into no field, and the note does not repeat the name', async () => {
    const [{ data, result }] = await importParts('owners/person-authored.md');
    const fields = { ...data };
    expect(JSON.stringify(fields)).not.toContain('Quarrington');
    expect(data.reviewers).toBeUndefined();
    expect(data.commander).toBeUndefined();
    const note = result.notes.find((n) => n.startsWith('the report names its author'));
    expect(note).toMatch(/copied into none; it stays in "Imported metadata", inside <Internal>/);
    expect(note).not.toContain('Quarrington');
    const [{ result: line }] = await importParts('owners/owner-line.md');
    expect(line.notes.find((n) => n.startsWith('the report names its owner (`Owner:`)'))).toMatch(/the line stays in the body, which a public post shows: remove it or wrap it in <Internal>/);
  });

  test('a template\'s placeholder names no one; a line below the report\'s top is no owner line', () => {
    expect(readReportOwner({ owner: '<Your name goes here>' }, '', vocabulary.teams)).toBeUndefined();
    expect(readReportOwner(undefined, `# Outage\n\n${'Text.\n'.repeat(20)}Owner: someone`, vocabulary.teams)).toBeUndefined();
    expect(readReportOwner(undefined, '# Outage\n\n**Owner:** Checkout team', vocabulary.teams)).toEqual({ label: 'Owner:', value: 'Checkout team', team: 'checkout', fromMetadata: false });
  });
});

describe('another Hugo status theme (resolved_on, max_severity) and cState\'s times without a zone', () => {
  // Its updates are written oldest first ("Investigating" over "Resolved"): since import round 19 the
  // summary is the first update's first sentence and the latest update, without their labels.
  test('an issue: its date the start, resolved_on the end, max_severity a suggested severity, the summary the first sentence and the latest update', async () => {
    const [{ data, result }] = await importParts('status-theme/content/issues/2024-02-03-api-outage.md');
    expect(data.times.started).toBe('2024-02-03T09:40:00Z');
    expect(data.times.resolved).toBe('2024-02-03T12:05:00Z');
    expect(data.severity).toBe('SEV-1');
    expect(data.summary).toBe('Requests to the API time out after a failed router firmware update. The previous firmware was restored and requests succeed again.');
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2024-02-03T09:55:00Z']);
    expect(result.notes.join('\n')).toMatch(/times read as UTC/);
  });

  test('max_severity: maintenance is planned work, said in the notes', async () => {
    const [{ data, result }] = await importParts('status-theme/content/issues/2024-03-09-database-upgrade.md');
    expect(data.severity).toBeUndefined();
    expect(result.notes.join('\n')).toContain('planned maintenance, not an incident (its metadata says `max_severity: maintenance`)');
  });

  test('a page of frontmatter only is no report: refused named, said and passed over in a folder', async () => {
    const config = join(fixtures, 'status-theme/content/admin/config.md');
    expect(isFrontmatterOnly(readFileSync(config, 'utf8'))).toBe(true);
    expect(isFrontmatterOnly('---\ntitle: x\n---\n\nA sentence.\n')).toBe(false);
    // Frontmatter that holds the report's words (a status post's updates under a key) is no page of settings.
    expect(isFrontmatterOnly('---\ntitle: Mail delayed\nupdates:\n  - state: investigating\n    text: "Some customers receive mail an hour late."\n---\n')).toBe(false);
    expect(isFrontmatterOnly('---\ntitle: Mail delayed in the European region for some customers\ntype: page\n---\n')).toBe(true);
    await expect(readReportContent(config, readFileSync(config))).rejects.toBeInstanceOf(ListingPageError);
    const out = mkdtempSync(join(tmpdir(), 'import-round16-'));
    const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), join(fixtures, 'status-theme'), '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/config\.md: not imported, it holds frontmatter only/);
    // Its two maintenances (max_severity: maintenance) are passed over and said (session 29); --maintenances keeps them.
    expect(run.stderr).toMatch(/2024-04-20-network-maintenance\.md: not imported, it is a planned maintenance \("Network maintenance"\), not an incident: its metadata says `max_severity: maintenance`/);
    expect(readdirSync(out).sort()).toEqual(['2024-02-03-api-unreachable.mdx']);
  });

  test('a status page\'s issue of fields only is a record: its times and planned state read, no text made of its keys', async () => {
    const [{ data, body, result }] = await importParts('status-theme/content/issues/2024-04-20-network-maintenance.md');
    expect(data.title).toBe('Network maintenance');
    expect(data.summary).toBeUndefined();
    expect(data.times).toEqual({ started: '2024-04-20T05:00:00Z', resolved: '2024-04-20T05:55:00Z' });
    expect(result.notes.join('\n')).toContain('`max_severity: maintenance`');
    expect(body.replace(/<Internal>[\s\S]*<\/Internal>/, '').trim()).toBe('');
  });

  test('a time of the issue\'s own fields read without a zone is said in the draft, as its rows\' are', async () => {
    const text = '---\ntitle: Mirror sync stalled\ndate: 2024-05-02 10:20:00\nresolved: true\nresolvedWhen: 2024-05-02 12:00:00\nseverity: disrupted\nsection: issue\n---\n\nThe mirror stopped syncing new packages.\n';
    const result = importReport('issues/mirror.md', text, { vocabulary, today });
    const { yaml } = splitFrontmatter(result.draft);
    expect((parseYaml(yaml) as Record<string, any>).times).toEqual({ started: '2024-05-02T10:20:00Z', resolved: '2024-05-02T12:00:00Z' });
    expect(yaml).toMatch(/^# Times without a zone of their own were read as UTC/m);
    expect(result.notes).toContain('the report states no time zone: times read as UTC (run again with --timezone ZONE if they were local)');
    const inLisbon = importReport('issues/mirror.md', text, { vocabulary, today, zone: { kind: 'iana', name: 'Europe/Lisbon', label: 'Europe/Lisbon' } });
    expect((parseYaml(splitFrontmatter(inLisbon.draft).yaml) as Record<string, any>).times.started).toBe('2024-05-02T09:20:00Z');
  });

  test('cState\'s date and resolvedWhen without a zone are read in the report\'s zone; a blog post\'s are not its times', () => {
    const zoneless = (day: string, time: string) => `${day}T${time}:00Z`;
    const cstate = { title: 'x', date: '2026-03-25 00:58:00', resolvedWhen: '2026-03-25 04:26:13', section: 'issue', resolved: true };
    expect(metadataTimes(cstate, { zoneless })).toEqual({ started: { at: '2026-03-25T00:58:00Z', key: 'date', zoneless: true }, resolved: { at: '2026-03-25T04:26:00Z', key: 'resolvedWhen', zoneless: true } });
    expect(metadataTimes(cstate)).toEqual({});
    expect(metadataTimes({ title: 'x', date: '2026-03-25 00:58:00' }, { zoneless })).toEqual({});
  });
});
