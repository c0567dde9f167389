import { describe, expect, test } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadAlerts, loadChat, loadDeploys, loadPager, loadStatusPage, loadRecords } from '../../src/lib/draft/load.ts';
import { parseWindow, toUtc } from '../../src/lib/draft/records.ts';
import { assembleDraft, withoutNames } from '../../src/lib/draft/assemble.ts';
import { flaggedKind, defaultChatFlags, parseChatFlagConfig } from '../../src/lib/draft/chat-flags.ts';
import { readSlackExport, slackTextToPlain } from '../../src/lib/draft/slack.ts';
import { teamsHtmlToPlain } from '../../src/lib/draft/teams.ts';
import { severityFromPriority, severityFromUrgency } from '../../src/lib/draft/severity.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const F = join(root, 'test/fixtures/draft');
const window = parseWindow('2026-11-20T09:00:00Z..2026-11-20T13:00:00Z');
const vocabulary = loadVocabulary(join(root, 'content'));

describe('time normalisation', () => {
  test.each([
    ['2026-11-20T11:02:30.512+01:00', '2026-11-20T10:02:30Z'],
    ['2026-11-20T05:20:05.000-05:00', '2026-11-20T10:20:05Z'],
    ['2026-11-20T10:02:30+0100', '2026-11-20T09:02:30Z'],
    ['1795169550.000400', '2026-11-20T10:12:30Z'],
    [1795169550000, '2026-11-20T10:12:30Z'],
    ['0001-01-01T00:00:00Z', undefined],
    ['2026-11-20T10:02:30', undefined],
    ['yesterday', undefined],
  ])('%s -> %s', (input, expected) => expect(toUtc(input)).toBe(expected));

  test('a window with a bad side names it', () => {
    expect(() => parseWindow('2026-11-20..')).toThrow(/start/);
    expect(() => parseWindow('2026-11-20T10:00:00Z..2026-11-20T09:00:00Z')).toThrow(/before its start/);
    expect(parseWindow('..2026-11-20T09:00:00Z')).toEqual({ start: undefined, end: '2026-11-20T09:00:00Z' });
  });
});

