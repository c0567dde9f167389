import { describe, expect, test } from 'vitest';
import {
  computeNotificationDeadlines, describeDeadlineStatus, formatInstantInZone, selectApplicableRegimes, gdprArticle33,
  type NotificationRegime,
} from '../../src/lib/notification-deadlines.ts';
import { securitySchema, zonedInstantSchema, type SecurityDetails } from '../../src/lib/security-schema.ts';
import { parseComplianceConfig, findLastAnnualReview } from '../../src/lib/compliance-config.ts';
import { resolveAsOfInstant } from '../../src/lib/as-of.ts';

/** Every expectation below was worked out by hand: awareness + hours, then the local wall clock. */
const nis2: NotificationRegime = {
  id: 'nis2',
  name: 'NIS2 Article 23',
  appliesByDefault: 'never',
  deadlines: [
    { id: 'early-warning', name: 'Early warning', hours: 24, notification: 'earlyWarning' },
    { id: 'incident-notification', name: 'Incident notification', hours: 72, notification: 'supervisoryAuthority' },
  ],
};
const regimes = [gdprArticle33, nis2];
const security = (input: Record<string, unknown>): SecurityDetails => securitySchema.parse({ classification: ['security', 'privacy'], ...input });

describe('GDPR Art. 33: 72 hours from awareness', () => {
  const aware = '2026-03-10T08:00:00Z'; // deadline 2026-03-13T08:00Z
  test.each([
    ['notified 17 h 30 min early', '2026-03-12T14:30:00Z', 'met', 1050, 'met, 17 h 30 min before the deadline'],
    ['notified exactly at the deadline', '2026-03-13T08:00:00Z', 'met', 0, 'met, at the deadline'],
    ['notified 1 h 15 min late', '2026-03-13T09:15:00Z', 'missed', -75, 'missed: notified 1 h 15 min late'],
  ] as const)('%s', (_name, notified, status, margin, text) => {
    const [deadline] = computeNotificationDeadlines(
      security({ personalData: true, becameAware: aware, notified: { supervisoryAuthority: notified } }), regimes, '2026-11-30T00:00:00Z');
    expect(deadline).toMatchObject({ regimeId: 'gdpr-art33', dueAt: '2026-03-13T08:00:00.000Z', status, marginMinutes: margin, notifiedAt: new Date(notified).toISOString() });
    expect(describeDeadlineStatus(deadline)).toBe(text);
  });

  test.each([
    ['12 h before the deadline', '2026-03-12T20:00:00.000Z', 'due', 720, 'due: 12 h left'],
    ['at the deadline', '2026-03-13T08:00:00.000Z', 'due', 0, 'due now'],
    ['one minute after', '2026-03-13T08:01:00.000Z', 'missed', -1, 'missed: not notified, 1 min overdue'],
    ['a day after', '2026-03-14T08:00:00.000Z', 'missed', -1440, 'missed: not notified, 1 d overdue'],
  ] as const)('not notified, as of %s', (_name, asOf, status, margin, text) => {
    const [deadline] = computeNotificationDeadlines(security({ personalData: true, becameAware: aware }), regimes, asOf);
    expect(deadline).toMatchObject({ status, marginMinutes: margin });
    expect(deadline.notifiedAt).toBeUndefined();
    expect(describeDeadlineStatus(deadline)).toBe(text);
  });

  test('other recipients do not satisfy the authority deadline', () => {
    const [deadline] = computeNotificationDeadlines(
      security({ personalData: true, becameAware: aware, notified: { affectedPeople: '2026-03-11T08:00:00Z', customers: '2026-03-11T08:00:00Z' } }),
      regimes, '2026-03-20T00:00:00Z');
    expect(deadline.status).toBe('missed');
    expect(deadline.notifiedAt).toBeUndefined();
  });
});

