import { describe, expect, test } from 'vitest';
import { postmortemObjectSchema, type PostmortemInput } from '../../src/lib/postmortem-schema.ts';
import { buildEvidenceReport, buildYearlyEvidenceReports, withheldText, type EvidenceOptions } from '../../src/lib/evidence-report.ts';
import { renderEvidencePack, renderEvidenceSections } from '../../src/lib/evidence-render.ts';
import { gdprArticle33 } from '../../src/lib/notification-deadlines.ts';
import { evidenceSections, indexControls } from '../../src/lib/compliance-controls.ts';

type ActionItemInput = NonNullable<PostmortemInput['actionItems']>[number];
const item = (id: string, status: ActionItemInput['status'], due: string): ActionItemInput => ({
  id, title: `Action ${id} of the "${status}" kind, with a comma`, owner: 'sre', due, priority: 'P1', type: 'prevent', status, verification: 'A check that proves it.',
});
function pm(overrides: Partial<PostmortemInput> & { times: PostmortemInput['times'] }): PostmortemInput {
  return {
    title: 'An incident', summary: 'Something broke.', severity: 'SEV-2', status: 'published', visibility: 'internal',
    services: ['checkout-api'], trigger: 'configuration', impact: { description: 'Some errors.' },
    drafted: '2026-01-12', published: '2026-01-16', reviewers: ['sre lead'], ...overrides,
  };
}
const records = [
  { id: 'b-privileged', data: pm({
    title: 'zqprivileged title', severity: 'SEV-1', times: { started: '2026-02-05T10:00:00Z', resolved: '2026-02-06T10:00:00Z' },
    drafted: '2026-02-07', published: '2026-02-20',
    actionItems: [item('B1', 'wont-do', '2026-03-01')],
    security: {
      classification: ['security', 'privacy'], personalData: true, becameAware: '2026-02-05T12:00:00Z',
      notified: { supervisoryAuthority: '2026-02-08T18:00:00Z' }, lateNotificationReason: 'Scope confirmed late.',
      evidence: { location: 'zqvault case 7', custodian: 'Security lead' }, legalPrivilege: true,
    },
  }) },
  { id: 'a-first', data: pm({
    title: 'Checkout <script>alert(1)</script> errors', times: { started: '2026-01-10T08:00:00Z', resolved: '2026-01-10T09:30:00Z' },
    actionItems: [item('A1', 'done', '2026-02-01'), item('A2', 'open', '2026-03-01'), item('A3', 'in-progress', '2026-12-01')],
  }) },
  { id: 'c-before', data: pm({ times: { started: '2025-12-31T23:59:00Z', resolved: '2026-01-01T01:00:00Z' } }) },
  { id: 'd-draft', data: pm({ status: 'draft', published: undefined, times: { started: '2026-03-01T00:00:00Z' }, drafted: '2026-03-02' }) },
].map(({ id, data }) => ({ id, data: postmortemObjectSchema.parse(data) }));

const options: EvidenceOptions = {
  from: '2026-01-01', to: '2026-03-31', asOf: '2026-06-01', asOfInstant: '2026-06-01T00:00:00.000Z',
  regimes: [gdprArticle33], annualReviews: [{ date: '2026-02-10', scope: 'Incident process', reviewers: ['CISO'] }],
  organisation: 'Acme', siteUrl: 'https://kb.example/',
};
const report = buildEvidenceReport(records, options);

