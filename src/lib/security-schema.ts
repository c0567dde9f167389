import { z } from 'zod';
import type { Postmortem } from './postmortem-schema.ts';
import { instantAdvice, unixTimeReading } from './instant-advice.ts';

/**
 * The `security:` block of a postmortem: classification, personal data, breach-notification
 * times, evidence custody and legal privilege. Everything in it is internal-only: the public
 * projection (src/lib/public-projection.ts) is an allow-list that never names it, and a
 * privileged postmortem cannot be made public at all (findSecurityIssues).
 */

/** What kind of incident this was; several may apply (a breach is often security and privacy). */
export const incidentClassifications = [
  'availability',
  'performance',
  'security',
  'privacy',
  'data-integrity',
  'other',
] as const;

/**
 * Who was notified. Regimes name the recipient that satisfies each deadline
 * (content/compliance.yaml): GDPR Art. 33 -> supervisoryAuthority; NIS2 early warning -> earlyWarning.
 */
export const notificationRecipients = ['earlyWarning', 'supervisoryAuthority', 'affectedPeople', 'customers'] as const;
export type NotificationRecipient = (typeof notificationRecipients)[number];

/** Classifications that make a postmortem a security postmortem for the security/* lint rules. */
export const securityClassifications: ReadonlySet<string> = new Set(['security', 'privacy']);

const isoWithZonePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An instant with an explicit zone: `2026-03-27T10:00:00+01:00` or `...Z`. Security and legal
 * teams record awareness and notification in local time; the offset makes that unambiguous, and
 * the value is normalised to UTC (`2026-03-27T09:00:00.000Z`). A time without a zone is refused.
 */
