import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { toPublicPostmortem } from '../../src/lib/public-projection.ts';
import { publicFrontmatterFields } from '../../src/lib/publication-scan.ts';
import type { LintConfig } from '../../src/lib/lint/index.ts';
import { gdprArticle33, type NotificationRegime } from '../../src/lib/notification-deadlines.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const base = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
const config: LintConfig = { rules: {} };
const nis2: NotificationRegime = {
  id: 'nis2', name: 'NIS2 Article 23', appliesByDefault: 'never',
  deadlines: [{ id: 'early-warning', name: 'Early warning', hours: 24, notification: 'earlyWarning' }],
};

const publicWording = 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\n';

/** The good fixture with a `security:` block (YAML lines, indented two spaces) and other edits. */
function source(securityYaml: string, edit: (s: string) => string = (s) => s) {
  return edit(base.replace('related: []\n---', `security:\n${securityYaml}related: []\n---`));
}
function validate(text: string, asOfInstant = '2025-07-20T00:00:00.000Z') {
  return validatePostmortemSource('x.mdx', 'x', text, {
    vocabulary, knownIds: new Set(['x']), contentDir: 'content',
    lint: { config, asOf: asOfInstant.slice(0, 10), people: [], asOfInstant, notificationRegimes: [gdprArticle33, nis2] },
  });
}
const errorsOf = (text: string) => validate(text).findings.filter((f) => f.severity === 'error');
const securityFindings = (text: string, asOf?: string) =>
  validate(text, asOf).findings.filter((f) => f.rule.startsWith('security/')).map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, message: f.message }));

const complete = [
  '  classification: [security, privacy]',
  '  personalData: true',
  '  becameAware: 2025-07-08T20:00:00+02:00',
  '  notified:',
  '    supervisoryAuthority: 2025-07-10T09:30:00Z',
  '  evidence:',
  '    location: zqsevidencelocation case folder',
  '    custodian: zqscustodian role',
  '  notificationAssessment: zqsassessment text',
  '',
].join('\n');

describe('the security block', () => {
  test('a complete block is valid, normalised to UTC, and raises no finding', () => {
    const result = validate(source(complete));
    expect(result.findings).toEqual([]);
    expect(result.data!.security).toEqual({
      classification: ['security', 'privacy'],
      personalData: true,
      becameAware: '2025-07-08T18:00:00.000Z',
      notified: { supervisoryAuthority: '2025-07-10T09:30:00.000Z' },
      evidence: { location: 'zqsevidencelocation case folder', custodian: 'zqscustodian role' },
      notificationAssessment: 'zqsassessment text',
      legalPrivilege: false,
    });
  });

  test.each([
    ['a privileged postmortem made public', complete + '  legalPrivilege: true\n', (s: string) => s.replace('visibility: internal', 'visibility: public').replace('related: []', `${publicWording}related: []`),
      'schema/consistency', 'security.legalPrivilege', 'security.legalPrivilege is true, so this postmortem cannot be public'],
    ['personal data without an awareness time', '  classification: [privacy]\n  personalData: true\n  evidence: { location: a, custodian: b }\n', undefined,
      'schema/consistency', 'security.becameAware', 'security.becameAware is required'],
    ['a notification before awareness', complete.replace('2025-07-10T09:30:00Z', '2025-07-08T16:00:00Z'), undefined,
      'schema/consistency', 'security.notified.supervisoryAuthority', 'security.notified.supervisoryAuthority (2025-07-08T16:00:00.000Z) is before security.becameAware (2025-07-08T18:00:00.000Z)'],
    ['awareness before the incident started', complete.replace('2025-07-08T20:00:00+02:00', '2025-07-08T17:00:00+02:00'), undefined,
      'schema/consistency', 'security.becameAware', 'is before times.started (2025-07-08T17:45:00.000Z)'],
    ['a misspelled key', complete.replace('personalData', 'personalDate'), undefined, 'schema/unknown-key', 'security.personalDate', 'unknown key "personalDate" in security'],
    ['an unknown classification', complete.replace('[security, privacy]', '[securty]'), undefined, 'schema/invalid-value', 'security.classification[0]', 'not allowed'],
    ['a time without a zone', complete.replace('2025-07-08T20:00:00+02:00', '2025-07-08T20:00:00'), undefined, 'schema/invalid', 'security.becameAware', 'with a zone'],
  ])('refuses %s', (_name, yaml, edit, rule, field, message) => {
    const errors = errorsOf(source(yaml, edit));
    expect(errors.map((e) => [e.rule, e.field])).toContainEqual([rule, field]);
    expect(errors.find((e) => e.field === field)!.message).toContain(message);
  });

  test('a privileged internal postmortem is fine', () => {
    expect(errorsOf(source(complete + '  legalPrivilege: true\n'))).toEqual([]);
  });
});

