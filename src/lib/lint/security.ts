import type { LintRule, LintProblem, LintContext } from './types.ts';
import { isSecurityIncident } from '../security-schema.ts';
import { builtInRegimes, computeNotificationDeadlines, describeDeadlineStatus, selectApplicableRegimes } from '../notification-deadlines.ts';
import { findClosestMatch } from '../closest-match.ts';
import { formatInstant } from '../format.ts';

/**
 * Rules for security and privacy postmortems (security.classification security or privacy, or
 * personal data involved). Secrets and indicators of compromise in public text are the redaction
 * guard's job (redact/secret, redact/ip-address, ...), not these rules'.
 */

const regimesOf = (context: LintContext) => context.notificationRegimes ?? builtInRegimes;
const asOfInstantOf = (context: LintContext) => context.asOfInstant ?? `${context.asOf}T00:00:00.000Z`;

export const evidenceLocationRule: LintRule = {
  id: 'security/evidence-location',
  level: 'error',
  description: 'A security or privacy postmortem records where its evidence is preserved and who holds it (security.evidence.location and .custodian) before review and publication; drafts get a warning.',
  check({ data, positionOf }) {
    if (!isSecurityIncident(data.security) || data.security.evidence) return [];
    return [{
      rule: 'security/evidence-location', field: 'security', ...positionOf(['security']),
      severity: data.status === 'draft' ? 'warning' : 'error',
      message: `security incident (${data.security.classification.join(', ')}) without an evidence location and custodian.`,
      fix: 'add `evidence: { location: <case folder or write-once bucket>, custodian: <role> }` under security.',
    }];
  },
};

export const followUpsRule: LintRule = {
  id: 'security/follow-ups',
  level: 'error',
  description: 'A security or privacy postmortem in review or published has at least one follow-up (each has exactly one owner team by schema, except on a historical record, whose report may not have named one).',
  check({ data, positionOf }) {
    if (!isSecurityIncident(data.security) || data.status === 'draft' || data.actionItems.length > 0) return [];
    return [{
      rule: 'security/follow-ups', field: 'actionItems', ...positionOf(['security']),
      message: 'security incident with no follow-up: nobody owns the remediation.',
      fix: 'add an action item with an owner team, a due date and a verification.',
    }];
  },
};

export const unknownRegimeRule: LintRule = {
  id: 'security/unknown-regime',
  level: 'error',
  description: 'Every id in security.regimes names a regime of content/compliance.yaml (or the built-in gdpr-art33).',
  check(context) {
    const known = regimesOf(context).map((r) => r.id);
    return (context.data.security?.regimes ?? []).flatMap((id, i): LintProblem[] => {
      if (known.includes(id)) return [];
      const suggestion = findClosestMatch(id, known);
      return [{
        rule: 'security/unknown-regime', field: `security.regimes[${i}]`, ...context.positionOf(['security', 'regimes', i]),
        message: `unknown notification regime "${id}".`,
        fix: `${suggestion ? `did you mean "${suggestion}"? ` : ''}use one of ${known.join(', ')}, or define it under regimes in content/compliance.yaml.`,
      }];
    });
  },
};

export const notificationDeadlineRule: LintRule = {
  id: 'security/notification-deadline',
  level: 'error',
  description: 'A breach-notification deadline (GDPR Art. 33: 72 h from awareness; other regimes in content/compliance.yaml) has passed with no notification recorded (error), or is still running (warning).',
  check(context) {
    const { data, positionOf } = context;
    if (!data.security || unknownRegimeRule.check(context).length) return [];
    const applicable = selectApplicableRegimes(data.security, regimesOf(context));
    if (applicable.length && !data.security.becameAware) {
      // A regime that applies by default to security incidents: the schema cannot know about it.
      return [{
        rule: 'security/notification-deadline', field: 'security.becameAware', ...positionOf(['security']),
        message: `${applicable.map((r) => r.name).join(' and ')} ${applicable.length > 1 ? 'apply' : 'applies'}, but security.becameAware is missing: no deadline can be computed.`,
        fix: 'add `becameAware:` (when the organisation became aware), or `regimes: []` with a notificationAssessment if none applies.',
      }];
    }
    return computeNotificationDeadlines(data.security, regimesOf(context), asOfInstantOf(context)).flatMap((deadline): LintProblem[] => {
      if (deadline.notifiedAt) return [];
      const position = positionOf(['security', 'becameAware']);
      const what = `${deadline.regimeName}: ${deadline.name.toLowerCase()} (${deadline.hours} h from awareness, by ${formatInstant(deadline.dueAt)})`;
      return [{
        rule: 'security/notification-deadline', field: `security.notified.${deadline.notification}`, ...position,
        severity: deadline.status === 'missed' ? 'error' : 'warning',
        message: `${what}: ${describeDeadlineStatus(deadline)}.`,
        fix: deadline.status === 'missed'
          ? `record the notification in security.notified.${deadline.notification} (with lateNotificationReason), or set security.regimes and notificationAssessment if it did not apply.`
          : `notify, then record the time in security.notified.${deadline.notification}.`,
      }];
    });
  },
};

export const lateNotificationReasonRule: LintRule = {
  id: 'security/late-notification-reason',
  level: 'warning',
  description: 'A notification made after its deadline states the reasons for the delay (GDPR Art. 33(1)) in security.lateNotificationReason.',
  check(context) {
    const { data, positionOf } = context;
    if (!data.security || data.security.lateNotificationReason || unknownRegimeRule.check(context).length) return [];
    return computeNotificationDeadlines(data.security, regimesOf(context), asOfInstantOf(context))
      .filter((deadline) => deadline.status === 'missed' && deadline.notifiedAt)
      .map((deadline): LintProblem => ({
        rule: 'security/late-notification-reason', field: `security.notified.${deadline.notification}`,
        ...positionOf(['security', 'notified', deadline.notification]),
        message: `${deadline.regimeName}: ${describeDeadlineStatus(deadline)}, and no reason for the delay is recorded.`,
        fix: 'add security.lateNotificationReason: the reasons for the delay, as given to the authority.',
      }));
  },
};

export const securityRules: LintRule[] = [
  evidenceLocationRule, followUpsRule, unknownRegimeRule, notificationDeadlineRule, lateNotificationReasonRule,
];