describe('chat', () => {
  test('flags: prefix (removed), pin, configured reaction; nothing else', () => {
    expect(flaggedKind('Decision: roll back', { pinned: false, reactions: [] }, defaultChatFlags)).toMatchObject({ kind: 'decision', text: 'roll back' });
    expect(flaggedKind('we keep the flag off', { pinned: true, reactions: [] }, defaultChatFlags)?.kind).toBe('decision');
    expect(flaggedKind('hypothesis dropped', { pinned: false, reactions: ['pushpin'] }, defaultChatFlags)?.kind).toBe('decision');
    expect(flaggedKind('looking', { pinned: false, reactions: ['tada'] }, defaultChatFlags)).toBeUndefined();
    const custom = parseChatFlagConfig({ prefixes: { 'IC:': 'decision' }, reactions: { tada: 'resolution' }, pinned: false }, 'flags.json');
    expect(flaggedKind('we keep the flag off', { pinned: true, reactions: [] }, custom)).toBeUndefined();
    expect(flaggedKind('done', { pinned: false, reactions: ['tada'] }, custom)?.kind).toBe('resolution');
    expect(() => parseChatFlagConfig({ prefixes: { 'x:': 'fixed' } }, 'flags.json')).toThrow(/flags\.json: "prefixes\.x:" is "fixed", not a timeline kind/);
  });

  test('Slack markup and Teams HTML become plain text without mentions', () => {
    expect(slackTextToPlain('<@U02TOMAS> see <#C07INC|inc-checkout> and <https://x.example/d|the board> &amp; <!here>')).toBe('a responder see #inc-checkout and the board (https://x.example/d) & @here');
    expect(teamsHtmlToPlain('<p>Roll back. <at id="0">Tomás Ortega</at> watch payments &amp; orders.</p>')).toBe('Roll back. a responder watch payments & orders. ');
  });

  test('Slack export folder: flagged messages, threads, pins, bots and housekeeping, users.json names', () => {
    const reading = loadChat(join(F, 'slack-export/inc-checkout-errors'), { window });
    expect(reading.entries.map((e) => [e.at, e.kind])).toEqual([
      ['2026-11-20T10:12:30Z', 'decision'],
      ['2026-11-20T10:14:10Z', 'decision'],
      ['2026-11-20T10:33:00Z', 'decision'],
      ['2026-11-20T10:41:00Z', 'mitigation'],
      ['2026-11-20T10:52:00Z', 'decision'],
      ['2026-11-20T11:21:00Z', 'resolution'],
    ]);
    expect(reading.entries[1].event).toBe('Chat (in a thread): Hypothesis dropped: the payment provider is healthy, the errors are ours');
    expect(reading.entries[2].event).toContain('fix ships & is load-tested');
    // Bots and channel joins are not participants; the day outside the window is not read.
    expect(reading.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Priya Raman', ['3 messages in the channel']],
      ['Tomás Ortega', ['2 messages in the channel']],
      ['Ana Lima', ['2 messages in the channel']],
    ]);
    const all = loadChat(join(F, 'slack-export/inc-checkout-errors'));
    expect(all.entries.at(-1)).toMatchObject({ at: '2026-11-21T08:15:00Z', kind: 'decision' });
  });

  test('pins come from channels.json (export root) or the message\'s pinned_to', () => {
    // The 10:33 message is pinned only in channels.json: read alone, its day file has no pin.
    const alone = loadChat(join(F, 'slack-export/inc-checkout-errors/2026-11-20.json'), { window });
    expect(alone.entries.some((e) => e.at === '2026-11-20T10:33:00Z')).toBe(false);
    const inline = readSlackExport({ file: 'inline', days: [[{ type: 'message', ts: '1795170780.000500', user: 'U1', text: 'we keep the flag off', pinned_to: ['C07INC'] }]] });
    expect(inline.entries.map((e) => [e.kind, e.event])).toEqual([['decision', 'Chat: we keep the flag off']]);
  });

  test('a single Slack day file without users.json falls back to ids and says so', () => {
    const reading = loadChat(join(F, 'slack-export/inc-checkout-errors/2026-11-21.json'));
    expect(reading.participants.map((p) => p.name)).toEqual(['U03ANA', 'U01PRIYA']);
    expect(reading.notes.join()).toMatch(/no users\.json/);
  });

  test('Teams: replies, reactions, bots; system events and deleted messages left out', () => {
    const reading = loadChat(join(F, 'teams-channel-messages.json'));
    expect(reading.source).toBe('teams');
    expect(reading.entries.map((e) => [e.at, e.kind, e.event])).toEqual([
      ['2026-11-20T10:12:30Z', 'decision', 'Chat: roll back checkout-api to v2.13.2. a responder please watch payments & orders.'],
      ['2026-11-20T10:14:10Z', 'decision', 'Chat (in a thread): Payment provider healthy, the errors are ours'],
      ['2026-11-20T10:20:00Z', 'communication', 'Bot message: status page incident opened (Investigating)'],
    ]);
    expect(reading.participants.map((p) => p.name)).toEqual(['Priya Raman', 'Tomás Ortega', 'Ana Lima']);
    expect(reading.notes.join()).toMatch(/1 deleted message/);
  });
});