describe('none of it reaches the public projection', () => {
  const publicSource = source(complete, (s) => s.replace('visibility: internal', 'visibility: public').replace('related: []', `${publicWording}related: []`));
  const { data } = validate(publicSource);

  test('the projection holds no security field, value or time', () => {
    expect(data?.security).toBeDefined();
    const json = JSON.stringify(toPublicPostmortem('x', data!, vocabulary));
    for (const leak of ['zqs', 'security', 'privacy', 'personalData', 'becameAware', '2025-07-08T18:00', '2025-07-10T09:30', 'evidence', 'custodian']) {
      expect(json).not.toContain(leak);
    }
  });
  test('the redaction guard scans no security text as public (none is shown)', () => {
    expect(publicFrontmatterFields(data!).map((f) => f.path[0])).not.toContain('security');
  });
});

describe('security/* lint rules', () => {
  test('evidence location: an error once in review or published, a warning for a draft', () => {
    const noEvidence = complete.replace(/  evidence:\n.*\n.*\n/, '');
    expect(securityFindings(source(noEvidence))).toEqual([
      { rule: 'security/evidence-location', severity: 'error', line: 38, message: 'security incident (security, privacy) without an evidence location and custodian.' },
    ]);
    const draft = securityFindings(source(noEvidence, (s) => s.replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '')));
    expect(draft.map((f) => [f.rule, f.severity])).toEqual([['security/evidence-location', 'warning']]);
    // An availability incident with a security block (say, for privilege) is not a security incident.
    expect(securityFindings(source('  classification: [availability]\n  legalPrivilege: true\n'))).toEqual([]);
  });

  test('follow-ups: a published security postmortem without any is an error', () => {
    const withoutItems = source(complete, (s) => s.replace(/actionItems:\n(?:  .*\n|    .*\n)+/, 'actionItems: []\n'));
    expect(securityFindings(withoutItems).map((f) => f.rule)).toEqual(['security/follow-ups']);
  });

  test('notification deadline: missed without a notification is an error, a running clock a warning', () => {
    const unnotified = complete.replace('  notified:\n    supervisoryAuthority: 2025-07-10T09:30:00Z\n', '');
    expect(securityFindings(source(unnotified), '2025-07-20T00:00:00.000Z')).toEqual([{
      rule: 'security/notification-deadline', severity: 'error', line: 41,
      message: 'GDPR Article 33: notify the supervisory authority (72 h from awareness, by 11 Jul 2025, 18:00 UTC): missed: not notified, 8 d 6 h overdue.',
    }]);
    expect(securityFindings(source(unnotified), '2025-07-10T09:00:00.000Z')).toEqual([{
      rule: 'security/notification-deadline', severity: 'warning', line: 41,
      message: 'GDPR Article 33: notify the supervisory authority (72 h from awareness, by 11 Jul 2025, 18:00 UTC): due: 1 d 9 h left.',
    }]);
  });

  test('late notification: a warning until the reason for the delay is recorded', () => {
    const late = complete.replace('2025-07-10T09:30:00Z', '2025-07-12T09:30:00Z');
    expect(securityFindings(source(late))).toEqual([{
      rule: 'security/late-notification-reason', severity: 'warning', line: 43,
      message: 'GDPR Article 33: missed: notified 15 h 30 min late, and no reason for the delay is recorded.',
    }]);
    expect(securityFindings(source(late + '  lateNotificationReason: The scope was confirmed only after the log analysis.\n'))).toEqual([]);
  });

  test('unknown regime: named, with a suggestion, and no deadline computed from it', () => {
    const findings = validate(source(complete + '  regimes: [gdpr-art33, nis-2]\n')).findings.filter((f) => f.rule.startsWith('security/'));
    expect(findings.map((f) => [f.rule, f.field, f.message, f.fix])).toEqual([[
      'security/unknown-regime', 'security.regimes[1]', 'unknown notification regime "nis-2".',
      'did you mean "nis2"? use one of gdpr-art33, nis2, or define it under regimes in content/compliance.yaml.',
    ]]);
  });

  test('a regime applying to every security incident needs becameAware, which the schema cannot know', () => {
    const result = validatePostmortemSource('x.mdx', 'x', source('  classification: [security]\n  evidence: { location: a, custodian: b }\n'), {
      vocabulary, knownIds: new Set(['x']), contentDir: 'content',
      lint: { config, asOf: '2025-07-20', people: [], notificationRegimes: [gdprArticle33, { ...nis2, appliesByDefault: 'security-incident' }] },
    });
    expect(result.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([[
      'security/notification-deadline', 'error', 'NIS2 Article 23 applies, but security.becameAware is missing: no deadline can be computed.',
    ]]);
  });

  test('NIS2 listed: its early warning runs too', () => {
    const findings = securityFindings(source(complete + '  regimes: [gdpr-art33, nis2]\n'));
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([[
      'security/notification-deadline', 'error',
      'NIS2 Article 23: early warning (24 h from awareness, by 9 Jul 2025, 18:00 UTC): missed: not notified, 10 d 6 h overdue.',
    ]]);
  });
});