export const zonedInstantSchema = z.union([z.string(), z.date()], { error: (issue) => zonedInstantTypeProblem(issue.input) }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'is not a valid date-time.' });
      return z.NEVER;
    }
    return value.toISOString();
  }
  const text = value.trim();
  if (!isZonedInstant(text)) {
    // Round 37: a zone's name, a region in brackets or a day alone got the format only, where
    // times.started says what is wrong and the value to write; the advice is the same now.
    const advice = instantAdvice(text, isZonedInstant);
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not an ISO-8601 date-time with a zone. Write it like 2026-03-27T09:00:00Z or 2026-03-27T10:00:00+01:00.${advice ? ` ${advice}` : ''}`,
    });
    return z.NEVER;
  }
  return new Date(Date.parse(text)).toISOString();
});

/** A date-time as this block takes it: a real day and time with `Z` or an offset. */
function isZonedInstant(text: string): boolean {
  const parsed = Date.parse(text);
  const [, month, day] = /^\d{4}-(\d{2})-(\d{2})/.exec(text) ?? [];
  return isoWithZonePattern.test(text) && !Number.isNaN(parsed) && Number(month) <= 12 && Number(day) <= daysInMonth(text);
}

/**
 * A value of another type than text (round 37: `earlyWarning: 1752000000000`, Unix time as an
 * export writes it, was zod's "Invalid input").
 */
function zonedInstantTypeProblem(input: unknown): string {
  if (input === undefined) return 'is missing: add it, written as an ISO-8601 date-time with a zone, e.g. 2026-03-27T09:00:00Z.';
  const unix = typeof input === 'number' ? unixTimeReading(input) : undefined;
  if (unix) return `is ${input}, which reads as Unix time (${unix.unit} since 1970-01-01), a number, not a date-time: it is ${unix.instant}. Write ${unix.instant}.`;
  return `is ${JSON.stringify(input) ?? String(input)}, which is not a date-time: write it as an ISO-8601 date-time with a zone, e.g. 2026-03-27T09:00:00Z.`;
}

function daysInMonth(text: string): number {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const nonEmptyText = z.string().trim().min(1, 'must not be empty.');

export const notificationTimesSchema = z.strictObject({
  /** Early warning to the CSIRT or competent authority (NIS2 Art. 23(4)(a): within 24 h). */
  earlyWarning: zonedInstantSchema.optional(),
  /** Notification to the supervisory or competent authority (GDPR Art. 33, NIS2 incident notification). */
  supervisoryAuthority: zonedInstantSchema.optional(),
  /** Communication to the people whose data was affected (GDPR Art. 34). */
  affectedPeople: zonedInstantSchema.optional(),
  /** Notification to business customers (contracts, data-processing agreements). */
  customers: zonedInstantSchema.optional(),
});

export const evidenceSchema = z.strictObject({
  /** Where the preserved evidence lives (case folder, write-once bucket, ticket). Internal only. */
  location: nonEmptyText,
  /** Role that holds the evidence and answers for its chain of custody ("security operations lead"). */
  custodian: nonEmptyText,
});

export const securitySchema = z.strictObject({
  /** What kind of incident: one or more of availability, performance, security, privacy, data-integrity, other. */
  classification: z.array(z.enum(incidentClassifications)).min(1, 'name at least one classification, e.g. [security].'),
  /** True when personal data was (or may have been) affected: GDPR Art. 33 then applies by default. */
  personalData: z.boolean().default(false),
  /** When the organisation became aware of the breach: the notification clocks start here. */
  becameAware: zonedInstantSchema.optional(),
  /**
   * Notification regimes that apply (ids from content/compliance.yaml, e.g. gdpr-art33, nis2).
   * Omit to apply the defaults (GDPR Art. 33 when personalData is true); `[]` records that none applies.
   */
  regimes: z.array(nonEmptyText).optional(),
  /** When each recipient was notified. */
  notified: notificationTimesSchema.default({}),
  /** Why a notification was or was not required (the risk assessment, in a sentence or two). */
  notificationAssessment: nonEmptyText.optional(),
  /** The reasons for a notification made after its deadline (GDPR Art. 33(1) requires them). */
  lateNotificationReason: nonEmptyText.optional(),
  /** Where the evidence is preserved and who holds it (chain of custody). */
  evidence: evidenceSchema.optional(),
  /** Prepared at the direction of counsel: never public, withheld from evidence packs. */
  legalPrivilege: z.boolean().default(false),
});

export type SecurityDetails = z.output<typeof securitySchema>;

type Issue = { path: (string | number)[]; message: string };

/** True for postmortems the security/* lint rules and the notification clocks apply to. */
export function isSecurityIncident<T extends Pick<SecurityDetails, 'personalData' | 'classification'>>(security: T | undefined): security is T {
  return !!security && (security.personalData || security.classification.some((c) => securityClassifications.has(c)));
}

/** Cross-field rules of the security block, each naming both fields and both values. */
export function findSecurityIssues(pm: Pick<Postmortem, 'visibility' | 'security'> & { times?: Partial<Postmortem['times']> }): Issue[] {
  const security = pm.security;
  if (!security) return [];
  const issues: Issue[] = [];
  if (security.legalPrivilege && pm.visibility === 'public') {
    issues.push({
      path: ['security', 'legalPrivilege'],
      message:
        'security.legalPrivilege is true, so this postmortem cannot be public (visibility: public). Set visibility: internal; write a separate, non-privileged public post if customers need one.',
    });
  }
  const aware = security.becameAware;
  const started = pm.times?.started;
  if (aware && started && Date.parse(aware) < Date.parse(started)) {
    issues.push({
      path: ['security', 'becameAware'],
      message: `security.becameAware (${aware}) is before times.started (${started}). Awareness cannot precede the incident; check the date and the offset.`,
    });
  }
  const needsAwareness = security.regimes ? security.regimes.length > 0 : security.personalData;
  if (needsAwareness && !aware) {
    issues.push({
      path: ['security', 'becameAware'],
      message:
        'a notification regime applies (personal data, or security.regimes), so security.becameAware is required: the notification deadlines run from it. Add `becameAware: 2026-03-27T09:00:00Z`.',
    });
  }
  for (const recipient of notificationRecipients) {
    const at = security.notified[recipient];
    if (at && aware && Date.parse(at) < Date.parse(aware)) {
      issues.push({
        path: ['security', 'notified', recipient],
        message: `security.notified.${recipient} (${at}) is before security.becameAware (${aware}). A notification cannot precede awareness; check both times and their offsets.`,
      });
    }
  }
  return issues;
}