describe('pager', () => {
  test('PagerDuty log entries: trigger, acknowledge, escalate, resolve; responders; priority', () => {
    const reading = loadPager(join(F, 'pagerduty-log-entries.json'));
    expect(reading.entries.map((e) => [e.at, e.kind])).toEqual([
      ['2026-11-20T10:04:00Z', 'detection'],
      ['2026-11-20T10:07:45Z', 'escalation'],
      ['2026-11-20T10:15:00Z', 'escalation'],
      ['2026-11-20T11:20:00Z', 'resolution'],
    ]);
    expect(reading.facts.acknowledged).toEqual([{ at: '2026-11-20T10:07:45Z', source: 'pagerduty', what: 'page acknowledged' }]);
    expect(reading.facts.severity?.[0]).toMatchObject({ severity: 'SEV-2', from: 'PagerDuty priority P2' });
    expect(reading.participants.find((p) => p.name === 'Tomás Ortega')?.roles).toEqual(['escalated to', 'added a note']);
    // The note's free text ("Rollback done, Priya watching") names a person: it stays out.
    expect(JSON.stringify(reading.entries)).not.toContain('Priya');
  });

  test('Opsgenie logs: verbs read, notes and notifications left out; alert report times', () => {
    const logs = loadPager(join(F, 'opsgenie-alert-logs.json'));
    expect(logs.entries.map((e) => [e.at, e.kind, e.event])).toEqual([
      ['2026-11-20T10:03:58Z', 'detection', 'Alert created via Prometheus.'],
      ['2026-11-20T10:04:00Z', 'escalation', 'Alert assigned to a responder.'],
      ['2026-11-20T10:07:40Z', 'escalation', 'Alert acknowledged by the on-call responder.'],
      ['2026-11-20T10:47:31Z', 'resolution', 'Alert closed.'],
      ['2026-11-20T11:19:30Z', 'resolution', 'Alert closed.'],
    ]);
    expect(logs.notes.join()).toMatch(/without a readable createdAt/);
    expect(logs.participants.map((p) => p.name)).toEqual(['priya@acme.example', 'tomas@acme.example']);
    const alert = loadPager(join(F, 'opsgenie-alert.json'));
    expect(alert.facts.acknowledged?.[0].at).toBe('2026-11-20T10:07:40Z');
    expect(alert.facts.resolved?.[0].at).toBe('2026-11-20T11:19:30Z');
    expect(alert.facts.severity?.[0].severity).toBe('SEV-2');
  });

  test.each([['P1', 'SEV-1'], ['P3', 'SEV-3'], ['P5', 'SEV-4'], ['P0', 'SEV-0'], ['P6', undefined], ['urgent', undefined]])('priority %s -> %s', (p, s) => expect(severityFromPriority(p)).toBe(s));
  test('urgency only when no priority', () => {
    expect(severityFromUrgency('high')).toBe('SEV-2');
    expect(severityFromUrgency('low')).toBe('SEV-3');
  });
});