describe('buildEvidenceReport', () => {
  test('every incident that started in the period, any review status, oldest first', () => {
    expect(report.incidents.map((i) => [i.id, i.reviewStatus, i.url])).toEqual([
      ['a-first', 'published', 'https://kb.example/postmortems/a-first/'],
      ['b-privileged', 'published', 'https://kb.example/postmortems/b-privileged/'],
      ['d-draft', 'draft', null],
    ]);
  });

  test('review facts: days from resolution to publication, minutes to resolve', () => {
    const [a, b, d] = report.incidents;
    expect([a.daysToPublish, a.minutesToResolve]).toEqual([6, 90]); // 10 Jan -> 16 Jan; 08:00 -> 09:30
    expect([b.daysToPublish, b.minutesToResolve]).toEqual([14, 1440]); // 6 Feb -> 20 Feb
    expect([d.daysToPublish, d.minutesToResolve]).toEqual([null, null]);
  });

  test('a privileged incident is listed with its title, action titles and evidence location withheld', () => {
    const b = report.incidents[1];
    expect(b).toMatchObject({ title: withheldText, privileged: true, evidence: { location: withheldText, custodian: 'Security lead' }, lateNotificationReason: 'Scope confirmed late.' });
    expect(report.actionItems.find((i) => i.postmortemId === 'b-privileged')!.title).toBe(withheldText);
    expect(JSON.stringify(report)).not.toContain('zqprivileged');
    expect(JSON.stringify(report)).not.toContain('zqvault');
  });

  test('notification deadlines: aware 5 Feb 12:00, due 8 Feb 12:00, notified 18:00 -> missed by 6 h', () => {
    expect(report.incidents[1].deadlines).toEqual([expect.objectContaining({ dueAt: '2026-02-08T12:00:00.000Z', status: 'missed', marginMinutes: -360 })]);
    expect(report.trends.notifications).toEqual({ deadlines: 1, met: 0, missed: 1, due: 0 });
  });

  test('trend figures, computed by hand', () => {
    const t = report.trends;
    expect(t.incidents).toBe(3);
    expect(t.securityIncidents).toBe(1);
    expect(t.bySeverity).toEqual({ 'SEV-0': 0, 'SEV-1': 1, 'SEV-2': 2, 'SEV-3': 0, 'SEV-4': 0 });
    expect(t.byMonth.map((m) => [m.month, m.total])).toEqual([['2026-01', 1], ['2026-02', 1], ['2026-03', 1]]);
    expect(t.byClassification).toEqual({ privacy: 1, security: 1, unclassified: 2 });
    expect(t.medianMinutesToResolve).toBe(90); // nearest-rank median (the project's): lower middle of 90 and 1440
    expect(t.medianDaysToPublish).toBe(6); // lower middle of 6 and 14
    expect(t.reviewCompletionRate).toBeCloseTo(2 / 3);
    // 4 items: A1 done, A2 open (due 1 Mar, overdue on 1 Jun), A3 in progress (due 1 Dec), B1 won't do.
    expect([t.actionItems, t.actionItemsDone, t.actionItemsOpen, t.actionItemsOverdue]).toEqual([4, 1, 2, 1]);
    expect(t.closureRate).toBeCloseTo(1 / 3); // done / (all - won't do)
  });

  test('annual review: the last one on or before the as-of day', () => {
    expect(report.annualReview).toEqual({ last: options.annualReviews[0], overdue: false, inPeriod: [options.annualReviews[0]] });
  });

  test('one framework: only its controls in every section and the index', () => {
    const iso = buildEvidenceReport(records, { ...options, framework: 'iso27001' });
    expect(iso.frameworks).toEqual(['iso27001']);
    expect(iso.sections.every((s) => Object.keys(s.controls).join() === 'iso27001')).toBe(true);
    expect(iso.sections.find((s) => s.id === 'reviews')!.controls.iso27001!.map((c) => c.id)).toEqual(['A.5.27']);
    expect(Object.keys(iso.controlIndex)).toEqual(['iso27001']);
  });

  test.each([
    [{ from: '2026-1-1' }, '--from is "2026-1-1": give a day as YYYY-MM-DD'],
    [{ to: '2026-02-30' }, '--to is "2026-02-30"'],
    [{ from: '2026-04-01', to: '2026-03-31' }, '--to (2026-03-31) is before --from (2026-04-01).'],
  ])('refuses the period %j', (period, message) => {
    expect(() => buildEvidenceReport(records, { ...options, ...period })).toThrow(message);
  });

  test('yearly reports: one per year with incidents, newest first', () => {
    expect(buildYearlyEvidenceReports(records, options).map(({ year, report: r }) => [year, r.incidents.length])).toEqual([['2026', 3], ['2025', 1]]);
  });
});