describe('time zones and daylight-saving changes', () => {
  test('an awareness time with an offset is normalised to UTC', () => {
    expect(zonedInstantSchema.parse('2026-03-27T10:00:00+01:00')).toBe('2026-03-27T09:00:00.000Z');
    expect(zonedInstantSchema.parse('2026-03-27T15:30:00+0530')).toBe('2026-03-27T10:00:00.000Z');
    expect(zonedInstantSchema.parse('2026-03-27T09:00:00Z')).toBe('2026-03-27T09:00:00.000Z');
  });
  test.each(['2026-03-27T10:00:00', '2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '27.03.2026 10:00'])('refuses %s', (value) => {
    const result = zonedInstantSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toContain('ISO-8601 date-time with a zone');
  });

  test('72 h across the spring change in Berlin: Friday 10:00 CET ends Monday 11:00 CEST', () => {
    // Clocks go forward on Sunday 29 March 2026 at 01:00 UTC: 72 elapsed hours are 73 on the wall clock.
    const [deadline] = computeNotificationDeadlines(
      security({ personalData: true, becameAware: '2026-03-27T10:00:00+01:00' }), regimes, '2026-03-28T00:00:00Z');
    expect(deadline.dueAt).toBe('2026-03-30T09:00:00.000Z');
    expect(formatInstantInZone(deadline.dueAt, 'Europe/Berlin')).toBe('Mon 30 Mar 2026, 11:00 CEST');
    expect(formatInstantInZone('2026-03-27T09:00:00Z', 'Europe/Berlin')).toBe('Fri 27 Mar 2026, 10:00 CET');
    expect(deadline).toMatchObject({ status: 'due', marginMinutes: 57 * 60 });
  });

  test('72 h across the autumn change in Berlin: Friday 16:00 CEST ends Monday 15:00 CET', () => {
    // Clocks go back on Sunday 25 October 2026 at 01:00 UTC.
    const [deadline] = computeNotificationDeadlines(
      security({ personalData: true, becameAware: '2026-10-23T16:00:00+02:00', notified: { supervisoryAuthority: '2026-10-26T15:00:00+01:00' } }),
      regimes, '2026-11-01T00:00:00Z');
    expect(deadline.dueAt).toBe('2026-10-26T14:00:00.000Z');
    expect(formatInstantInZone(deadline.dueAt, 'Europe/Berlin')).toBe('Mon 26 Oct 2026, 15:00 CET');
    // Notified at 15:00 local on the Monday: exactly at the deadline, not an hour late.
    expect(deadline).toMatchObject({ status: 'met', marginMinutes: 0 });
  });

  test('NIS2 24 h early warning across the US fall-back: Saturday 09:00 EDT ends Sunday 08:00 EST', () => {
    // US clocks go back on Sunday 1 November 2026 at 06:00 UTC.
    const deadlines = computeNotificationDeadlines(
      security({ becameAware: '2026-10-31T09:00:00-04:00', regimes: ['nis2'], notified: { earlyWarning: '2026-11-01T08:30:00-05:00' } }),
      regimes, '2026-11-02T12:00:00Z');
    expect(deadlines.map((d) => [d.deadlineId, d.dueAt, d.status, d.marginMinutes])).toEqual([
      ['early-warning', '2026-11-01T13:00:00.000Z', 'missed', -30],
      // 72 h: 2026-11-03T13:00Z; as of 2026-11-02T12:00Z that leaves 25 h.
      ['incident-notification', '2026-11-03T13:00:00.000Z', 'due', 1500],
    ]);
    expect(formatInstantInZone(deadlines[0].dueAt, 'America/New_York')).toBe('Sun 1 Nov 2026, 08:00 GMT-5');
    expect(describeDeadlineStatus(deadlines[1])).toBe('due: 1 d 1 h left');
  });
});

describe('which regimes apply', () => {
  test.each([
    ['personal data, no list: GDPR by default', { personalData: true }, ['gdpr-art33']],
    ['no personal data, no list: none', { personalData: false }, []],
    ['an empty list records that none applies', { personalData: true, regimes: [] }, []],
    ['an explicit list replaces the defaults', { personalData: true, regimes: ['nis2'] }, ['nis2']],
    ['both, in the listed order', { personalData: true, regimes: ['nis2', 'gdpr-art33'] }, ['nis2', 'gdpr-art33']],
  ] as const)('%s', (_name, input, expected) => {
    expect(selectApplicableRegimes(security(input), regimes).map((r) => r.id)).toEqual(expected);
  });
  test('a regime that applies to every security incident, unless the list says otherwise', () => {
    const everySecurityIncident: NotificationRegime = { ...nis2, id: 'sector', appliesByDefault: 'security-incident' };
    const withSector = [gdprArticle33, everySecurityIncident];
    expect(selectApplicableRegimes(security({ personalData: false }), withSector).map((r) => r.id)).toEqual(['sector']);
    expect(selectApplicableRegimes(securitySchema.parse({ classification: ['availability'] }), withSector)).toEqual([]);
    expect(selectApplicableRegimes(security({ personalData: true, regimes: ['gdpr-art33'] }), withSector).map((r) => r.id)).toEqual(['gdpr-art33']);
  });
  test('an unknown id is an error naming it and the known ones', () => {
    expect(() => selectApplicableRegimes(security({ regimes: ['nis-2'] }), regimes)).toThrow('unknown notification regime "nis-2"; known: gdpr-art33, nis2.');
  });
  test('no awareness time, no deadlines', () => {
    expect(computeNotificationDeadlines(security({ personalData: true }), regimes, '2026-01-01T00:00:00Z')).toEqual([]);
    expect(computeNotificationDeadlines(undefined, regimes, '2026-01-01T00:00:00Z')).toEqual([]);
  });
});