describe('alerts, deploys, status page', () => {
  test('Alertmanager: one entry per alert firing and resolved, repeats and offsets folded', () => {
    const reading = loadAlerts(join(F, 'alertmanager-webhooks.ndjson'));
    expect(reading.entries.map((e) => [e.at, e.kind, e.event.split(' (')[0]])).toEqual([
      ['2026-11-20T10:02:30Z', 'detection', 'Alert HighErrorRate firing'],
      ['2026-11-20T10:47:30Z', 'other', 'Alert HighErrorRate resolved'],
      ['2026-11-20T10:05:10Z', 'detection', 'Alert CheckoutLatencyHigh firing'],
      ['2026-11-20T10:38:40Z', 'other', 'Alert CheckoutLatencyHigh resolved'],
    ]);
    expect(reading.facts.services).toContain('checkout-api');
  });

  test('git log: tab-separated, offsets to UTC, window applied; a bad line names the format', () => {
    const reading = loadDeploys(join(F, 'git-log.tsv'), { window });
    expect(reading.entries.map((e) => [e.at, e.event])).toEqual([
      ['2026-11-20T10:31:10Z', 'Deploy 0c4f2a9e: Roll back checkout-api to v2.13.2 (revert of v2.14.0)'],
      ['2026-11-20T09:58:12Z', 'Deploy 9b8a7c6d: Deploy checkout-api v2.14.0: pricing cache on by default'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'kb-draft-'));
    cpSync(join(F, 'git-log.tsv'), join(dir, 'bad.tsv'));
    appendFileSync(join(dir, 'bad.tsv'), 'not a commit line\n');
    expect(() => loadDeploys(join(dir, 'bad.tsv'))).toThrow(/bad\.tsv:4: .*%H%x09%cI%x09%an%x09%s/);
  });

  test('GitHub deployments: ref and sha, bots are not participants', () => {
    const reading = loadDeploys(join(F, 'github-deployments.json'), { window });
    expect(reading.entries.map((e) => e.event)).toEqual([
      'Deployment of v2.13.2 at 0c4f2a9e to production: Rollback of checkout-api',
      'Deployment of 9b8a7c6d to production',
    ]);
    expect(reading.participants.map((p) => p.name)).toEqual(['priya-r']);
  });

  test('Statuspage: each update a communication entry in UTC, shortlink and resolution', () => {
    const reading = loadStatusPage(join(F, 'statuspage-incident.json'));
    expect(reading.entries.map((e) => [e.at, e.kind, e.event.slice(0, 40)])).toEqual([
      ['2026-11-20T11:22:40Z', 'communication', 'Status page update (Resolved): This inci'],
      ['2026-11-20T10:45:00Z', 'communication', 'Status page update (Monitoring): A fix h'],
      ['2026-11-20T10:20:05Z', 'communication', 'Status page update (Investigating): Some'],
    ]);
    expect(reading.facts.statusPage).toBe('https://stspg.io/p31zjtct2jer');
    expect(reading.facts.resolved?.[0].at).toBe('2026-11-20T11:22:40Z');
    expect(reading.facts.customerWindow).toEqual({ start: '2026-11-20T10:02:00Z', end: '2026-11-20T11:22:40Z' });
    const draft = assembleDraft([reading], { title: 'x', drafted: '2026-11-21' }, vocabulary);
    expect(draft.checklist.join('\n')).toContain('the status page showed the incident from 2026-11-20T10:02:00Z to 2026-11-20T11:22:40Z');
  });

  test('a file of the wrong kind gets an error naming it and the formats', () => {
    expect(() => loadPager(join(F, 'statuspage-incident.json'))).toThrow(/statuspage-incident\.json is neither PagerDuty/);
    expect(() => loadChat(join(F, 'slack-export'))).toThrow(/no day files.*--chat .*inc-checkout-errors/);
  });
});

describe('assembly', () => {
  const readings = () => loadRecords(
    {
      chat: [join(F, 'slack-export/inc-checkout-errors')],
      pager: [join(F, 'pagerduty-log-entries.json'), join(F, 'opsgenie-alert-logs.json')],
      alerts: [join(F, 'alertmanager-webhooks.ndjson')],
      deploys: [join(F, 'git-log.tsv')],
      statusPage: [join(F, 'statuspage-incident.json')],
    },
    { window },
  );

  test('times from the records: first alert, first acknowledgement, last pager resolution', () => {
    const draft = assembleDraft(readings(), { title: 'x', trigger: 'deployment', drafted: '2026-11-21' }, vocabulary);
    expect(draft.times).toEqual({ detected: '2026-11-20T10:02:30Z', started: '2026-11-20T10:02:30Z', acknowledged: '2026-11-20T10:07:40Z', resolved: '2026-11-20T11:20:00Z' });
    expect(draft.severity).toEqual({ value: 'SEV-2', from: 'suggested from PagerDuty priority P2' });
    expect(draft.services).toEqual(['checkout-api']);
    expect(draft.teams).toEqual(['checkout']);
    expect(draft.statusPage).toBe('https://stspg.io/p31zjtct2jer');
  });

  test('timeline sorted in UTC, repeats dropped, every entry with kind and source, no names', () => {
    const draft = assembleDraft([...readings(), ...readings()], { title: 'x', trigger: 'deployment', drafted: '2026-11-21' }, vocabulary);
    const ats = draft.timeline.map((e) => e.at);
    expect(ats).toEqual([...ats].sort());
    expect(new Set(draft.timeline.map((e) => `${e.at} ${e.event}`)).size).toBe(draft.timeline.length);
    expect(draft.timeline.length).toBe(assembleDraft(readings(), { title: 'x', drafted: '2026-11-21' }, vocabulary).timeline.length);
    for (const entry of draft.timeline) expect(entry.source).toMatch(/^(alertmanager|pagerduty|opsgenie|slack|git|statuspage)$/);
    const text = JSON.stringify(draft.timeline);
    for (const name of ['Priya', 'Tomás', 'Ana Lima', 'priya@']) expect(text).not.toContain(name);
    expect(draft.participants.map((p) => p.name)).toEqual(['Ana Lima', 'Priya Raman', 'priya@acme.example', 'Tomás Ortega', 'tomas@acme.example']);
  });

  test('names become roles: full, first (4+ letters), e-mail', () => {
    const people = [{ name: 'Priya Raman', source: 'slack' as const, roles: [] }, { name: 'tomas@acme.example', source: 'opsgenie' as const, roles: [] }];
    expect(withoutNames('Priya Raman and Priya; tomas@acme.example, @tomas; Priyanka stays', people)).toBe('a responder and a responder; a responder, a responder; Priyanka stays');
  });

  test('what no record states is left out and put in the checklist', () => {
    const alertsOnly = assembleDraft([loadAlerts(join(F, 'alertmanager-webhooks.ndjson'))], { title: 'x', drafted: '2026-11-21' }, vocabulary);
    expect(alertsOnly.severity).toBeUndefined();
    expect(alertsOnly.times.acknowledged).toBeUndefined();
    expect(alertsOnly.checklist.join('\n')).toMatch(/Add `times\.acknowledged`/);
    expect(alertsOnly.checklist.join('\n')).toMatch(/Add `times\.resolved`/);
  });
});

describe('deploy window', () => {
  test('without --window, deploys are cut to 24 hours before the first other record up to the last', () => {
    const readings = loadRecords({ alerts: [join(F, 'alertmanager-webhooks.ndjson')], deploys: [join(F, 'github-deployments.json')] });
    const deploys = readings.find((r) => r.source === 'github-deployments')!;
    // The staging deploy two days earlier is left out; the two on the day are kept.
    expect(deploys.entries.map((e) => e.at)).toEqual(['2026-11-20T10:31:12Z', '2026-11-20T09:58:15Z']);
    expect(deploys.notes.join()).toMatch(/from 2026-11-19T10:02:30Z .* to 2026-11-20T10:47:30Z/);
  });
});

describe('an empty record file', () => {
  test('is named with its option, not read as no records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-empty-'));
    const empty = join(dir, 'alerts.json');
    writeFileSync(empty, '\n  \n');
    expect(() => loadRecords({ alerts: [empty], deploys: [join(F, 'github-deployments.json')] })).toThrow(`${empty} (--alerts) is empty: export the records again, or leave the option out.`);
    writeFileSync(empty, '');
    expect(() => loadRecords({ statusPage: [empty] })).toThrow(/\(--status-page\) is empty/);
  });
});

describe('people across records', () => {
  test('one person found in several records is one roster line listing each record; chat handles are replaced too', () => {
    const readings = loadRecords({ chat: [join(F, 'slack-export/inc-checkout-errors')], pager: [join(F, 'pagerduty-log-entries.json')] }, { window });
    const draft = assembleDraft(readings, { title: 'x', drafted: '2026-11-21' }, vocabulary);
    const priya = draft.participants.find((p) => p.name === 'Priya Raman')!;
    expect([priya.source, ...(priya.alsoIn ?? [])]).toEqual(['pagerduty', 'slack']);
    expect(priya.aliases).toEqual(['priya']);
    expect(withoutNames('ask tomas.ortega or priya', draft.participants)).toBe('ask a responder or a responder');
  });
});