describe('control mapping', () => {
  test('every section maps to at least one control of each framework; the index covers them all', () => {
    for (const section of evidenceSections) {
      for (const framework of ['iso27001', 'soc2', 'nist'] as const) expect(section.controls[framework].length, `${section.id} ${framework}`).toBeGreaterThan(0);
    }
    const iso = indexControls('iso27001');
    expect(iso.find((row) => row.control.id === 'A.5.27')!.sections).toEqual(['reviews', 'follow-ups', 'trends']);
    expect(iso.map((row) => row.control.id).indexOf('A.5.5')).toBeLessThan(iso.map((row) => row.control.id).indexOf('A.5.24'));
  });
});

describe('rendered pack', () => {
  const files = renderEvidencePack(report, { timeZone: 'Europe/Berlin' });

  test('the same report renders to the same bytes', () => {
    expect(renderEvidencePack(buildEvidenceReport(records, options), { timeZone: 'Europe/Berlin' })).toEqual(files);
    expect(Object.keys(files)).toEqual(['report.html', 'evidence.json', 'incidents.csv', 'action-items.csv', 'notification-deadlines.csv', 'controls.csv']);
  });

  test('HTML: escaped text, a print stylesheet, every section with its controls, local deadline times', () => {
    const html = files['report.html'];
    expect(html).not.toContain('<script>');
    expect(html).toContain('Checkout &lt;script&gt;alert(1)&lt;/script&gt; errors');
    expect(html).toMatch(/@media print \{[^]*break-before: page/);
    expect(html).toContain('@page { size: A4');
    for (const section of evidenceSections) expect(html).toContain(`id="ev-${section.id}"`);
    expect(html).toContain('<b>A.5.28</b> Collection of evidence');
    // Dates, times and durations are kept whole on a line (`ev-nowrap`); the words are the same.
    const words = html.replace(/<span class="ev-nowrap">([^<]*)<\/span>/g, '$1');
    expect(words).toContain('missed: notified 6 h late');
    expect(html).toContain('missed: notified <span class="ev-nowrap">6 h</span> late');
    expect(words).toContain('Sun 8 Feb 2026, 13:00 CET'); // 12:00 UTC in Berlin in winter
    expect(html).toContain('<span class="ev-nowrap">8 Feb 2026</span>, <span class="ev-nowrap">13:00 CET</span>');
    expect(html).toContain('Scope confirmed late.');
  });

  test('the site fragment links to relative pages and leaves drafts unlinked', () => {
    const fragment = renderEvidenceSections(report, { timeZone: 'UTC', relativeLinks: true });
    expect(fragment).toContain('<a href="/postmortems/a-first/">a-first</a>');
    expect(fragment).not.toContain('href="/postmortems/d-draft/"');
    expect(fragment).not.toContain('<html');
  });

  test('CSV: RFC 4180 quoting, CRLF, one row per item', () => {
    const rows = files['action-items.csv'].split('\r\n');
    expect(rows[0]).toBe('postmortem,id,title,owner,due,priority,type,status,overdue');
    expect(rows[1]).toBe('a-first,A1,"Action A1 of the ""done"" kind, with a comma",sre,2026-02-01,P1,prevent,done,false');
    expect(rows.length).toBe(4 + 2); // header, 4 items, trailing empty string after the last CRLF
    expect(files['notification-deadlines.csv'].split('\r\n')[1]).toBe('b-privileged,gdpr-art33,supervisory-authority,72,supervisoryAuthority,2026-02-08T12:00:00.000Z,2026-02-08T18:00:00.000Z,missed,-360');
  });

  test('JSON: the report model, versioned', () => {
    expect(JSON.parse(files['evidence.json'])).toMatchObject({ schemaVersion: 1, period: { from: '2026-01-01', to: '2026-03-31' } });
  });
});

describe('an unknown regime id', () => {
  test('names the postmortem in the error', () => {
    const bad = [{ id: 'x-unknown', data: postmortemObjectSchema.parse(pm({ times: { started: '2026-01-05T00:00:00Z' }, security: { classification: ['security'], becameAware: '2026-01-05T01:00:00Z', regimes: ['nis2'] } })) }];
    expect(() => buildEvidenceReport(bad, options)).toThrow('x-unknown: security.regimes: unknown notification regime "nis2"; known: gdpr-art33.');
  });
});