describe('content/compliance.yaml', () => {
  test('without the file: GDPR only, UTC, no review', () => {
    expect(parseComplianceConfig('')).toEqual({ timeZone: 'UTC', regimes: [gdprArticle33], annualReviews: [] });
  });
  test('regimes are merged over the built-in one; reviews come newest first', () => {
    const config = parseComplianceConfig(`
timeZone: Europe/Berlin
regimes:
  nis2:
    name: NIS2 Article 23
    deadlines:
      - { id: early-warning, name: Early warning, hours: 24, notification: earlyWarning }
annualReviews:
  - { date: 2025-02-10, scope: process }
  - { date: 2026-02-12, scope: process and template, reviewers: [ciso] }
`);
    expect(config.timeZone).toBe('Europe/Berlin');
    expect(config.regimes.map((r) => [r.id, r.appliesByDefault])).toEqual([['gdpr-art33', 'personal-data'], ['nis2', 'never']]);
    expect(config.annualReviews.map((r) => r.date)).toEqual(['2026-02-12', '2025-02-10']);
    expect(findLastAnnualReview(config.annualReviews, '2026-11-30')).toMatchObject({ review: { date: '2026-02-12' }, overdue: false });
    expect(findLastAnnualReview(config.annualReviews, '2027-02-13')).toMatchObject({ review: { date: '2026-02-12' }, overdue: true });
    expect(findLastAnnualReview(config.annualReviews, '2026-01-01')).toMatchObject({ review: { date: '2025-02-10' }, overdue: false });
    expect(findLastAnnualReview([], '2026-01-01')).toEqual({ overdue: true });
  });
  test.each([
    ['timeZone: Europe/Berlinn', 'content/compliance.yaml: timeZone: "Europe/Berlinn" is not a known IANA time zone'],
    ['regimes: { x: { name: X, deadlines: [{ id: a, name: A, hours: 24, notification: authority }] } }', /^content\/compliance\.yaml is not valid .*\n  - regimes\.x\.deadlines\.0\.notification must be one of .* \(got "authority"\)\.$/],
    ['regimes: { x: { name: X, deadlines: [] } }', 'regimes.x.deadlines needs at least 1 entry (got []).'],
    ['regimes: { x: { name: X, deadlines: [{ id: a, name: A, hours: -24, notification: supervisoryAuthority }] } }', 'regimes.x.deadlines.0.hours is under an hour: no regulation sets a deadline that short (hours, not days: 72 is three days) (got -24).'],
    ['annualReviews: [{ date: 2026-02-31, scope: x }]', 'annualReviews.0.date'],
    ['retention: 5', 'the file has the unknown setting "retention". Known here: timeZone, regimes, annualReviews.'],
    ['timeZon: UTC', 'the file has the unknown setting "timeZon"; did you mean "timeZone"?'],
    ['regimes: { x: { name: X, dedlines: [] } }', 'regimes.x has the unknown setting "dedlines"; did you mean "deadlines"?'],
    ['- a\n- b\n', 'the file must be keys, one per line (got ["a","b"]).'],
    ['regimes: { x: { name: 5, deadlines: [{ id: a, name: A, hours: 24, notification: supervisoryAuthority }] } }', 'regimes.x.name must be text (got 5).'],
    ['timeZone: [\n', /^content\/compliance\.yaml:2: not valid YAML: a list opened with \[ on a line above is never closed with \]/],
    ['timeZone: UTC\nregimes: {}\ntimeZone: Europe/Berlin\n', 'content/compliance.yaml:3: not valid YAML: the key "timeZone" appears twice in the same block (the second one is here). Fix: keep one "timeZone:" and delete the other.'],
  ])('refuses %s, naming the setting and what to write', (source, message) => {
    expect(() => parseComplianceConfig(source)).toThrow(message);
  });
});

describe('resolveAsOfInstant', () => {
  test('a fixed KB_AS_OF day starts at 00:00 UTC; otherwise now, to the minute', () => {
    expect(resolveAsOfInstant({ KB_AS_OF: '2026-03-12' })).toBe('2026-03-12T00:00:00.000Z');
    expect(resolveAsOfInstant({}, new Date('2026-03-12T14:07:31.250Z'))).toBe('2026-03-12T14:07:00.000Z');
    expect(() => resolveAsOfInstant({ KB_AS_OF: '12.03.2026' })).toThrow('KB_AS_OF');
  });
});
